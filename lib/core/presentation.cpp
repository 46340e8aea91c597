#include "core/presentation.hpp"

#include <unicode/unistr.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "core/icu_i18n.hpp"
#include "core/spanish.hpp"
#include "informe/validate.hpp"
#include "informe/version.hpp"

namespace informe::detail {

namespace {

// A number format of ICU's (libicui18n, loaded on first use), closed with its thread.
struct number_format {
  UNumberFormat* format = nullptr;
  explicit number_format(UNumberFormatStyle style, int max_fraction_digits = -1) {
    const auto& icu = icu_i18n_library();
    UErrorCode status = U_ZERO_ERROR;
    format = icu.unum_open(style, nullptr, 0, spanish_locale, nullptr, &status);
    if (U_FAILURE(status) && format) icu.unum_close(format);
    if (U_FAILURE(status)) format = nullptr;
    if (format && max_fraction_digits >= 0) icu.unum_setAttribute(format, UNUM_MAX_FRACTION_DIGITS, max_fraction_digits);
  }
  number_format(const number_format&) = delete;
  number_format& operator=(const number_format&) = delete;
  ~number_format() {
    if (format) icu_i18n_library().unum_close(format);
  }
};

// ICU's UTF-16 result (at most `length` units of `buffer`) as UTF-8, or "" on failure.
std::string utf8_of(const UChar* buffer, int32_t length, UErrorCode status) {
  if (U_FAILURE(status) || length < 0) return {};
  std::string result;
  icu::UnicodeString(buffer, length).toUTF8String(result);
  return result;
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return n < 10 ? "0" + s : s;
}

presented_time worded(const date_time& t, bool utc) {
  presented_time p;
  p.when = t;
  p.utc = utc;
  p.long_form = cached_long_date_time(t);
  p.date_long = cached_long_date(t.date);
  p.clock = two_digits(t.hour) + ":" + two_digits(t.minute) + ":" + two_digits(t.second);
  return p;
}

// The one clock policy of every writer: never the clock.
presented_time generation_time(const report& r, std::optional<std::int64_t> source_date_epoch) {
  if (source_date_epoch) {
    using namespace std::chrono;
    const sys_seconds when{seconds{*source_date_epoch}};
    const sys_days day = floor<days>(when);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> time{when - day};
    date_time t;
    t.date = {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
    t.hour = static_cast<int>(time.hours().count());
    t.minute = static_cast<int>(time.minutes().count());
    t.second = static_cast<int>(time.seconds().count());
    if (t.valid()) return worded(t, true);
  }
  if (r.issued_at && r.issued_at->valid()) return worded(*r.issued_at, false);
  return worded(date_time{{2000, 1, 1}, 0, 0, 0}, false);
}

presented_status status_of(const row& r, const vocabulary& words) {
  presented_status s;
  s.known = r.status.has_value();
  s.role = !r.status                                                     ? status_role::unknown
           : *r.status == compliance_status::fulfilled                   ? status_role::fulfilled
           : *r.status == compliance_status::partially_fulfilled ? status_role::partially_fulfilled
                                                                         : status_role::not_fulfilled;
  s.word = words.status_word(r.status);
  s.derived = r.status_text.empty();
  s.display = s.derived ? s.word : r.status_text;
  return s;
}

}  // namespace

std::string_view role_key(status_role r) {
  switch (r) {
    case status_role::fulfilled: return "fulfilled";
    case status_role::partially_fulfilled: return "partially_fulfilled";
    case status_role::not_fulfilled: return "not_fulfilled";
    case status_role::unknown: return "unknown";
  }
  return "unknown";
}

// ICU builds a pattern generator and a formatter for every wording (~0.1-1 ms each): the wordings
// of the dates already seen are kept, a bounded number of them.
template <typename Date>
std::string cached_wording(char kind, const Date& d, std::string (*word)(const Date&)) {
  static std::mutex lock;
  static std::map<std::string, std::string> cache;
  std::string key = kind + d.to_iso();
  {
    std::lock_guard<std::mutex> guard(lock);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  std::string wording = word(d);
  std::lock_guard<std::mutex> guard(lock);
  if (cache.size() >= 4096) cache.clear();
  cache.emplace(std::move(key), wording);
  return wording;
}

std::string cached_long_date(const partial_date& d) { return cached_wording('L', d, &spanish_long_date); }
std::string cached_short_date(const partial_date& d) { return cached_wording('S', d, &spanish_short_date); }
std::string cached_long_date_time(const date_time& t) { return cached_wording('T', t, &spanish_long_date_time); }

std::string spanish_percent(double share) {
  // One formatter per thread: ICU formatters are costly to make and not safe to share.
  thread_local number_format percent(UNUM_PERCENT, 1);
  if (!percent.format) return std::to_string(static_cast<int>(share * 100 + 0.5)) + " %";
  UChar buffer[64];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = icu_i18n_library().unum_formatDouble(percent.format, share, buffer, 64, nullptr, &status);
  std::string result = utf8_of(buffer, n, status);
  return result.empty() ? std::to_string(static_cast<int>(share * 100 + 0.5)) + " %" : result;
}

std::string spanish_integer(std::int64_t value) {
  thread_local number_format decimal(UNUM_DECIMAL);
  if (!decimal.format) return std::to_string(value);
  UChar buffer[64];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = icu_i18n_library().unum_formatInt64(decimal.format, value, buffer, 64, nullptr, &status);
  std::string result = utf8_of(buffer, n, status);
  return result.empty() ? std::to_string(value) : result;
}

std::int64_t epoch_of(const date_time& t) {
  int y = t.date.year;
  const int m = t.date.month, d = t.date.day;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
  return days * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

presentation present(const report& r, const vocabulary& words, std::optional<std::int64_t> source_date_epoch) {
  presentation p{words, {}, {}, {}, {}, {}, {}, {}, {}, generation_time(r, source_date_epoch),
                 "informe " + std::string(version())};
  p.title_main = words[term::title];
  if (r.cutoff_date) {
    p.cutoff_long = cached_long_date(*r.cutoff_date);
    p.cutoff_phrase = words[term::title_cutoff] + " " + p.cutoff_long;
  }
  p.title = words.title_with(p.cutoff_long);
  if (r.issued_at) p.issued = worded(*r.issued_at, false);

  auto plain = [&](term label, const char* key, const std::string& value, std::string iso = {}) {
    if (!value.empty()) p.header.push_back({label, key, rich_text::paragraph(value), std::move(iso)});
  };
  plain(term::program, "program", r.program);
  plain(term::ministry, "ministry", r.ministry);
  plain(term::service, "service", r.service);
  if (r.evaluation_year) plain(term::evaluation_year, "evaluation_year", std::to_string(*r.evaluation_year));
  plain(term::program_status, "program_status", r.program_status);
  if (r.exit_date) plain(term::exit_date, "exit_date", cached_long_date(*r.exit_date), r.exit_date->to_iso());
  if (!r.observation.empty()) p.header.push_back({term::observation, "observation", r.observation, {}});

  const status_summary s = summarize(r);
  auto share = [&](std::size_t n) {
    return spanish_percent(s.total == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(s.total));
  };
  auto count = [](std::size_t n) { return spanish_integer(static_cast<std::int64_t>(n)); };
  p.summary.push_back({"total", term::summary_total, count(s.total), {}, std::nullopt});
  p.summary.push_back({"fulfilled", term::status_fulfilled, count(s.fulfilled), share(s.fulfilled),
                       status_role::fulfilled});
  p.summary.push_back({"partially_fulfilled", term::status_partially_fulfilled, count(s.partially_fulfilled),
                       share(s.partially_fulfilled), status_role::partially_fulfilled});
  p.summary.push_back({"not_fulfilled", term::status_not_fulfilled, count(s.not_fulfilled), share(s.not_fulfilled),
                       status_role::not_fulfilled});
  if (s.unknown > 0) {
    p.summary.push_back({"unknown", term::status_unknown, count(s.unknown), share(s.unknown), status_role::unknown});
  }
  p.summary.push_back({"share_fulfilled", term::summary_share_fulfilled, share(s.fulfilled), {}, std::nullopt});

  p.rows.reserve(r.rows.size());
  for (const row& x : r.rows) {
    presented_row pr;
    pr.source = &x;
    pr.due_derived = x.due_text.empty();
    pr.due_display = !x.due_text.empty() ? x.due_text : x.due ? cached_short_date(*x.due) : std::string();
    pr.status = status_of(x, words);
    p.rows.push_back(std::move(pr));
  }
  return p;
}

}  // namespace informe::detail
