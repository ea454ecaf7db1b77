#include "generatecommand.h"

#include "domain/numbertext.h"
#include "storage/server.h"
#include "synthetic/generator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace mcfund {

namespace {

bool number(const QCommandLineParser& p, const QString& name, qint64 fallback, qint64* out, QString* error)
{
    if (!p.isSet(name)) {
        *out = fallback;
        return true;
    }
    // The one reader of whole numbers: "100000", "100,000" and "100 000" alike; "1,5" is refused.
    const QString text = p.value(name);
    QString why;
    const bool ok = NumberText::parseWhole(text, out, &why);
    if (!ok)
        *error = GenerateCommand::tr("--%1 must be a whole number, not “%2”.").arg(name, text);
    else if (*out < 0)
        *error = GenerateCommand::tr("--%1 cannot be negative (got %2).").arg(name, text);
    return ok && *out >= 0;
}

} // namespace

int GenerateCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a synthetic workspace: the same options and seed give the same data."));
    Cli::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("projects"), tr("Number of projects (default 1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("credentials"), tr("Number of micro-credentials (default 5000)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The new workspace file, or an empty PostgreSQL database (postgresql://…)."),
                      tr("FILE|URI")});
    parser.addOption({QStringLiteral("timings"), tr("Also print how long each phase took.")});
    if (const int code = Cli::parse(parser, ctx); code >= 0)
        return code;
    GeneratorOptions o;
    if (parser.isSet(QStringLiteral("timings")))
        o.phaseDone = [&ctx](const char* phase, qint64 ms) {
            ctx.out << QStringLiteral("%1\t%2 s\n")
                           .arg(QCoreApplication::translate("mcfund::Generator", phase))
                           .arg(ctx.locale.toString(double(ms) / 1000.0, 'f', 2));
        };
    qint64 seed = 1;
    QString error;
    if (!number(parser, QStringLiteral("projects"), 1000, &o.projects, &error) ||
        !number(parser, QStringLiteral("credentials"), 5000, &o.credentials, &error) ||
        !number(parser, QStringLiteral("seed"), 1, &seed, &error)) {
        ctx.err << tr("mcfund generate: %1").arg(error) << Qt::endl;
        return 2;
    }
    o.seed = quint64(seed);
    QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        output = parser.value(QStringLiteral("database"));
    if (output.isEmpty()) {
        ctx.err << tr("mcfund generate: say where to write the workspace with -o FILE.") << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    if (Server::isLocation(output)) {
        // A shared workspace: generated into a file first (SQLite's bulk path), then loaded by server init
        // into the empty database, as server init --from does.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("generated.mcfund"));
        if (!dir.isValid() || !Generator::generate(file, o, &error)) {
            ctx.err << tr("mcfund generate: %1").arg(error.isEmpty() ? tr("no temporary folder") : error)
                    << Qt::endl;
            return 1;
        }
        const QString name = QStringLiteral("mcfund-generate");
        bool ok = Server::connect(output, name, &error);
        if (ok) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                ok = Server::init(db, output, file, false, &error);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (!ok) {
            ctx.err << tr("mcfund generate: %1").arg(error) << Qt::endl;
            return 1;
        }
        output = Server::displayName(output);
    } else if (!Generator::generate(output, o, &error)) {
        ctx.err << tr("mcfund generate: %1").arg(error) << Qt::endl;
        return 1;
    }
    ctx.out << tr("Wrote %1: %2 projects and %3 micro-credentials (synthetic data, seed %4) in %5 s.")
                   .arg(output, ctx.locale.toString(o.projects), ctx.locale.toString(o.credentials))
                   .arg(o.seed)
                   .arg(ctx.locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
            << Qt::endl;
    return 0;
}

} // namespace mcfund
