#include "servercommand.h"

#include "storage/database.h"
#include "storage/repository.h"
#include "storage/server.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <atomic>

namespace mcfund {

namespace {

QString connectionName()
{
    static std::atomic<int> n{0};
    return QStringLiteral("mcfund-server-%1").arg(++n);
}

} // namespace

int ServerCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set up a shared workspace on PostgreSQL and the people who use it:\n"
           "  mcfund server init --database URI [--from FILE | --empty]\n"
           "  mcfund server add-user NAME --role admin|officer|reviewer|coordinator [--institution NAME] "
           "[--password-file FILE] --database URI\n"
           "URI: postgresql://user@host:port/database (also ?host=/socket/folder, ?sslmode=require); "
           "PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply."));
    Cli::addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      tr("init: load this SQLite workspace instead of the official data."), tr("FILE")});
    parser.addOption({QStringLiteral("empty"), tr("init: no data at all, only the schema and the roles.")});
    parser.addOption({QStringLiteral("role"), tr("add-user: admin, officer, reviewer or coordinator."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("institution"),
                      tr("add-user: a coordinator's institution, or a reviewer's (who then has a conflict of "
                         "interest with its applications); name or id."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("add-user: a file whose first line is the user's password (none: the server's other "
                         "means of authentication apply)."),
                      tr("FILE")});
    if (const int code = Cli::parse(parser, ctx, 2); code >= 0)
        return code;
    auto fail = [&](const QString& why, int code = 2) {
        ctx.err << tr("mcfund server: %1").arg(why) << Qt::endl;
        return code;
    };
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("say what to do: init or add-user (mcfund server --help)."));
    const QString action = args.first();
    if (!parser.isSet(QStringLiteral("database")))
        return fail(tr("say which database with --database postgresql://user@host/database."));
    const QString uri = parser.value(QStringLiteral("database"));
    if (!Server::isLocation(uri))
        return fail(
            tr("“%1” is not a PostgreSQL address; a shared workspace is at postgresql://user@host/database.")
                .arg(uri));

    if (action == QLatin1String("init")) {
        if (args.size() > 1)
            return fail(tr("unexpected argument “%1”.").arg(args.at(1)));
        const QString from = parser.value(QStringLiteral("from"));
        const bool empty = parser.isSet(QStringLiteral("empty"));
        if (!from.isEmpty() && empty)
            return fail(tr("--from and --empty cannot be given together."));
        if (!from.isEmpty() && !QFileInfo(from).isFile())
            return fail(tr("there is no workspace file “%1”.").arg(from));
        const QString name = connectionName();
        QString error;
        if (!Server::connect(uri, name, &error))
            return fail(error, 1);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            ok = Server::init(db, uri, from, empty, &error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return fail(error, 1);
        ctx.out << tr("Made a shared workspace at %1%2.")
                       .arg(Server::displayName(uri), !from.isEmpty() ? tr(" from %1").arg(from)
                                                      : empty         ? tr(" (empty)")
                                                                      : tr(" with the official data"))
                << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("add-user")) {
        if (args.size() != 2)
            return fail(tr("say the user's name: mcfund server add-user NAME --role ROLE."));
        const QString user = args.at(1);
        const Server::Role role = Server::roleFromCode(parser.value(QStringLiteral("role")));
        if (role == Server::Role::None)
            return fail(tr("--role must be admin, officer, reviewer or coordinator, not “%1”.")
                            .arg(parser.value(QStringLiteral("role"))));
        QString password;
        if (parser.isSet(QStringLiteral("password-file"))) {
            QFile f(parser.value(QStringLiteral("password-file")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("cannot read the password file “%1”: %2").arg(f.fileName(), f.errorString()));
            password = QString::fromUtf8(f.readLine()).trimmed();
            if (password.isEmpty())
                return fail(tr("the password file “%1” is empty.").arg(f.fileName()));
        }
        Database db;
        QString error;
        if (!db.open(uri, &error))
            return fail(error, 1);
        QString institutionUid;
        if (parser.isSet(QStringLiteral("institution"))) {
            const std::optional<Institution> inst =
                Repository(db.connection())
                    .findInstitution(parser.value(QStringLiteral("institution")), &error);
            if (!error.isEmpty())
                return fail(error, 1);
            if (!inst)
                return fail(tr("there is no institution “%1” in this workspace.")
                                .arg(parser.value(QStringLiteral("institution"))));
            institutionUid = inst->uid;
        }
        QSqlDatabase connection = db.connection();
        if (!Server::addUser(connection, user, role, institutionUid, password, &error))
            return fail(error, 1);
        ctx.out << tr("Added %1 as %2.").arg(user, Server::roleName(role)) << Qt::endl;
        return 0;
    }
    return fail(tr("“%1” is not a server action; use init or add-user.").arg(action));
}

} // namespace mcfund
