#ifndef LEADPRINT_CICU_SHIM_H
#define LEADPRINT_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uloc.h>
#include <unicode/ubrk.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>

// ICU renames every entry point with its version (uplrules_open -> uplrules_open_72) through
// function-like macros, which Swift cannot import: these wrappers give Swift stable names.

static inline UPluralRules *leadprint_uplrules_open(const char *locale, UErrorCode *status) {
    return uplrules_open(locale, status);
}

static inline void leadprint_uplrules_close(UPluralRules *rules) {
    uplrules_close(rules);
}

static inline int32_t leadprint_uplrules_select(const UPluralRules *rules, double number, UChar *keyword, int32_t capacity,
                                                UErrorCode *status) {
    return uplrules_select(rules, number, keyword, capacity, status);
}

static inline UEnumeration *leadprint_uplrules_getKeywords(const UPluralRules *rules, UErrorCode *status) {
    return uplrules_getKeywords(rules, status);
}

static inline const char *leadprint_uenum_next(UEnumeration *en, int32_t *length, UErrorCode *status) {
    return uenum_next(en, length, status);
}

static inline void leadprint_uenum_close(UEnumeration *en) {
    uenum_close(en);
}

static inline const char *leadprint_u_errorName(UErrorCode code) {
    return u_errorName(code);
}

#endif
