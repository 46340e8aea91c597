#include "grammar/status.hpp"

#include <string>

#include "core/unicode.hpp"

namespace informe::detail {

std::string_view without_status_decoration(std::string_view text) {
  // A leading bullet or geometric shape (U+25A0-U+25FF: "● Cumplido", "◐ Parcialmente cumplido"),
  // the icon some writers (ours among them) draw before the word, with the spaces after it.
  while (true) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xE2 &&
        ((static_cast<unsigned char>(text[1]) == 0x96 && static_cast<unsigned char>(text[2]) >= 0xA0) ||
         static_cast<unsigned char>(text[1]) == 0x97 ||
         (static_cast<unsigned char>(text[1]) == 0x80 && static_cast<unsigned char>(text[2]) == 0xA2))) {
      text.remove_prefix(3);
      continue;
    }
    return text;
  }
}

std::optional<compliance_status> parse_status(std::string_view text) {
  if (text.size() > 200) return std::nullopt;
  std::string key = fold(without_status_decoration(text));
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  if (key == "cumplido" || key == "cumplida") return compliance_status::fulfilled;
  if (key == "parcialmente cumplido" || key == "parcialmente cumplida")
    return compliance_status::partially_fulfilled;
  if (key == "no cumplido" || key == "no cumplida") return compliance_status::not_fulfilled;
  return std::nullopt;
}

}  // namespace informe::detail
