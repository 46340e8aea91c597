// Summing up reports: figures per report, then per ministry, service, evaluation year and cut-off date.
#include "informe/summary.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace informe {

namespace {

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return month >= 1 && month <= 12 ? days[month - 1] : 31;
}

// The last day a partial date covers ("2000-12" -> 2000-12-31), and the first ("2000" -> 2000-01-01).
partial_date last_day(const partial_date& d) {
  if (d.month == 0) return {d.year, 12, 31};
  if (d.day == 0) return {d.year, d.month, days_in_month(d.year, d.month)};
  return d;
}

partial_date first_day(const partial_date& d) { return {d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day}; }

using group_key = std::tuple<std::string, std::string, std::optional<int>, std::optional<partial_date>>;

group_key key_of(const report_figures& f) { return {f.ministry, f.service, f.evaluation_year, f.cutoff_date}; }

// A program is known by its ministry, service and name; one without a name by its source.
std::tuple<std::string, std::string, std::string> program_key(const report_figures& f) {
  return {f.ministry, f.service, f.program.empty() ? "\x01" + f.source : f.program};
}

// Sums `first..last` (figures of one key, or all) into `g`.
template <typename It>
void sum_into(summary_group& g, It first, It last) {
  std::set<std::tuple<std::string, std::string, std::string>> programs, without;
  for (auto it = first; it != last; ++it) {
    const report_figures& f = *it;
    ++g.reports;
    g.counts += f.counts;
    g.overdue += f.overdue;
    programs.insert(program_key(f));
    if (f.without_status()) without.insert(program_key(f));
  }
  g.programs = programs.size();
  g.programs_without_status = without.size();
}

}  // namespace

status_summary& operator+=(status_summary& sum, const status_summary& other) {
  sum.total += other.total;
  sum.fulfilled += other.fulfilled;
  sum.partially_fulfilled += other.partially_fulfilled;
  sum.not_fulfilled += other.not_fulfilled;
  sum.unknown += other.unknown;
  return sum;
}

bool is_overdue(const row& r, const partial_date& cutoff) {
  if (!r.due || r.status == compliance_status::fulfilled) return false;
  return last_day(*r.due) < first_day(cutoff);
}

report_figures figures_of(const report& r, std::string source) {
  report_figures f;
  f.source = std::move(source);
  f.program = r.program;
  f.ministry = r.ministry;
  f.service = r.service;
  f.evaluation_year = r.evaluation_year;
  f.cutoff_date = r.cutoff_date;
  f.counts = summarize(r);
  if (r.cutoff_date)
    for (const row& x : r.rows)
      if (is_overdue(x, *r.cutoff_date)) ++f.overdue;
  return f;
}

void summary_builder::add(const report& r, std::string source) { reports_.push_back(figures_of(r, std::move(source))); }

void summary_builder::add(report_figures figures) { reports_.push_back(std::move(figures)); }

summary summary_builder::result() const {
  summary s;
  s.reports = reports_;
  std::stable_sort(s.reports.begin(), s.reports.end(), [](const report_figures& a, const report_figures& b) {
    return std::tie(a.ministry, a.service, a.evaluation_year, a.cutoff_date, a.program, a.source) <
           std::tie(b.ministry, b.service, b.evaluation_year, b.cutoff_date, b.program, b.source);
  });
  sum_into(s.total, s.reports.begin(), s.reports.end());
  for (auto first = s.reports.begin(); first != s.reports.end();) {
    auto last = std::find_if(first, s.reports.end(), [&](const report_figures& f) { return key_of(f) != key_of(*first); });
    summary_group g;
    g.ministry = first->ministry;
    g.service = first->service;
    g.evaluation_year = first->evaluation_year;
    g.cutoff_date = first->cutoff_date;
    sum_into(g, first, last);
    s.groups.push_back(std::move(g));
    first = last;
  }
  return s;
}

}  // namespace informe
