// Line breaks inside a cell's paragraph: an analyst who separates paragraphs by an empty line (Alt+Enter
// twice) uses a single Alt+Enter only to break a line inside a paragraph. Internal.
#pragma once

#include <string>
#include <string_view>

#include "readers/spreadsheet/workbook.hpp"

namespace informe::detail::sheets {

/// True when some text cell of the workbook separates two paragraphs by an empty line: an empty line
/// with a line of text before and after it, not both list items (informe's own sheets leave an empty
/// line only between two lists, and write a paragraph a line).
bool paragraphs_by_empty_lines(const workbook& book);

/// The text of a cell in such a workbook with each single line break inside a paragraph or list item made
/// a space: a line that is not empty and does not start a list item goes on the line before it, unless
/// an empty line is between them. Empty lines and item lines are kept, so decode_rich reads the result.
std::string join_soft_breaks(std::string_view text);

}  // namespace informe::detail::sheets
