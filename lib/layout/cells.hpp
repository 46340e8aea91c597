// Phase 6: a table cell's lines -> the grammar's fragments. Inside a cell: a vertical gap wider than
// the line spacing is a paragraph break; a line that starts with a bullet ("•", "-", ...) is a list
// item and its indented lines continue it; a line after one that would have fitted its first word is
// a (soft) paragraph break; otherwise lines join with a space (none after a hyphen or a slash ending
// a word, nor inside a word broken at the column's edge). Internal.
#pragma once

#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "grammar/input.hpp"
#include "layout/doubtful_joins.hpp"
#include "layout/text.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// The part of a line that falls in one column, decorations removed.
struct cell_line {
  cell_line() = default;
  /// A cell line whose text takes its memory from `text_memory` (a table's arena).
  explicit cell_line(std::pmr::memory_resource* text_memory) : text(text_memory) {}

  std::pmr::string text;
  double x0 = 0, x1 = 0, top = 0, size = 0;
  double first_width = 0;       ///< the first word (for "would it have fitted")
  double second_end = 0;        ///< right edge of the second word, relative to x0 (dash bullets)
  bool bullet = false;          ///< an unambiguous bullet led the line (removed from text)
  bool dash = false;            ///< a "-", "–" or "*" led the line (kept in text until decided)
  bool estimated = false;       ///< widths are estimates (a text grid), x1 and widths approximate
  /// A lone enumerator word ("a.", "2)") led the line, text after it (kept in text until decided,
  /// drawn_markers.hpp): its class, its right edge, where the text after it starts, and a word space
  /// (a text grid's character cell; 0 in a PDF).
  int enumerator = 0;
  double marker_x1 = 0, text_x = 0, space = 0;
  /// Of the advance from this column's previous line, the part taken by other columns' lines in
  /// between (a text grid gives every baseline its own row): not a vertical gap in this column.
  double interleaved = 0;
  source_position where;
  int page = 0;

  /// The cell label `text` starts with (grammar/labels.hpp's leading_label, in a cell): found on the
  /// first call and kept, as the table reader, the cell builder and the due date's search each ask
  /// it of a line. Whoever changes `text` after a call says so with text_changed().
  const std::optional<label_match>& leading_label() const;
  void text_changed() { label_known_ = false; }

 private:
  mutable std::optional<label_match> label_;  // leading_label()'s answer, while label_known_
  mutable bool label_known_ = false;
};

/// The cell line of words [from, to) of `l`; nullopt when nothing is left. Its text takes its memory
/// from `text_memory`, which must outlive it.
std::optional<cell_line> make_cell_line(const line& l, std::size_t from, std::size_t to, int page_number,
                                        std::pmr::memory_resource* text_memory = std::pmr::get_default_resource());

/// A list marker dropped from a line's text, and where it stood.
struct dropped_marker {
  source_position where;
  std::string text;
};

/// One column's lines (in reading order, `left` its left edge): those whose leading enumerator is a
/// list's drawn marker (drawn_markers.hpp) become bulleted lines, the marker dropped from their text
/// and appended to `dropped` (for the caller to record: the model's lists are unnumbered).
void take_drawn_markers(std::span<cell_line> lines, double left, std::vector<dropped_marker>& dropped);

/// Line spacing per font size, learnt from consecutive lines of the same cell.
class spacing {
 public:
  void sample(double size, double advance);
  void finish();
  /// The advance beyond which a new paragraph starts.
  double threshold(double size) const;
  /// The document sets its paragraphs apart: at this size, advances a little wider than a line
  /// (a paragraph's spacing, not a row's gap) occur again and again.
  bool spaces_paragraphs(double size) const;
  /// spaces_paragraphs at some size.
  bool spaces_any() const;
  /// On a text grid, a cell's line that ends a sentence and its next line that starts with a capital:
  /// `blank_between` when the grid has blank rows between them (a paragraph's spacing).
  void sample_grid_sentence_end(bool blank_between);
  /// On a text grid, the document sets its paragraphs apart: a line that ends a sentence and a capital
  /// after it stand over blank rows again and again, and far more often than on consecutive rows
  /// (tuning::grid_spaced_ratio; after finish()).
  bool grid_spaces_paragraphs() const { return grid_spaced_; }

 private:
  static int key(double size);
  // Per font size (key), in increasing key order: how often each advance (in quarter points) occurs,
  // in increasing advance order, and what finish() made of them. Flat vectors searched in place: a
  // document has a size or three and a size a few dozen advances, and a sample is taken per line.
  struct size_counts {
    int key = 0;
    std::vector<std::pair<int, int>> counts;  // (advance * 4, occurrences)
    bool finished = false;                    // mode and spaced are set
    double mode = 0;
    bool spaced = false;
  };
  const size_counts* find(int k) const;
  std::vector<size_counts> sizes_;
  int grid_apart_ = 0, grid_together_ = 0;  // sample_grid_sentence_end's counts
  bool grid_spaced_ = false;
};

/// Builds one grammar cell from its lines, page after page.
class cell_builder {
 public:
  /// `column_left`: the column's left edge on the line's page; `right_edge`: the column's right edge
  /// (its widest line); `wrap_bound`: the least right end a wrapped line's next word would have had
  /// on it, past the column's measure (0: unknown).
  void add(const cell_line& l, double column_left, double right_edge, const spacing& sp, double wrap_bound = 0);
  /// The vertical advance from the previous line of the cell to `l`, without interleaved rows.
  static double advance(const cell_line& previous, const cell_line& l) { return l.top - previous.top - l.interleaved; }
  /// Where the row's content starts on `page` (the top of its repeated number): a line of this cell
  /// lower than that at the top of the page starts a paragraph.
  void content_top(int page, double top);
  /// Where the row's other columns start on `page`, the row going on there: a line of this cell
  /// level with them at the page's top is no sign of a new paragraph (one lower is).
  void level_top(int page, double top);
  cell finish();
  bool empty() const { return last_ == nullptr; }
  /// The joins of this cell that may have been paragraph breaks (a PDF that does not set its
  /// paragraphs apart): the caller says so.
  const std::vector<doubtful_join>& doubtful_joins() const { return doubtful_; }

 private:
  void start(const cell_line& l, bool bullet = false, bool markerless = false);
  void join(std::string& into, const cell_line& l);
  void close_item();

  cell c_;
  const cell_line* last_ = nullptr;
  std::string text_end_;
  int top_page_ = -1;  // content_top's page, or -1
  double top_ = 0;
  int level_page_ = -1;  // level_top's page, or -1
  double level_top_ = 0;
  bool in_item_ = false;
  bool markerless_ = false;
  int item_lines_ = 0;
  std::string item_;
  double item_x0_ = 0;  // where the item's first line (its bullet) starts
  std::optional<double> list_margin_;  // on a text grid: where the lone label over a list starts
  int quote_depth_ = 0;  // curly quotations opened and not closed in the paragraph or item
  aside_dashes dashes_{0, false};  // the em dashes of the paragraph or item
  source_position item_at_;
  std::vector<doubtful_join> doubtful_;
};

/// A field that takes one value, never paragraphs or lists: the responsible office, the due date, the
/// status.
bool single_valued(field f);

/// A single-valued field's lines as one paragraph (a date, a status, an office's name: no paragraphs,
/// lists or words broken at the column's edge in a narrow column). A status is a known wording: where
/// the lines joined with blanks are none, a word broken at the column's edge without a hyphen may make
/// one ("Parcialmen" / "te" / "cumplido").
cell one_paragraph(const std::vector<const cell_line*>& lines, field f);

/// A cell read into the cell `into` as field `f`'s value, its label given as structure ("Plazo" over
/// "31-03-2010" in a column of its own, "Fecha de Vencimiento" in a ficha's label column: the due date
/// of the commitment's cell), as the grammar reads labels in cells (grammar/input.hpp's
/// fragment::kind::label). Nothing when `own` is empty.
void add_own_cell(cell& into, field f, const cell& own);

}  // namespace informe::detail::layout
