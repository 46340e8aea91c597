#include "grammar/status.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>

#include "core/unicode.hpp"
#include "grammar/lexicon.hpp"

namespace informe::detail {

std::string_view without_status_decoration(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(bytes, next, length, c);
    if (c != ' ' && c != '\t' && c != 0x2022 && !is_decorative_shape(static_cast<char32_t>(c))) break;
    i = next;
  }
  return text.substr(static_cast<std::size_t>(i));
}

std::optional<compliance_status> parse_status(std::string_view text) {
  if (text.size() > 200) return std::nullopt;
  std::string key = fold(without_status_decoration(text));
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  return active_lexicon().status(key);
}

}  // namespace informe::detail
