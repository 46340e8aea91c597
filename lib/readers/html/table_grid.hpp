// The HTML table model over a table's rows, one row at a time: each cell of a row takes the first
// column no cell from a row above still holds, and holds `colspan` columns over `rowspan` rows; the
// slots a row loses to cells from above are named with the cell and the row it starts in. Internal
// to the HTML reader.
//
//     table_grid grid(4);                        // the columns the table's header row gives
//     grid_row g = grid.place(tr);               // g.cells: the row's own cells and their columns
//     for (const auto& s : g.spanned) ...        // g.spanned: columns held by cells from above
//
// Two departures from the browser's model, for pages whose spans do not add up:
// - a row the reader passes over (a column header repeated where a printed page began) does not
//   count as one of the rows a span covers (`pass_over`): generators count commitments;
// - a row that brings a cell of its own for every column ends the spans over it (`grid_row::cut`),
//   where a browser would push its cells out past the table's last column.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <vector>

namespace informe::detail {

/// A cell of a row and the grid columns it holds.
struct grid_cell {
  const xmlNode* node = nullptr;  ///< the <td> or <th>
  int first = 0;                  ///< first grid column
  int span = 1;                   ///< columns (colspan)
};

/// A column of a row held by a cell that starts in a row above.
struct spanned_slot {
  int column = 0;
  const xmlNode* node = nullptr;    ///< the spanning <td> or <th>
  const xmlNode* origin = nullptr;  ///< the <tr> it starts in
};

/// A span that ended above a row because that row has cells of its own for its columns.
struct cut_span {
  const xmlNode* node = nullptr;  ///< the spanning cell
  int rows_left = 0;              ///< rows it still claimed (0 with rowspan="0": to the group's end)
  bool crossed_pass = false;      ///< it crossed a row passed over (a repeated column header)
};

/// One row placed on the grid.
struct grid_row {
  std::vector<grid_cell> cells;       ///< the row's own cells, in document order
  std::vector<spanned_slot> spanned;  ///< columns held from above, left to right
  std::vector<cut_span> cut;          ///< spans ended above this row
};

/// What the readers read of a colspan (a browser's limit is higher; more columns hold nothing here).
inline constexpr int max_colspan = 64;

/// The colspan or rowspan of a cell as a browser reads it: leading digits, `fallback` when there are
/// none; at most `limit`.
int span_attribute(const xmlNode* cell, const char* name, int fallback, int limit);

class table_grid {
 public:
  /// `width`: the table's columns (the header row's cells, colspan counted).
  explicit table_grid(int width) : width_(width) {}

  /// Places the cells of `tr` (its <td> and <th> children) and moves the spans on by one row.
  grid_row place(const xmlNode* tr);
  /// A row that takes no part in the grid: spans from above go on below it without counting it.
  void pass_over();
  /// The end of a row group (<thead>, <tbody>, <tfoot>): no span runs into the next one.
  void end_group() { active_.clear(); }

 private:
  struct active_span {
    const xmlNode* node = nullptr;
    const xmlNode* origin = nullptr;
    int first = 0;
    int span = 1;
    int rows_left = 0;  // rows below still held; -1: to the end of the row group (rowspan="0")
    bool crossed_pass = false;
  };
  std::vector<active_span> active_;
  int width_;
};

}  // namespace informe::detail
