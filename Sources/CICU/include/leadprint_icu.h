#ifndef LEADPRINT_ICU_H
#define LEADPRINT_ICU_H

#include <stdint.h>

// ICU's UAX #14 line breaking and CLDR plural rules, behind plain C types.
//
// Foundation on Linux carries its own copy of ICU's C declarations (_FoundationICU), so a Swift module that
// imports Foundation cannot also import <unicode/*.h>: this header exposes no ICU type. And ICU is opened with
// dlopen the first time one of these functions runs (icu.c): linked, libicuuc, libicui18n and their 30 MB of
// data were loaded and relocated at every start, though most runs break no line and count nothing.

/// NULL when ICU is open, else why it could not be opened (names the library).
const char *leadprint_icu_problem(void);

typedef struct LeadprintBreakIterator LeadprintBreakIterator;

enum {
    LEADPRINT_UBRK_DONE = -1,           // UBRK_DONE
    LEADPRINT_UBRK_LINE_HARD = 100,     // UBRK_LINE_HARD: a mandatory break (newline)
    LEADPRINT_UBRK_LINE_HARD_LIMIT = 200,
    /// The status `leadprint_line_breaker` sets when ICU could not be opened (above ICU's own codes).
    LEADPRINT_ICU_UNAVAILABLE = 0x10000,
};

/// A UAX #14 line-break iterator over UTF-16 text; NULL with `status` set (an ICU error code, positive) on failure.
LeadprintBreakIterator *leadprint_line_breaker(const char *locale, const uint16_t *text, int32_t length, int *status);
void leadprint_break_close(LeadprintBreakIterator *iterator);
int32_t leadprint_break_first(LeadprintBreakIterator *iterator);
int32_t leadprint_break_next(LeadprintBreakIterator *iterator);
int32_t leadprint_break_rule_status(LeadprintBreakIterator *iterator);
/// ICU's name for a status code, or the reason ICU could not be opened for `LEADPRINT_ICU_UNAVAILABLE`.
const char *leadprint_error_name(int code);

/// Opens a locale's rules (`ar`, `zh_Hans`); NULL with `error` set to ICU's status name on failure.
void *leadprint_plural_rules_open(const char *locale, const char **error);

/// Closes rules from `leadprint_plural_rules_open`.
void leadprint_plural_rules_close(void *rules);

/// Writes the locale's categories, space-separated, into `buffer`; returns 0, or -1 with `error` set.
int32_t leadprint_plural_rules_keywords(const void *rules, char *buffer, int32_t capacity, const char **error);

/// Writes the category of `number` (`one`, `few`, ...) into `buffer`; returns its length, or -1 with `error` set.
int32_t leadprint_plural_rules_select(const void *rules, double number, char *buffer, int32_t capacity, const char **error);

#endif
