#include "shared/spreadsheet/cell_text.hpp"

#include <cstdio>
#include <vector>

#include "core/unicode.hpp"
#include "grammar/paragraphs.hpp"

namespace informe::detail::sheets {

namespace {

constexpr std::string_view bullet = "\xE2\x80\xA2 ";  // "• "

bool formula_start(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

}  // namespace

bool starts_like_item(std::string_view paragraph) { return strip_list_marker(paragraph).size() != paragraph.size(); }

std::string encode_rich(const rich_text& text) {
  std::string out;
  bool previous_list = false;
  for (const auto& b : text.blocks) {
    if (b.type == block::kind::paragraph) {
      if (!out.empty()) out += '\n';
      out += b.text;
      previous_list = false;
    } else {
      if (b.items.empty()) continue;
      if (!out.empty()) out += previous_list ? "\n\n" : "\n";
      for (std::size_t i = 0; i < b.items.size(); ++i) {
        if (i > 0) out += '\n';
        out += bullet;
        out += b.items[i];
      }
      previous_list = true;
    }
  }
  return out;
}

rich_text decode_rich(std::string_view cell) {
  rich_text out;
  std::vector<std::string> items;
  auto flush = [&] {
    if (!items.empty()) out.add_list(std::move(items));
    items.clear();
  };
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto end = cell.find('\n', start);
    if (end == std::string_view::npos) end = cell.size();
    std::string_view line = cell.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string clean = clean_text(line);
    if (clean.empty()) {
      flush();
    } else if (starts_like_item(clean)) {
      std::string item = clean_text(strip_list_marker(clean));
      if (!item.empty()) items.push_back(std::move(item));
    } else {
      flush();
      out.add_paragraph(std::move(clean));
    }
    if (end == cell.size()) break;
    start = end + 1;
  }
  flush();
  return out;
}

std::string date_text(const partial_date& d) {
  char buffer[32];
  if (d.day > 0) {
    std::snprintf(buffer, sizeof buffer, "%02d-%02d-%04d", d.day, d.month, d.year);
  } else if (d.month > 0) {
    std::snprintf(buffer, sizeof buffer, "%02d-%04d", d.month, d.year);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", d.year);
  }
  return buffer;
}

std::string date_time_text(const date_time& t) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%02d-%02d-%04d %02d:%02d:%02d", t.date.day, t.date.month, t.date.year, t.hour,
                t.minute, t.second);
  return buffer;
}

bool looks_like_formula(std::string_view value) { return !value.empty() && formula_start(value.front()); }

std::string guard_formula(std::string value) {
  bool guard = looks_like_formula(value) ||
               (value.size() > 1 && value[0] == '\'' && (formula_start(value[1]) || value[1] == '\''));
  if (guard) value.insert(value.begin(), '\'');
  return value;
}

std::string_view unguard_formula(std::string_view value) {
  if (value.size() > 1 && value[0] == '\'' && (formula_start(value[1]) || value[1] == '\'')) value.remove_prefix(1);
  return value;
}

}  // namespace informe::detail::sheets
