#include "core/spanish.hpp"

#include <unicode/unistr.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "core/icu_i18n.hpp"
#include "core/unicode.hpp"

namespace informe::detail {

namespace {

std::string without_period(std::string s) {
  while (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The month names of ICU 72's Spanish data (CLDR "es"/"es_CL", format and stand-alone, wide and
// abbreviated), folded and without their period: fixed words, so reading a date loads no locale data
// (building ICU's DateFormatSymbols cost ~0.5 ms per process). tests/unit/core checks them against ICU.
constexpr std::array<std::string_view, 12> full_months{"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                       "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::array<std::string_view, 12> short_months{"ene", "feb", "mar", "abr", "may", "jun",
                                                        "jul", "ago", "sept", "oct", "nov", "dic"};

// The Spanish pattern for an ICU skeleton. A pattern generator is costly to build (it loads all of
// CLDR's date data for the locale), so the process keeps one, and every pattern it has given.
std::u16string pattern_for(const char* skeleton) {
  static std::mutex mutex;
  static std::unique_ptr<UDateTimePatternGenerator, void (*)(UDateTimePatternGenerator*)> generator(
      nullptr, [](UDateTimePatternGenerator* g) { icu_i18n_library().udatpg_close(g); });
  static std::map<std::string, std::u16string, std::less<>> patterns;
  std::lock_guard lock(mutex);
  auto it = patterns.find(std::string_view(skeleton));
  if (it != patterns.end()) return it->second;
  const auto& icu = icu_i18n_library();
  UErrorCode status = U_ZERO_ERROR;
  if (!generator) {
    generator.reset(icu.udatpg_open(spanish_locale, &status));
    if (U_FAILURE(status)) {
      generator.reset();
      return {};
    }
  }
  const std::u16string wanted(skeleton, skeleton + std::char_traits<char>::length(skeleton));  // ASCII
  UChar buffer[128];
  const int32_t n = icu.udatpg_getBestPattern(generator.get(), wanted.data(), static_cast<int32_t>(wanted.size()),
                                              buffer, 128, &status);
  if (U_FAILURE(status) || n <= 0 || n > 128) return {};
  return patterns.emplace(skeleton, std::u16string(buffer, static_cast<std::size_t>(n))).first->second;
}

// A Spanish formatter for one ICU skeleton, in UTC, and its Gregorian calendar. Building one costs
// far more than using it, so each thread keeps its own (ICU formatters are not safe to share across
// threads).
struct skeleton_format {
  UDateFormat* format = nullptr;
  UCalendar* calendar = nullptr;
  skeleton_format() = default;
  skeleton_format(const skeleton_format&) = delete;
  skeleton_format& operator=(const skeleton_format&) = delete;
  ~skeleton_format() {
    if (format) icu_i18n_library().udat_close(format);
    if (calendar) icu_i18n_library().ucal_close(calendar);
  }
};

const skeleton_format* formatter(const char* skeleton) {
  thread_local std::map<std::string, skeleton_format, std::less<>> cache;
  auto it = cache.find(std::string_view(skeleton));
  if (it != cache.end()) return it->second.format ? &it->second : nullptr;
  skeleton_format& f = cache[skeleton];
  const std::u16string pattern = pattern_for(skeleton);
  if (pattern.empty()) return nullptr;
  const auto& icu = icu_i18n_library();
  static constexpr UChar utc[] = u"UTC";
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat* format = icu.udat_open(UDAT_PATTERN, UDAT_PATTERN, spanish_locale, utc, 3, pattern.data(),
                                      static_cast<int32_t>(pattern.size()), &status);
  UCalendar* calendar = U_SUCCESS(status) ? icu.ucal_open(utc, 3, spanish_locale, UCAL_GREGORIAN, &status) : nullptr;
  if (U_FAILURE(status)) {
    if (format) icu.udat_close(format);
    if (calendar) icu.ucal_close(calendar);
    return nullptr;
  }
  f.format = format;
  f.calendar = calendar;
  return &f;
}

std::string format_with_skeleton(const char* skeleton, const partial_date& d, int hour = 0,
                                 int minute = 0, int second = 0) {
  const skeleton_format* f = formatter(skeleton);
  if (!f) return d.to_iso();
  const auto& icu = icu_i18n_library();
  UErrorCode status = U_ZERO_ERROR;
  icu.ucal_clear(f->calendar);
  icu.ucal_setDateTime(f->calendar, d.year, (d.month ? d.month : 1) - 1, d.day ? d.day : 1, hour, minute, second,
                       &status);
  const UDate when = icu.ucal_getMillis(f->calendar, &status);
  if (U_FAILURE(status)) return d.to_iso();
  UChar buffer[256];
  const int32_t n = icu.udat_format(f->format, when, buffer, 256, nullptr, &status);
  if (U_FAILURE(status) || n < 0 || n > 256) return d.to_iso();
  std::string result;
  icu::UnicodeString(buffer, n).toUTF8String(result);
  return collapse_whitespace(result);
}

}  // namespace

std::optional<int> spanish_month(std::string_view word) {
  std::string w = without_period(fold(word));
  if (w.empty()) return std::nullopt;
  for (int i = 0; i < 12; ++i) {
    if (w == full_months[static_cast<std::size_t>(i)] || w == short_months[static_cast<std::size_t>(i)]) return i + 1;
  }
  if (w.size() >= 3) {
    for (int i = 0; i < 12; ++i) {
      if (full_months[static_cast<std::size_t>(i)].starts_with(w)) return i + 1;
    }
  }
  return std::nullopt;
}

std::string spanish_long_date(const partial_date& d) {
  if (!d.valid()) return d.to_iso();
  if (d.month == 0) return std::to_string(d.year);
  if (d.day == 0) return format_with_skeleton("yMMMM", d);
  return format_with_skeleton("yMMMMd", d);
}

std::string spanish_short_date(const partial_date& d) {
  if (!d.valid()) return d.to_iso();
  if (d.month == 0) return std::to_string(d.year);
  if (d.day == 0) return format_with_skeleton("yMMM", d);
  return format_with_skeleton("yMMMd", d);
}

std::string spanish_long_date_time(const date_time& t) {
  if (!t.valid()) return t.to_iso();
  return format_with_skeleton("yMMMMdHHmmss", t.date, t.hour, t.minute, t.second);
}

}  // namespace informe::detail
