#include "writers/summary/figures.hpp"

#include <cmath>
#include <cstdio>

#include "core/template_json.hpp"

namespace informe::detail::summary_out {

std::size_t count(const summary_group& g, std::string_view key) {
  if (key == "programs") return g.programs;
  if (key == "reports") return g.reports;
  if (key == "commitments") return g.counts.total;
  if (key == "fulfilled") return g.counts.fulfilled;
  if (key == "partially_fulfilled") return g.counts.partially_fulfilled;
  if (key == "not_fulfilled") return g.counts.not_fulfilled;
  if (key == "no_status") return g.counts.unknown;
  if (key == "overdue") return g.overdue;
  if (key == "programs_without_status") return g.programs_without_status;
  return 0;
}

nlohmann::json labels(const template_set& templates) {
  static const nlohmann::json builtin = load_json_template(template_set{}, "summary/labels.json");
  nlohmann::json out = builtin;
  nlohmann::json common = load_labels(templates);
  for (const char* key : {"status_fulfilled", "status_partially_fulfilled", "status_not_fulfilled", "status_unknown"})
    if (common.contains(key)) out[key] = common[key];
  nlohmann::json custom = load_json_template(templates, "summary/labels.json");
  if (custom.is_object()) out.update(custom);
  return out;
}

std::string label(const nlohmann::json& labels, const std::string& key) {
  auto it = labels.find(key);
  return it != labels.end() && it->is_string() ? it->get<std::string>() : key;
}

std::string iso(const std::optional<partial_date>& d) { return d ? d->to_iso() : std::string(); }

std::string percent_text(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(share * 1000.0) / 10.0);
  return buf;
}

}  // namespace informe::detail::summary_out
