#ifndef LEADPRINT_PLURAL_RULES_H
#define LEADPRINT_PLURAL_RULES_H

#include <stdint.h>

// CLDR plural rules from the system ICU, behind plain C types. Foundation on Linux carries its own
// copy of ICU's C declarations (_FoundationICU), so a Swift module that imports Foundation cannot
// also import <unicode/*.h>: this header exposes no ICU type.

/// Opens a locale's rules (`ar`, `zh_Hans`); NULL with `error` set to ICU's status name on failure.
void *leadprint_plural_rules_open(const char *locale, const char **error);

/// Closes rules from `leadprint_plural_rules_open`.
void leadprint_plural_rules_close(void *rules);

/// Writes the locale's categories, space-separated, into `buffer`; returns 0, or -1 with `error` set.
int32_t leadprint_plural_rules_keywords(const void *rules, char *buffer, int32_t capacity, const char **error);

/// Writes the category of `number` (`one`, `few`, ...) into `buffer`; returns its length, or -1 with `error` set.
int32_t leadprint_plural_rules_select(const void *rules, double number, char *buffer, int32_t capacity, const char **error);

#endif
