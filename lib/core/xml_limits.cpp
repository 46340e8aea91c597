#include "core/xml_limits.hpp"

#include <array>

namespace informe::detail {

namespace {

// The characters that end a run of ordinary ones inside a start tag.
constexpr std::array<bool, 256> tag_stops = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'>', '<', '"', '\'', '='}) t[c] = true;
  return t;
}();

}  // namespace

std::optional<std::size_t> xml_tag_with_too_many_attributes(std::string_view s, std::size_t limit) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  // Skips to just past `end` (or to the end of the text).
  auto skip_past = [&](std::size_t from, std::string_view end) {
    std::size_t at = s.find(end, from);
    return at == std::string_view::npos ? n : at + end.size();
  };
  while (i < n) {
    std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    const char next = lt + 1 < n ? s[lt + 1] : '\0';
    if (next == '!') {
      if (s.compare(lt, 4, "<!--") == 0) {
        i = skip_past(lt + 4, "-->");
      } else if (s.compare(lt, 9, "<![CDATA[") == 0) {
        i = skip_past(lt + 9, "]]>");
      } else {
        i = lt + 1;
      }
    } else if (next == '?') {
      i = skip_past(lt + 2, "?>");
    } else if (lt + 1 < n && next != '/') {
      // A start tag: every "=" outside a quoted value introduces one attribute.
      std::size_t count = 0;
      std::size_t j = lt + 1;
      while (j < n) {
        while (j < n && !tag_stops[static_cast<unsigned char>(s[j])]) ++j;
        if (j == n) break;
        const char c = s[j];
        if (c == '>' || c == '<') break;
        if (c == '"' || c == '\'') {
          std::size_t close = s.find(c, j + 1);
          j = close == std::string_view::npos ? n : close + 1;
          continue;
        }
        if (++count > limit) return lt;  // c == '='
        ++j;
      }
      i = j;
    } else {
      i = lt + 1;
    }
  }
  return std::nullopt;
}

}  // namespace informe::detail
