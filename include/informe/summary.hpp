// How a set of reports stands: figures per ministry, service, evaluation year and cut-off date.
//
//     informe::summary_builder b;
//     for (const auto& [path, r] : reports) b.add(r, path);
//     informe::summary s = b.result();
//     s.total.counts.share_fulfilled();   // 0.62 (status_summary from validate.hpp)
//     std::string html;
//     informe::write_summary_html(s, {}, html);
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "informe/export.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"
#include "informe/validate.hpp"

namespace informe {

/// Adds the counts of `other` to `sum` (status_summary, from validate.hpp, counts one report's rows).
INFORME_API status_summary& operator+=(status_summary& sum, const status_summary& other);

/// True when the commitment `r` was overdue at `cutoff`: its due date ended before the cut-off
/// (a month-only due date ends on the month's last day, a year-only one on 31 December) and it is not
/// fulfilled (no status counts as not fulfilled). Rows without a due date are never overdue.
///
///     row r; r.due = partial_date{2009, 5, 0};                 // "May. 2009"
///     is_overdue(r, partial_date{2009, 6, 30});                  // true: not fulfilled
INFORME_API bool is_overdue(const row& r, const partial_date& cutoff);

/// The figures of one report.
struct INFORME_API report_figures {
  std::string source;  ///< what the caller named it by (a path), as given to summary_builder::add
  std::string program;   ///< the report's program (report::program)
  std::string ministry;  ///< its ministry
  std::string service;   ///< its service
  std::optional<int> evaluation_year;       ///< the year the program was evaluated, when given
  std::optional<partial_date> cutoff_date;  ///< the report's cut-off date, when given
  status_summary counts;   ///< commitments by status (summarize())
  std::size_t overdue = 0;  ///< commitments overdue at the report's cut-off (none without a cut-off)
  /// No commitment of the report has a status (a report without commitments included).
  bool without_status() const { return counts.total == counts.unknown; }
};

/// The figures of one key (ministry, service, evaluation year, cut-off date), or of every report.
struct INFORME_API summary_group {
  std::string ministry;                     ///< empty in summary::total
  std::string service;                      ///< empty in summary::total
  std::optional<int> evaluation_year;       ///< nullopt in summary::total or when reports lack it
  std::optional<partial_date> cutoff_date;  ///< nullopt in summary::total or when reports lack it
  std::size_t reports = 0;                  ///< reports summed
  /// Distinct programs (by ministry, service and program name; a report without a program name is
  /// its own program).
  std::size_t programs = 0;
  status_summary counts;                    ///< commitments by status
  std::size_t overdue = 0;                  ///< commitments overdue at their report's cut-off
  std::size_t programs_without_status = 0;  ///< distinct programs with a report where no commitment has a status
};

/// The summary of a set of reports.
struct INFORME_API summary {
  summary_group total;                 ///< every report
  std::vector<summary_group> groups;   ///< sorted by ministry, service, evaluation year, cut-off date
  std::vector<report_figures> reports; ///< one per report, in the groups' order, then by program and source
};

/// The figures of one report (what summary_builder::add keeps of it).
INFORME_API report_figures figures_of(const report& r, std::string source);

/// Gathers reports one at a time (it keeps only their figures) and sums them up.
///
///     informe::summary_builder b;
///     b.add(read_json(bytes, {}, diags), "a.json");
///     informe::summary s = b.result();
class INFORME_API summary_builder {
 public:
  /// Adds a report; `source` names it in summary::reports (and keeps two equal reports apart).
  void add(const report& r, std::string source);
  /// Adds figures made by figures_of() (for instance in parallel threads).
  void add(report_figures figures);
  /// The summary of everything added so far.
  summary result() const;

 private:
  std::vector<report_figures> reports_;
};

// ---- Writers (each appends to `output` only when it succeeds as a whole) ----

/// Options of the summary writers.
struct INFORME_API summary_write_options {
  write_options write;  ///< template_dir and source_date_epoch are used
  /// When set (and link_of is not), the dashboard links each report to LINK_DIR/STEM.html (STEM: its
  /// source's file name without extension), as `informe convert ... --to html -d LINK_DIR` writes them.
  std::string link_dir;
  /// When set, the dashboard links each report to what this returns (a relative or absolute path;
  /// empty: no link), instead of the link_dir rule.
  ///
  ///     o.link_of = [](const report_figures& f) { return "html/" + f.program + ".html"; };
  std::function<std::string(const report_figures&)> link_of;
};

/// The standalone HTML dashboard (templates/summary/): headline figures, bar charts in inline SVG,
/// sortable tables with filters by ministry and year (a small inline script; all shows without it).
INFORME_API void write_summary_html(const summary& s, const summary_write_options& options, std::string& output);
/// The figures as JSON: {"total": {...}, "groups": [...], "reports": [...]}.
INFORME_API void write_summary_json(const summary& s, const summary_write_options& options, std::string& output);
/// The groups as CSV (UTF-8 with BOM, CRLF, ","), one title row then one row per group.
INFORME_API void write_summary_csv(const summary& s, const summary_write_options& options, std::string& output);
/// An Excel workbook: a "Resumen" sheet (the groups), "Informes" (one row per report), "Total".
INFORME_API void write_summary_xlsx(const summary& s, const summary_write_options& options, std::string& output);

}  // namespace informe
