#include "core/view.hpp"

#include "core/presentation.hpp"

namespace informe::detail {

using json = nlohmann::json;

namespace {

std::string long_date(const partial_date& d) { return cached_long_date(d); }
std::string short_date(const partial_date& d) { return cached_short_date(d); }

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

json time_view(const presented_time& t) {
  object o;
  put(o, "iso", t.when.to_iso());
  put(o, "long", t.long_form);
  put(o, "date_long", t.date_long);
  put(o, "time", t.clock);
  put(o, "utc", t.utc);
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

json status_view(const presented_status& s) {
  const std::string key(role_key(s.role));
  object o;
  put(o, "key", key);
  put(o, "class", status_class(key));
  put(o, "label", s.word);
  put(o, "text", s.derived ? std::string() : s.display);
  put(o, "display", s.display);
  put(o, "derived", s.derived);
  put(o, "known", s.known);
  return json(std::move(o));
}

json due_view(const row& r, const presented_row& pr) {
  object o;
  put(o, "text", r.due_text);
  put(o, "parsed", r.due.has_value());
  put(o, "derived", pr.due_derived);
  std::string short_wording = r.due ? short_date(*r.due) : r.due_text;
  put(o, "iso", r.due ? json(r.due->to_iso()) : json(false));
  put(o, "long", r.due ? long_date(*r.due) : r.due_text);
  put(o, "display", pr.due_display);
  put(o, "short", std::move(short_wording));
  return json(std::move(o));
}

json text_or_false(const std::string& s) { return s.empty() ? json(false) : json(s); }

json row_view(const presented_row& pr, std::size_t index0, std::size_t count) {
  const row& r = *pr.source;
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
  put(o, "due", has_due ? due_view(r, pr) : json(false));
  put(o, "has_due", has_due);
  put(o, "compliance", rich_text_view(r.compliance));
  put(o, "has_compliance", !r.compliance.empty());
  put(o, "compliance_observation", rich_text_view(r.compliance_observation));
  put(o, "has_compliance_observation", !r.compliance_observation.empty());
  put(o, "status", status_view(pr.status));
  put(o, "has_status", r.status.has_value() || !r.status_text.empty());
  put(o, "verification", rich_text_view(r.verification));
  put(o, "has_verification", !r.verification.empty());
  return json(std::move(o));
}

json summary_view(const presentation& p) {
  json statuses = json::array();
  object o;
  for (const summary_figure& f : p.summary) {
    if (f.role) {
      statuses.push_back({{"key", f.key},
                          {"class", status_class(f.key)},
                          {"label", p.words[f.label]},
                          {"count", f.value},
                          {"share", f.share},
                          {"has_rows", f.value != "0"}});
    }
    put(o, f.key == "share_fulfilled" ? "share_fulfilled" : f.key.c_str(), f.value);
  }
  put(o, "has_unknown", o.count("unknown") > 0);
  if (!o.count("unknown")) put(o, "unknown", "0");
  put(o, "statuses", std::move(statuses));
  return json(std::move(o));
}

}  // namespace

json theme_view(const theme& look) {
  object colours;
  for (std::size_t i = 0; i < colour_role_count; ++i) {
    const auto role = static_cast<colour_role>(i);
    put(colours, std::string(colour_key(role)).c_str(), look[role].hex());
  }
  object o;
  put(o, "colours", json(std::move(colours)));
  put(o, "font", look.font_family);
  put(o, "masthead", look.shows_masthead());
  put(o, "masthead_lines", look.masthead_lines);
  return json(std::move(o));
}

json build_view(const report& r, const presentation& p, const theme& look) {
  json v;
  v["theme"] = theme_view(look);
  v["labels"] = p.words.to_json();
  v["lang"] = "es";
  v["generator"] = p.generator;
  v["cutoff_date"] = r.cutoff_date ? date_view(*r.cutoff_date) : json(false);
  v["has_cutoff_date"] = r.cutoff_date.has_value();
  v["title"] = p.title;
  v["issued_at"] = p.issued ? time_view(*p.issued) : json(false);
  v["has_issued_at"] = p.issued.has_value();
  v["generated"] = time_view(p.generated);

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
  for (std::size_t i = 0; i < count; ++i) rows.push_back(row_view(p.rows[i], i, count));
  v["rows"] = std::move(rows);
  v["has_rows"] = count > 0;
  v["row_count"] = spanish_integer(static_cast<std::int64_t>(count));
  v["summary"] = summary_view(p);
  return v;
}

json build_view(const report& r, const vocabulary& words, const view_options& options) {
  return build_view(r, present(r, words, options.source_date_epoch), theme::defaults());
}

}  // namespace informe::detail
