#pragma once

// Shared by the core tests: a real workspace file in a temporary folder.
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

} // namespace mcfund::test
