// The PDF writer's layout engine: text measurement through an interface, line breaking, boxes,
// table rows that split across pages, pagination. Knows nothing of PoDoFo. Internal.
//
// Coordinates are points with the origin at the page's top-left corner, y growing downwards;
// a text's y is its baseline.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/unicode.hpp"

namespace informe::detail::pdf {

/// The three faces a report uses.
enum class face : std::uint8_t { regular, bold, italic };
inline constexpr int face_count = 3;

struct colour {
  double r = 0, g = 0, b = 0;
  bool operator==(const colour&) const = default;
};

/// Glyph metrics of the three faces. Widths and heights in thousandths of an em.
class text_measurer {
 public:
  virtual ~text_measurer() = default;
  /// The advance of `c` in face `f`; 0 for a character no font holds.
  virtual double advance(face f, char32_t c) const = 0;
  /// Whether some font of face `f` (the face itself or its fallback) can draw `c`.
  virtual bool has_glyph(face f, char32_t c) const = 0;
  /// Ascent above the baseline.
  virtual double ascent(face f) const = 0;
};

/// Word widths (at 1000 pt) cached by face and text: re-measuring is what dominates big reports.
class width_cache {
 public:
  explicit width_cache(const text_measurer& m) : measurer_(m) {}
  /// The width of `utf8` at `size` points.
  double width(face f, std::string_view utf8, double size);
  const text_measurer& measurer() const { return measurer_; }

 private:
  struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const text_measurer& measurer_;
  std::unordered_map<std::string, double, string_hash, std::equal_to<>> cache_[face_count];
};

// ---- Drawing operations (the layout's output) ----

struct text_op {
  face f = face::regular;
  double size = 10;
  colour c;
  double x = 0, y = 0;  ///< baseline start
  std::string text;
  int tag = -1;  ///< the structure node the text belongs to; -1: an artifact (page furniture, repeats)
};
struct rule_op {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5;
  colour c;
};
struct fill_op {
  double x = 0, y = 0, w = 0, h = 0;  ///< top-left corner and size
  colour c;
};

struct page_ops {
  std::vector<fill_op> fills;
  std::vector<rule_op> rules;
  std::vector<text_op> texts;
};

// ---- Structure (tagged PDF) ----

/// A structure element (ISO 32000-1 14.8.4: Document, H1, P, Table, TR, TH, TD, L, LI, Lbl, LBody...).
struct struct_node {
  std::string type;
  int parent = -1;    ///< index of the parent node; -1 for the root
  std::string scope;  ///< TH only: "Column" or "Row"
};

/// The structure tree in reading order: node 0 is the root; a node comes after its parent, and
/// siblings in the order they are read.
struct structure {
  std::vector<struct_node> nodes;
  /// Appends a node under `parent` and returns its index.
  int add(std::string type, int parent, std::string scope = {}) {
    nodes.push_back(struct_node{std::move(type), parent, std::move(scope)});
    return static_cast<int>(nodes.size()) - 1;
  }
};

struct bookmark {
  std::string title;
  int page = 0;  ///< 0-based
  double y = 0;
};

// ---- Text ----

/// A run of text in one face and colour, before line breaking.
struct span {
  face f = face::regular;
  colour c;
  std::string text;
  int tag = -1;  ///< structure node (see text_op::tag)
  std::optional<colour> background = std::nullopt;  ///< a tint behind the text (a status word)
};

/// A run placed on a line; x is relative to the line's start.
struct placed_run {
  face f = face::regular;
  colour c;
  double x = 0;
  std::string text;
  int tag = -1;
  double width = 0;                                 ///< the run's advance
  std::optional<colour> background = std::nullopt;  ///< see span::background
};

struct line {
  std::vector<placed_run> runs;
  double width = 0;
  /// The line broke at a space, which it does not draw; text extraction needs it between this line's
  /// last word and the next line's first (the structure tree's text runs lines together).
  bool space_after = false;
};

/// Breaks styled text into lines of at most `max_width` points at `size` points, at the break
/// opportunities of ICU's line BreakIterator (locale "es"), on real glyph widths. The text is
/// NFC-normalised first. A word wider than a line is broken between characters.
class line_breaker {
 public:
  explicit line_breaker(width_cache& widths);
  ~line_breaker();
  line_breaker(const line_breaker&) = delete;
  line_breaker& operator=(const line_breaker&) = delete;

  std::vector<line> break_lines(const std::vector<span>& spans, double size, double max_width);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// ---- Boxes ----

enum class align : std::uint8_t { left, centre, right };

/// One line of a box: its runs, the height it takes (leading), and extra space above it.
struct line_box {
  line content;
  double size = 10;
  double height = 12;       ///< leading
  double ascent = 9;        ///< baseline below the top of the line (after space_before)
  double space_before = 0;  ///< kept at the top of a continued fragment too: it marks a paragraph start
  double indent = 0;
  align alignment = align::left;
};

/// A vertical stack of lines: a paragraph sequence, a table cell's content.
struct text_box {
  std::vector<line_box> lines;
  /// Height of lines [from, to), with the space before each (none before the box's first line).
  double height(std::size_t from, std::size_t to) const;
  double height() const { return height(0, lines.size()); }
  /// Draws lines [from, to) from (x, y) top-left within `width` into `out`; as artifacts (untagged
  /// text: a repeated table header, a repeated row number) when `artifact`.
  void draw(std::size_t from, std::size_t to, double x, double y, double width, page_ops& out,
            bool artifact = false) const;
};

/// Builds text boxes from paragraphs and lists.
class box_builder {
 public:
  box_builder(line_breaker& breaker, const text_measurer& m, double line_height)
      : breaker_(breaker), measurer_(m), line_height_(line_height) {}

  /// Appends a paragraph of `spans` broken to `width`.
  void paragraph(text_box& box, const std::vector<span>& spans, double size, double width,
                 double space_before, align a = align::left);
  /// Appends a bulleted item: `bullet` hangs at the left, the text is indented by `indent`.
  void bullet_item(text_box& box, const std::vector<span>& spans, const span& bullet, double size,
                   double width, double indent, double space_before);

 private:
  line_breaker& breaker_;
  const text_measurer& measurer_;
  double line_height_;
};

// ---- Table and pagination ----

struct table_style {
  std::vector<double> widths;  ///< column widths in points, first is the number column
  double padding = 4;
  double rule_width = 0.5;
  colour rule;
  colour header_fill;
  colour number_fill;
  colour continued_colour;
  double continued_size = 7.5;
  std::string continued_text = "(continúa)";
  double continued_height = 10;
  double continued_width = 30;  ///< measured width of continued_text
};

/// One table row: a box per column.
struct table_row {
  std::vector<text_box> cells;
  std::string bookmark;  ///< outline entry, empty for none
  /// Columns whose box is repeated on each fragment of a split row (the number column).
  std::vector<bool> repeat_on_continuation;
};

/// The page frame and what goes on every page.
struct page_frame {
  double width = 595.276, height = 841.89;
  double top = 56, bottom = 50, left = 42, right = 42;  ///< margins
  double content_width() const { return width - left - right; }
  double content_bottom() const { return height - bottom; }
};

/// Statistics of a layout, for tests.
struct layout_stats {
  int split_rows = 0;        ///< row fragments that end with "(continúa)"
  int header_rows = 0;       ///< table header rows drawn
  int min_lines_at_split = 1000;  ///< fewest lines of a split cell on either side (1000: no split)
};

/// Lays out a flow of blocks followed by a table with a repeated header row, page by page.
class paginator {
 public:
  paginator(page_frame frame, table_style style) : frame_(frame), style_(std::move(style)) {}

  /// A block that must not be split (title, header block, summary); `space_after` below it.
  void add_block(const text_box& box, double space_after);
  /// A block drawn by a callback: `height` points tall; `draw(x, y, out)` at its top-left corner.
  void add_custom(double height, double space_after,
                  const std::function<void(double, double, page_ops&)>& draw);
  /// A label beside a text box (the header block's fields): the text splits across pages at line
  /// boundaries when it does not fit; a rule of `rule_width` under each fragment.
  void add_labelled(const text_box& label, double label_width, const text_box& value, double space_after,
                    colour rule, double rule_width);
  /// Lays out the table: header row, then rows, splitting rows at line boundaries.
  void add_table(const table_row& header, const std::vector<table_row>& rows);

  std::vector<page_ops>& pages() { return pages_; }
  const std::vector<bookmark>& bookmarks() const { return bookmarks_; }
  const layout_stats& stats() const { return stats_; }

 private:
  page_ops& current();
  void new_page();
  double remaining() const { return frame_.content_bottom() - y_; }
  double draw_row_fragment(const table_row& row, const std::vector<std::size_t>& from,
                           const std::vector<std::size_t>& to, bool continued_mark, bool first_fragment,
                           double y);

  page_frame frame_;
  table_style style_;
  std::vector<page_ops> pages_;
  std::vector<bookmark> bookmarks_;
  layout_stats stats_;
  double y_ = 0;
};

/// UTF-8 decoding helper: the code points of `s` (invalid bytes become U+FFFD).
std::u32string decode_utf8(std::string_view s);

}  // namespace informe::detail::pdf
