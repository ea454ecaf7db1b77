#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QWidget;

namespace mcfund {

class Database;

/**
 * Runs one long job against the workspace (an export, the writing of an import) on a thread of its own
 * with its own connection, while a window-modal progress dialog shows how far it has got and offers Cancel.
 * The window keeps repainting; run() returns when the job has ended.
 */
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::BackgroundTask)
public:
    /** Reports a percentage; returns false once the user has cancelled. */
    using Progress = std::function<bool(int percent)>;
    using Job = std::function<bool(const QSqlDatabase& db, const Progress& progress, QString* error)>;

    /** With \a cancellable false the dialog has no Cancel button (an undo must not stop half-way). */
    static bool run(QWidget* parent, const Database& database, bool readOnly, const QString& label,
                    const Job& job, QString* error, bool cancellable = true);

    /** A job that makes its own connections, if any: the update of a workspace before it opens. */
    using PlainJob = std::function<bool(const Progress& progress, QString* error)>;
    static bool run(QWidget* parent, const QString& label, const PlainJob& job, QString* error,
                    bool cancellable = true);
};

} // namespace mcfund
