#include <cups/cups.h>
#include <cups/pwg.h>
