#include "exporter.h"

#include "edits/valueparser.h"
#include "io/csvwriter.h"
#include "io/jsontext.h"
#include "query/lookups.h"

#include "xlsxwriter.h"

#include <QDate>
#include <QMap>
#include <QSaveFile>

namespace mcfund {

std::optional<Exporter::Format> Exporter::formatFromName(const QString& name)
{
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QList<ExportColumn> Exporter::allColumns(Entity entity)
{
    QList<ExportColumn> out{{QStringLiteral("uid"), QStringLiteral("ID")}};
    for (const FieldDef& f : Schema::entity(entity).fields)
        out << ExportColumn{f.column, f.displayName()};
    return out;
}

std::optional<QVariant> Exporter::derivedValue(const QString& column, const Record& r,
                                               const QString& language)
{
    if (column == ProjectTitle)
        return QVariant(TableQuery::projectTitle(r, language));
    if (column == OsapEligibleLength) {
        const std::optional<bool> eligible = TableQuery::osapEligibleLength(r);
        return QVariant(!eligible ? tr("Unknown") : *eligible ? tr("Yes") : tr("No"));
    }
    return std::nullopt;
}

bool Exporter::write(const QSqlDatabase& db, const Lookups& lookups, Entity entity, const FilterSpec& filter,
                     const SortSpec& sort, const QList<ExportColumn>& columns, const QLocale& locale,
                     const QString& language, Format format, const QString& path, QString* error,
                     int* written, const std::function<bool(int)>& progress)
{
    const EntityDef& def = Schema::entity(entity);
    const ValueParser parser(locale, language, &lookups);
    TableQuery query(entity, db, &lookups);
    const QVector<qint64> order = query.allRowids(filter, sort);
    // Every format is written through a temporary file that replaces the target only once complete: a
    // failed, cancelled or killed export never leaves a partial file under the target's name.
    QSaveFile file(path);
    std::optional<CsvWriter> csv;
    bool firstObject = true;
    std::optional<XlsxWriter> xlsx;
    auto fail = [&](const QString& why) {
        file.cancelWriting();
        if (xlsx)
            xlsx->cancel();
        if (error)
            *error = why;
        return false;
    };
    // Rows that could not be listed are not an empty table: nothing is written.
    if (!query.lastError().isEmpty())
        return fail(tr("Cannot read the records to export: %1").arg(query.lastError()));
    if (format == Format::Xlsx) {
        xlsx.emplace(path);
        xlsx->setMoneyFormat(language == QLatin1String("fr") ? QStringLiteral("# ##0.00 $")
                                                             : QStringLiteral("$#,##0.00"));
        QList<XlsxWriter::Column> header;
        for (int c = 0; c < columns.size(); ++c)
            header << XlsxWriter::Column{columns.at(c).header, c == 0 ? 38.0 : 22.0};
        QString why;
        if (!xlsx->open(def.displayPlural(), header, &why))
            return fail(why);
    } else {
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        if (format == Format::Json) {
            // Written object by object, so that memory does not grow with the table.
            file.write("[\n");
        } else {
            csv.emplace(&file);
            QStringList header;
            for (const ExportColumn& c : columns)
                header << c.header;
            csv->writeRow(header);
        }
    }
    // What each column is, worked out once rather than for every cell.
    struct Cell
    {
        const FieldDef* field;
        qsizetype at; ///< its place in a row of the page; -1 for a derived column or one the entity lacks
        bool derived;
        bool number; ///< a JSON number
    };
    const QStringList fields = TableQuery::recordFields(entity);
    // What the derived columns read: a small record of these fields is made for each row that needs one.
    QList<std::pair<QString, qsizetype>> derivedFrom;
    for (const char* name : {"project_title_en", "project_title_fr", "hours", "weeks"})
        if (const qsizetype at = fields.indexOf(QLatin1String(name)); at >= 0)
            derivedFrom.append({QString::fromLatin1(name), at});
    QVector<Cell> cells;
    bool anyDerived = false;
    for (const ExportColumn& col : columns) {
        const FieldDef* f = def.field(col.field);
        const bool derived = col.field == ProjectTitle || col.field == OsapEligibleLength;
        anyDerived = anyDerived || derived;
        cells.append({f, derived ? -1 : fields.indexOf(col.field), derived,
                      f && (f->type == FieldType::Integer || f->type == FieldType::Money ||
                            f->type == FieldType::Bool)});
    }
    // JSON: an object's members in key order, as QJsonObject orders them (a field named twice keeps its last
    // column), each written as its key and a colon once and for all.
    QList<std::pair<QByteArray, int>> members;
    if (format == Format::Json) {
        QMap<QString, int> last;
        for (int c = 0; c < columns.size(); ++c)
            last.insert(columns.at(c).field, c);
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            QByteArray key;
            JsonText::appendString(key, it.key());
            members.append({key + ':', it.value()});
        }
    }
    QByteArray line;
    TableQuery::RecordPage records;
    QStringList texts;
    int row = 0;
    for (qsizetype start = 0; start < order.size(); start += 1000) {
        if (progress && !progress(int(start * 100 / order.size())))
            return fail(tr("Export cancelled; no file was written."));
        const QVector<qint64> page = order.mid(start, 1000);
        if (!query.readPage(page, &records))
            return fail(tr("Cannot read the records to export: %1").arg(query.lastError()));
        for (qint64 id : page) {
            const QVariant* values = records.row(id);
            if (!values) // removed since the order was read
                continue;
            Record r;
            if (anyDerived)
                for (const auto& [name, at] : derivedFrom)
                    r.insert(name, values[at]);
            ++row;
            if (xlsx)
                xlsx->newRow();
            texts.clear();
            if (format == Format::Json) {
                line.clear();
                line += firstObject ? "  {" : ",\n  {";
                firstObject = false;
                for (qsizetype m = 0; m < members.size(); ++m) {
                    const int c = members.at(m).second;
                    const Cell& cell = cells.at(c);
                    const QVariant v = cell.derived   ? *derivedValue(columns.at(c).field, r, language)
                                       : cell.at >= 0 ? values[cell.at]
                                                      : QVariant();
                    if (m > 0)
                        line += ',';
                    line += members.at(m).first;
                    if (v.isNull())
                        line += "null";
                    else if (cell.number)
                        line += QByteArray::number(v.toLongLong());
                    else
                        JsonText::appendString(line, v.toString());
                }
                line += '}';
                file.write(line);
                continue;
            }
            for (int c = 0; c < columns.size(); ++c) {
                const ExportColumn& col = columns.at(c);
                const Cell& cell = cells.at(c);
                const FieldDef* f = cell.field;
                const QVariant v = cell.derived   ? *derivedValue(col.field, r, language)
                                   : cell.at >= 0 ? values[cell.at]
                                                  : QVariant();
                if (format == Format::Xlsx) {
                    if (v.isNull())
                        continue;
                    if (f && f->type == FieldType::Money)
                        xlsx->writeMoney(c, v.toLongLong());
                    else if (f && f->type == FieldType::Integer)
                        xlsx->writeInteger(c, v.toLongLong());
                    else if (f && f->type == FieldType::Date)
                        xlsx->writeDate(c, QDate::fromString(v.toString(), Qt::ISODate));
                    else // a text cell is never a formula, but an apostrophe would be taken away on import
                        xlsx->writeText(
                            c, CsvWriter::protectApostrophe(f ? parser.format(*f, v) : v.toString()));
                    continue;
                }
                texts << (f ? parser.format(*f, v) : v.toString());
            }
            if (format == Format::Csv)
                csv->writeRow(texts);
        }
    }
    if (xlsx) {
        QString why;
        if (!xlsx->commit(&why))
            return fail(why);
    } else {
        if (format == Format::Json)
            file.write(firstObject ? "]\n" : "\n]\n");
        // commit() replaces the old file in one step: if it fails, the old file is still there.
        if (!file.commit())
            return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    }
    if (written)
        *written = row;
    return true;
}

} // namespace mcfund
