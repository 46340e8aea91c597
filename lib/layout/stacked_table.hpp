// A commitments table printed as one column, cell after cell: a producer that cannot set a table's
// blocks side by side (LibreOffice printing a page whose table is made of floated <div>s; a
// linearised, "reflowed" print) prints the column titles one below the other ("N°" / "Recomendación"
// / "Compromiso" / "Cumplimiento"), then each row as its number on a line of its own and its cells'
// text in the titles' order, as wide as the page's text.
//
// The cells are told apart by their labels, as every report of the family prints them: the
// recommendation's cell ends with its "Organismo Responsable:" paragraph and the commitment's with
// its "Fecha de Vencimiento:" one; the compliance's holds the rest. A row that lacks such a label has
// its paragraphs split at a guess (the first stays, the next go one to each later column), and a line
// right below such a label's value that may be the value's or the next cell's is placed by its shape
// (a sentence, or one that runs on, is the next cell's): both with a warning. A row's number again
// is another commitment of its recommendation. The table is read only when the layout says it is
// one: its rows numbered in sequence on lines of their own from "1" right below the titles, every
// label in the columns' order, and its wrapped lines as wide as the text, or, in a PDF whose cells
// hardly wrap, every line at the table's left edge (a multi-column table's text extracted column
// after column, `pdftotext` without -layout, has narrow lines and labels out of order: not read
// here). Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/lines.hpp"
#include "layout/page.hpp"

namespace informe::detail::layout {

/// A line of the page list (`page` an index into the pages).
struct line_at {
  std::size_t page = 0;
  const line* l = nullptr;
};

/// One row of a stacked table: its number's line and its lines, each with the table column
/// (0 recommendation, 1 commitment, 2 compliance) it was given.
struct stacked_row {
  std::string number;
  bool same_recommendation = false;  ///< the row before's number again: another commitment of its recommendation
  line_at number_line;
  std::vector<std::pair<line_at, std::size_t>> lines;
  /// Where the cells were told apart at a guess (a label missing), and how: said when the table is read.
  std::vector<std::pair<line_at, std::string>> guesses;
};

/// A stacked table as found: its titles' lines and its rows.
struct stacked_table {
  std::size_t page = 0;  ///< where the first title's line is (index into the pages)
  std::size_t line = 0;  ///< ... (index into its page's lines)
  std::vector<line_at> titles;
  /// Bare numbers out of the row sequence, read as their row's text (a wrapped "2008."), where they
  /// stand apart from the text before them: said when the table is read.
  std::vector<line_at> stray_numbers;
  std::vector<stacked_row> rows;
  double left = 0, right = 0;  ///< the text's measure: where its lines start and end, at the widest
  /// Vertical gaps wider than the line spacing between lines of a row: paragraphs set apart.
  std::size_t paragraph_gaps = 0;
  /// Row numbers the furniture rules took for a page's number (the caller unmarks them).
  std::vector<line_at> numbers_on_furniture;
};

/// The stacked table of the pages (furniture already marked), where the layout says there is one
/// (see above); nullopt otherwise. Linear in the lines.
std::optional<stacked_table> find_stacked_table(const std::vector<std::vector<line>>& pages);

/// Feeds `builder` the table's rows (`page_numbers[p]` the number of page p), its guesses and stray
/// numbers as warnings. Returns true when its
/// cells set their paragraphs apart (cells.hpp's spacing::spaces_any).
bool read_stacked_table(const stacked_table& table, const std::vector<int>& page_numbers, report_builder& builder,
                        diagnostics& diags);

/// True when `pages` (a text's grid pages, grid_pages) hold a stacked table as find_stacked_table
/// finds it, their furniture marked first, and the text keeps its paragraphs' spacing (as many blank
/// rows between a row's lines as rows, at least): whether the layout engine can read a text laid out
/// without columns. (A text that keeps neither, `pdftotext` without -layout, cannot tell a cell's
/// paragraphs, its lists and the next cell apart.)
bool reads_as_stacked_table(const std::vector<page>& pages);

}  // namespace informe::detail::layout
