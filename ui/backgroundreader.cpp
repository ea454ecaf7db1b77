#include "backgroundreader.h"

#include "platform/platform.h"
#include "storage/database.h"

namespace mcfund {

BackgroundReader::BackgroundReader(QString databasePath)
    : m_path(std::move(databasePath))
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("mcfund-reader-%1").arg(++counter);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("BackgroundReader"));
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [] { Platform::yieldToInterface(); });
}

BackgroundReader::~BackgroundReader()
{
    cancel();
    const QString name = m_name;
    QMetaObject::invokeMethod(
        m_context, [name] { Database::closeConnection(name); }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job));
}

QSqlDatabase BackgroundReader::connection()
{
    // A reader: read-only, and for a file, defensive with trusted_schema off.
    return Database::readerConnection(m_path, m_name);
}

} // namespace mcfund
