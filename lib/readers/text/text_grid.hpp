// Text laid out in columns by spaces (`pdftotext -layout`, or any fixed-width print of a report) as
// positioned words for the layout engine: each character stands in one cell of a grid (its column is
// its code point index on the line, its row the line's number on the page), and form feeds separate
// pages. The layout engine then finds columns, rows and furniture as it does in a PDF. Internal.
#pragma once

#include <string_view>
#include <vector>

#include "layout/page.hpp"

namespace informe::detail {

/// The grid's metrics in the engine's units: a character cell is half an em wide (a fixed-width font),
/// a line 1.2 em high.
namespace text_grid {
inline constexpr double font_size = 10;
inline constexpr double char_width = 5;
inline constexpr double line_height = 12;
}  // namespace text_grid

/// The pages of `text` (UTF-8), its words placed on the grid, with their file line and column. The
/// words' texts are views of `text`: it must outlive the pages.
std::vector<layout::page> grid_pages(std::string_view text);

/// True when some line of `text` is a table header laid out by spaces: at least two of
/// "Recomendación", "Compromiso", "Cumplimiento" as runs separated by two spaces or more.
bool has_spaced_table_header(std::string_view text);

}  // namespace informe::detail
