// A table's titles over two rows, as merged cells leave them in a sheet: group titles ("Compromiso",
// its cell merged across two columns, so only the first holds it) above sub-titles ("Descripción",
// "Plazo"). Internal.
#pragma once

#include <optional>
#include <vector>

#include "readers/spreadsheet/workbook.hpp"
#include "shared/spreadsheet/layout.hpp"

namespace informe::detail::sheets {

/// What each column of a two-row title holds, by column index (nullopt: none), when `sub` (the row
/// below the title row `groups`) is a row of sub-titles: short text cells only, at least two of them,
/// at least one under a group title's span (a column whose cell in `groups` is empty) and at least one
/// naming a column of its own. A sub-title naming a column takes it ("Plazo", "Responsable"); the first
/// sub-title under a group that names none ("Descripción", "Avance") takes the group's column; a column
/// with no sub-title keeps its own title ("N°", merged down over both rows). nullopt when `sub` is no
/// such row (the table has one title row).
std::optional<std::vector<std::optional<column>>> two_row_titles(const sheet_row& groups, const sheet_row& sub,
                                                                 const vocabulary& words);

}  // namespace informe::detail::sheets
