// Single line breaks inside paragraphs of a sheet that separates paragraphs by empty lines (see
// soft_breaks.hpp).
#include "readers/spreadsheet/soft_breaks.hpp"

#include <vector>

#include "shared/spreadsheet/cell_text.hpp"
#include "core/unicode.hpp"

namespace informe::detail::sheets {

namespace {

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(clean_text(line));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

bool has_paragraph_gap(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  const auto lines = lines_of(text);
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!lines[i].empty() || lines[i - 1].empty()) continue;
    std::size_t next = i + 1;
    while (next < lines.size() && lines[next].empty()) ++next;
    if (next == lines.size()) continue;
    if (!(starts_like_item(lines[i - 1]) && starts_like_item(lines[next]))) return true;
  }
  return false;
}

}  // namespace

bool paragraphs_by_empty_lines(const workbook& book) {
  for (const auto& s : book.sheets)
    for (const auto& r : s.rows)
      for (const auto& c : r.cells)
        if (c.type == cell::kind::text && has_paragraph_gap(c.text)) return true;
  return false;
}

std::string join_soft_breaks(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& line : lines_of(text)) {
    if (!line.empty() && !out.empty() && !out.back().empty() && !starts_like_item(line))
      out.back() += ' ' + line;  // a line break inside the paragraph or item
    else
      out.push_back(line);
  }
  std::string joined;
  for (std::size_t i = 0; i < out.size(); ++i) joined += (i ? "\n" : "") + out[i];
  return joined;
}

}  // namespace informe::detail::sheets
