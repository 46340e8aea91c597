// On a text grid, where a row's first line runs two columns' texts together one blank apart, the
// cut between them at a capital. Internal.
#pragma once

#include <cstddef>

#include "layout/lines.hpp"

namespace informe::detail::layout {

/// Words [first - 1, end) of `l`, a row's first line (it starts with the row's number), run over the
/// column boundary at `boundary`, and the cut at the blank nearest it, before word `nearest`, puts a
/// word in lower case first in the next column. Each column's text starts its cell on that line, with
/// a capital: the cut is before the word with a capital after a word in lower case whose blank is
/// nearest the boundary within `reach` ("de marco La | matriz fue" -> "de marco | La matriz fue").
/// `nearest` where none is, or where the line is no row's first.
std::size_t row_start_cut(const line& l, std::size_t first, std::size_t nearest, std::size_t end, double boundary,
                          double reach);

}  // namespace informe::detail::layout
