// Tables built of block elements rather than <table> markup: a container (a <div>, <ul>, <section>...)
// whose child elements are rows and each row's child elements its cells, laid out by CSS (floated
// cells with widths, `display: table-row` / `table-cell`). The element names and classes are the
// page's own; only the structure is read. Internal to the HTML reader.
//
//     <div id="t">                                  block_rows(t): the two rows
//       <div class="r"><div class="c">N°</div>...<div class="fin"></div></div>
//       <div class="r"><div class="c">1</div>...<div class="fin"></div></div>
//     </div>                                        block_cells(row): the "c" cells, not the "fin"
//
// What is not a cell: an element that holds no text and is <br> or <hr>, or has `clear` in its style,
// or has a class none of the row's cells with text has (the empty <div class="fin"> that clears the
// floats). A row whose one child element holds the cells (and no text of its own) is read through it,
// and through up to four such wrappers one inside the other.
// A block_grid places a row's cells under the title row's columns, as table_grid places a <tr>'s; a
// row with fewer cells than titles is placed by the classes its cells share with one title cell
// each (`c3` under the title `c3`), else from the left, and is named in the result (the reader warns).
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "readers/html/table_grid.hpp"

namespace informe::detail {

/// The cells of a row of block elements, in document order (see above).
std::vector<const xmlNode*> block_cells(const xmlNode* row);

/// The rows of a container of block elements: its child elements whose text all sits in one cell or
/// another of theirs (none of their own, beside or between the cells) and that have a cell at least.
/// Child elements with no text are passed over (they clear floats); others that are no row are in
/// block_strays.
std::vector<const xmlNode*> block_rows(const xmlNode* container);

/// Whether `n` may be a block table's container: a block element (not inline, as <b> or <span>, nor
/// skipped), not a part of a <table> (read as the table it belongs to) but for a cell, nor a <pre>,
/// with two child elements or more. Rows and the wrappers rows are read through are block elements.
bool may_hold_block_rows(const xmlNode* n);

/// The nodes of `container` whose text no row's cell holds: text beside its rows or a row's cells,
/// child elements with text that are no row. In document order.
std::vector<const xmlNode*> block_strays(const xmlNode* container);

/// A row of a block table placed under the columns of its title row.
struct block_placed {
  grid_row row;               ///< the cells and their columns (no spans: block cells span nothing)
  int cells = 0;              ///< the row's cells
  bool by_class = false;      ///< fewer cells than titles, placed by the classes they share with a title
  std::vector<int> missing;   ///< columns no cell of the row holds (fewer cells than titles)
};

class block_grid {
 public:
  /// `titles`: the title row; its columns are its cells, empty ones after the last title left out.
  explicit block_grid(const xmlNode* titles);

  /// The columns: the title row's cells.
  int width() const { return static_cast<int>(keys_.size()); }
  /// Places `row`'s cells: one a column from the left, or by class where the row has fewer cells
  /// than titles; cells past the last column keep their places (outside the titles' columns).
  block_placed place(const xmlNode* row) const;

 private:
  std::vector<std::vector<std::string>> keys_;  // per column: the classes no other title cell has
};

}  // namespace informe::detail
