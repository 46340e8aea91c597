// Helpers for the text reader's tests: reading inline text and describing rich text in messages.
#pragma once

#include <sstream>
#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "informe/model.hpp"

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
