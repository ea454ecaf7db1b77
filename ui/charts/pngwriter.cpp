#include "pngwriter.h"

#include <QImage>
#include <QIODevice>
#include <QSysInfo>

#include <png.h>

#include <csetjmp>

namespace mcfund {

namespace {

void writeToDevice(png_structp png, png_bytep data, png_size_t length)
{
    auto* device = static_cast<QIODevice*>(png_get_io_ptr(png));
    const bool written = device->write(reinterpret_cast<const char*>(data), qint64(length)) == qint64(length);
    if (!written)
        png_error(png, "write failed"); // returns through the setjmp in encode(), after this frame ends
}

void flushDevice(png_structp) {}

// The caller reports the failure; libpng's own messages would go to stderr.
[[noreturn]] void onError(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// libpng reports errors by longjmp: nothing between setjmp and the last libpng call may need a destructor.
bool encode(png_structp png, png_infop info, const QImage& image, QIODevice* device)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, device, writeToDevice, flushDevice);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    // The rows are 32-bit words 0xffRRGGBB: in memory, little-endian, B G R 0xff.
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

bool PngWriter::write(const QImage& image, QIODevice* device)
{
    if (image.isNull() || !device || !device->isWritable())
        return false;
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    const bool ok = info && encode(png, info, rgb, device);
    png_destroy_write_struct(&png, info ? &info : nullptr);
    return ok;
}

} // namespace mcfund
