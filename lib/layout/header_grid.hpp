// A header block laid out as a grid of label/value pairs, two or more a row ("Ministerio: X
// Servicio: Y"). Internal.
#pragma once

#include <deque>
#include <vector>

#include "layout/header_block.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// Where a header label stands a wide gap right of another label's line (a second pair of the row),
/// each such pair column is cut off its lines and given, after the lines of its row's first pair, as
/// lines of their own at the first pair's places: "Servicio: Y" reads as a field line after
/// "Ministerio: X" and its wrapped lines. Lines are cut only at a wide gap where a pair column starts.
/// The cut lines and their moved words are kept in `lines` and `words`; `block` points to them.
void unfold_header_grid(std::vector<block_line>& block, std::deque<line>& lines, std::deque<word>& words);

/// A header laid across: a line of labels alone, two or more a wide gap apart ("Programa/Institución:
/// Ministerio: Servicio:"), with the values in the line(s) below, each starting under its label. Each
/// label with the value below it becomes a "Label: value" line of its own (its wrapped lines after it,
/// at the label's place), left to right. Where the line below is no such values' line (a value not
/// starting under its label: a -layout text that ran the values together), the labels stay alone, with
/// no value, and the line is returned (removed from `block`) for the caller to name as not read; unless
/// a "Ministerio:" label is among them and the line names a ministry: then the words before the name
/// go to the label before, those after to the label after, and the line is added to `split`, for the
/// caller to name as a guess. The cut lines and their moved words are kept in `lines` and `words`;
/// `block` points to them.
std::vector<block_line> unfold_header_across(std::vector<block_line>& block, std::deque<line>& lines,
                                             std::deque<word>& words, std::vector<block_line>& split);

}  // namespace informe::detail::layout
