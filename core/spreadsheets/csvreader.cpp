#include "csvreader.h"

#include <algorithm>

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

namespace mcfund {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const char16_t kCp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                              0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

constexpr qint64 ChunkBytes = 256 * 1024;

// The length of the longest start of \a data that does not end inside a UTF-8 sequence.
qsizetype completeUtf8(const QByteArray& data)
{
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(data.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? n - back : n;
    }
    return n;
}

class CsvSource : public RowSource
{
public:
    explicit CsvSource(std::unique_ptr<QIODevice> device)
        : m_device(std::move(device))
    {}

    bool start(QString* error);
    bool next(QStringList* row, int* line) override;
    int percent() const override
    {
        const qint64 size = m_device->size();
        return size <= 0 ? 100 : int(100 * m_device->pos() / size);
    }

private:
    bool fill();
    bool fieldTooLong();
    bool fail(const QString& message)
    {
        m_error = message;
        m_failed = true;
        return false;
    }

    std::unique_ptr<QIODevice> m_device;
    bool m_cp1252 = false;
    QStringDecoder m_utf8{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    QChar m_delimiter = QLatin1Char(',');
    // Parser state, kept between chunks.
    QStringList m_row;
    QString m_field;
    bool m_quoted = false;
    bool m_quoteSeen = false; ///< a " inside quotes: either the end or the first of a doubled ""
    bool m_quotedCR = false;  ///< a CR inside quotes, waiting to see whether an LF follows
    bool m_skipLF = false;    ///< the row ended on CR: an LF right after belongs to it
    bool m_fieldStarted = false;
    int m_line = 1;
    int m_rowLine = 1;
    int m_quoteLine = 0;
    qint64 m_records = 0; ///< records ended so far, blank ones too
    bool m_failed = false;
};

// A chunk of at most \a most bytes, allocating no more than the file still holds (a small file is read
// with a small buffer).
QByteArray readChunk(QIODevice* device, qint64 most)
{
    return device->read(device->isSequential() ? most
                                               : std::clamp<qint64>(device->bytesAvailable(), 1, most));
}

bool CsvSource::fill()
{
    const QByteArray bytes = readChunk(m_device.get(), ChunkBytes);
    if (bytes.isEmpty())
        return false;
    if (m_cp1252) {
        m_buffer.resize(bytes.size());
        QChar* out = m_buffer.data();
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252[b - 0x80]) : QChar(b);
        }
    } else {
        m_buffer = m_utf8.decode(bytes); // stateful: a character split between chunks is kept for the next
    }
    m_pos = 0;
    return true;
}

// A field longer than any cell: most often a quote that was never closed, swallowing the rest of the file.
bool CsvSource::fieldTooLong()
{
    const QString limit = QLocale().toString(ReadLimits::current().cellCharacters);
    const int column = int(m_row.size()) + 1;
    if (m_quoted)
        return fail(CsvReader::tr("Line %1, column %2: a quoted field runs on for more than %3 characters, "
                                  "the limit for one cell; a closing \" is probably missing.")
                        .arg(m_quoteLine)
                        .arg(column)
                        .arg(limit));
    return fail(
        CsvReader::tr("Line %1, column %2: a field holds more than %3 characters, the limit for one cell.")
            .arg(m_line)
            .arg(column)
            .arg(limit));
}

bool CsvSource::start(QString* error)
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        *error = CsvReader::tr("Cannot read the file: %1").arg(m_device->errorString());
        return false;
    }
    // The encoding: UTF-8 if every byte of the file decodes as UTF-8, else Windows-1252. Checked in chunks.
    const bool bom = m_device->peek(3) == QByteArray("\xEF\xBB\xBF");
    if (!bom) {
        // Chunks are cut at character boundaries and each checked on its own, so that a sequence left
        // incomplete at the very end of the file (a Windows-1252 é as its last byte) counts as invalid.
        QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QByteArray carry;
        while (!check.hasError() && (!m_device->atEnd() || !carry.isEmpty())) {
            const QByteArray chunk = carry + readChunk(m_device.get(), 1024 * 1024);
            const qsizetype cut = m_device->atEnd() ? chunk.size() : completeUtf8(chunk);
            carry = chunk.mid(cut);
            const QString decoded = check.decode(QByteArrayView(chunk).first(cut)); // lazy until kept
            Q_UNUSED(decoded);
        }
        m_cp1252 = check.hasError();
        m_device->seek(0);
    } else {
        m_device->read(3);
    }
    // The delimiter that splits the first line (outside quotes) into the most fields.
    if (!fill()) {
        *error = CsvReader::tr("The file is empty: no header line.");
        return false;
    }
    int best = 0;
    for (const QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        int count = 0;
        bool quoted = false;
        for (const QChar c : std::as_const(m_buffer)) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                break;
            else if (!quoted && c == d)
                ++count;
        }
        if (count > best) {
            best = count;
            m_delimiter = d;
        }
    }
    return readHeader(CsvReader::tr("The file is empty: no header line."), error);
}

bool CsvSource::next(QStringList* out, int* outLine)
{
    if (m_failed)
        return false;
    const ReadLimits& limits = ReadLimits::current();
    auto endRow = [&]() -> bool {
        if (++m_records > limits.rows)
            return fail(CsvReader::tr("The file has more than %1 rows, the most a spreadsheet holds: it is "
                                      "refused. Split it into smaller files.")
                            .arg(QLocale().toString(limits.rows)));
        m_row << m_field;
        m_field.clear();
        m_fieldStarted = false;
        // A line of empty fields (",,,," as Excel writes past the data) is blank too.
        const bool blank =
            std::all_of(m_row.cbegin(), m_row.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank) {
            *out = m_row;
            *outLine = m_rowLine;
        }
        m_row.clear();
        return !blank;
    };
    for (;;) {
        if (m_field.size() > limits.cellCharacters)
            return fieldTooLong();
        if (m_pos >= m_buffer.size() && !fill()) {
            // The end of the file.
            if (m_quoteSeen) {
                m_quoteSeen = false;
                m_quoted = false;
            }
            if (m_quotedCR) {
                m_quotedCR = false;
                m_field += QLatin1Char('\r');
            }
            if (m_quoted)
                return fail(CsvReader::tr("Line %1: a quoted field is never closed (a \" is missing).")
                                .arg(m_quoteLine));
            if (m_field.isEmpty() && m_row.isEmpty() && !m_fieldStarted)
                return false;
            return endRow();
        }
        const QChar c = m_buffer.at(m_pos++);
        if (m_quoted) {
            if (m_quoteSeen) {
                m_quoteSeen = false;
                if (c == QLatin1Char('"')) {
                    m_field += c;
                    continue;
                }
                m_quoted = false; // the quote closed the field; c is read as unquoted text below
            } else {
                if (m_quotedCR) {
                    m_quotedCR = false;
                    if (c == QLatin1Char('\n')) {
                        m_field += c;
                        ++m_line;
                        continue;
                    }
                    m_field += QLatin1Char('\r');
                }
                if (c == QLatin1Char('"'))
                    m_quoteSeen = true;
                else if (c == QLatin1Char('\r'))
                    m_quotedCR = true;
                else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    m_field += c;
                }
                continue;
            }
        }
        if (m_skipLF) {
            m_skipLF = false;
            if (c == QLatin1Char('\n'))
                continue;
        }
        if (c == QLatin1Char('"') && !m_fieldStarted && m_field.isEmpty()) {
            m_quoted = true;
            m_fieldStarted = true;
            m_quoteLine = m_line;
        } else if (c == m_delimiter) {
            if (m_row.size() + 1 >= limits.columns)
                return fail(CsvReader::tr("Line %1: a row has more than %2 columns, the most a spreadsheet "
                                          "holds.")
                                .arg(m_line)
                                .arg(QLocale().toString(limits.columns)));
            m_row << m_field;
            m_field.clear();
            m_fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            m_skipLF = c == QLatin1Char('\r');
            const bool got = endRow();
            ++m_line;
            m_rowLine = m_line;
            if (got)
                return true;
        } else {
            m_field += c;
            m_fieldStarted = true;
        }
    }
}

} // namespace

std::unique_ptr<RowSource> CsvReader::open(std::unique_ptr<QIODevice> device, QString* error)
{
    auto source = std::make_unique<CsvSource>(std::move(device));
    QString why;
    if (!source->start(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return source;
}

std::unique_ptr<RowSource> CsvReader::openFile(const QString& path, QString* error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2").arg(path, file->errorString());
        return nullptr;
    }
    return open(std::move(file), error);
}

bool CsvReader::read(const QByteArray& data, Sheet* sheet, QString* error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    const std::unique_ptr<RowSource> source = open(std::move(buffer), error);
    return source && source->readAll(sheet, error);
}

bool CsvReader::readFile(const QString& path, Sheet* sheet, QString* error)
{
    const std::unique_ptr<RowSource> source = openFile(path, error);
    return source && source->readAll(sheet, error);
}

} // namespace mcfund
