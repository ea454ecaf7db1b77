#include "sqldialect.h"

#include <QDateTime>
#include <QSqlDriver>

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

#include <cstdio>

namespace mcfund::Sql {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.constData())
               : nullptr;
}

namespace {

// As Qt's SQLite driver decides what is NULL (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

int bindSqlite(sqlite3_stmt* statement, int position, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob64(statement, position, bytes->constData(), sqlite3_uint64(bytes->size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, position, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

namespace {

thread_local int untraced = 0; ///< UntracedScope objects alive on this thread

int writeStatement(unsigned type, void* file, void* statement, void* text)
{
    const char* sql = static_cast<const char*>(text);
    // A statement of a trigger is traced as "-- " and its text.
    if (type != SQLITE_TRACE_STMT || !sql || qstrncmp(sql, "--", 2) == 0 || untraced > 0)
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    auto* out = static_cast<std::FILE*>(file);
    // One call, one lock of the file: connections on other threads write whole statements between.
    std::fprintf(out, "%s;\n", expanded ? expanded : sql);
    std::fflush(out);
    sqlite3_free(expanded);
    return 0;
}

} // namespace

UntracedScope::UntracedScope()
{
    ++untraced;
}

UntracedScope::~UntracedScope()
{
    --untraced;
}

void traceFromEnvironment(const QSqlDatabase& db)
{
    const QByteArray path = qgetenv("MCFUND_TRACE_SQL");
    sqlite3* handle = sqliteHandle(db);
    if (path.isEmpty() || !handle)
        return;
    // One file for the process, open until it ends: every connection traced writes to it.
    static std::FILE* file = std::fopen(path.constData(), "a");
    if (file)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, writeStatement, file);
}

bool isServer(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

void stream(QSqlQuery& q)
{
    q.setForwardOnly(!(q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL));
}

QString text(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return value.toString();
}

QString nocase(const QString& expr, const QSqlDatabase& db)
{
    return isServer(db) ? QStringLiteral("lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

QString same(const QString& a, const QString& b, const QSqlDatabase& db)
{
    return isServer(db) ? QStringLiteral("%1 IS NOT DISTINCT FROM %2").arg(a, b)
                        : QStringLiteral("%1 IS %2").arg(a, b);
}

QString temp(const QString& table, const QSqlDatabase& db)
{
    return isServer(db) ? table : QStringLiteral("temp.") + table;
}

bool isRetryable(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // 40001 serialization_failure, 40P01 deadlock_detected; SQLite's 5 is SQLITE_BUSY.
    return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("5");
}

bool isDerived(const QString& column)
{
    return column == QLatin1String("search_words");
}

} // namespace mcfund::Sql
