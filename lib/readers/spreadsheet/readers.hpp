// Entry points of the spreadsheet readers shared inside the component, and the content sniffing the
// format table uses for ".txt". Internal.
#pragma once

#include <string>
#include <string_view>

#include "informe/options.hpp"
#include "readers/spreadsheet/workbook.hpp"

namespace informe::detail::sheets {

/// ";", "," or tab: the one that splits a line into the most known column titles, else the most
/// frequent on the first lines.
char detect_delimiter(std::string_view utf8_text);
/// The cells of a CSV file (`delimiter` 0: detected). `charset` receives what it was decoded from.
workbook parse_csv(std::string_view input, char delimiter, std::string& charset);
/// True when a text file is a table exported as "Text (Tab delimited)": a line of at least four
/// tab-separated cells of which four or more are known column titles.
bool looks_like_tab_table(std::string_view input);

/// Throws informe::error when `input` is over `options.max_input_bytes`.
void check_input_size(std::string_view input, const read_options& options);

/// The cells of an XLSX workbook (Office Open XML spreadsheet).
workbook parse_xlsx(std::string_view input, diagnostics& diags);
/// The cells of an ODS workbook (OpenDocument spreadsheet).
workbook parse_ods(std::string_view input, diagnostics& diags);

}  // namespace informe::detail::sheets
