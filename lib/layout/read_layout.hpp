// The layout engine: positioned words -> the shared grammar's input (header lines, table rows).
// Knows nothing of PDF or text (tests feed it made-up words). Its phases, each in its own file:
//   lines.hpp        words -> lines
//   furniture.hpp    running headers and footers, page numbers, print headers (named rules)
//   columns.hpp      table headers -> column boundaries
//   header_block.hpp the block above the table -> header lines
//   rows.hpp         the table's lines -> rows (segments joined across pages)
//   cells.hpp        a cell's lines -> paragraphs and list items
// Where no table has the column titles: fichas.hpp (each commitment a label | value "ficha") or
// untitled_table.hpp (a table without its title row, its columns taken by place).
// Tuning constants live in tuning.hpp. Every line of the input goes to the report, or is recorded as
// furniture (an info diagnostic naming its rule), or is named in a warning. Internal.
#pragma once

#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::layout {

/// Feeds `builder` the header lines and table rows found in `pages`.
void read_layout(const std::vector<page>& pages, report_builder& builder, diagnostics& diags);

}  // namespace informe::detail::layout
