// Joins no spacing decided: in a PDF that does not set its paragraphs apart (a spreadsheet's cells
// with a line break between paragraphs, unspaced word-processor paragraphs), a line that ends a
// sentence and the next line that starts with a capital may be one paragraph or two. Cells and the
// header block join them and say so, with where. Internal.
#pragma once

#include <string>

#include "informe/diagnostics.hpp"

namespace informe::detail::layout {

/// A line ending a sentence joined to the next, which starts with a capital.
struct doubtful_join {
  source_position where;  ///< the second line
  std::string before;     ///< the first line's text
  std::string after;      ///< the second line's text
};

/// Warns (diagnostic_code::layout_inferred) that `j` was read as one paragraph and may be two.
void warn_doubtful_join(diagnostics& diags, const doubtful_join& j);

}  // namespace informe::detail::layout
