// Phase 3: the commitments table's columns. A table header is a line whose word groups read
// "Recomendación | Compromiso | Cumplimiento" (grammar's is_column_header), optionally led by a
// number column ("N°"), with columns of their own for fields the cells usually label among or after
// them ("Plazo", "Fecha de Vencimiento": the due date; "Calificación": the status; grammar's
// match_column_title). Column boundaries are the middles of the widest least-covered gutters between
// the header's groups, measured on the words of the table's body lines. Internal.
#pragma once

#include <optional>
#include <vector>

#include "grammar/labels.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// The most cells a table row is read into: the three columns' and up to six columns of their own.
inline constexpr std::size_t max_cells = 9;

/// Where a table header's column titles are.
struct header_columns {
  bool number = false;            ///< a number column left of "Recomendación"
  std::vector<word_group> groups; ///< [number,] recommendation, commitment, compliance (and columns of their own)
  /// Per group, where the header has columns of their own (else empty): the field such a column
  /// holds ("Plazo": field::due), field::none for the number column and the three columns.
  std::vector<field> holds;
  bool glued = false;  ///< a title's pieces over two lines were joined inside a word ("RECOMENDACI" / "ÓN")
};

/// The header's columns; nullopt when the line is not a table header.
std::optional<header_columns> match_table_header(const line& l);
/// The same for a header set over adjacent lines `band` (top to bottom): titles at different heights
/// (centred in a taller header cell) or with a note below ("Compromiso" / "(Fecha de vencimiento)").
/// A title's pieces are the groups that stand over one another; the band holds nothing else.
std::optional<header_columns> match_table_header(const std::vector<const line*>& band);
/// The same with each band line's word_groups given (`groups[k]` those of `band[k]`): a caller
/// trying many bands over the same lines groups each line once.
std::optional<header_columns> match_table_header(const std::vector<const line*>& band,
                                                 const std::vector<const std::vector<word_group>*>& groups);

/// Column boundaries of a table.
struct columns {
  bool number = false;
  std::vector<double> bounds;  ///< x where column i+1 starts (size = column count - 1)
  std::vector<field> holds;    ///< per column, as header_columns::holds (empty: no column of its own)
  std::size_t count() const { return bounds.size() + 1; }
  /// The column a word starting at `x0` falls in.
  std::size_t of(double x0) const {
    std::size_t c = 0;
    while (c < bounds.size() && x0 >= bounds[c]) ++c;
    return c;
  }
  /// The cell column `physical`'s text goes to: 0, 1, 2 the recommendation, commitment and
  /// compliance (the number column's text: 0); from 3 on, the columns of their own, left to right.
  std::size_t cell_of(std::size_t physical) const;
  /// The field cell `c` holds: field::none for the three columns' cells.
  field field_of_cell(std::size_t c) const;
  /// What column `physical` holds, as `holds` (field::none for the number and the three columns).
  field holds_at(std::size_t physical) const { return physical < holds.size() ? holds[physical] : field::none; }
  /// The table column (0 recommendation, 1 commitment, 2 compliance) column `physical`'s text
  /// belongs in: a column of its own's is its field's (grammar's table_column_of).
  std::size_t table_column(std::size_t physical) const;
};

/// A line that holds only a wrapped piece of the number column's title ("N" above the header line,
/// "°" below it, as a narrow column wraps "N°").
bool is_number_title_piece(const line& l);

/// The boundaries between the header's groups, from the gutters of `body`. When the header shows no
/// number column but the body has one (its title wrapped away, or none printed), it is found from
/// the body: bare numbers at the left, in a band no other word enters.
columns columns_of(const header_columns& h, const std::vector<const line*>& body);

/// A line with a word over a column boundary.
bool straddles_columns(const line& l, const columns& cols);
/// On a text grid: how often the boundaries cut the body's lines inside a word, or between two words
/// one blank apart (a run of text); how well columns fit a page, to compare two candidates.
std::size_t grid_cuts(const std::vector<const line*>& body, const columns& cols);
/// A line whose words run across a column boundary (a paragraph below the table, a footer).
bool crosses_columns(const line& l, const columns& cols);

}  // namespace informe::detail::layout
