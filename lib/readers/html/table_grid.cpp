#include "readers/html/table_grid.hpp"

#include <algorithm>
#include <string>

#include "readers/html/html_document.hpp"

namespace informe::detail {

namespace {

constexpr int max_rowspan = 65534;       // the HTML limit
constexpr int max_tracked_columns = 256; // spans are followed in the table's first columns only

}  // namespace

int span_attribute(const xmlNode* cell, const char* name, int fallback, int limit) {
  std::string value;
  if (!attribute(cell, name, value)) return fallback;
  std::size_t i = 0;
  while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' || value[i] == '\r')) ++i;
  if (i == value.size() || value[i] < '0' || value[i] > '9') return fallback;
  int v = 0;
  for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) v = std::min(v * 10 + (value[i] - '0'), limit);
  return v;
}

grid_row table_grid::place(const xmlNode* tr) {
  grid_row out;
  struct own_cell {
    const xmlNode* node;
    int columns;
    int rows;  // 0: to the end of the row group
  };
  std::vector<own_cell> own;
  int own_width = 0;
  for (const xmlNode* c = tr->children; c != nullptr; c = c->next) {
    if (!is_element(c, "td") && !is_element(c, "th")) continue;
    const int columns = std::max(1, span_attribute(c, "colspan", 1, max_colspan));  // colspan="0" is 1
    const int rows = span_attribute(c, "rowspan", 1, max_rowspan);
    own.push_back({c, columns, rows});
    own_width = std::min(own_width + columns, 1 << 20);
  }

  // Which span holds each of the first columns.
  const int tracked = std::clamp(width_, 0, max_tracked_columns);
  std::vector<int> owner(static_cast<std::size_t>(tracked), -1);
  auto fill_owner = [&] {
    std::fill(owner.begin(), owner.end(), -1);
    int held = 0;
    for (std::size_t i = 0; i < active_.size(); ++i) {
      const auto& s = active_[i];
      for (int col = s.first; col < s.first + s.span && col < tracked; ++col) {
        if (owner[static_cast<std::size_t>(col)] >= 0) continue;
        owner[static_cast<std::size_t>(col)] = static_cast<int>(i);
        ++held;
      }
    }
    return held;
  };
  const int held = fill_owner();
  // A row with a cell of its own for every column ends the spans over it.
  if (held > 0 && own_width > width_ - held && own_width >= width_) {
    for (const auto& s : active_) out.cut.push_back({s.node, s.rows_left < 0 ? 0 : s.rows_left, s.crossed_pass});
    active_.clear();
    fill_owner();
  }
  for (int col = 0; col < tracked; ++col) {
    const int i = owner[static_cast<std::size_t>(col)];
    if (i >= 0) out.spanned.push_back({col, active_[static_cast<std::size_t>(i)].node, active_[static_cast<std::size_t>(i)].origin});
  }

  // The row's own cells, each at the first column not held from above.
  std::vector<active_span> started;
  int cursor = 0;
  for (const auto& c : own) {
    while (cursor < tracked && owner[static_cast<std::size_t>(cursor)] >= 0) ++cursor;
    out.cells.push_back({c.node, cursor, c.columns});
    if (c.rows != 1 && cursor < tracked) started.push_back({c.node, tr, cursor, c.columns, c.rows == 0 ? -1 : c.rows - 1});
    cursor = std::min(cursor + c.columns, 1 << 24);
  }

  // The spans move on by this row; those that end here leave the grid.
  for (auto& s : active_)
    if (s.rows_left > 0) --s.rows_left;
  active_.erase(std::remove_if(active_.begin(), active_.end(), [](const active_span& s) { return s.rows_left == 0; }),
                active_.end());
  active_.insert(active_.end(), started.begin(), started.end());
  return out;
}

void table_grid::pass_over() {
  for (auto& s : active_) s.crossed_pass = true;
}

}  // namespace informe::detail
