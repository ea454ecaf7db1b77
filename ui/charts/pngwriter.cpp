#include "pngwriter.h"

#include <QByteArray>
#include <QImage>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

namespace mcfund {

namespace {

constexpr int rowsPerChunk = 16; // rows filtered, then handed to zlib, at a time

// One band of rows compressed on its own: a raw deflate stream that (but for the last band's) ends on a
// byte boundary without the final-block bit, so that the bands, put end to end, are one valid stream.
struct Band
{
    int first = 0;
    int end = 0;
    bool last = false;
    QByteArray deflated;
    uLong adler = adler32(0, nullptr, 0); // of the band's filtered bytes, for the whole stream's checksum
    bool ok = false;
};

// A row as PNG stores it: the filter byte (2, "up"), then each byte of R G B less the one above it.
void filterRow(const QImage& image, int y, unsigned char* out)
{
    const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    const auto* above = y > 0 ? reinterpret_cast<const QRgb*>(image.constScanLine(y - 1)) : nullptr;
    *out++ = 2;
    const int width = image.width();
    for (int x = 0; x < width; ++x) {
        const QRgb p = row[x];
        const QRgb a = above ? above[x] : 0;
        *out++ = static_cast<unsigned char>(qRed(p) - qRed(a));
        *out++ = static_cast<unsigned char>(qGreen(p) - qGreen(a));
        *out++ = static_cast<unsigned char>(qBlue(p) - qBlue(a));
    }
}

void compressBand(const QImage& image, Band* band)
{
    z_stream zs{};
    // Raw deflate (no zlib header or checksum: the bands share one), zlib's fastest level.
    if (deflateInit2(&zs, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    const qsizetype rowBytes = 1 + 3 * qsizetype(image.width());
    std::vector<unsigned char> filtered(size_t(rowBytes) * rowsPerChunk);
    std::array<unsigned char, 64 * 1024> out{};
    bool ok = true;
    for (int y = band->first; ok && y < band->end; y += rowsPerChunk) {
        const int rows = std::min(rowsPerChunk, band->end - y);
        for (int i = 0; i < rows; ++i)
            filterRow(image, y + i, filtered.data() + i * rowBytes);
        const uInt length = uInt(rows * rowBytes);
        band->adler = adler32(band->adler, filtered.data(), length);
        const bool lastChunk = y + rows >= band->end;
        const int flush = !lastChunk ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH;
        zs.next_in = filtered.data();
        zs.avail_in = length;
        do {
            zs.next_out = out.data();
            zs.avail_out = uInt(out.size());
            const int result = deflate(&zs, flush);
            if (result == Z_STREAM_ERROR) {
                ok = false;
                break;
            }
            band->deflated.append(reinterpret_cast<const char*>(out.data()),
                                  qsizetype(out.size() - zs.avail_out));
        } while (zs.avail_out == 0);
    }
    deflateEnd(&zs);
    band->ok = ok;
}

bool writeChunk(QIODevice* device, const char type[4], const QByteArray& data)
{
    std::array<uchar, 8> head{};
    qToBigEndian(quint32(data.size()), head.data());
    std::copy(type, type + 4, head.begin() + 4);
    uLong crc = crc32(0, head.data() + 4, 4);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
    std::array<uchar, 4> tail{};
    qToBigEndian(quint32(crc), tail.data());
    return device->write(reinterpret_cast<const char*>(head.data()), 8) == 8 &&
           device->write(data) == data.size() &&
           device->write(reinterpret_cast<const char*>(tail.data()), 4) == 4;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

int PngWriter::bandsFor(int height, int threads)
{
    // A band must be long enough for its own start of compression not to cost the file: 128 rows at least.
    return std::clamp(std::min(threads, height / 128), 1, 8);
}

bool PngWriter::write(const QImage& image, QIODevice* device, int threads)
{
    if (image.isNull() || !device || !device->isWritable())
        return false;
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    const int count = bandsFor(rgb.height(), threads);
    std::vector<Band> bands(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        bands[size_t(i)].first = int(qint64(rgb.height()) * i / count);
        bands[size_t(i)].end = int(qint64(rgb.height()) * (i + 1) / count);
        bands[size_t(i)].last = i == count - 1;
    }
    {
        std::vector<std::jthread> helpers;
        for (size_t i = 1; i < bands.size(); ++i)
            helpers.emplace_back(compressBand, std::cref(rgb), &bands[i]);
        compressBand(rgb, &bands[0]);
    }
    if (!std::all_of(bands.begin(), bands.end(), [](const Band& b) { return b.ok; }))
        return false;

    // The zlib stream: header (deflate, 32 KB window, fastest level), the bands, the checksum of it all.
    QByteArray stream("\x78\x01", 2);
    uLong adler = bands[0].adler;
    stream += bands[0].deflated;
    for (size_t i = 1; i < bands.size(); ++i) {
        const uLong length = uLong(bands[i].end - bands[i].first) * uLong(1 + 3 * rgb.width());
        adler = adler32_combine(adler, bands[i].adler, z_off_t(length));
        stream += bands[i].deflated;
    }
    stream += bigEndian(quint32(adler));

    QByteArray header = bigEndian(quint32(rgb.width())) + bigEndian(quint32(rgb.height()));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits a sample, RGB, deflate, adaptive filters, no interlace
    if (device->write("\x89PNG\r\n\x1a\n", 8) != 8 || !writeChunk(device, "IHDR", header))
        return false;
    if (rgb.dotsPerMeterX() > 0 && rgb.dotsPerMeterY() > 0) {
        QByteArray resolution =
            bigEndian(quint32(rgb.dotsPerMeterX())) + bigEndian(quint32(rgb.dotsPerMeterY()));
        resolution.append('\x01'); // the unit is the metre
        if (!writeChunk(device, "pHYs", resolution))
            return false;
    }
    // IDAT chunks of at most a megabyte, as encoders write them.
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        if (!writeChunk(device, "IDAT", stream.mid(at, chunk)))
            return false;
    return writeChunk(device, "IEND", QByteArray());
}

} // namespace mcfund
