// Enumerators ("a.", "b)", "3.", "iv.") a producer drew as a list's markers (a browser's
// <ol type="a">, Word's lettered numbering), told by the layout from enumerators typed at a
// paragraph's start ("1) un puntaje ..."), which are the paragraph's text. Internal.
//
// A drawn marker hangs in the list's margin: the item's wrapped lines start where its text starts,
// right of the marker (a hanging indent), while a typed one's paragraph wraps back under it. An item
// of one line shows no wrapped line; its siblings tell: a run of such lines (markers of one kind
// counting up, level at their left or right edge, their texts level) is a list where the markers also stand
// apart from the text (wider than a space: Word's tab, wkhtmltopdf's marker box) or hang in an
// indent from the column's edge (a browser's list padding). A run of typed ones at the margin, a
// space after each marker, is paragraphs.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace informe::detail::layout {

/// A line of a column or a block as the drawn-marker test sees it.
struct enumerated_line {
  double x0 = 0;              ///< where the line starts (at its marker, when it has one)
  int page = 0;
  bool estimated = false;     ///< a text grid's line (positions are character cells)
  double size = 0;            ///< font size
  double space = 0;           ///< a word space on the line (a text grid's character cell)
  int enumerator = 0;         ///< enumerator_class of its first word, 0 when none (or nothing follows it)
  int ordinal = 0;            ///< its place in a list (enumerator_ordinal)
  int roman = 0;              ///< ... read as a roman numeral, 0 when it is none ("i." may be either)
  double marker_x1 = 0;       ///< the marker word's right edge
  double text_x = 0;          ///< where the word after the marker starts
  double left = 0;            ///< the left edge of the column or of the text the line follows
  double indent = 0;          ///< how far right of `left` a line starts a list item (the caller's measure)
};

/// The class of a lone enumerator word ("a.", "b)", "12.", "iv."): letters and roman numerals, or
/// digits, times its closing punctuation; 0 when `w` is none.
int enumerator_class(std::string_view w);
/// An enumerator word's place in its list: "c." 3, "12." 12, "iv." 4 (as a letter, "i." is 9).
int enumerator_ordinal(std::string_view w);
/// An enumerator word's value as a roman numeral ("i." 1, "iv." 4), 0 when it is none ("c.").
int enumerator_roman(std::string_view w);

/// Which of `lines` (one column's or block's, in reading order) start with a drawn list marker.
std::vector<bool> drawn_enumerators(std::span<const enumerated_line> lines);

}  // namespace informe::detail::layout
