#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace mcfund {

/**
 * Writes RFC 4180 CSV in UTF-8 (with a byte-order mark, so that Excel reads accents right): fields with
 * commas, quotes or line breaks are quoted. Text that a spreadsheet would run as a formula (starting
 * with =, +, - or @) is prefixed with an apostrophe unless it is a plain number.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device, bool byteOrderMark = true);
    void writeRow(const QStringList& fields);
    static QString field(const QString& value);
    /** The value as a spreadsheet cannot mistake it for a formula. */
    /**
     * Text that really starts with apostrophes and a formula sign ('=…) with one more apostrophe: mcfund's
     * import takes one away (it is how neutralised text comes back), so the text survives the round trip.
     */
    static QString protectApostrophe(const QString& value);
    static QString neutralised(const QString& value);
    /**
     * Whether a spreadsheet reads text starting with \a c as a formula (=, +, -, @, or a tab or carriage
     * return that some let one through after): the one list, for writing (neutralised) and reading back
     * (Importer::unneutralise).
     */
    static bool isFormulaSign(QChar c);

private:
    QIODevice* m_device;
    QByteArray m_line; ///< the row being written
};

} // namespace mcfund
