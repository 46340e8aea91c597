// The summary dashboard: a view of the figures (every number worded, every bar measured) rendered
// through templates/summary/dashboard.mustache, one standalone HTML file.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cctype>
#include <map>

#include "core/spanish.hpp"
#include "core/view.hpp"
#include "writers/html/mustache_template.hpp"
#include "informe/summary.hpp"
#include "informe/version.hpp"
#include "writers/summary/figures.hpp"

namespace informe {

namespace {

using nlohmann::json;
using namespace detail::summary_out;

const char* const page_template = "summary/dashboard.mustache";

// Geometry of the bar charts (SVG user units; the SVG scales to the page's width).
constexpr double chart_width = 960, label_width = 330, bar_left = 340, bar_span = 500, bar_height = 20,
                 row_height = 30, chart_top = 6;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string integer(std::size_t n) { return detail::spanish_integer(static_cast<std::int64_t>(n)); }

// A label that fits the chart's label column; the whole text goes into the bar's <title>.
std::string shortened(const std::string& s, std::size_t max_chars = 44) {
  std::size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == max_chars) break;
  }
  return i < s.size() ? s.substr(0, i) + "…" : s;
}

// "a/b c.html" -> "a/b%20c.html": a path as a URL reference (slashes kept).
std::string url_path(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c >= 0x80) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  // Never a scheme ("javascript:"): a colon is always escaped above, so the reference stays a path.
  return out;
}

std::string stem_of(const std::string& source) {
  std::string name = source.substr(source.find_last_of('/') == std::string::npos ? 0 : source.find_last_of('/') + 1);
  auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

class view_builder {
 public:
  view_builder(const summary& s, const summary_write_options& o, json words)
      : s_(s), o_(o), words_(std::move(words)) {}

  json build() {
    json v;
    v["lang"] = "es";
    v["generator"] = "informe " + std::string(version());
    v["labels"] = words_;
    v["title"] = label(words_, "title");
    if (o_.write.source_date_epoch) {
      using namespace std::chrono;
      const year_month_day ymd{floor<days>(sys_seconds{seconds{*o_.write.source_date_epoch}})};
      partial_date d{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day()))};
      v["generated"] = {{"iso", d.to_iso()}, {"long", long_date(d)}};
    } else {
      v["generated"] = false;
    }
    v["headline"] = headline();
    v["legend"] = legend();
    v["chart_ministry"] = ministry_chart();
    v["chart_year"] = year_chart();
    v["ministries"] = distinct([](const report_figures& f) { return f.ministry; });
    v["years"] = distinct([](const report_figures& f) { return f.evaluation_year ? std::to_string(*f.evaluation_year) : std::string(); });
    v["groups"] = groups();
    v["reports"] = reports();
    return v;
  }

 private:
  std::string long_date(const partial_date& d) {
    auto [it, fresh] = dates_.try_emplace(d.to_iso());
    if (fresh) it->second = detail::spanish_long_date(d);
    return it->second;
  }

  std::string short_date(const partial_date& d) {
    auto [it, fresh] = short_dates_.try_emplace(d.to_iso());
    if (fresh) it->second = detail::spanish_short_date(d);
    return it->second;
  }

  json date_cell(const std::optional<partial_date>& d) {
    if (!d) return {{"iso", ""}, {"text", label(words_, "none")}};
    return {{"iso", d->to_iso()}, {"text", short_date(*d)}};
  }

  json headline() {
    const summary_group& t = s_.total;
    json h = json::array();
    auto card = [&](const char* key, std::string value, const char* tone) {
      h.push_back({{"label", label(words_, key)}, {"value", std::move(value)}, {"tone", tone}});
    };
    card("reports", integer(t.reports), "plain");
    card("programs", integer(t.programs), "plain");
    card("commitments", integer(t.counts.total), "plain");
    card("share_fulfilled", detail::spanish_percent(t.counts.share_fulfilled()), "ok");
    card("overdue", integer(t.overdue), t.overdue ? "not" : "plain");
    card("programs_without_status", integer(t.programs_without_status), t.programs_without_status ? "unknown" : "plain");
    return h;
  }

  json legend() {
    json l = json::array();
    for (auto [cls, key] : {std::pair{"fulfilled", "status_fulfilled"}, {"partially_fulfilled", "status_partially_fulfilled"},
                            {"not_fulfilled", "status_not_fulfilled"}, {"unknown", "status_unknown"}})
      l.push_back({{"class", cls}, {"label", label(words_, key)}});
    return l;
  }

  // One bar row per ministry: its commitments stacked by status, scaled to the largest ministry.
  json ministry_chart() {
    const std::string caption = label(words_, "chart_ministry");
    std::map<std::string, status_summary> by;
    for (const auto& f : s_.reports) by[f.ministry] += f.counts;
    std::size_t most = 1;
    for (const auto& [m, c] : by) most = std::max(most, c.total);
    json rows = json::array();
    double y = chart_top;
    for (const auto& [m, c] : by) {
      json segments = json::array();
      double x = bar_left;
      const std::pair<const char*, std::size_t> parts[] = {
          {"fulfilled", c.fulfilled}, {"partially_fulfilled", c.partially_fulfilled},
          {"not_fulfilled", c.not_fulfilled}, {"unknown", c.unknown}};
      for (const auto& [cls, n] : parts) {
        if (n == 0) continue;
        double w = bar_span * static_cast<double>(n) / static_cast<double>(most);
        segments.push_back({{"x", num(x)}, {"width", num(w)}, {"class", cls},
                            {"title", label(words_, std::string("status_") + cls) + ": " + integer(n)}});
        x += w;
      }
      std::string name = m.empty() ? label(words_, "none") : m;
      rows.push_back({{"y", num(y)}, {"text_y", num(y + bar_height / 2 + 5)}, {"label", shortened(name)},
                      {"full", name}, {"segments", std::move(segments)}, {"value_x", num(x + 8)},
                      {"value", integer(c.total) + " · " + detail::spanish_percent(c.share_fulfilled())}});
      y += row_height;
    }
    return {{"width", num(chart_width)}, {"height", num(y)}, {"rows", std::move(rows)}, {"label_x", num(label_width)}, {"caption", caption}};
  }

  // One bar per evaluation year: the share fulfilled, over a 100 % track.
  json year_chart() {
    const std::string caption = label(words_, "chart_year");
    std::map<std::optional<int>, status_summary> by;
    for (const auto& f : s_.reports) by[f.evaluation_year] += f.counts;
    json rows = json::array();
    double y = chart_top;
    for (const auto& [year, c] : by) {
      double w = bar_span * c.share_fulfilled();
      json segments = json::array();
      if (w > 0) segments.push_back({{"x", num(bar_left)}, {"width", num(w)}, {"class", "fulfilled"},
                                     {"title", detail::spanish_percent(c.share_fulfilled())}});
      std::string name = year ? std::to_string(*year) : label(words_, "none");
      rows.push_back({{"y", num(y)}, {"text_y", num(y + bar_height / 2 + 5)}, {"label", name}, {"full", name},
                      {"track", true}, {"track_x", num(bar_left)}, {"track_width", num(bar_span)},
                      {"segments", std::move(segments)}, {"value_x", num(bar_left + bar_span + 8)},
                      {"value", detail::spanish_percent(c.share_fulfilled()) + " " + label(words_, "of") + " " +
                                    integer(c.total)}});
      y += row_height;
    }
    return {{"width", num(chart_width)}, {"height", num(y)}, {"rows", std::move(rows)}, {"label_x", num(label_width)}, {"caption", caption}};
  }

  template <typename F>
  json distinct(F key) {
    std::vector<std::string> values;
    for (const auto& f : s_.reports) values.push_back(key(f));
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    json out = json::array();
    for (const auto& v : values) out.push_back({{"value", v}, {"text", v.empty() ? label(words_, "none") : v}});
    return out;
  }

  json counts_cells(std::size_t total, std::size_t f, std::size_t p, std::size_t n, std::size_t u, std::size_t overdue,
                    double share) {
    json cells = json::array();
    for (std::size_t x : {total, f, p, n, u, overdue}) cells.push_back({{"value", x}, {"text", integer(x)}});
    cells.push_back({{"value", num(share * 100)}, {"text", detail::spanish_percent(share)}});
    return cells;
  }

  json groups() {
    json out = json::array();
    for (const auto& g : s_.groups) {
      json cells = json::array();
      cells.push_back({{"value", g.programs}, {"text", integer(g.programs)}});
      cells.push_back({{"value", g.reports}, {"text", integer(g.reports)}});
      for (auto& c : counts_cells(g.counts.total, g.counts.fulfilled, g.counts.partially_fulfilled,
                                  g.counts.not_fulfilled, g.counts.unknown, g.overdue, g.counts.share_fulfilled()))
        cells.push_back(std::move(c));
      cells.push_back({{"value", g.programs_without_status}, {"text", integer(g.programs_without_status)}});
      out.push_back({{"ministry", g.ministry.empty() ? label(words_, "none") : g.ministry},
                     {"ministry_key", g.ministry},
                     {"service", g.service.empty() ? label(words_, "none") : g.service},
                     {"year", g.evaluation_year ? std::to_string(*g.evaluation_year) : ""},
                     {"year_text", g.evaluation_year ? std::to_string(*g.evaluation_year) : label(words_, "none")},
                     {"cutoff", date_cell(g.cutoff_date)},
                     {"cells", std::move(cells)},
                     {"overdue", g.overdue > 0}});
    }
    return out;
  }

  json reports() {
    json out = json::array();
    for (const auto& f : s_.reports) {
      json r = {{"source", f.source},
                {"program", f.program.empty() ? label(words_, "none") : f.program},
                {"ministry", f.ministry.empty() ? label(words_, "none") : f.ministry},
                {"ministry_key", f.ministry},
                {"year", f.evaluation_year ? std::to_string(*f.evaluation_year) : ""},
                {"year_text", f.evaluation_year ? std::to_string(*f.evaluation_year) : label(words_, "none")},
                {"cutoff", date_cell(f.cutoff_date)},
                {"cells", counts_cells(f.counts.total, f.counts.fulfilled, f.counts.partially_fulfilled,
                                       f.counts.not_fulfilled, f.counts.unknown, f.overdue, f.counts.share_fulfilled())},
                {"without_status", f.without_status()}};
      std::string link;
      if (o_.link_of) {
        link = o_.link_of(f);
      } else if (!o_.link_dir.empty()) {
        link = o_.link_dir + (o_.link_dir.back() == '/' ? "" : "/") + stem_of(f.source) + ".html";
      }
      r["href"] = link.empty() ? json(false) : json(url_path(link));
      out.push_back(std::move(r));
    }
    return out;
  }

  const summary& s_;
  const summary_write_options& o_;
  json words_;
  std::map<std::string, std::string> dates_, short_dates_;
};

}  // namespace

void write_summary_html(const summary& s, const summary_write_options& options, std::string& output) {
  const template_set templates(options.write.template_dir);
  const detail::mustache_template page(templates, page_template);
  output += page.render(view_builder(s, options, labels(templates)).build());
}

}  // namespace informe
