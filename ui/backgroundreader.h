#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace mcfund {

/**
 * Runs read-only work against a workspace on a thread of its own, with its own read-only connection, and
 * hands the result back on the receiver's thread. Only the newest request is delivered: an older one still
 * running when a newer one is made is dropped, so a view never shows stale figures.
 */
class BackgroundReader
{
public:
    explicit BackgroundReader(QString databasePath);
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader&) = delete;
    BackgroundReader& operator=(const BackgroundReader&) = delete;

    template <class Result>
    void run(QObject* receiver, std::function<Result(const QSqlDatabase&)> work,
             std::function<void(const Result&)> done)
    {
        const quint64 generation = ++*m_latest;
        auto latest = m_latest;
        QPointer<QObject> target(receiver);
        post([=, this] {
            if (latest->load() != generation)
                return;
            const Result result = work(connection());
            if (latest->load() != generation)
                return;
            QMetaObject::invokeMethod(target, [=] {
                if (target && latest->load() == generation)
                    done(result);
            });
        });
    }
    /** Drops whatever is running or queued. */
    void cancel() { ++*m_latest; }

private:
    void post(std::function<void()> job);
    QSqlDatabase connection();

    QString m_path;
    QString m_name;
    QThread m_thread;
    QObject* m_context = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace mcfund
