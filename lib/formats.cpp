#include "informe/formats.hpp"

#include <algorithm>
#include <array>


namespace informe {

namespace {

const std::array<format_info, 7> table{{
    {"json", ".json", "canonical JSON (lossless)", &read_json, &write_json, false},
    {"xml", ".xml", "canonical XML (lossless, schema/informe.xsd)", &read_xml, &write_xml, false},
    {"text", ".txt .text .md", "text extracted from a report's PDF", &read_text, nullptr, false},
    {"html", ".html .htm .xhtml", "standalone HTML5 document; legacy report pages", &read_html, &write_html,
     false},
    {"pdf", ".pdf", "printable PDF report", &read_pdf, &write_pdf, true},
    {"docx", ".docx", "Word document", &read_docx, &write_docx, true},
    {"docx-xml", "", "Word Flat OPC (single-file WordprocessingML)", &read_docx_xml, &write_docx_xml, false},
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
