#include "plural_rules.h"

#include <string.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

void *leadprint_plural_rules_open(const char *locale, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_open(locale, &status);
    if (U_FAILURE(status)) {
        *error = u_errorName(status);
        if (rules) uplrules_close(rules);
        return NULL;
    }
    return rules;
}

void leadprint_plural_rules_close(void *rules) {
    uplrules_close((UPluralRules *)rules);
}

int32_t leadprint_plural_rules_keywords(const void *rules, char *buffer, int32_t capacity, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *keywords = uplrules_getKeywords((const UPluralRules *)rules, &status);
    if (U_FAILURE(status)) {
        *error = u_errorName(status);
        return -1;
    }
    int32_t used = 0;
    buffer[0] = '\0';
    const char *keyword;
    int32_t length = 0;
    while ((keyword = uenum_next(keywords, &length, &status)) != NULL && U_SUCCESS(status)) {
        if (used + length + 2 > capacity) {
            uenum_close(keywords);
            *error = "U_BUFFER_OVERFLOW_ERROR";
            return -1;
        }
        if (used > 0) buffer[used++] = ' ';
        memcpy(buffer + used, keyword, (size_t)length);
        used += length;
        buffer[used] = '\0';
    }
    uenum_close(keywords);
    if (U_FAILURE(status)) {
        *error = u_errorName(status);
        return -1;
    }
    return 0;
}

int32_t leadprint_plural_rules_select(const void *rules, double number, char *buffer, int32_t capacity, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[32];
    int32_t length = uplrules_select((const UPluralRules *)rules, number, keyword, 32, &status);
    if (U_FAILURE(status) || length >= capacity) {
        *error = U_FAILURE(status) ? u_errorName(status) : "U_BUFFER_OVERFLOW_ERROR";
        return -1;
    }
    u_UCharsToChars(keyword, buffer, length);
    buffer[length] = '\0';
    return length;
}
