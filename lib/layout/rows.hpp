// Phase 5: the table's lines -> rows. Each line's words go to their columns. A row starts at a number
// in the number column (4-column tables; "4", "1.2", a sub-number wrapped after its period "1." /
// "2"), or at "N." (a sub-number "1.2" that follows the row before) at the left of the first column
// (3-column tables) when the layout shows a row boundary there: after a paragraph end or a vertical gap, or
// where the other columns start new cells on the same line. A number that breaks the row sequence
// ("2004." wrapped at a line start) starts a row only when the layout shows both, and then with a
// warning. Lines above the first row start of a page continue the previous row; "(continúa)" marks a
// row that goes on after the page break (its number, printed again, does not start a new row).
// Segments of one row on successive pages are joined and handed to the grammar as one table row
// with its number as structure. A column of its own for a field the cells usually label ("Plazo",
// "Calificación": columns.hpp) is a cell of its own here, handed in its table column's cell as that
// field's labelled value, a single-valued field's lines as one paragraph. Internal.
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/cells.hpp"
#include "layout/columns.hpp"
#include "layout/grid_rivers.hpp"
#include "layout/page_columns.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

/// On a text grid, where each column's lines start now: the leftmost of the column's last 40 line
/// starts (indented list items start to the right; an extractor shifts a column sideways).
class grid_lefts {
 public:
  grid_lefts() = default;
  explicit grid_lefts(std::size_t columns) : recent_(columns), least_(columns, 0), least_known_(columns, 1) {
    for (auto& r : recent_) r.reserve(window);  // once, not grown step by step on every page
  }
  std::size_t size() const { return recent_.size(); }
  /// A line of column `c` starts at `x`.
  void starts(std::size_t c, double x) {
    if (c >= recent_.size()) return;  // no columns tracked (a header with no measured lines)
    auto& r = recent_[c];
    // The least start is kept as starts come and go; looked for again only when it may have left.
    bool least_left = r.empty();
    if (r.size() == window) {
      least_left = least_left || r.front() == least_[c];
      r.erase(r.begin());
    }
    r.push_back(x);
    if (least_left || !least_known_[c]) {
      least_known_[c] = 0;
    } else {
      least_[c] = std::min(least_[c], x);
    }
  }
  /// Column `c`'s lines start at `x` from now on (a page measured ahead).
  void reset(std::size_t c, double x) {
    recent_[c].assign(1, x);
    least_[c] = x;
    least_known_[c] = 1;
  }
  bool empty(std::size_t c) const { return c >= recent_.size() || recent_[c].empty(); }
  /// Where column `c`'s lines start (0 when none was seen).
  double at(std::size_t c) const {
    if (c >= recent_.size()) return 0;
    if (!least_known_[c]) {
      const auto& r = recent_[c];
      least_[c] = r.empty() ? 0 : *std::min_element(r.begin(), r.end());
      least_known_[c] = 1;
    }
    return least_[c];
  }
  /// This line's text of column `c` starts at `x` (its first part, if several).
  void on_line(std::size_t c, double x) {
    if (current_.size() < recent_.size()) current_.resize(recent_.size());
    if (c < current_.size() && !current_[c]) current_[c] = x;
  }
  /// This line's text of column `c` reaches `x` (its last part, if several).
  void ends_at(std::size_t c, double x) {
    if (current_end_.size() < recent_.size()) current_end_.resize(recent_.size());
    if (c < current_end_.size()) current_end_[c] = std::max(current_end_[c].value_or(x), x);
  }
  /// The line (its top at `top`) is done: it becomes the line above.
  void next_line(double top) {
    std::swap(above_, current_);  // the old line above's storage is reused for the next line
    std::swap(above_end_, current_end_);
    above_top_ = top;
    current_.assign(recent_.size(), std::nullopt);
    current_end_.assign(recent_.size(), std::nullopt);
  }
  /// The line above is `l`'s neighbour on the grid (no blank line between).
  bool above_adjacent(const line& l) const {
    const double advance = l.top - above_top_;  // negative on a new page
    return advance > 0 && advance <= tuning::grid_block_advance * std::max(l.size, 1.0);
  }
  /// Where the line above started column `c`'s text, if it had any.
  std::optional<double> above(std::size_t c) const { return c < above_.size() ? above_[c] : std::nullopt; }
  /// Where the line above's text of column `c` ended, if it had any.
  std::optional<double> above_end(std::size_t c) const { return c < above_end_.size() ? above_end_[c] : std::nullopt; }

 private:
  static constexpr std::size_t window = 40;
  std::vector<std::vector<double>> recent_;
  mutable std::vector<double> least_;      // per column: at()'s answer, while least_known_
  mutable std::vector<char> least_known_;
  std::vector<std::optional<double>> current_, above_, current_end_, above_end_;
  double above_top_ = -1e9;
};

/// Reads the table's lines page by page, then hands the rows to the grammar.
class table_reader {
 public:
  explicit table_reader(diagnostics& diags) : diags_(diags) {}

  /// Starts a page; `first_page_number` is the number of the first page the reader will see.
  void begin_page(int page_number);
  /// A table header line: its columns rule the lines below it (`body`: this page's lines below it).
  void header(const header_columns& h, const std::vector<const line*>& body);
  /// A page that goes on with the table without a header row: where one of the columns holds
  /// nothing on it, its text columns are fitted to the table's by their text (page_columns.hpp), for
  /// this page only. `body`: the page's lines above any header row.
  void continue_page(const std::vector<const line*>& body);
  /// In a PDF, how many of a continued page's first lines (`body`, as continue_page takes it) a
  /// browser re-flowed: above the page's first new row, one of them across the columns in force or
  /// text in the number column that is no number; 0 when none (or no new row starts on the page).
  /// They stand elsewhere than the page's columns: the page's gutters are measured without them.
  std::size_t reflowed_lines(const std::vector<const line*>& body) const;
  /// One line of the table's area (not furniture, not a header). Lines before any header, or that
  /// run across the columns, are reported as unplaced text.
  void add(const line& l);
  /// Joins the segments into rows and hands them to `builder`.
  void finish(report_builder& builder);

  bool has_columns() const { return cols_.has_value(); }
  /// After finish(): the table sets its cells' paragraphs apart (at some size).
  bool spaces_paragraphs() const { return spacing_.spaces_any(); }
  /// The columns in force (has_columns() must be true).
  const columns& current_columns() const { return *cols_; }
  /// On a text grid: the current page's lines, in order, before they are added (each block's own
  /// column starts are read from them).
  void page_lines(const std::vector<const line*>& lines) { rivers_.page(lines); }

 private:
  struct segment {
    explicit segment(std::pmr::memory_resource* lines_memory)
        : cells(cells_in(lines_memory, std::make_index_sequence<max_cells>())) {}

    std::string number;           // the row number, as structure
    bool number_open = false;     // printed with a final period ("1."): a sub-number wrapped after it goes on
    bool starts_row = false;
    double top = 0;
    std::array<std::pmr::vector<cell_line>, max_cells> cells;  // the three columns', then columns of their own
    std::array<field, max_cells> holds{};  // per cell: the field a column of its own holds (columns::field_of_cell)
    bool continued = false;       // "(continúa)" at its end
    source_position where;
    int page = 0;

   private:
    // The cells' vectors made in place with `memory` (a vector assigned another's keeps its own memory).
    template <std::size_t... c>
    static std::array<std::pmr::vector<cell_line>, max_cells> cells_in(std::pmr::memory_resource* memory,
                                                                     std::index_sequence<c...>) {
      return {((void)c, std::pmr::vector<cell_line>(memory))...};
    }
  };
  struct previous_line {
    bool set = false;
    double top = 0, size = 0, x0 = 0;
    std::string text;
  };

  void end_page();
  bool row_boundary(const cell_line& cl, const line& l, const std::string& number);
  bool above_new_rows(std::size_t c) const;
  bool number_starts_row(const cell_line& cl, const line& l, std::size_t last_word, const std::string& number);
  segment& segment_at(double top);
  /// Moves the lines of the page's last segment that overlap `row`'s number line into `row`.
  void take_overlapping_lines(segment& row);
  bool continues_number(const cell_line& cl, const std::string& digits);

  diagnostics& diags_;
  std::optional<columns> cols_;
  struct kept_columns {
    columns cols;
    grid_lefts lefts;
  };
  std::optional<kept_columns> before_fit_;  // the columns in force before continue_page moved them
  bool reflowed_ = false;  // ... to a PDF's re-flowed lines (reflowed_columns): not where the columns stand
  std::array<double, 3> reflow_shift_{};  // ... moved back by this much per table column
  void read_reflowed(reflow found, const std::vector<const line*>& lines);  // reads the page's `lines` so
  void restore_measured_columns();          // puts them back (a new page, the page's first new row)
  // Drawn list markers (take_drawn_markers) found over each row's lines of a column, page after page
  // (a list broken over a page), before finish() builds the cells.
  void take_row_markers();
  // A line across the columns in force, or text in the number column that is no number.
  bool reflowed(const line& l) const;
  // How many of a page's first lines stand above its first new row (all: none starts there).
  std::size_t lines_above_new_row(const std::vector<const line*>& body) const;
  const line* first_row_line_ = nullptr;    // the line that ends them: the page's first new row
  // The segments' cell lines and their texts, in one arena: made line after line and all dropped
  // with the reader (an allocation and a free each cost more than the rest of a cell line's making).
  // Declared before the segments, which it outlives.
  std::pmr::monotonic_buffer_resource cells_memory_;
  std::vector<segment> segments_;       // finished pages
  std::vector<segment> page_segments_;  // the current page
  int page_ = 0;
  bool page_open_ = false;
  bool ended_on_page_ = false;          // a line ran across the columns: the rest of the page is outside
  previous_line previous_;              // the last line of the first column (3-column tables)
  std::array<double, max_cells> last_top_{};    // the last line's top per logical column on this page
  std::array<double, max_cells> interleaved_{}; // per column: advance taken by lines without it, since its last line
  std::array<std::string, max_cells> last_text_;  // per column: its last line's text on this page
  double last_line_top_ = 0;            // the previous table line's top on this page
  double last_line_size_ = 0;           // and its size
  // Per table column: on the last page, its last line stood well above the page's last table line (or
  // it had none): its cell ended there and does not go on over the page break.
  std::array<bool, 3> ended_above_foot_{};
  bool line_above_ = false;             // a table line was read on this page since its column titles
  bool first_rec_line_ = true;
  double last_number_top_ = -1e9;
  std::string last_number_;             // the last row number read, or empty
  std::string number_before_;           // the row number before the last one's, or empty
  bool number_at_foot_ = false;         // the last page's last row number stood on its last table line
  std::vector<std::array<double, max_cells>> column_right_;  // per page index, per logical column
  std::vector<std::array<int, max_cells>> column_lines_;     // per page index, per logical column
  // per page index, per logical column: the least right end a line's next word would have had on it
  // where the line wrapped before that word (0: none seen); the column's measure is below it
  std::vector<std::array<double, max_cells>> column_wrap_;
  std::vector<std::array<double, max_cells>> column_left_;  // per page index, per logical column
  // On a text grid: per page index and column, how many lines start at each x (the column's left
  // edge is where most start: one line placed a character left must not make the rest "indented").
  // (x, lines) in the order first seen: a column's lines start at a few x only; sorted by finish().
  std::vector<std::array<std::vector<std::pair<double, int>>, max_cells>> grid_starts_;
  grid_lefts grid_lefts_;  // on a text grid: where each physical column's lines start now
  grid_rivers rivers_;     // on a text grid: the current page's blocks and their column starts
  // add()'s buffers, reused from line to line: the columns of a grid line and each word's column.
  columns grid_cols_;
  std::vector<std::size_t> column_of_;
  int first_page_ = 0;
  spacing spacing_;
};

}  // namespace informe::detail::layout
