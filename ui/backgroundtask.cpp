#include "backgroundtask.h"

#include "storage/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace mcfund {

bool BackgroundTask::run(QWidget* parent, const Database& database, bool readOnly, const QString& label,
                         const Job& job, QString* error, bool cancellable)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("mcfund-task-%1").arg(++counter);
    // The connection is made, used and closed on the worker thread, as Qt SQL requires.
    return run(
        parent, label,
        [&](const Progress& progress, QString* jobError) {
            bool ok = false;
            {
                QSqlDatabase db = database.openExtraConnection(name, readOnly, jobError);
                if (db.isOpen())
                    ok = job(db, progress, jobError);
            }
            Database::closeConnection(name);
            return ok;
        },
        error, cancellable);
}

bool BackgroundTask::run(QWidget* parent, const QString& label, const PlainJob& job, QString* error,
                         bool cancellable)
{
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    bool ok = false;
    QString jobError;
    QThread* thread = QThread::create([&] {
        ok = job(
            [&](int p) {
                percent = p;
                return !cancelled.load();
            },
            &jobError);
    });
    thread->setObjectName(QStringLiteral("BackgroundTask"));

    QProgressDialog dialog(label, tr("Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setAccessibleName(label);
    if (!cancellable) {
        dialog.setCancelButton(nullptr);
        dialog.setRange(0, 0); // busy until the job reports a share done
    }
    // Closing the dialog (its title-bar button, Escape) also emits canceled(): only a cancellable job
    // listens.
    if (cancellable)
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
            cancelled = true;
            dialog.setLabelText(tr("Cancelling…"));
        });
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&] {
        const int p = percent.load();
        if (dialog.maximum() == 0 && p > 0)
            dialog.setRange(0, 100);
        dialog.setValue(dialog.maximum() == 0 ? 0 : std::min(99, p));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    timer.start();
    loop.exec();
    thread->wait();
    delete thread;
    if (!ok && error)
        *error = jobError;
    return ok;
}

} // namespace mcfund
