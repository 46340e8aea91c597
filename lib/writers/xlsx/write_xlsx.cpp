// XLSX of a report with libxlsxwriter: a "Compromisos" sheet (frozen title row, autofilter, widths,
// wrapped text, due dates as date cells beside the wording as printed, the status as a validation list
// coloured as the HTML report colours it) and an "Informe" sheet with the header fields.
// The workbook goes through a private temporary file (workbook_file.hpp); the package is then
// re-stamped with one timestamp so that the same report gives the same bytes.
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>

#include "core/civil_time.hpp"
#include "core/template_json.hpp"
#include "core/vocabulary.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "shared/spreadsheet/cell_text.hpp"
#include "shared/spreadsheet/layout.hpp"
#include "writers/xlsx/workbook_file.hpp"
#include "shared/zip/zip.hpp"

namespace informe {

namespace {

using namespace detail::sheets;

constexpr lxw_row_t validation_rows = 1000;  // rows of an empty template ready to fill

// SOURCE_DATE_EPOCH, else the report's issue date, else 1980-01-01: never the clock.
long long package_seconds(const report& r, const write_options& options) {
  if (options.source_date_epoch) return *options.source_date_epoch;
  if (r.issued_at && r.issued_at->valid()) {
    return detail::epoch_seconds(*r.issued_at);
  }
  return 315532800;  // 1980-01-01T00:00:00Z
}

// "--ok-bg: #e4f2e8;" in the HTML style sheet: the status colours every writer shares.
lxw_color_t css_colour(const std::string& css, const std::string& name, lxw_color_t fallback) {
  std::string key = name + ":";
  auto at = css.find(key);
  if (at == std::string::npos) return fallback;
  auto hash = css.find('#', at + key.size());
  if (hash == std::string::npos || hash > at + key.size() + 4 || hash + 7 > css.size()) return fallback;
  std::string hex = css.substr(hash + 1, 6);
  if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return fallback;
  return static_cast<lxw_color_t>(std::strtoul(hex.c_str(), nullptr, 16));
}

lxw_datetime to_lxw(const partial_date& d) {
  return lxw_datetime{d.year, d.month > 0 ? d.month : 1, d.day > 0 ? d.day : 1, 0, 0, 0.0};
}

class xlsx_builder {
 public:
  xlsx_builder(const report& r, const write_options& options, diagnostics& diags)
      : r_(r),
        options_(options),
        diags_(diags),
        templates_(options.template_dir),
        words_(detail::load_vocabulary(templates_, &diags).to_json()) {}

  std::string build() {
    return repack(detail::build_workbook("informe-xlsx", [&](lxw_workbook* wb) {
      workbook_ = wb;
      fill();
    }));
  }

 private:
  void check(lxw_error rc, const std::string& where) {
    if (rc == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
      throw error(where + ": text longer than a spreadsheet cell holds (32767 characters)");
    }
    if (rc != LXW_NO_ERROR) throw error(where + ": " + lxw_strerror(rc));
  }

  lxw_format* format(const char* number_format, bool wrap, bool bold = false) {
    lxw_format* f = workbook_add_format(workbook_);
    if (number_format) format_set_num_format(f, number_format);
    if (wrap) format_set_text_wrap(f);
    if (bold) format_set_bold(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
  }

  void fill() {
    long long seconds = package_seconds(r_, options_);
    std::string doc_title = r_.program.empty() ? "Informe de Cumplimiento de Compromisos" : r_.program;
    lxw_doc_properties props{};
    props.title = doc_title.data();
    props.author = const_cast<char*>("informe");
    props.created = static_cast<time_t>(seconds);
    check(workbook_set_properties(workbook_, &props), "document properties");

    text_ = format(nullptr, true);
    plain_ = format(nullptr, false);
    number_ = format("0", false);
    title_ = format(nullptr, true, true);
    format_set_bottom(title_, LXW_BORDER_THIN);
    format_set_bg_color(title_, 0xE8EDF4);
    label_ = format(nullptr, true, true);
    day_ = format("dd-mm-yyyy", false);
    month_ = format("mm-yyyy", false);
    year_ = format("yyyy", false);
    date_time_ = format("dd-mm-yyyy hh:mm:ss", false);

    commitments_sheet();
    report_sheet();
  }

  lxw_format* date_format(const partial_date& d) { return d.day > 0 ? day_ : d.month > 0 ? month_ : year_; }

  void write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* f,
                  const std::string& where) {
    if (text.empty()) return;
    // Always a string cell: text starting with "=" is never a formula (OWASP's advice for our output).
    check(worksheet_write_string(ws, row, col, text.c_str(), f), where);
  }

  std::string rich(const rich_text& t, const std::string& where) {
    for (const auto& b : t.blocks) {
      if (b.type == block::kind::paragraph && starts_like_item(b.text))
        diags_.warning({}, where + ": a paragraph starts like a list item and will read back as one",
                       diagnostic_code::lossy_output);
    }
    return encode_rich(t);
  }

  void commitments_sheet() {
    lxw_worksheet* ws = workbook_add_worksheet(workbook_, words_.commitments_sheet().c_str());
    if (!ws) throw error("cannot add the sheet " + words_.commitments_sheet());
    static constexpr double widths[column_count] = {6, 50, 22, 45, 13, 14, 45, 30, 20, 16, 35};
    for (std::size_t c = 0; c < column_count; ++c) {
      auto col = static_cast<lxw_col_t>(c);
      lxw_format* f = text_;
      if (static_cast<column>(c) == column::due) f = day_;
      if (static_cast<column>(c) == column::number || static_cast<column>(c) == column::due_text ||
          static_cast<column>(c) == column::status || static_cast<column>(c) == column::status_text)
        f = plain_;
      check(worksheet_set_column(ws, col, col, widths[c], f), "column widths");
      write_text(ws, 0, col, words_.title(static_cast<column>(c)), title_, "column titles");
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t last = static_cast<lxw_row_t>(r_.rows.size());
    check(worksheet_autofilter(ws, 0, 0, last, static_cast<lxw_col_t>(column_count - 1)), "autofilter");

    lxw_row_t row = 1;
    for (const auto& x : r_.rows) {
      std::string where = words_.commitments_sheet() + " row " + std::to_string(row + 1);
      auto col = [](column c) { return static_cast<lxw_col_t>(c); };
      bool plain_number = !x.number.empty() && x.number.size() <= 9 && x.number.front() != '0' &&
                          x.number.find_first_not_of("0123456789") == std::string::npos;
      if (plain_number)
        check(worksheet_write_number(ws, row, col(column::number), std::stod(x.number), number_), where);
      else
        write_text(ws, row, col(column::number), x.number, plain_, where);
      write_text(ws, row, col(column::recommendation), rich(x.recommendation, where), text_, where);
      write_text(ws, row, col(column::responsible), x.responsible, text_, where);
      write_text(ws, row, col(column::commitment), rich(x.commitment, where), text_, where);
      if (x.due) {
        lxw_datetime d = to_lxw(*x.due);
        check(worksheet_write_datetime(ws, row, col(column::due), &d, date_format(*x.due)), where);
      }
      write_text(ws, row, col(column::due_text), x.due_text, plain_, where);
      write_text(ws, row, col(column::compliance), rich(x.compliance, where), text_, where);
      write_text(ws, row, col(column::compliance_observation), rich(x.compliance_observation, where), text_, where);
      if (x.status) write_text(ws, row, col(column::status), words_.status_word(*x.status), plain_, where);
      write_text(ws, row, col(column::status_text), x.status_text, plain_, where);
      write_text(ws, row, col(column::verification), rich(x.verification, where), text_, where);
      ++row;
    }

    // The status: a list to pick from, coloured as the HTML report colours it.
    lxw_row_t last_row = std::max<lxw_row_t>(last, validation_rows);
    auto status_col = static_cast<lxw_col_t>(column::status);
    std::string words[3];
    char* list[4] = {nullptr, nullptr, nullptr, nullptr};
    for (int s = 0; s < 3; ++s) {
      words[s] = words_.status_word(static_cast<compliance_status>(s));
      list[s] = words[s].data();
    }
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    check(worksheet_data_validation_range(ws, 1, status_col, last_row, status_col, &validation), "status list");

    std::string css = templates_.try_load("html/style.css").value_or("");
    const char* names[3] = {"--ok", "--partial", "--not"};
    const lxw_color_t ink[3] = {0x1C6B38, 0x7A4F00, 0xA3231B};
    const lxw_color_t fill[3] = {0xE4F2E8, 0xFCF1D6, 0xFBE6E4};
    for (int s = 0; s < 3; ++s) {
      lxw_format* f = workbook_add_format(workbook_);
      format_set_font_color(f, css_colour(css, names[s], ink[s]));
      format_set_bg_color(f, css_colour(css, std::string(names[s]) + "-bg", fill[s]));
      std::string criterion = "\"" + words[s] + "\"";
      lxw_conditional_format cf{};
      cf.type = LXW_CONDITIONAL_TYPE_CELL;
      cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      cf.value_string = criterion.data();
      cf.format = f;
      check(worksheet_conditional_format_range(ws, 1, status_col, last_row, status_col, &cf), "status colours");
    }
    worksheet_activate(ws);
  }

  void report_sheet() {
    lxw_worksheet* ws = workbook_add_worksheet(workbook_, words_.report_sheet().c_str());
    if (!ws) throw error("cannot add the sheet " + words_.report_sheet());
    check(worksheet_set_column(ws, 0, 0, 42, label_), "column widths");
    check(worksheet_set_column(ws, 1, 1, 90, text_), "column widths");
    std::string where = words_.report_sheet();
    for (std::size_t i = 0; i < header_field_count; ++i) {
      auto f = static_cast<header_field>(i);
      auto row = static_cast<lxw_row_t>(i);
      write_text(ws, row, 0, words_.label(f), label_, where);
      switch (f) {
        case header_field::cutoff_date:
        case header_field::exit_date: {
          const auto& d = f == header_field::cutoff_date ? r_.cutoff_date : r_.exit_date;
          if (d) {
            lxw_datetime v = to_lxw(*d);
            check(worksheet_write_datetime(ws, row, 1, &v, date_format(*d)), where);
          } else {
            check(worksheet_write_blank(ws, row, 1, day_), where);
          }
          break;
        }
        case header_field::issued_at:
          if (r_.issued_at) {
            const auto& t = *r_.issued_at;
            lxw_datetime v{t.date.year, t.date.month, t.date.day, t.hour, t.minute, static_cast<double>(t.second)};
            check(worksheet_write_datetime(ws, row, 1, &v, date_time_), where);
          } else {
            check(worksheet_write_blank(ws, row, 1, date_time_), where);
          }
          break;
        case header_field::evaluation_year:
          if (r_.evaluation_year) check(worksheet_write_number(ws, row, 1, *r_.evaluation_year, number_), where);
          break;
        case header_field::program: write_text(ws, row, 1, r_.program, text_, where); break;
        case header_field::ministry: write_text(ws, row, 1, r_.ministry, text_, where); break;
        case header_field::service: write_text(ws, row, 1, r_.service, text_, where); break;
        case header_field::program_status: write_text(ws, row, 1, r_.program_status, text_, where); break;
        case header_field::observation: write_text(ws, row, 1, rich(r_.observation, where), text_, where); break;
      }
    }
  }

  // The same entries, in the same order, stamped with the package's one time (their compressed data
  // copied as libxlsxwriter wrote it).
  std::string repack(const std::string& bytes) const {
    const detail::civil_time t = detail::civil_from_epoch(package_seconds(r_, options_));
    return detail::restamp_zip(bytes, detail::dos_time_of(t.year, t.month, t.day, t.hour, t.minute, t.second));
  }

  const report& r_;
  const write_options& options_;
  diagnostics& diags_;
  template_set templates_;
  vocabulary words_;
  lxw_workbook* workbook_ = nullptr;
  lxw_format *text_ = nullptr, *plain_ = nullptr, *number_ = nullptr, *title_ = nullptr, *label_ = nullptr;
  lxw_format *day_ = nullptr, *month_ = nullptr, *year_ = nullptr, *date_time_ = nullptr;
};

}  // namespace

void write_xlsx(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  output += xlsx_builder(r, options, diags).build();
}

}  // namespace informe
