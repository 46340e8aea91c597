// A table's column titles over two rows, as a spreadsheet's merged cells print them: group titles
// ("Recomendación | Compromiso | Cumplimiento", each centred over its columns; "N°" merged down over
// both rows) above a row of sub-titles ("Descripción", "Responsable" | "Descripción", "Plazo" |
// "Avance", "Observaciones", "Calificación", "Medios de Verificación"). The spreadsheet reader reads
// the same shape from cells (readers/spreadsheet/two_row_head.hpp); here it is read from positions.
// Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/columns.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// A header read with its sub-titles.
struct two_row_header {
  header_columns head;  ///< one group per sub-title (and the number column's), holds per group
  /// The sub-titles that name no column and take their group's ("Descripción" under "Compromiso"):
  /// the sub-title's group in `sub`'s word_groups and the title above it.
  struct inferred {
    word_group sub_title;
    std::string group_title;
  };
  std::vector<inferred> read_as_group;
  /// The line below the sub-titles held only the ends of sub-titles broken at a column's edge (its words
  /// are the header's).
  bool below_glued = false;
};

/// `groups` (a header found on one line or band: the three columns' titles, perhaps the number
/// column's) with `sub`, the line below it, read as its sub-titles: short groups only, none a title
/// of the three columns, at least one naming a column of its own (match_column_title: it takes
/// that column) and, left to right, one naming none under each of the three titles (it takes that
/// title's column: the first under "Recomendación" lies left of "Compromiso", and so on). nullopt
/// when `sub` is no such row, or `groups` has columns of its own already.
/// Titles merged down over both rows (no sub-title under their words) may stand beside titles over
/// sub-titles: then one sub-title naming none under each of the others. `below`, the line close below
/// `sub` if any, may hold the ends of sub-titles broken inside a word at a narrow column's edge
/// ("Calificaci" over "ón"): each a piece starting in lower case under a sub-title that with it names a
/// column; when it holds only such ends they are read with their sub-titles (`below_glued`).
std::optional<two_row_header> two_row_titles(const header_columns& groups, const line& sub,
                                             const line* below = nullptr);

/// On one page's lines, each header (`headers[i]`: the header whose band starts at line i) with
/// a row of sub-titles below its lines (past its band's lines and the number column's title's
/// pieces, no farther than a header band's lines are apart) takes them (two_row_titles): the row is
/// the header's furniture, and each sub-title read as the title above it is named in an info
/// (diagnostic_code::layout_inferred).
void read_sub_titles(std::vector<line>& ls, std::vector<std::optional<header_columns>>& headers, int page_number,
                     diagnostics& diags);

}  // namespace informe::detail::layout
