#include "exporter.h"

#include "edits/valueparser.h"
#include "io/csvwriter.h"
#include "query/lookups.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <dlfcn.h>

namespace mcfund {

namespace {

// libxlsxwriter zips with the system minizip, and QuaZip (used to read XLSX) exports the same minizip
// symbols: linked together, libxlsxwriter's calls would land in QuaZip's copy and crash. So it is loaded
// with RTLD_DEEPBIND, which makes it bind to its own minizip, and called through these pointers.
struct Xlsx
{
    decltype(&workbook_new_opt) workbookNew = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&format_set_num_format) setNumFormat = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_write_datetime) writeDatetime = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&worksheet_autofilter) autofilter = nullptr;
    decltype(&workbook_close) close = nullptr;
    bool ok = false;

    static const Xlsx& get()
    {
        static const Xlsx lib = [] {
            Xlsx x;
            void* h = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (!h)
                h = dlopen("libxlsxwriter.so", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (!h)
                return x;
            auto load = [h](auto& fn, const char* name) {
                fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(h, name));
                return fn != nullptr;
            };
            x.ok =
                load(x.workbookNew, "workbook_new_opt") && load(x.addWorksheet, "workbook_add_worksheet") &&
                load(x.addFormat, "workbook_add_format") && load(x.setBold, "format_set_bold") &&
                load(x.setNumFormat, "format_set_num_format") &&
                load(x.writeString, "worksheet_write_string") &&
                load(x.writeNumber, "worksheet_write_number") &&
                load(x.writeDatetime, "worksheet_write_datetime") &&
                load(x.setColumn, "worksheet_set_column") && load(x.freezePanes, "worksheet_freeze_panes") &&
                load(x.autofilter, "worksheet_autofilter") && load(x.close, "workbook_close");
            return x;
        }();
        return lib;
    }
};

} // namespace

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
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    auto fail = [&](const QString& why) {
        QFile::remove(temp);
        if (error)
            *error = why;
        return false;
    };
    QFile csvFile;
    std::optional<CsvWriter> csv;
    QFile jsonFile;
    bool firstObject = true;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format *bold = nullptr, *money = nullptr, *date = nullptr;
    if (format == Format::Json) {
        // Written object by object, so that memory does not grow with the table.
        jsonFile.setFileName(temp);
        if (!jsonFile.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write “%1”: %2").arg(path, jsonFile.errorString()));
        jsonFile.write("[\n");
    } else if (format == Format::Csv) {
        csvFile.setFileName(temp);
        if (!csvFile.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write “%1”: %2").arg(path, csvFile.errorString()));
        csv.emplace(&csvFile);
        QStringList header;
        for (const ExportColumn& c : columns)
            header << c.header;
        csv->writeRow(header);
    } else if (format == Format::Xlsx) {
        if (!Xlsx::get().ok)
            return fail(tr("XLSX files cannot be written: libxlsxwriter is not installed (Debian package "
                           "libxlsxwriter4)."));
        // Constant memory: each row goes to a temporary file as it is written (rows come in order), so a
        // table of a million rows is written in flat memory; text is stored inline rather than shared.
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        const QByteArray tmpdir = QFile::encodeName(QFileInfo(temp).absolutePath());
        options.tmpdir = const_cast<char*>(tmpdir.constData());
        book = Xlsx::get().workbookNew(QFile::encodeName(temp).constData(), &options);
        if (!book)
            return fail(tr("Cannot write “%1”.").arg(path));
        sheet = Xlsx::get().addWorksheet(book, def.displayPlural().left(31).toUtf8().constData());
        bold = Xlsx::get().addFormat(book);
        Xlsx::get().setBold(bold);
        money = Xlsx::get().addFormat(book);
        Xlsx::get().setNumFormat(money, language == QLatin1String("fr") ? "# ##0.00 $" : "$#,##0.00");
        date = Xlsx::get().addFormat(book);
        Xlsx::get().setNumFormat(date, "yyyy-mm-dd");
        for (int c = 0; c < columns.size(); ++c) {
            Xlsx::get().writeString(sheet, 0, lxw_col_t(c), columns.at(c).header.toUtf8().constData(), bold);
            Xlsx::get().setColumn(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 38 : 22, nullptr);
        }
        Xlsx::get().freezePanes(sheet, 1, 0);
    }
    int row = 0;
    for (qsizetype start = 0; start < order.size(); start += 1000) {
        if (progress && !progress(int(start * 100 / order.size()))) {
            if (book)
                Xlsx::get().close(book);
            csvFile.close();
            jsonFile.close();
            return fail(tr("Export cancelled; no file was written."));
        }
        const QVector<qint64> page = order.mid(start, 1000);
        const QHash<qint64, Record> records = query.records(page);
        for (qint64 id : page) {
            const Record& r = records.value(id);
            ++row;
            QStringList cells;
            QJsonObject object;
            for (int c = 0; c < columns.size(); ++c) {
                const ExportColumn& col = columns.at(c);
                const QVariant v = derivedValue(col.field, r, language).value_or(r.value(col.field));
                const FieldDef* f = def.field(col.field);
                if (format == Format::Json) {
                    object.insert(col.field, v.isNull() ? QJsonValue()
                                                        : (f && (f->type == FieldType::Integer ||
                                                                 f->type == FieldType::Money ||
                                                                 f->type == FieldType::Bool)
                                                               ? QJsonValue(v.toLongLong())
                                                               : QJsonValue(v.toString())));
                    continue;
                }
                const QString text = f ? parser.format(*f, v) : v.toString();
                if (format == Format::Csv) {
                    cells << text;
                    continue;
                }
                const lxw_row_t xr = lxw_row_t(row);
                const lxw_col_t xc = lxw_col_t(c);
                if (v.isNull())
                    continue;
                if (f && f->type == FieldType::Money) {
                    // The file format keeps numbers as doubles; the cents are exact to two decimals.
                    Xlsx::get().writeNumber(sheet, xr, xc, double(v.toLongLong()) / 100.0, money);
                } else if (f && f->type == FieldType::Integer) {
                    Xlsx::get().writeNumber(sheet, xr, xc, double(v.toLongLong()), nullptr);
                } else if (f && f->type == FieldType::Date) {
                    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    Xlsx::get().writeDatetime(sheet, xr, xc, &dt, date);
                } else {
                    // Always a string cell, never a formula: text starting with = stays text.
                    Xlsx::get().writeString(sheet, xr, xc,
                                            CsvWriter::protectApostrophe(text).toUtf8().constData(), nullptr);
                }
            }
            if (format == Format::Csv)
                csv->writeRow(cells);
            else if (format == Format::Json) {
                jsonFile.write(firstObject ? "  " : ",\n  ");
                jsonFile.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
                firstObject = false;
            }
        }
    }
    if (format == Format::Csv) {
        csvFile.close();
        if (csvFile.error() != QFile::NoError)
            return fail(tr("Cannot write “%1”: %2").arg(path, csvFile.errorString()));
    } else if (format == Format::Xlsx) {
        Xlsx::get().autofilter(sheet, 0, 0, lxw_row_t(row), lxw_col_t(columns.size() - 1));
        if (Xlsx::get().close(book) != LXW_NO_ERROR)
            return fail(tr("Cannot write “%1”.").arg(path));
    } else {
        jsonFile.write(firstObject ? "]\n" : "\n]\n");
        jsonFile.close();
        if (jsonFile.error() != QFile::NoError)
            return fail(tr("Cannot write “%1”: %2").arg(path, jsonFile.errorString()));
    }
    // rename(2) replaces the old file in one step: if it fails, the old file is still there.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(tr("Cannot write “%1”.").arg(path));
    if (written)
        *written = row;
    return true;
}

} // namespace mcfund
