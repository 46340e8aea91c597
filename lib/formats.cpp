#include "informe/formats.hpp"

#include <algorithm>
#include <array>

#include "readers/spreadsheet/readers.hpp"


namespace informe {

namespace {

// ".txt" is text extracted from a report's PDF, or a table saved as Excel's "Text (Tab delimited)":
// told apart by content (a line of known column titles separated by tabs).
report read_text_or_table(std::string_view input, const read_options& options, diagnostics& diags) {
  if (detail::sheets::looks_like_tab_table(input)) return read_csv(input, options, diags);
  return read_text(input, options, diags);
}

const std::array<format_info, 11> table{{
    {"json", ".json", "canonical JSON (lossless)", &read_json, &write_json, false},
    {"xml", ".xml", "canonical XML (lossless, schema/informe.xsd)", &read_xml, &write_xml, false},
    {"text", ".txt .text .md", "text extracted from a report's PDF; a table saved as tab-delimited text",
     &read_text_or_table, nullptr, false},
    {"html", ".html .htm .xhtml", "standalone HTML5 document; legacy report pages", &read_html, &write_html,
     false},
    {"pdf", ".pdf", "printable PDF report", &read_pdf, &write_pdf, true},
    {"docx", ".docx", "Word document", &read_docx, &write_docx, true},
    {"docx-xml", "", "Word Flat OPC (single-file WordprocessingML)", &read_docx_xml, &write_docx_xml, false},
    {"xlsx", ".xlsx", "Excel workbook (Compromisos and Informe sheets)", &read_xlsx, &write_xlsx, true},
    {"ods", ".ods", "OpenDocument spreadsheet (LibreOffice Calc)", &read_ods, nullptr, true},
    {"csv", ".csv", "CSV: header rows, then the table (\",\" or \";\" read; UTF-8 with BOM written)", &read_csv,
     &write_csv, false},
    {"csv-semicolon", "", "CSV with \";\" between cells, for Spanish-locale spreadsheets", &read_csv,
     &write_csv_semicolon, false},
}};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::span<const format_info> formats() { return table; }

const format_info* find_format(std::string_view name) {
  std::string key = lower_ascii(name);
  for (const auto& f : table) {
    if (f.name == key) return &f;
  }
  return nullptr;
}

const format_info* format_for_path(std::string_view path) {
  std::string p = lower_ascii(path);
  // Longest matching extension wins (".htm" never beats ".html").
  const format_info* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& f : table) {
    std::string_view exts = f.extensions;
    while (!exts.empty()) {
      auto space = exts.find(' ');
      auto ext = exts.substr(0, space);
      if (ends_with(p, ext) && ext.size() > best_length) {
        best = &f;
        best_length = ext.size();
      }
      if (space == std::string_view::npos) break;
      exts.remove_prefix(space + 1);
    }
  }
  return best;
}

}  // namespace informe
