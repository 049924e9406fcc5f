#include <stdint.h>
#include <unicode/uvernum.h>

// ICU's own headers cannot be imported into Swift here: Foundation bundles another ICU (symbols prefixed swift_)
// whose UErrorCode enum clashes with them in one module. So only the version macros are included, and the few
// line-break entry points leadprint uses are declared with plain types (ICU's enums are ints; values from
// unicode/ubrk.h and unicode/utypes.h of ICU 72). U_ICU_ENTRY_POINT_RENAME gives the versioned names (ubrk_open_72).
typedef struct LeadprintBreakIterator LeadprintBreakIterator;
LeadprintBreakIterator *U_ICU_ENTRY_POINT_RENAME(ubrk_open)(int type, const char *locale, const uint16_t *text, int32_t length, int *status);
void U_ICU_ENTRY_POINT_RENAME(ubrk_close)(LeadprintBreakIterator *iterator);
int32_t U_ICU_ENTRY_POINT_RENAME(ubrk_first)(LeadprintBreakIterator *iterator);
int32_t U_ICU_ENTRY_POINT_RENAME(ubrk_next)(LeadprintBreakIterator *iterator);
int32_t U_ICU_ENTRY_POINT_RENAME(ubrk_getRuleStatus)(LeadprintBreakIterator *iterator);
const char *U_ICU_ENTRY_POINT_RENAME(u_errorName)(int code);

enum {
    LEADPRINT_UBRK_LINE = 2,            // UBRK_LINE
    LEADPRINT_UBRK_DONE = -1,           // UBRK_DONE
    LEADPRINT_UBRK_LINE_HARD = 100,     // UBRK_LINE_HARD: a mandatory break (newline)
    LEADPRINT_UBRK_LINE_HARD_LIMIT = 200,
};

static inline LeadprintBreakIterator *leadprint_line_breaker(const char *locale, const uint16_t *text, int32_t length, int *status) {
    return U_ICU_ENTRY_POINT_RENAME(ubrk_open)(LEADPRINT_UBRK_LINE, locale, text, length, status);
}
static inline void leadprint_break_close(LeadprintBreakIterator *iterator) { U_ICU_ENTRY_POINT_RENAME(ubrk_close)(iterator); }
static inline int32_t leadprint_break_first(LeadprintBreakIterator *iterator) { return U_ICU_ENTRY_POINT_RENAME(ubrk_first)(iterator); }
static inline int32_t leadprint_break_next(LeadprintBreakIterator *iterator) { return U_ICU_ENTRY_POINT_RENAME(ubrk_next)(iterator); }
static inline int32_t leadprint_break_rule_status(LeadprintBreakIterator *iterator) { return U_ICU_ENTRY_POINT_RENAME(ubrk_getRuleStatus)(iterator); }
static inline const char *leadprint_error_name(int code) { return U_ICU_ENTRY_POINT_RENAME(u_errorName)(code); }
