// The input of the layout engine: positioned words, page by page. Any reader that knows where its
// words stand feeds it: the PDF reader (poppler's text layer) and the text reader (characters of a
// `pdftotext -layout` grid). Internal.
//
// Coordinates are points (or any unit proportional to them) with the origin at the page's top-left
// corner, y growing downwards.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail::layout {

/// A word's text: a view that a temporary string cannot make (the view would dangle at once); a
/// string_view everywhere else.
class word_text : public std::string_view {
 public:
  constexpr word_text() = default;
  constexpr word_text(std::string_view v) : std::string_view(v) {}
  constexpr word_text(const char* s) : std::string_view(s) {}
  word_text(const std::string& s) : std::string_view(s) {}
  word_text(std::string&&) = delete;
};

/// One word: a run of text with no space inside, as the producer or extractor split it.
struct word {
  /// UTF-8, a view: into the text input (a text grid's words), into its page's own_text, or a literal.
  /// (A view, not a string of its own: a grid's words are most of a reading's memory, and made,
  /// copied and freed by the million.)
  word_text text;
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

  /// Keeps `text` for the page's words (a PDF's text, which no input holds as such) and returns a
  /// view of it, valid while the page or a copy of it lives.
  std::string_view own(std::string text) {
    if (!own_text_) own_text_ = std::make_shared<std::deque<std::string>>();
    return own_text_->emplace_back(std::move(text));
  }

 private:
  // Shared by copies of the page (their words view the same texts); a deque's strings stay in place.
  std::shared_ptr<std::deque<std::string>> own_text_;
};

}  // namespace informe::detail::layout
