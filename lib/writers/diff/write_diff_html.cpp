// The diff as a standalone HTML page, side by side, through templates/diff/page.mustache.
#include "writers/diff/words.hpp"
#include "writers/html/mustache_template.hpp"
#include "informe/compare.hpp"
#include "informe/version.hpp"

namespace informe {

namespace {

using nlohmann::json;
using namespace detail::diff_out;

// One side of a line: the pieces that side shows (the other side's pieces left out).
json side(const std::vector<diff_piece>& pieces, diff_piece::kind own) {
  json out = json::array();
  for (const auto& p : pieces) {
    if (p.type == diff_piece::kind::same) out.push_back({{"text", p.text}, {"changed", false}});
    else if (p.type == own) out.push_back({{"text", p.text}, {"changed", true}});
  }
  return out;
}

json line(const json& labels, const std::string& field, const std::vector<diff_piece>& pieces) {
  return {{"label", field_label(labels, field)},
          {"old", side(pieces, diff_piece::kind::removed)},
          {"new", side(pieces, diff_piece::kind::added)}};
}

}  // namespace

void write_diff_html(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output) {
  const template_set templates(options.write.template_dir);
  const detail::mustache_template page(templates, "diff/page.mustache");
  const json words = labels(templates);
  json v;
  v["lang"] = "es";
  v["generator"] = "informe " + std::string(version());
  v["labels"] = words;
  v["title"] = label_word(words, "title");
  v["old_name"] = options.old_name;
  v["new_name"] = options.new_name;
  v["equal"] = d.empty();
  v["counts"] = json::array({{{"n", d.header.size()}, {"label", label_word(words, "summary_header")}},
                             {{"n", d.changed()}, {"label", label_word(words, "summary_changed")}},
                             {{"n", d.added()}, {"label", label_word(words, "summary_added")}},
                             {{"n", d.removed()}, {"label", label_word(words, "summary_removed")}}});
  json sections = json::array();
  if (!d.header.empty()) {
    json lines = json::array();
    for (const auto& c : d.header) lines.push_back(line(words, c.field, pieces_of(words, c)));
    sections.push_back({{"title", label_word(words, "header")}, {"kind", "changed"}, {"note", false}, {"lines", std::move(lines)}});
  }
  const std::string no = label_word(words, "row");
  for (const auto& r : d.rows) {
    if (r.unchanged()) continue;
    json lines = json::array();
    json s;
    if (r.type == row_change::kind::kept) {
      const row& a = old_report.rows[*r.old_index];
      const row& b = new_report.rows[*r.new_index];
      for (const auto& c : r.changes)
        if (!repeats_status(words, r.changes, c)) lines.push_back(line(words, c.field, pieces_of(words, c)));
      std::string note;
      if (r.matched_by_text) note = label_word(words, "matched_by_text") + "; " + label_word(words, "was") + " " + no + " " + a.number;
      if (r.moved) note += (note.empty() ? "" : ", ") + label_word(words, "moved");
      s = {{"title", no + " " + b.number}, {"kind", "changed"}, {"note", note.empty() ? json(false) : json(note)}};
    } else {
      bool added = r.type == row_change::kind::added;
      const row& x = added ? new_report.rows[*r.new_index] : old_report.rows[*r.old_index];
      auto type = added ? diff_piece::kind::added : diff_piece::kind::removed;
      for (const auto& [field, value] : shown_row_fields(words, x))
        lines.push_back(line(words, field, {{type, shown_value(words, field, value)}}));
      s = {{"title", no + " " + x.number}, {"kind", added ? "added" : "removed"},
           {"note", label_word(words, added ? "added" : "removed")}};
    }
    s["lines"] = std::move(lines);
    sections.push_back(std::move(s));
  }
  v["sections"] = std::move(sections);
  output += page.render(v);
}

}  // namespace informe
