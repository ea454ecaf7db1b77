#pragma once

class QImage;
class QIODevice;

namespace mcfund {

/**
 * Writes an opaque picture (a chart) as an 8-bit RGB PNG, in bands compressed side by side.
 *
 * QImageWriter lets libpng try all five row filters on every row and offers no way to choose one; on a
 * 1600×1000 chart that choice was most of the time `mcfund chart` spent writing. A chart is flat colour and
 * horizontal edges, so the "up" filter (each row against the one above) with zlib's fastest level gives a
 * file within a few per cent of QImageWriter's. The rows are cut into bands, one a processor, each
 * compressed on its own thread into a raw deflate stream that ends on a byte boundary; put end to end they
 * are one zlib stream (as pigz writes), whose checksum is combined from the bands'. What it costs: each
 * band starts its compression without the rows before it, a few hundred bytes on a chart. The alpha
 * channel, if any, is dropped: callers paint on an opaque background.
 */
class PngWriter
{
public:
    /**
     * Writes \a image to \a device (open for writing) in bands compressed on up to \a threads threads
     * (0: one a processor); false if the device refused a write.
     */
    static bool write(const QImage& image, QIODevice* device, int threads = 0);
    /** How many bands write() cuts \a height rows into for \a threads threads (1 for a short picture). */
    static int bandsFor(int height, int threads);
};

} // namespace mcfund
