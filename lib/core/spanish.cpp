#include "core/spanish.hpp"

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "core/unicode.hpp"

namespace informe::detail {

namespace {

const icu::Locale& spanish() {
  static const icu::Locale locale("es", "CL");
  return locale;
}

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
icu::UnicodeString pattern_for(const char* skeleton, UErrorCode& status) {
  static std::mutex mutex;
  static std::unique_ptr<icu::DateTimePatternGenerator> generator;
  static std::map<std::string, icu::UnicodeString, std::less<>> patterns;
  std::lock_guard lock(mutex);
  auto it = patterns.find(std::string_view(skeleton));
  if (it != patterns.end()) return it->second;
  if (!generator) {
    generator.reset(icu::DateTimePatternGenerator::createInstance(spanish(), status));
    if (U_FAILURE(status)) return {};
  }
  icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(skeleton), status);
  if (U_FAILURE(status)) return {};
  return patterns.emplace(skeleton, pattern).first->second;
}

// A Spanish formatter for one ICU skeleton, in UTC. Building one costs far more than using it, so
// each thread keeps its own (ICU formatters are not safe to share across threads).
struct skeleton_format {
  std::unique_ptr<icu::SimpleDateFormat> format;
  std::unique_ptr<icu::GregorianCalendar> calendar;
};

const skeleton_format* formatter(const char* skeleton) {
  thread_local std::map<std::string, skeleton_format, std::less<>> cache;
  auto it = cache.find(std::string_view(skeleton));
  if (it != cache.end()) return it->second.format ? &it->second : nullptr;
  skeleton_format& f = cache[skeleton];
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString pattern = pattern_for(skeleton, status);
  if (U_FAILURE(status)) return nullptr;
  auto format = std::make_unique<icu::SimpleDateFormat>(pattern, spanish(), status);
  std::unique_ptr<icu::TimeZone> utc(icu::TimeZone::createTimeZone("UTC"));
  auto calendar = std::make_unique<icu::GregorianCalendar>(*utc, spanish(), status);
  if (U_FAILURE(status)) return nullptr;
  format->setTimeZone(*utc);
  f.format = std::move(format);
  f.calendar = std::move(calendar);
  return &f;
}

std::string format_with_skeleton(const char* skeleton, const partial_date& d, int hour = 0,
                                 int minute = 0, int second = 0) {
  const skeleton_format* f = formatter(skeleton);
  if (!f) return d.to_iso();
  UErrorCode status = U_ZERO_ERROR;
  f->calendar->clear();
  f->calendar->set(d.year, (d.month ? d.month : 1) - 1, d.day ? d.day : 1, hour, minute, second);
  UDate when = f->calendar->getTime(status);
  if (U_FAILURE(status)) return d.to_iso();
  icu::UnicodeString out;
  f->format->format(when, out);
  std::string result;
  out.toUTF8String(result);
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
