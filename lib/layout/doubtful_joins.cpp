#include "layout/doubtful_joins.hpp"

#include <string_view>

#include "core/unicode.hpp"

namespace informe::detail::layout {

void warn_doubtful_join(diagnostics& diags, const doubtful_join& j) {
  // The last words of the line before: where the sentence ends.
  std::string_view end = j.before;
  if (end.size() > 40) {
    const std::size_t space = end.find(' ', character_start(end, end.size() - 40));
    if (space != std::string_view::npos) end.remove_prefix(space + 1);
  }
  if (j.what == doubtful_join::kind::word) {
    const std::string_view after = std::string_view(j.after).substr(0, j.after.find(' '));
    diags.warning(j.where,
                  "a word that fills its line at the column's edge (" + quote_for_message(j.before, 40) +
                      ") and the next line's first word (" + quote_for_message(after, 20) +
                      ") were read as two words; they may be one word broken at the edge",
                  diagnostic_code::layout_inferred);
    return;
  }
  if (j.what == doubtful_join::kind::item_split) {
    diags.warning(j.where,
                  "a list item whose bullet is not in the text (\"…" + std::string(end) +
                      "\") ends in lower case and the next line starts with a capital: read as two items; they "
                      "may be one: " +
                      quote_for_message(j.after, 40),
                  diagnostic_code::layout_inferred);
    return;
  }
  if (j.what == doubtful_join::kind::paragraph_split) {
    diags.warning(j.where,
                  "a line that ends a sentence (\"…" + std::string(end) +
                      "\") well short of the page's text edge, and the next, which starts with a capital, were read "
                      "as two paragraphs; in a box narrower than the page they may be one: " +
                      quote_for_message(j.after, 40),
                  diagnostic_code::layout_inferred);
    return;
  }
  if (j.what == doubtful_join::kind::item) {
    diags.warning(j.where,
                  "a list item whose bullet is not in the text (\"…" + std::string(end) +
                      "\") and the next line, which starts with a capital, were read as one item; they may be two: " +
                      quote_for_message(j.after, 40),
                  diagnostic_code::layout_inferred);
    return;
  }
  diags.warning(j.where,
                "a line that ends a sentence (\"…" + std::string(end) + "\") and the next, which starts with a capital, "
                    "were read as one paragraph; " +
                    std::string(j.across_pages ? "at the next page's top, where producers drop a paragraph's spacing, "
                                                 "nothing tells"
                                : j.on_grid ? "the text's grid keeps no paragraph spacing"
                                            : "this PDF does not set its paragraphs apart") +
                    ", so they may be two: " + quote_for_message(j.after, 40),
                diagnostic_code::layout_inferred);
}

}  // namespace informe::detail::layout
