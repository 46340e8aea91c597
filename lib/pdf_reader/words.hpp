// The text layer of a PDF as positioned words, page by page. Internal to the PDF reader.
//
// Coordinates are points with the origin at the page's top-left corner, y growing downwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"

namespace informe::detail::pdfin {

/// One word of the text layer, as poppler splits it (at spaces and font changes).
struct word {
  std::string text;        ///< UTF-8
  double x0 = 0, y0 = 0;   ///< top-left corner of its box
  double x1 = 0, y1 = 0;   ///< bottom-right corner
  double size = 0;         ///< font size in points (0 when unknown)
  bool bold = false;       ///< its font's name says bold, black or heavy
  bool space_after = true; ///< poppler saw a space after it
};

/// The words of one page.
struct page {
  int number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<word> words;
};

/// The words of every page of `pdf` through poppler-cpp (loaded from memory, never printing).
/// Throws informe::error for an input poppler cannot open (damaged, truncated, not a PDF) and for an
/// encrypted PDF that needs a password. Messages poppler emits go to `diags` as warnings (a few).
std::vector<page> extract_words(std::string_view pdf, diagnostics& diags);

}  // namespace informe::detail::pdfin
