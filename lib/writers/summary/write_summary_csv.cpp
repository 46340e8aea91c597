// The summary's groups as CSV: UTF-8 with BOM, CRLF, "," between cells; one title row, one row per group.
// Text a spreadsheet would take for a formula is guarded with a leading "'" as in the report's CSV.
#include "informe/summary.hpp"
#include "shared/spreadsheet/cell_text.hpp"
#include "writers/summary/figures.hpp"

namespace informe {

namespace {

using namespace detail::summary_out;

void field(std::string& out, bool& first, std::string value) {
  if (!first) out += ',';
  first = false;
  value = detail::sheets::guard_formula(std::move(value));
  if (value.find_first_of("\",\r\n") == std::string::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

void write_summary_csv(const summary& s, const summary_write_options& options, std::string& output) {
  const nlohmann::json words = labels(template_set(options.write.template_dir));
  std::string out = "\xEF\xBB\xBF";
  bool first = true;
  for (const char* key : {"ministry", "service", "evaluation_year", "cutoff_date"}) field(out, first, label(words, key));
  for (const char* key : count_keys) field(out, first, label(words, key));
  field(out, first, label(words, "share_fulfilled"));
  out += "\r\n";
  for (const auto& g : s.groups) {
    first = true;
    field(out, first, g.ministry);
    field(out, first, g.service);
    field(out, first, g.evaluation_year ? std::to_string(*g.evaluation_year) : "");
    field(out, first, iso(g.cutoff_date));
    for (const char* key : count_keys) field(out, first, std::to_string(count(g, key)));
    field(out, first, percent_text(g.counts.share_fulfilled()));
    out += "\r\n";
  }
  output += out;
}

}  // namespace informe
