#pragma once

class QImage;
class QIODevice;

namespace mcfund {

/**
 * Writes an opaque picture (a chart) as an 8-bit RGB PNG, about four times as fast as QImageWriter.
 *
 * QImageWriter lets libpng try all five row filters on every row and offers no way to choose one; on a
 * 1600×1000 chart that choice was most of the time `mcfund chart` spent writing. A chart is flat colour and
 * horizontal edges, so the "up" filter (each row against the one above) with zlib's fastest level gives a
 * file within a few per cent of QImageWriter's in a quarter of the time. The alpha channel, if any, is
 * dropped: callers paint on an opaque background.
 */
class PngWriter
{
public:
    /** Writes \a image to \a device (open for writing); false if the device refused a write. */
    static bool write(const QImage& image, QIODevice* device);
};

} // namespace mcfund
