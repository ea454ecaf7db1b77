#include "platform.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

namespace mcfund::Platform {

bool syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    return QFileInfo::exists(path);
#endif
}

void startWriteBack(const QString& path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

QString fileState(const QString& path)
{
#if defined(Q_OS_LINUX)
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("-");
    return QStringLiteral("%1.%2.%3.%4.%5.%6.%7")
        .arg(qulonglong(st.st_dev))
        .arg(qulonglong(st.st_ino))
        .arg(qlonglong(st.st_size))
        .arg(qlonglong(st.st_mtim.tv_sec))
        .arg(qlonglong(st.st_mtim.tv_nsec))
        .arg(qlonglong(st.st_ctim.tv_sec))
        .arg(qlonglong(st.st_ctim.tv_nsec));
#else
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("-");
    QFile file(path);
    QString id;
    if (file.open(QIODevice::ReadOnly))
        id = QString::number(file.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch());
    return QStringLiteral("%1.%2.%3").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()).arg(id);
#endif
}

QString accountName()
{
#ifdef Q_OS_UNIX
    if (const passwd* account = ::getpwuid(::getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QString();
}

void yieldToInterface()
{
#ifdef Q_OS_LINUX
    // Linux applies setpriority(PRIO_PROCESS, tid) to that one thread (a documented departure from POSIX).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    if (::setpriority(PRIO_PROCESS, tid, 10) == 0)
        return;
#endif
    QThread::currentThread()->setPriority(QThread::LowPriority);
}

} // namespace mcfund::Platform
