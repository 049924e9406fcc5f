#include "CPNGWriter.h"
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

struct failure { jmp_buf jump; char *error; size_t error_length; FILE *file; int saved_errno; };

/* fwrite with the errno kept, so a full disk reads "No space left on device", not libpng's "Write Error". */
static void write_data(png_structp png, png_bytep data, png_size_t length) {
    struct failure *f = png_get_error_ptr(png);
    if (fwrite(data, 1, length, f->file) != length) {
        f->saved_errno = errno ? errno : EIO;
        png_error(png, strerror(f->saved_errno));
    }
}

static void flush_data(png_structp png) {
    struct failure *f = png_get_error_ptr(png);
    if (fflush(f->file) != 0) {
        f->saved_errno = errno ? errno : EIO;
        png_error(png, strerror(f->saved_errno));
    }
}

static void on_error(png_structp png, png_const_charp message) {
    struct failure *f = png_get_error_ptr(png);
    snprintf(f->error, f->error_length, "%s", message);
    longjmp(f->jump, 1);
}

static void on_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

/* Turns one row of Cairo's native-endian xRGB pixels into a PNG row. */
typedef void (*row_converter)(unsigned char *row, const uint32_t *pixels, int width);

static void rgb24_row(unsigned char *row, const uint32_t *pixels, int width) {
    for (int x = 0; x < width; x++) {
        uint32_t p = pixels[x];
        row[x * 3] = (p >> 16) & 0xff; row[x * 3 + 1] = (p >> 8) & 0xff; row[x * 3 + 2] = p & 0xff;
    }
}

static void gray1_row(unsigned char *row, const uint32_t *pixels, int width) {
    memset(row, 0, ((size_t)width + 7) / 8);
    for (int x = 0; x < width; x++) {
        uint32_t p = pixels[x];
        /* Rec. 601 luma in 0..255000; a dot prints (0, black) below half, else stays paper (1, white). */
        unsigned luma = 299u * ((p >> 16) & 0xff) + 587u * ((p >> 8) & 0xff) + 114u * (p & 0xff);
        if (luma >= 127500u) row[x / 8] |= (unsigned char)(0x80u >> (x % 8));
    }
}

/* One libpng setjmp discipline and one checked output for every format: only the row layout differs. */
static int write_png(const char *path, const unsigned char *data, int width, int height, int stride, double dpi,
                     int compression_level, int bit_depth, int color_type, size_t row_bytes, int srgb,
                     row_converter convert, char *error, size_t error_length) {
    FILE *file = fopen(path, "wb");
    if (!file) { snprintf(error, error_length, "%s", strerror(errno)); return 1; }
    struct failure f = { .error = error, .error_length = error_length, .file = file, .saved_errno = 0 };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &f, on_error, on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    unsigned char *row = malloc(row_bytes);
    if (!png || !info || !row) {
        snprintf(error, error_length, "out of memory");
        png_destroy_write_struct(&png, &info); free(row); fclose(file);
        return 1;
    }
    if (setjmp(f.jump)) {
        png_destroy_write_struct(&png, &info); free(row); fclose(file);
        return 1;
    }
    png_set_write_fn(png, &f, write_data, flush_data);
    png_set_compression_level(png, compression_level);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, bit_depth, color_type,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_uint_32 per_metre = (png_uint_32)(dpi / 0.0254 + 0.5);
    png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
    if (srgb) png_set_sRGB_gAMA_and_cHRM(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    png_write_info(png, info);
    for (int y = 0; y < height; y++) {
        convert(row, (const uint32_t *)(data + (size_t)y * (size_t)stride), width);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(file) != 0) { snprintf(error, error_length, "%s", strerror(errno)); return 1; }
    return 0;
}

int leadprint_write_png_rgb24(const char *path, const unsigned char *data, int width, int height, int stride,
                              double dpi, int compression_level, char *error, size_t error_length) {
    return write_png(path, data, width, height, stride, dpi, compression_level, 8, PNG_COLOR_TYPE_RGB,
                     (size_t)width * 3, 1, rgb24_row, error, error_length);
}

/* 1-bit grayscale for thermal printers. */
int leadprint_write_png_gray1(const char *path, const unsigned char *data, int width, int height, int stride,
                              double dpi, int compression_level, char *error, size_t error_length) {
    return write_png(path, data, width, height, stride, dpi, compression_level, 1, PNG_COLOR_TYPE_GRAY,
                     ((size_t)width + 7) / 8, 0, gray1_row, error, error_length);
}
