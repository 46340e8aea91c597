// A commitments table printed without its title row (a word processor's table whose header row was
// left out): a number column of rows 1, 2, 3 ... then the recommendation, the commitment and the
// compliance, whose cells hold labelled fragments ("Organismo Responsable:", "Fecha de
// Vencimiento:", "Calificación:", "Medios de Verificación:"). With no titles to name them, its
// columns are taken by place, in the order every report prints them: the table's first row gives
// where they stand, as a header's titles would, and a warning says so. Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "layout/columns.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// Where an untitled table starts and the columns its first row stands for.
struct untitled_table {
  std::size_t page = 0;  ///< index into the pages
  std::size_t line = 0;  ///< its first row's first line, index into the page's lines
  header_columns columns;  ///< number, recommendation, commitment, compliance: where the first row's texts are
};

/// The first untitled table of the pages: a line that starts with row number 1 and then holds three
/// texts set apart by gutters (four word groups in all), a line starting with row number 2 below it
/// at the same place, and a cell label with its colon on the lines between. nullopt when there is
/// none. Skipped lines (furniture, table headers) are passed over. Linear in the lines.
std::optional<untitled_table> find_untitled_table(const std::vector<std::vector<line>>& pages);

/// True when `text` (a `pdftotext -layout` text) holds such a table laid out by spaces: a line "1",
/// then three texts each after two blanks or more; a cell label with its colon below it; then a line
/// "2" at the same place, with text after two blanks or more.
bool has_spaced_untitled_table(std::string_view text);

}  // namespace informe::detail::layout
