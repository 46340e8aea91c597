// ICU's i18n library (libicui18n: number and date formats, charset detection), loaded on first use:
// most conversions (reading DOCX or text into JSON) never format a date or guess a charset, and
// loading it at start-up cost about 0.5 ms per process (some 1,700 symbol bindings, BIND_NOW).
// Through ICU's C API, whose functions are looked up by their versioned names. Internal.
#pragma once

#include <unicode/ucal.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/unum.h>

namespace informe::detail {

// The functions of libicui18n the library calls. Each member is named as ICU's macro renames the
// function (unum_open is unum_open_72), so call them as icu.unum_open(...).
struct icu_i18n {
  decltype(&::unum_open) unum_open;
  decltype(&::unum_close) unum_close;
  decltype(&::unum_setAttribute) unum_setAttribute;
  decltype(&::unum_formatDouble) unum_formatDouble;
  decltype(&::unum_formatInt64) unum_formatInt64;
  decltype(&::udatpg_open) udatpg_open;
  decltype(&::udatpg_close) udatpg_close;
  decltype(&::udatpg_getBestPattern) udatpg_getBestPattern;
  decltype(&::udat_open) udat_open;
  decltype(&::udat_close) udat_close;
  decltype(&::udat_format) udat_format;
  decltype(&::ucal_open) ucal_open;
  decltype(&::ucal_close) ucal_close;
  decltype(&::ucal_clear) ucal_clear;
  decltype(&::ucal_setDateTime) ucal_setDateTime;
  decltype(&::ucal_getMillis) ucal_getMillis;
  decltype(&::ucsdet_open) ucsdet_open;
  decltype(&::ucsdet_close) ucsdet_close;
  decltype(&::ucsdet_setText) ucsdet_setText;
  decltype(&::ucsdet_detect) ucsdet_detect;
  decltype(&::ucsdet_getName) ucsdet_getName;
  decltype(&::ucsdet_getConfidence) ucsdet_getConfidence;
};

/// libicui18n's functions, the library loaded on the first call (thread-safe). Throws informe::error
/// when it cannot be loaded (it comes with libicuuc, which libinforme needs).
const icu_i18n& icu_i18n_library();

}  // namespace informe::detail
