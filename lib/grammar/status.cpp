#include "grammar/status.hpp"

#include <string>

#include "core/unicode.hpp"

namespace informe::detail {

std::optional<compliance_status> parse_status(std::string_view text) {
  if (text.size() > 200) return std::nullopt;
  std::string key = fold(text);
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  if (key == "cumplido" || key == "cumplida") return compliance_status::fulfilled;
  if (key == "parcialmente cumplido" || key == "parcialmente cumplida")
    return compliance_status::partially_fulfilled;
  if (key == "no cumplido" || key == "no cumplida") return compliance_status::not_fulfilled;
  return std::nullopt;
}

}  // namespace informe::detail
