#include "core/view.hpp"

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <chrono>
#include <memory>

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

json date_view(const partial_date& d) {
  return {{"iso", d.to_iso()}, {"long", spanish_long_date(d)}, {"short", spanish_short_date(d)}};
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return n < 10 ? "0" + s : s;
}

json date_time_view(const date_time& t) {
  return {{"iso", t.to_iso()},
          {"long", spanish_long_date_time(t)},
          {"date_long", spanish_long_date(t.date)},
          {"time", two_digits(t.hour) + ":" + two_digits(t.minute) + ":" + two_digits(t.second)}};
}

json rich_text_view(const rich_text& text) {
  json blocks = json::array();
  const std::size_t count = text.blocks.size();
  for (std::size_t i = 0; i < count; ++i) {
    const block& b = text.blocks[i];
    const bool paragraph = b.type == block::kind::paragraph;
    json items = json::array();
    if (!paragraph) {
      for (const auto& item : b.items) items.push_back(item);
    }
    blocks.push_back({{"is_paragraph", paragraph},
                      {"is_list", !paragraph},
                      {"text", paragraph ? b.text : std::string()},
                      {"items", std::move(items)},
                      {"index", i + 1},
                      {"first", i == 0},
                      {"last", i + 1 == count}});
  }
  return {{"present", !text.empty()}, {"plain", text.plain_text("\n")}, {"blocks", std::move(blocks)}};
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
  return {{"key", key},
          {"class", status_class(key)},
          {"label", wording},
          {"text", r.status_text},
          {"display", derived ? wording : r.status_text},
          {"derived", derived},
          {"known", r.status.has_value()}};
}

json due_view(const row& r) {
  json due = {{"text", r.due_text}, {"parsed", r.due.has_value()}, {"derived", r.due_text.empty()}};
  if (r.due) {
    due["iso"] = r.due->to_iso();
    due["long"] = spanish_long_date(*r.due);
    due["short"] = spanish_short_date(*r.due);
  } else {
    due["iso"] = false;
    due["long"] = r.due_text;
    due["short"] = r.due_text;
  }
  due["display"] = r.due_text.empty() ? due["short"] : json(r.due_text);
  return due;
}

json text_or_false(const std::string& s) { return s.empty() ? json(false) : json(s); }

json row_view(const row& r, std::size_t index0, std::size_t count, const json& labels) {
  const std::size_t index = index0 + 1;
  json v = {{"index", index},
            {"index0", index0},
            {"first", index0 == 0},
            {"last", index == count},
            {"odd", index % 2 == 1},
            {"even", index % 2 == 0},
            {"number", r.number},
            {"has_number", !r.number.empty()},
            {"recommendation", rich_text_view(r.recommendation)},
            {"has_recommendation", !r.recommendation.empty()},
            {"responsible", text_or_false(r.responsible)},
            {"has_responsible", !r.responsible.empty()},
            {"commitment", rich_text_view(r.commitment)},
            {"has_commitment", !r.commitment.empty()},
            {"compliance", rich_text_view(r.compliance)},
            {"has_compliance", !r.compliance.empty()},
            {"compliance_observation", rich_text_view(r.compliance_observation)},
            {"has_compliance_observation", !r.compliance_observation.empty()},
            {"status", status_view(r, labels)},
            {"has_status", r.status.has_value() || !r.status_text.empty()},
            {"verification", rich_text_view(r.verification)},
            {"has_verification", !r.verification.empty()}};
  const bool has_due = r.due.has_value() || !r.due_text.empty();
  v["due"] = has_due ? due_view(r) : json(false);
  v["has_due"] = has_due;
  return v;
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
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createPercentInstance(spanish(), status));
  if (U_FAILURE(status)) return std::to_string(static_cast<int>(share * 100 + 0.5)) + " %";
  format->setMaximumFractionDigits(1);
  icu::UnicodeString out;
  format->format(share, out);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string spanish_integer(std::int64_t value) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createInstance(spanish(), status));
  if (U_FAILURE(status)) return std::to_string(value);
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
    title += " " + label(labels, "title_cutoff") + " " + v["cutoff_date"]["long"].get<std::string>();
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

  json rows = json::array();
  const std::size_t count = r.rows.size();
  for (std::size_t i = 0; i < count; ++i) rows.push_back(row_view(r.rows[i], i, count, labels));
  v["rows"] = std::move(rows);
  v["has_rows"] = count > 0;
  v["row_count"] = spanish_integer(static_cast<std::int64_t>(count));
  v["summary"] = summary_view(r, labels);
  return v;
}

}  // namespace informe::detail
