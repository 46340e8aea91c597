// A column of text beside the report's header block, left of it: a site's menu printed with the page
// (a legacy page laid out in a table, the menu in its left cell). Internal.
#pragma once

#include <deque>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/header_block.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// Where the header block's title or labels stand a wide gap right of other words on their lines,
/// on two lines or more, and no title or label starts further left, the words left of them on every
/// line of the block are not the report's: they are cut off the lines (the cut lines are kept in
/// `storage`, and `block` points to them) and named in one warning per line.
void cut_side_column(std::vector<block_line>& block, std::deque<line>& storage, diagnostics& diags);

}  // namespace informe::detail::layout
