// Phase 4b: which of the table's columns a page's text stands in, when the page goes on with the table
// without a header row and one of its columns holds nothing there (the row's cell of that column ended
// on the page before). `pdftotext -layout` starts each page's text at the left margin, so the columns
// that remain stand where others stood ("Vencimiento: Dic." of the commitment at column 0, where the
// recommendation was). Positions cannot tell; the text can: a cell label belongs in one column
// ("Calificación:" in the compliance), a label wrapped over the page break joins the cell it started in
// ("Fecha de" | "Vencimiento:"), and a line in lower case goes on with an unfinished cell. Internal.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "layout/columns.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// The columns a continued page is read with.
struct page_fit {
  columns cols;            ///< the columns to read the page with
  bool moved = false;      ///< the page's text columns were moved to other table columns than measured
  bool ambiguous = false;  ///< another placement of the text columns is as likely as the one chosen
};

/// Fits the page's text columns to the table's columns. `measured`: the columns measured or carried for
/// the page; `body`: the page's table lines above any header row; `tails`: per table column
/// (recommendation, commitment, compliance), the last line of the row going on from the page before
/// (empty when that cell had nothing there); `ended`: per table column, the row's cell has text and
/// stopped above the foot of the page before (its column did not run to the page's last table line), so
/// it does not go on here; `last_number`: the last row's number (empty: none read). A page whose
/// columns all hold text, or whose number column holds the next row's number, is left as measured.
page_fit fit_page_columns(const columns& measured, const std::vector<const line*>& body,
                          const std::array<std::string, 3>& tails, const std::array<bool, 3>& ended = {},
                          const std::string& last_number = {});

/// The columns of a page's lines above its first new row that a browser re-flowed: the floated cells
/// of a row broken over the page (a table made of <div>s) that go on there are set from the page's
/// left, each as wide as its own cell, across the table's columns. The lines' runs of words start at a
/// few places (blocks); they are some of the row's cells, in order: the one placement where none is a
/// cell that ended on the page before (`ended`, per table column) and every run that starts with a
/// cell label is in that label's column; of several, the one that puts no block on a cell whose last
/// line on the page before (`tails`, as fit_page_columns') ended a sentence. Nullopt when none or
/// several fit, or when the table has columns of its own.
struct reflow {
  columns cols;  ///< the columns the lines are read with
  /// Per table column (recommendation, commitment, compliance), where its block starts (none: no
  /// block): its lines stand that far from where the column's text stands on the pages around.
  std::array<std::optional<double>, 3> block_left{};
};
std::optional<reflow> reflowed_columns(const columns& measured, const std::vector<const line*>& lines,
                                       const std::array<bool, 3>& ended, const std::array<std::string, 3>& tails = {});

}  // namespace informe::detail::layout
