// The summary as an Excel workbook with libxlsxwriter: "Resumen" (one row per group), "Informes" (one
// row per report) and "Total". Counts are number cells, shares percentages, full cut-off dates date
// cells. As in the report's XLSX writer, the workbook goes through a private temporary file and is
// re-zipped with one timestamp, so that the same summary gives the same bytes.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>

#include "informe/diagnostics.hpp"
#include "informe/summary.hpp"
#include "writers/summary/figures.hpp"
#include "shared/zip/zip.hpp"
#include "writers/xlsx/workbook_file.hpp"

namespace informe {

namespace {

using namespace detail::summary_out;

class workbook {
 public:
  workbook(const summary& s, const summary_write_options& options)
      : s_(s), options_(options), words_(labels(template_set(options.write.template_dir))) {}

  std::string build() {
    const std::string bytes = detail::build_workbook("informe-summary", [&](lxw_workbook* wb) {
      wb_ = wb;
      fill();
    });
    return detail::restamp_zip(bytes, detail::dos_time{});
  }

 private:
  void check(lxw_error rc, const char* where) {
    if (rc != LXW_NO_ERROR) throw error(std::string("summary workbook, ") + where + ": " + lxw_strerror(rc));
  }

  void text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* f = nullptr) {
    if (!value.empty()) check(worksheet_write_string(ws, row, col, value.c_str(), f), "text");
  }

  void number(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, double value, lxw_format* f = nullptr) {
    check(worksheet_write_number(ws, row, col, value, f), "number");
  }

  void date(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::optional<partial_date>& d) {
    if (!d) return;
    if (d->day == 0) {
      text(ws, row, col, d->to_iso());
      return;
    }
    lxw_datetime v{d->year, d->month, d->day, 0, 0, 0.0};
    check(worksheet_write_datetime(ws, row, col, &v, day_), "date");
  }

  // A sheet named by the labels; a name Excel refuses (over 31 characters, "[]:*?/\\") is an error.
  lxw_worksheet* sheet(const char* key) {
    const std::string name = label(words_, key);
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) throw error("summary workbook: '" + name + "' cannot name a sheet (summary/labels.json, " + key + ")");
    return ws;
  }

  // A table sheet: its titles frozen with a filter; the first `wide` columns (texts) `width` wide,
  // the figures after them narrow.
  lxw_worksheet* table_sheet(const char* key, const std::vector<std::string>& keys, lxw_col_t wide, double width) {
    lxw_worksheet* ws = sheet(key);
    for (std::size_t c = 0; c < keys.size(); ++c) text(ws, 0, static_cast<lxw_col_t>(c), label(words_, keys[c]), title_);
    worksheet_freeze_panes(ws, 1, 0);
    check(worksheet_autofilter(ws, 0, 0, 0, static_cast<lxw_col_t>(keys.size() - 1)), "filter");
    worksheet_set_column(ws, 0, wide - 1, width, nullptr);
    worksheet_set_column(ws, wide, static_cast<lxw_col_t>(keys.size() - 1), 13, nullptr);
    return ws;
  }

  void fill() {
    lxw_doc_properties props{};
    std::string title = label(words_, "title");
    props.title = title.data();
    props.author = const_cast<char*>("informe");
    props.created = static_cast<time_t>(options_.write.source_date_epoch.value_or(315532800));
    check(workbook_set_properties(wb_, &props), "properties");
    title_ = workbook_add_format(wb_);
    format_set_bold(title_);
    format_set_text_wrap(title_);
    format_set_bottom(title_, LXW_BORDER_THIN);
    format_set_bg_color(title_, 0xE8EDF4);
    day_ = workbook_add_format(wb_);
    format_set_num_format(day_, "dd-mm-yyyy");
    share_ = workbook_add_format(wb_);
    format_set_num_format(share_, "0.0%");

    groups_sheet();
    reports_sheet();
    total_sheet();
  }

  void groups_sheet() {
    std::vector<std::string> keys = {"ministry", "service", "evaluation_year", "cutoff_date"};
    for (const char* k : count_keys) keys.push_back(k);
    keys.push_back("share_fulfilled");
    lxw_worksheet* ws = table_sheet("sheet_groups", keys, 2, 36);
    lxw_row_t row = 1;
    for (const auto& g : s_.groups) {
      text(ws, row, 0, g.ministry);
      text(ws, row, 1, g.service);
      if (g.evaluation_year) number(ws, row, 2, *g.evaluation_year);
      date(ws, row, 3, g.cutoff_date);
      lxw_col_t col = 4;
      for (const char* k : count_keys) number(ws, row, col++, static_cast<double>(count(g, k)));
      number(ws, row, col, g.counts.share_fulfilled(), share_);
      ++row;
    }
  }

  void reports_sheet() {
    const std::vector<std::string> keys = {"source", "program", "ministry", "service", "evaluation_year",
                                           "cutoff_date", "commitments", "fulfilled", "partially_fulfilled",
                                           "not_fulfilled", "no_status", "overdue", "share_fulfilled", "without_status"};
    lxw_worksheet* ws = table_sheet("sheet_reports", keys, 4, 30);
    lxw_row_t row = 1;
    for (const auto& f : s_.reports) {
      text(ws, row, 0, f.source);
      text(ws, row, 1, f.program);
      text(ws, row, 2, f.ministry);
      text(ws, row, 3, f.service);
      if (f.evaluation_year) number(ws, row, 4, *f.evaluation_year);
      date(ws, row, 5, f.cutoff_date);
      number(ws, row, 6, static_cast<double>(f.counts.total));
      number(ws, row, 7, static_cast<double>(f.counts.fulfilled));
      number(ws, row, 8, static_cast<double>(f.counts.partially_fulfilled));
      number(ws, row, 9, static_cast<double>(f.counts.not_fulfilled));
      number(ws, row, 10, static_cast<double>(f.counts.unknown));
      number(ws, row, 11, static_cast<double>(f.overdue));
      number(ws, row, 12, f.counts.share_fulfilled(), share_);
      text(ws, row, 13, label(words_, f.without_status() ? "yes" : "no"));
      ++row;
    }
  }

  void total_sheet() {
    lxw_worksheet* ws = sheet("sheet_total");
    worksheet_set_column(ws, 0, 0, 30, nullptr);
    lxw_row_t row = 0;
    for (const char* k : count_keys) {
      text(ws, row, 0, label(words_, k), title_);
      number(ws, row++, 1, static_cast<double>(count(s_.total, k)));
    }
    text(ws, row, 0, label(words_, "share_fulfilled"), title_);
    number(ws, row, 1, s_.total.counts.share_fulfilled(), share_);
  }

  const summary& s_;
  const summary_write_options& options_;
  nlohmann::json words_;
  lxw_workbook* wb_ = nullptr;
  lxw_format *title_ = nullptr, *day_ = nullptr, *share_ = nullptr;
};

}  // namespace

void write_summary_xlsx(const summary& s, const summary_write_options& options, std::string& output) {
  output += workbook(s, options).build();
}

}  // namespace informe
