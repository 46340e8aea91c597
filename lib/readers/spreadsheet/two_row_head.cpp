// Titles over two rows: group titles above sub-titles (see two_row_head.hpp).
#include "readers/spreadsheet/two_row_head.hpp"

#include <algorithm>
#include <cstddef>

namespace informe::detail::sheets {

namespace {

constexpr std::size_t max_title_bytes = 80;

bool is_title_cell(const cell& c) { return c.type == cell::kind::text && c.text.size() <= max_title_bytes; }

}  // namespace

std::optional<std::vector<std::optional<column>>> two_row_titles(const sheet_row& groups, const sheet_row& sub,
                                                                 const vocabulary& words) {
  const std::size_t width = std::max(groups.cells.size(), sub.cells.size());
  auto at = [](const sheet_row& r, std::size_t c) -> const cell* { return c < r.cells.size() ? &r.cells[c] : nullptr; };
  std::size_t titles = 0, under_span = 0, named = 0;
  for (std::size_t c = 0; c < width; ++c) {
    const cell* s = at(sub, c);
    if (!s || s->empty()) continue;
    if (!is_title_cell(*s)) return std::nullopt;  // a number, a date or a long text: a row of the table
    ++titles;
    const cell* g = at(groups, c);
    if (!g || g->empty()) ++under_span;
    if (words.match_column(s->text)) ++named;
  }
  if (titles < 2 || under_span == 0 || named == 0) return std::nullopt;

  std::vector<std::optional<column>> out(width);
  std::optional<column> group;  // the column the group title over this span names
  bool group_taken = false;     // a sub-title under it took it already
  for (std::size_t c = 0; c < width; ++c) {
    const cell* g = at(groups, c);
    if (g && !g->empty()) {
      group = is_title_cell(*g) ? words.match_column(g->text) : std::nullopt;
      group_taken = false;
    }
    const cell* s = at(sub, c);
    if (!s || s->empty()) {
      if (g && !g->empty()) out[c] = group;  // its own title, merged down over both rows
      continue;
    }
    if (auto own = words.match_column(s->text)) {
      out[c] = own;
      group_taken = group_taken || own == group;
    } else if (group && !group_taken) {
      out[c] = group;
      group_taken = true;
    }
  }
  return out;
}

}  // namespace informe::detail::sheets
