#include "threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace mcfund {

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

} // namespace mcfund
