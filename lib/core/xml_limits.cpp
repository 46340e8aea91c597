#include "core/xml_limits.hpp"

namespace informe::detail {

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
    std::string_view rest = s.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      i = skip_past(lt + 4, "-->");
    } else if (rest.substr(0, 9) == "<![CDATA[") {
      i = skip_past(lt + 9, "]]>");
    } else if (rest.substr(0, 2) == "<?") {
      i = skip_past(lt + 2, "?>");
    } else if (rest.size() > 1 && rest[1] != '/' && rest[1] != '!') {
      // A start tag: every "=" outside a quoted value introduces one attribute.
      std::size_t count = 0;
      std::size_t j = lt + 1;
      while (j < n && s[j] != '>' && s[j] != '<') {
        char c = s[j];
        if (c == '"' || c == '\'') {
          std::size_t close = s.find(c, j + 1);
          j = close == std::string_view::npos ? n : close + 1;
          continue;
        }
        if (c == '=' && ++count > limit) return lt;
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
