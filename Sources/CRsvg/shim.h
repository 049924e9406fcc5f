#include <stddef.h>
#include <stdint.h>

// librsvg is opened with dlopen when a logo is an SVG (see Sources/Images/Rsvg.swift), so this module links
// nothing and includes none of librsvg's or GLib's headers (their pkg-config flags would link librsvg, GIO and
// gdk-pixbuf into every run). The few types the calls need are declared here with their C layouts from
// librsvg 2.54 (rsvg.h) and GLib 2.74 (gerror.h); they have been stable since librsvg 2.52 and GLib 2.0.
typedef struct LeadprintRsvgHandle LeadprintRsvgHandle;
typedef struct LeadprintGInputStream LeadprintGInputStream;

/// GError: domain, code, message.
typedef struct {
    uint32_t domain;
    int code;
    char *message;
} LeadprintGError;

/// RsvgRectangle: four doubles.
typedef struct {
    double x;
    double y;
    double width;
    double height;
} LeadprintRsvgRectangle;

/// RsvgLength: a length and its unit (an enum, an int in C).
typedef struct {
    double length;
    int unit;
} LeadprintRsvgLength;

enum {
    LEADPRINT_RSVG_HANDLE_FLAGS_NONE = 0,
};
