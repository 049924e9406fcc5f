#ifndef CPNGWRITER_H
#define CPNGWRITER_H
#include <stddef.h>

/* Writes a Cairo RGB24 image (native-endian 0x00RRGGBB words) as an 8-bit RGB PNG with a pHYs
   chunk for `dpi` and an sRGB chunk. libpng reports errors by longjmp, which Swift cannot catch,
   so this small C function owns the setjmp. Returns 0 on success, else writes a message to `error`. */
int leadprint_write_png_rgb24(const char *path, const unsigned char *data, int width, int height, int stride,
                              double dpi, int compression_level, char *error, size_t error_length);

/* Writes a Cairo RGB24 image as a 1-bit grayscale PNG for thermal printers: each pixel is one printer dot,
   black below half luma, else white; with a pHYs chunk for `dpi`. Same error contract as above. */
int leadprint_write_png_gray1(const char *path, const unsigned char *data, int width, int height, int stride,
                              double dpi, int compression_level, char *error, size_t error_length);

#endif
