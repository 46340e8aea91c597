// The text of a legacy page's cell outside <li>, line by line, as grammar fragments: a single <br>
// is a space, two or more and block edges are paragraph breaks, and lists typed by hand are lists
// (layout/typed_list.hpp): a line that starts with a typed marker ("• ", "- ", "– "; "o " after an
// item) is an item; it runs on into the next line when it has not ended and that line starts in
// lower case; items one to a line, a paragraph or set apart by blank lines are one list. Internal
// to the HTML reader.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/input.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

/// The rule under which a typed sub-item's marker "o" (a word) is recorded as furniture.
inline constexpr std::string_view sub_item_marker_rule = "marker of a typed list's sub-item (\"o \")";

class typed_lines {
 public:
  /// Fragments go to `into`. `typed_lists` false: no typed lists (this library's own markup, whose
  /// lists are <ul>). `diags`: where a sub-item's "o" is recorded (none: not recorded).
  typed_lines(cell& into, bool typed_lists, diagnostics* diags) : into_(into), typed_lists_(typed_lists), diags_(diags) {}

  /// A text node's text.
  void text(std::string_view t, source_position at);
  /// A <br>.
  void line_break(source_position at);
  /// A block's edge or a list's: a paragraph break (`forced`: never joined by the grammar).
  void paragraph_break(source_position at, bool forced);
  /// Before a <li> (whose text the caller reads): the open line ends, no break.
  void end_line();
  /// After a </li>: a new line starts.
  void new_line();
  /// At the content's end.
  void finish() { end_line(); }

 private:
  void line_text(std::string_view t, source_position at);
  void start_item(std::string_view t, source_position at);
  void close_item();
  void flush_pending();
  std::optional<std::string_view> previous_item() const;

  cell& into_;
  bool typed_lists_;
  diagnostics* diags_;
  int brs_ = 0;             // <br> since the last non-blank text
  bool line_start_ = true;  // no text yet since the content's start, a block's edge or a <br>
  bool typed_ = false;      // a typed item is open, its text in item_
  std::string item_;
  source_position item_at_;
  std::size_t list_end_ = 0;  // fragments up to the last typed item (0: none yet)
  std::string pending_;       // a line's "-" or "o" alone in its text node, until its next text
  source_position pending_at_;
};

}  // namespace informe::detail
