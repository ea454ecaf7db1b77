#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

#include <cstdio>
#include <string>

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

// mcfund_record_json(key, value, …): see defineRecordJson().
void recordJson(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    std::string out;
    out.reserve(512);
    out += '{';
    for (int i = 0; i + 1 < argc; i += 2) {
        sqlite3_value* value = argv[i + 1];
        const int type = sqlite3_value_type(value);
        if (type == SQLITE_NULL)
            continue;
        if (out.size() > 1)
            out += ',';
        out += '"';
        out.append(reinterpret_cast<const char*>(sqlite3_value_text(argv[i])),
                   size_t(sqlite3_value_bytes(argv[i])));
        out += "\":";
        if (type == SQLITE_INTEGER) {
            out += std::to_string(sqlite3_value_int64(value));
            continue;
        }
        if (type != SQLITE_TEXT) {
            const QByteArray why =
                QCoreApplication::translate(
                    "mcfund::Sql", "The field “%1” of a record holds neither text nor a whole number.")
                    .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(argv[i]))))
                    .toUtf8();
            sqlite3_result_error(context, why.constData(), int(why.size()));
            return;
        }
        const auto* text = reinterpret_cast<const unsigned char*>(sqlite3_value_text(value));
        const int bytes = sqlite3_value_bytes(value);
        out += '"';
        for (int at = 0; at < bytes; ++at) {
            const unsigned char c = text[at];
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out += char(c);
                }
            }
        }
        out += '"';
    }
    out += '}';
    sqlite3_result_text64(context, out.data(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

bool defineRecordJson(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    // Direct only: never callable from the schema (a trigger or view of a file mcfund did not make).
    return handle && sqlite3_create_function_v2(handle, "mcfund_record_json", -1,
                                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                                nullptr, recordJson, nullptr, nullptr, nullptr) == SQLITE_OK;
}

namespace {

/** Binds \a text as UTF-8. Short ASCII text, most of what is bound, is narrowed on the stack; the rest is
 *  converted by Qt. Either way SQLite takes a copy. */
int bindText(sqlite3_stmt* statement, int position, QStringView text)
{
    constexpr qsizetype Short = 256;
    if (text.size() <= Short) {
        char bytes[Short];
        const char16_t* in = text.utf16();
        char16_t wide = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            wide |= in[i];
            bytes[i] = char(in[i]);
        }
        if (wide < 0x80)
            return sqlite3_bind_text64(statement, position, bytes, sqlite3_uint64(text.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(statement, position, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

int bindSqlite(sqlite3_stmt* statement, int position, const QVariant& value)
{
    // Text first, without QVariant's conversions: an import binds a dozen strings a row.
    if (value.typeId() == QMetaType::QString) {
        const QString* text = static_cast<const QString*>(value.constData());
        return text->isNull() ? sqlite3_bind_null(statement, position) : bindText(statement, position, *text);
    }
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
    default:
        return bindText(statement, position, value.toString());
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
