#include <fribidi.h>

// FriBidi's constants are macro expressions Swift cannot import; these name the ones leadprint uses.
static inline FriBidiParType leadprint_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }
static inline FriBidiParType leadprint_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }
static inline FriBidiParType leadprint_fribidi_par_on(void) { return FRIBIDI_PAR_ON; }
static inline FriBidiFlags leadprint_fribidi_reorder_flags(void) { return FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAG_REORDER_NSM; }
