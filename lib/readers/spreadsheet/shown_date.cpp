#include "readers/spreadsheet/shown_date.hpp"

#include <cstddef>
#include <cstdio>
#include <vector>

namespace informe::detail::sheets {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string figures(int value, std::size_t width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", static_cast<int>(width), value);
  return buffer;
}

// A token of the code: a run of one date/time letter, or a literal.
struct token {
  char letter = 0;  // 'y', 'm', 'd', 'h', 's'; 0 for a literal
  std::size_t count = 0;
  std::string literal;
};

}  // namespace

std::optional<std::string> shown_date(std::string_view code, const date_time& when) {
  std::vector<token> tokens;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const char l = lower(c);
    if (c == ';') break;  // the first section shows positive numbers, which dates are
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) return std::nullopt;
      tokens.push_back({0, 0, std::string(code.substr(i + 1, close - i - 1))});
      i = close;
    } else if (c == '\\') {
      if (i + 1 >= code.size()) return std::nullopt;
      tokens.push_back({0, 0, std::string(1, code[++i])});
    } else if (c == '_') {
      if (i + 1 >= code.size()) return std::nullopt;
      ++i;
      tokens.push_back({0, 0, " "});  // the width of the next character
    } else if (c == '*') {
      ++i;  // a fill character: nothing at a cell's natural width
    } else if (c == '[') {
      const std::size_t close = code.find(']', i);
      if (close == std::string_view::npos || code.substr(i, 3) != "[$-") return std::nullopt;  // [h], [Red]
      i = close;
    } else if (l == 'y' || l == 'm' || l == 'd' || l == 'h' || l == 's') {
      std::size_t n = 1;
      while (i + 1 < code.size() && lower(code[i + 1]) == l) ++n, ++i;
      tokens.push_back({l, n, {}});
    } else if (c == '-' || c == '/' || c == '.' || c == ',' || c == ' ' || c == ':' || c == '(' || c == ')') {
      tokens.push_back({0, 0, std::string(1, c)});
    } else {
      return std::nullopt;  // AM/PM, digit placeholders, era letters, anything else
    }
  }
  std::string out;
  bool any = false;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const token& t = tokens[k];
    if (t.letter == 0) {
      out += t.literal;
      continue;
    }
    any = true;
    switch (t.letter) {
      case 'y':
        out += t.count <= 2 ? figures(when.date.year % 100, 2) : figures(when.date.year, 4);
        break;
      case 'd':
        if (t.count > 2) return std::nullopt;  // day names
        out += figures(when.date.day, t.count);
        break;
      case 'h': out += figures(when.hour, t.count > 1 ? 2 : 1); break;
      case 's': out += figures(when.second, t.count > 1 ? 2 : 1); break;
      case 'm': {
        if (t.count > 2) return std::nullopt;  // month names
        // minutes right after hours or right before seconds (separators between)
        bool minutes = false;
        for (std::size_t b = k; b-- > 0;) {
          if (tokens[b].letter == 0) continue;
          minutes = tokens[b].letter == 'h';
          break;
        }
        for (std::size_t a = k + 1; a < tokens.size() && !minutes; ++a) {
          if (tokens[a].letter == 0) continue;
          minutes = tokens[a].letter == 's';
          break;
        }
        out += figures(minutes ? when.minute : when.date.month, t.count);
        break;
      }
      default: return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return out;
}

}  // namespace informe::detail::sheets
