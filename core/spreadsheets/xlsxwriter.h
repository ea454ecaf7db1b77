#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>
#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace mcfund {

/**
 * Writes a workbook of one sheet as XLSX (Office Open XML), streamed: the sheet's XML is compressed into
 * the zip as the rows come, and text is stored inline rather than in a shared-string table, so memory
 * stays flat however many rows there are. The header row is bold, frozen and carries an autofilter over
 * the rows written; cells are text, whole numbers, amounts of money (integer cents, with a currency
 * format) or dates (with a yyyy-mm-dd format). Numbers are written in their canonical decimal form, never
 * with an exponent.
 *
 * The file is written through a QSaveFile: until commit() succeeds nothing exists under the target's
 * name, and a cancelled, failed or killed export leaves the previous file, if any, untouched.
 *
 * Usage: open(), then for each row newRow() and the write…() calls for its cells (from left to right, as
 * spreadsheets expect them; empty cells are simply not written), then commit() — or cancel(), which the
 * destructor also does.
 */
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(mcfund::XlsxWriter)
public:
    /** A column: its header and its width in characters (as in Excel's column width dialog). */
    struct Column
    {
        QString header;
        double width = 8.43;
    };

    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    /** The number format of money cells, in Excel's notation; "$#,##0.00" unless set before open(). */
    void setMoneyFormat(const QString& format) { m_moneyFormat = format; }
    /**
     * Starts the file and writes the header row. The sheet name loses the characters a sheet name cannot
     * hold and is cut to 31 characters. Returns false, with \a error set, when the file cannot be written.
     */
    bool open(const QString& sheetName, const QList<Column>& columns, QString* error);
    /** Ends the current row, if any, and starts the next. */
    void newRow();
    /** A text cell, written as it is: never read as a formula, whatever it starts with. */
    void writeText(int column, const QString& text);
    /** A whole number. */
    void writeInteger(int column, qint64 value);
    /** An amount of money in cents, shown with the money format. */
    void writeMoney(int column, qint64 cents);
    /**
     * A date, shown with the date format. Dates that a spreadsheet cannot hold as a date (before
     * 1900-03-01, where Excel counts a 29 February 1900 that never was) are written as ISO text; an invalid
     * date leaves the cell empty.
     */
    void writeDate(int column, const QDate& date);
    /** The number of data rows written so far (the header not counted). */
    int rows() const { return m_row > 0 ? m_row - 1 : 0; }
    /**
     * Finishes the workbook and puts it in place under the target's name, replacing any file there.
     * Returns false, with \a error set and no file written, when something could not be written.
     */
    bool commit(QString* error);
    /** Abandons the workbook: nothing is written under the target's name. */
    void cancel();

    /**
     * \a text as a cell's XML holds it: XML's special characters as entities, and the characters XML cannot
     * hold (control characters other than tab, line feed and carriage return) as _xHHHH_, with the
     * underscore of text that looks like such an escape escaped too, so that spreadsheets read back the
     * text as it was.
     */
    static QString escaped(const QString& text);

private:
    static QString columnName(int column);
    void startCell(int column, int style, bool inlineString);
    void number(int column, int style, const QString& value);
    void text(int column, int style, const QString& value);
    bool writePart(const QString& name, const QByteArray& content);
    QByteArray contentTypes() const;
    QByteArray rootRelationships() const;
    QByteArray workbookRelationships() const;
    QByteArray styles() const;
    QByteArray workbook() const;
    void endSheet();
    void flush(bool force);
    bool fail(QString* error, const QString& why);
    QString writeError() const;

    QString m_path;
    QString m_moneyFormat = QStringLiteral("$#,##0.00");
    QString m_sheetName;
    QStringList m_columnNames;
    int m_columns = 0;
    int m_row = 0; ///< rows started, header included
    QString m_rowNumber;
    bool m_inRow = false;
    bool m_writeFailed = false;
    bool m_done = false;
    // Declared in this order so that they are destroyed zip entry first, file last.
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QString m_text; ///< the sheet's XML not yet compressed, up to a chunk
    QXmlStreamWriter m_xml;
};

} // namespace mcfund
