#pragma once

#include "sheet.h"

#include <QCoreApplication>

#include <memory>

namespace mcfund {

/**
 * What a spreadsheet may hold before it is refused as hostile or broken, so that a file built to exhaust
 * the machine (a zip bomb, a runaway cell, endless rows) costs bounded memory and time. The defaults are
 * the largest a spreadsheet program writes; tests lower them through current().
 */
struct ReadLimits
{
    static constexpr qint64 MiB = 1024 * 1024;
    qint64 cellCharacters = 1048576;   ///< the text of one cell (Excel itself stops at 32,767)
    qint64 rows = 1048576;             ///< rows of a sheet or records of a CSV file, the header included
    qint64 columns = 16384;            ///< cells of one row (Excel's XFD)
    qint64 entryBytes = 512 * MiB;     ///< one part of an XLSX zip once unpacked
    qint64 ratioFloorBytes = 16 * MiB; ///< below this a part may unpack at any ratio
    qint64 ratio = 100;                ///< beyond the floor, unpacked bytes per packed byte
    qint64 sharedStringCharacters = 64 * MiB; ///< an XLSX's shared strings, held whole (16 more a string)

    /** The limits in force (for tests to lower and put back). */
    static ReadLimits& current();
};

/**
 * The rows of a CSV file or an XLSX sheet read one at a time, so that a file of any length is imported in
 * flat memory: the header is read on opening, then next() gives each non-blank row with the line (CSV)
 * or row number (XLSX) it came from, for messages.
 */
class RowSource
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::RowSource)
public:
    virtual ~RowSource() = default;
    const QStringList& header() const { return m_header; }
    const QString& name() const { return m_name; }
    /** The next row; false at the end of the file or on an error, which error() then describes. */
    virtual bool next(QStringList* row, int* line) = 0;
    /** How much of the file has been read, 0–100. */
    virtual int percent() const = 0;
    QString error() const { return m_error; }

    /**
     * Opens a CSV or XLSX file (by its extension, else by its first bytes) on \a sheetName (XLSX; the first
     * sheet when empty).
     */
    static std::unique_ptr<RowSource> open(const QString& path, const QString& sheetName, QString* error);
    /**
     * Whether the cell at \a column of the row last read held a number (an XLSX numeric cell), written in
     * its canonical form (52.0201, 1234.5: a point, no grouping) whatever the language: such a cell is read
     * as it is for text fields, and parsed in that form for amounts and whole numbers.
     */
    virtual bool isNumber(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    /** Reads every row into \a sheet (for files known to be small: tests, previews). */
    bool readAll(Sheet* sheet, QString* error);

protected:
    /** Reads the first row as the header; false with error() or \a emptyMessage when there is none. */
    bool readHeader(const QString& emptyMessage, QString* error);

    QStringList m_header;
    QString m_name;
    QString m_error;
};

/** The rows of a sheet already in memory. */
class SheetSource : public RowSource
{
public:
    explicit SheetSource(const Sheet& sheet)
        : m_sheet(sheet)
    {
        m_header = sheet.header;
        m_name = sheet.name;
    }
    bool next(QStringList* row, int* line) override
    {
        if (m_at >= m_sheet.rows.size())
            return false;
        *row = m_sheet.rows.at(m_at);
        *line = m_sheet.lines.value(m_at, int(m_at) + 2);
        ++m_at;
        return true;
    }
    int percent() const override
    {
        return m_sheet.rows.isEmpty() ? 100 : int(100 * m_at / m_sheet.rows.size());
    }

private:
    const Sheet& m_sheet;
    qsizetype m_at = 0;
};

} // namespace mcfund
