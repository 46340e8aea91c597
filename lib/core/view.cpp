#include "core/view.hpp"

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "core/spanish.hpp"
#include "informe/validate.hpp"
#include "informe/version.hpp"

namespace informe::detail {

using json = nlohmann::json;

namespace {

const icu::Locale& spanish() {
  static const icu::Locale locale("es", "CL");
  return locale;
}

std::string label(const json& labels, const std::string& key) {
  auto it = labels.find(key);
  if (it != labels.end() && it->is_string()) return it->get<std::string>();
  return key;  // a missing label shows its key, never an empty hole
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

std::string long_date(const partial_date& d) { return cached_wording('L', d, &spanish_long_date); }
std::string short_date(const partial_date& d) { return cached_wording('S', d, &spanish_short_date); }
std::string long_date_time(const date_time& t) { return cached_wording('T', t, &spanish_long_date_time); }

// Objects are built key by key: an initializer list would allocate a pair per key and copy values.
using object = json::object_t;

void put(object& o, const char* key, json value) { o.emplace(key, std::move(value)); }

json date_view(const partial_date& d) {
  object o;
  put(o, "iso", d.to_iso());
  put(o, "long", long_date(d));
  put(o, "short", short_date(d));
  return json(std::move(o));
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return n < 10 ? "0" + s : s;
}

json date_time_view(const date_time& t) {
  object o;
  put(o, "iso", t.to_iso());
  put(o, "long", long_date_time(t));
  put(o, "date_long", long_date(t.date));
  put(o, "time", two_digits(t.hour) + ":" + two_digits(t.minute) + ":" + two_digits(t.second));
  return json(std::move(o));
}

json rich_text_view(const rich_text& text) {
  json::array_t blocks;
  const std::size_t count = text.blocks.size();
  blocks.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const block& b = text.blocks[i];
    const bool paragraph = b.type == block::kind::paragraph;
    json::array_t items;
    if (!paragraph) items.assign(b.items.begin(), b.items.end());
    object o;
    put(o, "is_paragraph", paragraph);
    put(o, "is_list", !paragraph);
    put(o, "text", paragraph ? b.text : std::string());
    put(o, "items", std::move(items));
    put(o, "first", i == 0);
    put(o, "last", i + 1 == count);
    blocks.emplace_back(std::move(o));
  }
  object o;
  put(o, "present", !text.empty());
  put(o, "blocks", std::move(blocks));
  return json(std::move(o));
}

// "partially_fulfilled" -> "status-partially-fulfilled"
std::string status_class(std::string_view key) {
  std::string out = "status-";
  for (char c : key) out += c == '_' ? '-' : c;
  return out;
}

json status_view(const row& r, const json& labels) {
  std::string key = r.status ? std::string(to_string(*r.status)) : "unknown";
  std::string wording = label(labels, "status_" + key);
  const bool derived = r.status_text.empty();
  object o;
  put(o, "key", key);
  put(o, "class", status_class(key));
  put(o, "label", wording);
  put(o, "text", r.status_text);
  put(o, "display", derived ? wording : r.status_text);
  put(o, "derived", derived);
  put(o, "known", r.status.has_value());
  return json(std::move(o));
}

json due_view(const row& r) {
  object o;
  put(o, "text", r.due_text);
  put(o, "parsed", r.due.has_value());
  put(o, "derived", r.due_text.empty());
  std::string short_wording = r.due ? short_date(*r.due) : r.due_text;
  put(o, "iso", r.due ? json(r.due->to_iso()) : json(false));
  put(o, "long", r.due ? long_date(*r.due) : r.due_text);
  put(o, "display", r.due_text.empty() ? short_wording : r.due_text);
  put(o, "short", std::move(short_wording));
  return json(std::move(o));
}

json text_or_false(const std::string& s) { return s.empty() ? json(false) : json(s); }

json row_view(const row& r, std::size_t index0, std::size_t count, const json& labels) {
  const std::size_t index = index0 + 1;
  const bool has_due = r.due.has_value() || !r.due_text.empty();
  object o;
  put(o, "index", index);
  put(o, "index0", index0);
  put(o, "first", index0 == 0);
  put(o, "last", index == count);
  put(o, "odd", index % 2 == 1);
  put(o, "even", index % 2 == 0);
  put(o, "number", r.number);
  put(o, "has_number", !r.number.empty());
  put(o, "recommendation", rich_text_view(r.recommendation));
  put(o, "has_recommendation", !r.recommendation.empty());
  put(o, "responsible", text_or_false(r.responsible));
  put(o, "has_responsible", !r.responsible.empty());
  put(o, "commitment", rich_text_view(r.commitment));
  put(o, "has_commitment", !r.commitment.empty());
  put(o, "due", has_due ? due_view(r) : json(false));
  put(o, "has_due", has_due);
  put(o, "compliance", rich_text_view(r.compliance));
  put(o, "has_compliance", !r.compliance.empty());
  put(o, "compliance_observation", rich_text_view(r.compliance_observation));
  put(o, "has_compliance_observation", !r.compliance_observation.empty());
  put(o, "status", status_view(r, labels));
  put(o, "has_status", r.status.has_value() || !r.status_text.empty());
  put(o, "verification", rich_text_view(r.verification));
  put(o, "has_verification", !r.verification.empty());
  return json(std::move(o));
}

json summary_view(const report& r, const json& labels) {
  const status_summary s = summarize(r);
  auto share = [&](std::size_t n) {
    return spanish_percent(s.total == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(s.total));
  };
  json statuses = json::array();
  auto add = [&](std::string key, std::size_t count) {
    statuses.push_back({{"key", key},
                        {"class", status_class(key)},
                        {"label", label(labels, "status_" + key)},
                        {"count", spanish_integer(static_cast<std::int64_t>(count))},
                        {"share", share(count)},
                        {"has_rows", count > 0}});
  };
  add("fulfilled", s.fulfilled);
  add("partially_fulfilled", s.partially_fulfilled);
  add("not_fulfilled", s.not_fulfilled);
  if (s.unknown > 0) add("unknown", s.unknown);
  return {{"total", spanish_integer(static_cast<std::int64_t>(s.total))},
          {"fulfilled", spanish_integer(static_cast<std::int64_t>(s.fulfilled))},
          {"partially_fulfilled", spanish_integer(static_cast<std::int64_t>(s.partially_fulfilled))},
          {"not_fulfilled", spanish_integer(static_cast<std::int64_t>(s.not_fulfilled))},
          {"unknown", spanish_integer(static_cast<std::int64_t>(s.unknown))},
          {"has_unknown", s.unknown > 0},
          {"share_fulfilled", share(s.fulfilled)},
          {"statuses", std::move(statuses)}};
}

// The timestamp of the output: never the clock.
date_time generated_at(const report& r, const view_options& options) {
  if (options.source_date_epoch) {
    using namespace std::chrono;
    const sys_seconds when{seconds{*options.source_date_epoch}};
    const sys_days day = floor<days>(when);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> time{when - day};
    date_time t;
    t.date = {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
    t.hour = static_cast<int>(time.hours().count());
    t.minute = static_cast<int>(time.minutes().count());
    t.second = static_cast<int>(time.seconds().count());
    if (t.valid()) return t;
  }
  if (r.issued_at && r.issued_at->valid()) return *r.issued_at;
  return date_time{{2000, 1, 1}, 0, 0, 0};
}

}  // namespace

std::string spanish_percent(double share) {
  // One formatter per thread: ICU formatters are costly to make and not safe to share.
  thread_local std::unique_ptr<icu::NumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> f(icu::NumberFormat::createPercentInstance(spanish(), status));
    if (U_FAILURE(status)) f.reset();
    if (f) f->setMaximumFractionDigits(1);
    return f;
  }();
  if (!format) return std::to_string(static_cast<int>(share * 100 + 0.5)) + " %";
  icu::UnicodeString out;
  format->format(share, out);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string spanish_integer(std::int64_t value) {
  thread_local std::unique_ptr<icu::NumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> f(icu::NumberFormat::createInstance(spanish(), status));
    if (U_FAILURE(status)) f.reset();
    return f;
  }();
  if (!format) return std::to_string(value);
  icu::UnicodeString out;
  format->format(static_cast<int64_t>(value), out);
  std::string result;
  out.toUTF8String(result);
  return result;
}

json build_view(const report& r, const json& labels, const view_options& options) {
  json v;
  v["labels"] = labels;
  v["lang"] = "es";
  v["generator"] = "informe " + std::string(version());

  std::string title = label(labels, "title");
  if (r.cutoff_date) {
    v["cutoff_date"] = date_view(*r.cutoff_date);
    title.append(" ").append(label(labels, "title_cutoff")).append(" ");
    title += v["cutoff_date"]["long"].get<std::string>();
  } else {
    v["cutoff_date"] = false;
  }
  v["has_cutoff_date"] = r.cutoff_date.has_value();
  v["title"] = title;

  v["issued_at"] = r.issued_at ? date_time_view(*r.issued_at) : json(false);
  v["has_issued_at"] = r.issued_at.has_value();
  v["generated"] = date_time_view(generated_at(r, options));

  v["program"] = text_or_false(r.program);
  v["has_program"] = !r.program.empty();
  v["ministry"] = text_or_false(r.ministry);
  v["has_ministry"] = !r.ministry.empty();
  v["service"] = text_or_false(r.service);
  v["has_service"] = !r.service.empty();
  v["evaluation_year"] = r.evaluation_year ? json(std::to_string(*r.evaluation_year)) : json(false);
  v["has_evaluation_year"] = r.evaluation_year.has_value();
  v["program_status"] = text_or_false(r.program_status);
  v["has_program_status"] = !r.program_status.empty();
  v["exit_date"] = r.exit_date ? date_view(*r.exit_date) : json(false);
  v["has_exit_date"] = r.exit_date.has_value();
  v["observation"] = rich_text_view(r.observation);
  v["has_observation"] = !r.observation.empty();
  v["has_header_fields"] = !r.program.empty() || !r.ministry.empty() || !r.service.empty() ||
                           r.evaluation_year.has_value() || !r.program_status.empty() ||
                           r.exit_date.has_value();

  json::array_t rows;
  const std::size_t count = r.rows.size();
  rows.reserve(count);
  for (std::size_t i = 0; i < count; ++i) rows.push_back(row_view(r.rows[i], i, count, labels));
  v["rows"] = std::move(rows);
  v["has_rows"] = count > 0;
  v["row_count"] = spanish_integer(static_cast<std::int64_t>(count));
  v["summary"] = summary_view(r, labels);
  return v;
}

}  // namespace informe::detail
