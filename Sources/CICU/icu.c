#include "leadprint_icu.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uenum.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>
#include <unicode/uvernum.h>

// ICU's symbols carry its major version: its headers define ubrk_open as ubrk_open_72, so stringifying after
// expansion gives the versioned name. The library file names come from the same headers.
#define LP_STRING2(x) #x
#define LP_STRING(x) LP_STRING2(x)
#define LP_SYMBOL(name) LP_STRING(name)
#define LP_LIBRARY(name) "lib" name ".so." LP_STRING(U_ICU_VERSION_MAJOR_NUM)

static struct {
    __typeof__(&ubrk_open) ubrk_open;
    __typeof__(&ubrk_close) ubrk_close;
    __typeof__(&ubrk_first) ubrk_first;
    __typeof__(&ubrk_next) ubrk_next;
    __typeof__(&ubrk_getRuleStatus) ubrk_getRuleStatus;
    __typeof__(&u_errorName) u_errorName;
    __typeof__(&u_UCharsToChars) u_UCharsToChars;
    __typeof__(&uenum_next) uenum_next;
    __typeof__(&uenum_close) uenum_close;
    __typeof__(&uplrules_open) uplrules_open;
    __typeof__(&uplrules_close) uplrules_close;
    __typeof__(&uplrules_getKeywords) uplrules_getKeywords;
    __typeof__(&uplrules_select) uplrules_select;
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;
static int icu_ready = 0;
static char icu_problem[512];

static void *open_library(const char *name) {
    void *handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        snprintf(icu_problem, sizeof icu_problem, "ICU (%s) could not be opened: %s; install libicu%s", name,
                 reason ? reason : "dlopen failed", LP_STRING(U_ICU_VERSION_MAJOR_NUM));
    }
    return handle;
}

static int find(void *handle, const char *library, const char *name, void **slot) {
    *slot = dlsym(handle, name);
    if (!*slot) snprintf(icu_problem, sizeof icu_problem, "ICU (%s) has no function %s", library, name);
    return *slot != NULL;
}

// The handles stay open for the life of the process: the functions point into them.
static void load(void) {
    const char *common = LP_LIBRARY("icuuc"), *i18n = LP_LIBRARY("icui18n");
    void *uc = open_library(common);
    if (!uc) return;
    void *in = open_library(i18n);
    if (!in) return;
    int found = find(uc, common, LP_SYMBOL(ubrk_open), (void **)&icu.ubrk_open)
        && find(uc, common, LP_SYMBOL(ubrk_close), (void **)&icu.ubrk_close)
        && find(uc, common, LP_SYMBOL(ubrk_first), (void **)&icu.ubrk_first)
        && find(uc, common, LP_SYMBOL(ubrk_next), (void **)&icu.ubrk_next)
        && find(uc, common, LP_SYMBOL(ubrk_getRuleStatus), (void **)&icu.ubrk_getRuleStatus)
        && find(uc, common, LP_SYMBOL(u_errorName), (void **)&icu.u_errorName)
        && find(uc, common, LP_SYMBOL(u_UCharsToChars), (void **)&icu.u_UCharsToChars)
        && find(uc, common, LP_SYMBOL(uenum_next), (void **)&icu.uenum_next)
        && find(uc, common, LP_SYMBOL(uenum_close), (void **)&icu.uenum_close)
        && find(in, i18n, LP_SYMBOL(uplrules_open), (void **)&icu.uplrules_open)
        && find(in, i18n, LP_SYMBOL(uplrules_close), (void **)&icu.uplrules_close)
        && find(in, i18n, LP_SYMBOL(uplrules_getKeywords), (void **)&icu.uplrules_getKeywords)
        && find(in, i18n, LP_SYMBOL(uplrules_select), (void **)&icu.uplrules_select);
    icu_ready = found;
}

const char *leadprint_icu_problem(void) {
    pthread_once(&icu_once, load);
    return icu_ready ? NULL : icu_problem;
}

LeadprintBreakIterator *leadprint_line_breaker(const char *locale, const uint16_t *text, int32_t length, int *status) {
    if (leadprint_icu_problem()) {
        *status = LEADPRINT_ICU_UNAVAILABLE;
        return NULL;
    }
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = icu.ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &code);
    *status = (int)code;
    return (LeadprintBreakIterator *)iterator;
}

void leadprint_break_close(LeadprintBreakIterator *iterator) { icu.ubrk_close((UBreakIterator *)iterator); }
int32_t leadprint_break_first(LeadprintBreakIterator *iterator) { return icu.ubrk_first((UBreakIterator *)iterator); }
int32_t leadprint_break_next(LeadprintBreakIterator *iterator) { return icu.ubrk_next((UBreakIterator *)iterator); }
int32_t leadprint_break_rule_status(LeadprintBreakIterator *iterator) { return icu.ubrk_getRuleStatus((UBreakIterator *)iterator); }

const char *leadprint_error_name(int code) {
    const char *problem = leadprint_icu_problem();
    if (code == LEADPRINT_ICU_UNAVAILABLE || problem) return problem ? problem : "ICU could not be opened";
    return icu.u_errorName((UErrorCode)code);
}

void *leadprint_plural_rules_open(const char *locale, const char **error) {
    const char *problem = leadprint_icu_problem();
    if (problem) {
        *error = problem;
        return NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = icu.uplrules_open(locale, &status);
    if (U_FAILURE(status)) {
        *error = icu.u_errorName(status);
        if (rules) icu.uplrules_close(rules);
        return NULL;
    }
    return rules;
}

void leadprint_plural_rules_close(void *rules) {
    icu.uplrules_close((UPluralRules *)rules);
}

int32_t leadprint_plural_rules_keywords(const void *rules, char *buffer, int32_t capacity, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *keywords = icu.uplrules_getKeywords((const UPluralRules *)rules, &status);
    if (U_FAILURE(status)) {
        *error = icu.u_errorName(status);
        return -1;
    }
    int32_t used = 0;
    buffer[0] = '\0';
    const char *keyword;
    int32_t length = 0;
    while ((keyword = icu.uenum_next(keywords, &length, &status)) != NULL && U_SUCCESS(status)) {
        if (used + length + 2 > capacity) {
            icu.uenum_close(keywords);
            *error = "U_BUFFER_OVERFLOW_ERROR";
            return -1;
        }
        if (used > 0) buffer[used++] = ' ';
        memcpy(buffer + used, keyword, (size_t)length);
        used += length;
        buffer[used] = '\0';
    }
    icu.uenum_close(keywords);
    if (U_FAILURE(status)) {
        *error = icu.u_errorName(status);
        return -1;
    }
    return 0;
}

int32_t leadprint_plural_rules_select(const void *rules, double number, char *buffer, int32_t capacity, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[32];
    int32_t length = icu.uplrules_select((const UPluralRules *)rules, number, keyword, 32, &status);
    if (U_FAILURE(status) || length >= capacity) {
        *error = U_FAILURE(status) ? icu.u_errorName(status) : "U_BUFFER_OVERFLOW_ERROR";
        return -1;
    }
    icu.u_UCharsToChars(keyword, buffer, length);
    buffer[length] = '\0';
    return length;
}
