// Joins no spacing decided: in a PDF that does not set its paragraphs apart (a spreadsheet's cells
// with a line break between paragraphs, unspaced word-processor paragraphs), a line that ends a
// sentence and the next line that starts with a capital may be one paragraph or two. Cells and the
// header block join them and say so, with where. Internal.
#pragma once

#include <string>

#include "informe/diagnostics.hpp"

namespace informe::detail::layout {

/// A line joined to the next, which starts with a capital, where nothing on the page tells whether
/// they are one paragraph (or list item) or two; or a word at a column's edge and the next line's
/// first word, which may be one word.
struct doubtful_join {
  enum class kind {
    paragraph,  ///< the first line ends a sentence
    paragraph_split,  ///< the same, read as two paragraphs: the first line ends short of the page's
                      ///< text edge only (a header value), which a narrower box would not show
    item,       ///< the first line ends a list item known only by its indent, not as items end
    item_split, ///< the same, read as two items: the first line ends in a word in lower case, the next
                ///< starts with a capital (which may be a wrapped item's name)
    word,       ///< the first line is one word at the column's edge, the second starts with a function word:
                ///< read as two words, which may be one word broken at the edge
  };
  source_position where;  ///< the second line
  std::string before;     ///< the first line's text
  std::string after;      ///< the second line's text
  bool on_grid = false;   ///< the lines stand on a text grid (`pdftotext -layout`), not in a PDF
  kind what = kind::paragraph;
  bool across_pages = false;  ///< the second line starts the next page, level with the row's other columns
};

/// Warns (diagnostic_code::layout_inferred) that `j` was read as one paragraph (item) and may be two.
void warn_doubtful_join(diagnostics& diags, const doubtful_join& j);

}  // namespace informe::detail::layout
