#include "canonical/json_locator.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/unicode.hpp"

namespace informe::detail {

std::string member_path(const std::string& parent, std::string_view key) {
  std::string p = parent;
  if (!p.empty()) p += '.';
  p += key;
  return p;
}

std::string element_path(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The offset of the first '"' or '\\' at or after `pos`, or s.size() (a plain loop: find_first_of
// would search the two-character set once per byte).
std::size_t quote_or_backslash(std::string_view s, std::size_t pos) {
  while (pos < s.size() && s[pos] != '"' && s[pos] != '\\') ++pos;
  return pos;
}

// Reads the string whose opening quote is at `pos`; leaves `pos` after the closing quote.
std::string read_string(std::string_view s, std::size_t& pos) {
  std::string out;
  ++pos;  // opening quote
  auto read_hex4 = [&](std::size_t at) -> int {
    if (at + 4 > s.size()) return -1;
    int v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      int h = hex_value(s[k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  };
  while (pos < s.size() && s[pos] != '"') {
    if (s[pos] != '\\') {
      const std::size_t end = quote_or_backslash(s, pos);
      out.append(s.data() + pos, end - pos);
      pos = end;
      continue;
    }
    if (pos + 1 >= s.size()) {
      pos = s.size();
      break;
    }
    char e = s[pos + 1];
    pos += 2;
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        int u = read_hex4(pos);
        if (u < 0) break;
        pos += 4;
        char32_t c = static_cast<char32_t>(u);
        if (c >= 0xD800 && c <= 0xDBFF && pos + 6 <= s.size() && s[pos] == '\\' && s[pos + 1] == 'u') {
          int low = read_hex4(pos + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
            pos += 6;
          }
        }
        append_utf8(out, c);
        break;
      }
      default: out += e; break;  // " \ /
    }
  }
  if (pos < s.size()) ++pos;  // closing quote
  return out;
}

// Moves `pos` from the opening quote of a string past its closing quote, decoding nothing.
void skip_string(std::string_view s, std::size_t& pos) {
  ++pos;  // opening quote
  while (pos < s.size()) {
    const std::size_t at = quote_or_backslash(s, pos);
    if (at == s.size()) {
      pos = s.size();
      return;
    }
    if (s[at] == '"') {
      pos = at + 1;
      return;
    }
    pos = at + 2;  // a backslash and the character it escapes
  }
  pos = std::min(pos, s.size());
}

}  // namespace

json_locator::json_locator(std::string_view s) {
  struct frame {
    bool array = false;
    std::size_t next_index = 0;
    std::string path;
    std::unordered_set<std::string> keys;
  };
  std::vector<frame> stack;
  std::size_t pos = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  auto skip_space = [&] {
    while (pos < s.size() && is_space(s[pos])) ++pos;
  };

  // The value about to be read: its path and where its key started.
  std::string path;
  std::size_t key_offset = 0;
  bool expect_value = true;

  // Reads `"key":` of the innermost object; false when the text is not well-formed there.
  auto read_key = [&]() -> bool {
    skip_space();
    if (pos >= s.size() || s[pos] != '"') return false;
    key_offset = pos;
    std::string key = read_string(s, pos);
    path = member_path(stack.back().path, key);
    if (!stack.back().keys.insert(key).second) duplicates_.push_back({path, key_offset});
    skip_space();
    if (pos >= s.size() || s[pos] != ':') return false;
    ++pos;
    expect_value = true;
    return true;
  };

  while (pos < s.size()) {
    skip_space();
    if (pos >= s.size()) break;
    char c = s[pos];
    if (expect_value) {
      entries_[path] = {stack.empty() || stack.back().array ? pos : key_offset, pos};
      if (c == '{' || c == '[') {
        frame f;
        f.array = c == '[';
        f.path = path;
        stack.push_back(std::move(f));
        ++pos;
        skip_space();
        if (pos < s.size() && (s[pos] == '}' || s[pos] == ']')) {
          ++pos;
          stack.pop_back();
          expect_value = false;
        } else if (stack.back().array) {
          path = element_path(stack.back().path, stack.back().next_index++);
          expect_value = true;
        } else if (!read_key()) {
          break;
        }
        continue;
      }
      if (c == '"') {
        skip_string(s, pos);
      } else {
        while (pos < s.size() && !is_space(s[pos]) && s[pos] != ',' && s[pos] != ']' && s[pos] != '}') ++pos;
      }
      expect_value = false;
      continue;
    }
    // After a value: a comma, or the end of the enclosing container.
    if (stack.empty()) break;
    if (c == ']' || c == '}') {
      ++pos;
      stack.pop_back();
      continue;
    }
    if (c != ',') break;  // not well-formed: stop indexing
    ++pos;
    if (stack.back().array) {
      path = element_path(stack.back().path, stack.back().next_index++);
      expect_value = true;
      continue;
    }
    if (!read_key()) break;
  }
}

std::optional<std::size_t> json_locator::value(const std::string& path) const {
  auto it = entries_.find(path);
  if (it == entries_.end()) return std::nullopt;
  return it->second.value;
}

std::optional<std::size_t> json_locator::key(const std::string& path) const {
  auto it = entries_.find(path);
  if (it == entries_.end()) return std::nullopt;
  return it->second.key;
}

}  // namespace informe::detail
