#ifndef LEADPRINT_CICU_SHIM_H
#define LEADPRINT_CICU_SHIM_H

// The system ICU (libicu-dev). Careful: Swift modules that import Foundation on Linux cannot import
// this module too (Foundation's _FoundationICU declares the same C types); call ICU from a C target
// that depends on CICU, as CPluralRules does, and expose plain C types.
#include <unicode/utypes.h>
#include <unicode/uloc.h>
#include <unicode/ubrk.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>

#endif
