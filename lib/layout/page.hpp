// The input of the layout engine: positioned words, page by page. Any reader that knows where its
// words stand feeds it: the PDF reader (poppler's text layer) and the text reader (characters of a
// `pdftotext -layout` grid). Internal.
//
// Coordinates are points (or any unit proportional to them) with the origin at the page's top-left
// corner, y growing downwards.
#pragma once

#include <string>
#include <vector>

namespace informe::detail::layout {

/// One word: a run of text with no space inside, as the producer or extractor split it.
struct word {
  std::string text;        ///< UTF-8
  double x0 = 0, y0 = 0;   ///< top-left corner of its box
  double x1 = 0, y1 = 0;   ///< bottom-right corner
  double size = 0;         ///< font size (0 when unknown)
  bool bold = false;       ///< its font's name says bold, black or heavy
  bool space_after = true; ///< the extractor saw a space after it
  int line = 0, column = 0; ///< where it stands in a text input (1-based); 0 in a PDF
  /// The width the word would take in a proportional font, when its box is only a character grid's
  /// (a text input); 0 when x1 - x0 is the real width (a PDF). Used to judge whether a word would
  /// have fitted at the end of the line above.
  double estimated_width = 0;
};

/// The words of one page.
struct page {
  int number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<word> words;
};

}  // namespace informe::detail::layout
