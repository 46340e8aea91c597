#include "layout/typed_list.hpp"

#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"
#include "layout/text.hpp"

namespace informe::detail::layout {

namespace {

// The bytes of white space (ASCII blanks, no-break spaces U+00A0) at `s`'s start.
std::size_t blank_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// The item ended as items end: ";", ":", ".", "!", "?", "…" (closing quotes and white space aside).
bool ends_item(std::string_view item) {
  while (!item.empty() && (item.back() == ' ' || item.back() == '\t' || item.back() == '\n' || item.back() == '\r'))
    item.remove_suffix(1);
  return ends_clause(item) || ends_sentence(item);
}

}  // namespace

std::size_t typed_marker_length(std::string_view line) {
  const std::size_t lead = blank_length(line);
  const std::string_view s = line.substr(lead);
  std::size_t n = 0;
  const char32_t c = first_code_point(s, &n);
  if (n == 0) return 0;
  const std::size_t after = blank_length(s.substr(n));
  if (is_bullet_char(c)) return lead + n + after;
  const bool dash = c == U'-' || c == U'\u2013' || c == U'*';
  if (dash && after > 0 && n + after < s.size()) return lead + n + after;
  return 0;
}

std::size_t typed_marker_length_after_item(std::string_view line, std::string_view item) {
  if (const std::size_t m = typed_marker_length(line); m > 0) return m;
  const std::size_t lead = blank_length(line);
  const std::string_view s = line.substr(lead);
  if (s.size() < 3 || s[0] != 'o') return 0;
  const std::size_t after = blank_length(s.substr(1));
  if (after == 0 || 1 + after == s.size()) return 0;
  const bool indented = line.substr(0, lead).find("\xC2\xA0") != std::string_view::npos;
  if (!indented && !ends_item(item)) return 0;
  return lead + 1 + after;
}

bool runs_on_into_item(std::string_view item, std::string_view line) {
  line.remove_prefix(blank_length(line));
  if (ends_item(item)) return false;
  return starts_lower(line) && !starts_enumerator(line) && !leading_label(line, label_context::cell);
}

}  // namespace informe::detail::layout
