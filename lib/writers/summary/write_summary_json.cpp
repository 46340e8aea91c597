// The summary as JSON, for programs: raw numbers, ISO dates, canonical keys.
#include "informe/summary.hpp"
#include "writers/summary/figures.hpp"

namespace informe {

namespace {

using nlohmann::json;
using namespace detail::summary_out;

json optional_year(const std::optional<int>& y) { return y ? json(*y) : json(nullptr); }
json optional_date(const std::optional<partial_date>& d) { return d ? json(d->to_iso()) : json(nullptr); }

json counts_json(const summary_group& g) {
  json o = json::object();
  for (const char* key : count_keys) o[key] = count(g, key);
  o["share_fulfilled"] = g.counts.share_fulfilled();
  return o;
}

}  // namespace

void write_summary_json(const summary& s, const summary_write_options&, std::string& output) {
  json out = json::object();
  out["total"] = counts_json(s.total);
  json groups = json::array();
  for (const auto& g : s.groups) {
    json o = {{"ministry", g.ministry}, {"service", g.service}, {"evaluation_year", optional_year(g.evaluation_year)},
              {"cutoff_date", optional_date(g.cutoff_date)}};
    o.update(counts_json(g));
    groups.push_back(std::move(o));
  }
  out["groups"] = std::move(groups);
  json reports = json::array();
  for (const auto& f : s.reports) {
    reports.push_back({{"source", f.source},
                       {"program", f.program},
                       {"ministry", f.ministry},
                       {"service", f.service},
                       {"evaluation_year", optional_year(f.evaluation_year)},
                       {"cutoff_date", optional_date(f.cutoff_date)},
                       {"commitments", f.counts.total},
                       {"fulfilled", f.counts.fulfilled},
                       {"partially_fulfilled", f.counts.partially_fulfilled},
                       {"not_fulfilled", f.counts.not_fulfilled},
                       {"no_status", f.counts.unknown},
                       {"share_fulfilled", f.counts.share_fulfilled()},
                       {"overdue", f.overdue},
                       {"without_status", f.without_status()}});
  }
  out["reports"] = std::move(reports);
  output += out.dump(2, ' ', false, json::error_handler_t::replace);
  output += '\n';
}

}  // namespace informe
