#pragma once

// Shared by the core tests: a real workspace file in a temporary folder.
#include "cli/command.h"
#include "domain/translations.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

namespace mcfund::test {

inline QString path(const QTemporaryDir& dir, const QString& name = QStringLiteral("w.sqlite"))
{
    return dir.filePath(name);
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** What a headless command printed and returned. */
struct CliResult
{
    int code;
    QString out;
    QString err;
};

/** Runs "mcfund ARGS…" with \a commands as the command line does: in the --lang given, else English. */
inline CliResult runCli(QStringList args, const QList<Command>& commands = Cli::coreCommands())
{
    args.prepend(QStringLiteral("mcfund"));
    QString out, err;
    QTextStream o(&out), e(&err);
    QString lang, error;
    if (!args.contains(QStringLiteral("--lang")) || !Cli::languageFrom(args, &lang, &error))
        lang = QStringLiteral("en");
    Translations::install(lang);
    const int code = Cli::run(args, commands, o, e);
    Translations::install(QStringLiteral("en"));
    return {code, out, err};
}

} // namespace mcfund::test
