// librsvg 2.54 marks the stream API's neighbours deprecated; the warnings are noise for the calls used here.
#define RSVG_DISABLE_DEPRECATION_WARNINGS 1
#include <librsvg/rsvg.h>
#include <gio/gio.h>

// GObject's unref and GError's free are macros or need casts Swift cannot import: small inline wrappers.
static inline void leadprint_object_unref(void *object) { g_object_unref(object); }
static inline void leadprint_error_free(GError *error) { g_error_free(error); }
