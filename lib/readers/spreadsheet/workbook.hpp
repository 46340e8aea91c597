// A spreadsheet as the readers see it once parsed: sheets of rows of typed cells, whatever the file
// format (CSV, XLSX, ODS). to_report() turns one into a report. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::detail::sheets {

/// One cell's value.
struct cell {
  enum class kind { empty, text, number, date, error };
  kind type = kind::empty;
  std::string text;       ///< the text (lines separated by '\n'); a number's or error's text too
  double number = 0;      ///< for numbers
  date_time when;         ///< for dates (the time is 00:00:00 unless has_time)
  int precision = 3;      ///< for dates: 1 year, 2 year and month, 3 full date
  bool has_time = false;  ///< for dates: the format shows a time
  std::string shown;      ///< for dates: the text the sheet shows, when its format says it ("31-03-2010")
  bool formula = false;   ///< the value is a formula's cached result (never evaluated here)

  bool empty() const {
    return type == kind::empty || (type == kind::text && text.find_first_not_of(" \t\r\n") == std::string::npos);
  }
};

struct sheet_row {
  int number = 0;           ///< 1-based row number (CSV: the line the record starts on)
  std::vector<cell> cells;  ///< cells[0] is column A
};

struct sheet {
  std::string name;  ///< empty for CSV
  std::vector<sheet_row> rows;
};

struct workbook {
  std::vector<sheet> sheets;
  bool by_line = false;  ///< positions are lines of a text file (CSV), not sheet cells
};

/// Limits every spreadsheet reader applies.
inline constexpr std::size_t max_rows = 100000;         ///< non-empty rows in all
inline constexpr std::size_t max_columns = 1024;        ///< columns of one row
inline constexpr std::size_t max_cell_bytes = 1 << 20;  ///< text of one cell
inline constexpr std::size_t max_sheets = 256;

/// "B7" for column index 1 (0-based) and row 7.
std::string cell_ref(std::size_t column, int row);

/// The report a workbook holds (see docs/spreadsheets.md): header fields as label/value rows above the
/// table or on a sheet of their own, the table's columns found by their titles. Positions in the
/// messages are "FILE:Sheet!B7" (sheets) or "FILE:LINE" with the column named (CSV). Throws
/// informe::error when no sheet holds a table of commitments.
report to_report(const workbook& book, diagnostics& diags);

}  // namespace informe::detail::sheets
