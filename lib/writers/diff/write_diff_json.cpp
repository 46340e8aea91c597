// The diff as JSON, for programs: canonical keys and values, word pieces, counts.
#include "writers/diff/words.hpp"
#include "informe/compare.hpp"

namespace informe {

namespace {

using nlohmann::json;
using namespace detail::diff_out;

const char* kind_name(diff_piece::kind k) {
  switch (k) {
    case diff_piece::kind::same: return "same";
    case diff_piece::kind::removed: return "removed";
    case diff_piece::kind::added: return "added";
  }
  return "same";
}

json change_json(const field_change& c) {
  json words = json::array();
  for (const auto& p : c.words) words.push_back({{"type", kind_name(p.type)}, {"text", p.text}});
  return {{"field", c.field}, {"old", c.old_value}, {"new", c.new_value}, {"words", std::move(words)}};
}

json fields_json(const row& r) {
  json o = json::object();
  for (const auto& [k, v] : row_fields(r)) o[k] = v;
  return o;
}

json index(const std::optional<std::size_t>& i) { return i ? json(*i) : json(nullptr); }

}  // namespace

void write_diff_json(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output) {
  json out;
  out["equal"] = d.empty();
  out["old"] = options.old_name;
  out["new"] = options.new_name;
  out["counts"] = {{"header", d.header.size()}, {"added", d.added()}, {"removed", d.removed()}, {"changed", d.changed()},
                   {"unchanged", d.rows.size() - d.added() - d.removed() - d.changed()}};
  json header = json::array();
  for (const auto& c : d.header) header.push_back(change_json(c));
  out["header"] = std::move(header);
  json rows = json::array();
  for (const auto& r : d.rows) {
    if (r.unchanged()) continue;
    json o;
    o["old_index"] = index(r.old_index);
    o["new_index"] = index(r.new_index);
    o["old_number"] = r.old_index ? json(old_report.rows[*r.old_index].number) : json(nullptr);
    o["new_number"] = r.new_index ? json(new_report.rows[*r.new_index].number) : json(nullptr);
    json changes = json::array();
    switch (r.type) {
      case row_change::kind::added:
        o["change"] = "added";
        o["row"] = fields_json(new_report.rows[*r.new_index]);
        break;
      case row_change::kind::removed:
        o["change"] = "removed";
        o["row"] = fields_json(old_report.rows[*r.old_index]);
        break;
      case row_change::kind::kept:
        o["change"] = "changed";
        o["matched_by_text"] = r.matched_by_text;
        o["moved"] = r.moved;
        for (const auto& c : r.changes) changes.push_back(change_json(c));
        o["changes"] = std::move(changes);
        break;
    }
    rows.push_back(std::move(o));
  }
  out["rows"] = std::move(rows);
  output += out.dump(2, ' ', false, json::error_handler_t::replace);
  output += '\n';
}

}  // namespace informe
