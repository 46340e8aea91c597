// Helpers for the text reader's tests: reading inline text and describing rich text in messages.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "informe/model.hpp"
#include "layout/read_layout.hpp"
#include "readers/text/text_grid.hpp"

namespace informe::test {

/// The rich text as one line: paragraphs in quotes, lists in brackets.
inline std::string describe(const rich_text& t) {
  std::ostringstream s;
  for (const auto& b : t.blocks) {
    if (b.type == block::kind::paragraph) {
      s << "\"" << b.text << "\" ";
    } else {
      s << "[";
      for (const auto& i : b.items) s << "\"" << i << "\" ";
      s << "] ";
    }
  }
  return t.empty() ? "(none)" : s.str();
}

inline std::string describe(const diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += x.to_string() + "\n";
  return out;
}

/// One line of a `pdftotext -layout` grid: each text placed at its (0-based) character column.
inline std::string grid_line(const std::vector<std::pair<std::size_t, std::string>>& parts) {
  std::string out;
  std::size_t width = 0;  // code points written
  for (const auto& [column, text] : parts) {
    if (column > width) {
      out.append(column - width, ' ');
      width = column;
    }
    out += text;
    for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return out + "\n";
}

/// `text` read as a `pdftotext -layout` grid through the layout engine and the grammar (no refusal, no
/// format detection).
inline report read_grid(const std::string& text, diagnostics& diags) {
  detail::report_builder builder(diags);
  detail::layout::read_layout(detail::grid_pages(text), builder, diags);
  return builder.finish();
}

/// Reads `text` with the text reader; the diagnostics go to `diags`.
inline report read(std::string_view text, diagnostics& diags) { return read_text(text, {}, diags); }

/// The header and column-header line most cases start with.
inline std::string with_table(std::string_view rows) {
  return std::string("**Programa/Institución:** Programa de prueba\n\n"
                     "Recomendación\tCompromiso\tCumplimiento\n") +
         std::string(rows);
}

/// The first diagnostic whose message contains `needle`, or nullptr.
inline const diagnostic* find_diagnostic(const diagnostics& d, std::string_view needle) {
  for (const auto& x : d.all())
    if (x.message.find(needle) != std::string::npos) return &x;
  return nullptr;
}

}  // namespace informe::test
