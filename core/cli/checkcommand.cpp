#include "checkcommand.h"

#include "storage/database.h"
#include "storage/server.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace mcfund {

int CheckCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a workspace for damage, reading it only. Without --full: its header, version and schema, "
           "and every page of the file (SQLite's quick_check). Other commands check the whole file only when "
           "it has changed since it was last found sound."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("full"),
                      tr("Also check every index against its table, every reference between records and the "
                         "search indexes (slower).")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    const QString path = Cli::databasePath(parser);
    const bool full = parser.isSet(QStringLiteral("full"));
    QString error;
    if (Server::isLocation(path)) {
        // The server keeps its own pages whole (checksums and WAL are PostgreSQL's); what mcfund can see is
        // whether the database is a workspace it reads.
        if (!Database::inspect(path, nullptr, &error, Database::Check::Structure)) {
            ctx.err << tr("mcfund check: %1").arg(error) << Qt::endl;
            return 1;
        }
        ctx.out << tr("%1 is a shared workspace that this version of mcfund reads. The server itself keeps "
                      "its pages whole; its administrator checks them with PostgreSQL's own tools.")
                       .arg(Server::displayName(path))
                << Qt::endl;
        return 0;
    }
    if (!QFileInfo::exists(path)) {
        ctx.err << tr("mcfund check: “%1” does not exist.").arg(path) << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    if (!Database::checkIntegrity(path, &error, full ? Database::Check::Full : Database::Check::Quick)) {
        ctx.err << tr("mcfund check: %1").arg(error) << Qt::endl;
        return 1;
    }
    const QString took = ctx.locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1);
    ctx.out << (full ? tr("“%1” is sound: its header, schema and every page, every index against its table, "
                          "every reference between records and both search indexes were checked (%2 s).")
                     : tr("“%1” is sound: its header, schema and every page were checked (%2 s). "
                          "mcfund check --full also compares every index with its table."))
                   .arg(path, took)
            << Qt::endl;
    return 0;
}

} // namespace mcfund
