#include "layout/rows.hpp"

#include <algorithm>
#include <cmath>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/row_numbers.hpp"
#include "grammar/status.hpp"
#include "layout/doubtful_joins.hpp"
#include "layout/drawn_markers.hpp"
#include "layout/furniture.hpp"
#include "layout/grid_rivers.hpp"
#include "layout/row_start_cut.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// "12", "12.", "1.2", "1.2." (a number column's text); nullopt for anything else.
std::optional<std::string> bare_number(std::string_view text) {
  std::string_view t = text;
  while (t.size() > 1 && t.back() == '.' && t[t.size() - 2] == '.') t.remove_suffix(1);
  const auto n = row_number_text(t);
  if (!n || (!is_sub_number(*n) && n->size() > 6)) return std::nullopt;
  return std::string(*n);
}

template <typename T>
std::array<T, max_cells> filled(T value) {
  std::array<T, max_cells> a;
  a.fill(value);
  return a;
}

std::string quoted(const std::string& s) { return quote_for_message(s); }

}  // namespace

namespace {

// On a text grid: where each column's lines start in `body`: the leftmost start shared by two lines
// or more (list items are indented); nullopt where no two lines share one. Empty for positioned words.
std::vector<std::optional<double>> measured_lefts(const columns& cols, const std::vector<const line*>& body) {
  // Per column, each start x and how many lines start there, in the order first seen (a column's
  // lines start at a few x only: a flat list, no tree).
  std::vector<std::vector<std::pair<double, int>>> starts(cols.count());
  for (auto& s : starts) s.reserve(16);
  for (const line* l : body) {
    if (!l->on_grid()) return {};
    const double cw = grid_char_width(*l);
    std::size_t last = cols.count();
    for (std::size_t i = 0; i < l->words.size(); ++i) {
      if (i > 0 && l->words[i]->x0 - l->words[i - 1]->x1 < 1.5 * cw) continue;
      const double x = l->words[i]->x0;
      std::size_t c = cols.of(x);
      if (c != last) {
        auto& xs = starts[c];
        auto seen = std::find_if(xs.begin(), xs.end(), [x](const auto& s) { return s.first == x; });
        if (seen == xs.end()) xs.emplace_back(x, 1);
        else ++seen->second;
      }
      last = c;
    }
  }
  if (body.empty()) return {};
  std::vector<std::optional<double>> lefts(cols.count());
  for (std::size_t c = 0; c < cols.count(); ++c)
    for (const auto& [x, n] : starts[c])
      if (n >= 2 && (!lefts[c] || x < *lefts[c])) lefts[c] = x;  // the least x shared by two lines
  return lefts;
}

}  // namespace

void table_reader::begin_page(int page_number) {
  if (page_open_) end_page();
  if (first_page_ == 0) first_page_ = page_number;
  restore_measured_columns();
  page_ = page_number;
  page_open_ = true;
  ended_on_page_ = false;
  first_row_line_ = nullptr;
  page_segments_.clear();
  page_segments_.push_back(segment(&cells_memory_));  // lines before the first row start continue the last row
  page_segments_.back().page = page_number;
  previous_ = {};
  last_top_.fill(-1e9);
  interleaved_.fill(0);
  last_text_ = {};
  last_line_top_ = 0;
  last_line_size_ = 0;
  line_above_ = false;
  first_rec_line_ = true;
  last_number_top_ = -1e9;
  const auto index = static_cast<std::size_t>(page_number - first_page_);
  if (column_left_.size() <= index) column_left_.resize(index + 1, filled<double>(1e9));
  if (column_right_.size() <= index) column_right_.resize(index + 1, filled<double>(0));
  if (column_lines_.size() <= index) column_lines_.resize(index + 1, filled<int>(0));
  if (column_wrap_.size() <= index) column_wrap_.resize(index + 1, filled<double>(0));
  if (grid_starts_.size() <= index) grid_starts_.resize(index + 1);
}

void table_reader::header(const header_columns& h, const std::vector<const line*>& body) {
  cols_ = columns_of(h, body);
  ended_on_page_ = false;
  line_above_ = false;
  // On a text grid, where the columns' lines start, tracked from here on.
  grid_lefts_ = {};
  auto measured = measured_lefts(*cols_, body);
  if (measured.empty()) return;
  grid_lefts_ = grid_lefts(cols_->count());
  for (std::size_t c = 0; c < measured.size(); ++c)
    grid_lefts_.reset(c, measured[c] ? *measured[c] : c == 0 ? 0 : cols_->bounds[c - 1]);
}

namespace {

// A cell line moved sideways by `dx`.
void shift_sideways(cell_line& l, double dx) {
  l.x0 += dx;
  l.x1 += dx;
  if (l.marker_x1 != 0) l.marker_x1 += dx;
  if (l.text_x != 0) l.text_x += dx;
}

}  // namespace

// Does the number that is word `i` of `l` stand at a line start of text just above it (that text's
// line at `above_top`, starting at `above_x0`): the line's next word follows it as words follow in a
// sentence (not across a gutter), no row gap above, and that text starts at its left or hardly right
// of it? A row's number stands apart from its recommendation, and left of the text above it.
bool starts_text_line(const line& l, std::size_t i, double size, double above_x0, double above_top) {
  const double em = std::max(size, 1.0);
  const word& w = *l.words[i];
  return i + 1 < l.words.size() && l.words[i + 1]->x0 - w.x1 < tuning::group_gap * em && l.top > above_top &&
         l.top - above_top <= tuning::row_gap * em && above_x0 <= w.x0 + tuning::number_in_text_reach * em;
}

// Does `l` start the row after `last`: the next number in sequence at its start (in the number
// column, or typed before the recommendation), not at a line start of the text above it (`above`)?
bool starts_next_row(const line& l, const line* above, const columns& cols, const std::string& last) {
  if (l.words.empty() || last.empty()) return false;
  if (cols.number) {
    if (cols.of(l.words.front()->x0) != 0) return false;
    const auto n = bare_number(l.words.front()->text);
    if (!n || !follows_in_sequence(last, *n)) return false;
    return !above || above->words.empty() || bare_number(above->words.front()->text) ||
           !starts_text_line(l, 0, l.size, above->words.front()->x0, above->top);
  }
  return cols.of(l.words.front()->x0) == 0 && leading_row_number_after(l.text, last).has_value();
}

void table_reader::restore_measured_columns() {
  reflowed_ = false;
  if (!before_fit_) return;
  cols_ = std::move(before_fit_->cols);
  grid_lefts_ = std::move(before_fit_->lefts);
  before_fit_.reset();
}

bool table_reader::reflowed(const line& l) const {
  if (crosses_columns(l, *cols_)) return true;
  return cols_->number && !l.words.empty() && cols_->of(l.words.front()->x0) == 0 &&
         !bare_number(l.words.front()->text);
}

std::size_t table_reader::lines_above_new_row(const std::vector<const line*>& body) const {
  std::size_t n = 0;
  while (n < body.size() && !starts_next_row(*body[n], n == 0 ? nullptr : body[n - 1], *cols_, last_number_)) ++n;
  return n;
}

std::size_t table_reader::reflowed_lines(const std::vector<const line*>& body) const {
  if (!cols_ || body.empty() || body.front()->on_grid()) return 0;
  const std::size_t n = lines_above_new_row(body);
  if (n == body.size()) return 0;
  const auto above = std::span(body).first(n);
  return std::any_of(above.begin(), above.end(), [this](const line* l) { return reflowed(*l); }) ? n : 0;
}

void table_reader::read_reflowed(reflow found, const std::vector<const line*>& lines) {
  // A list among the re-flowed lines starts at its block's edge, where a drawn marker's indent is
  // lost: its enumerators are read as typed, and that said once.
  for (const line* l : lines)
    if (!l->words.empty() && enumerator_class(l->words.front()->text) != 0 && l->words.size() > 1) {
      diags_.warning(position_of(*l, page_),
                     "a list re-flowed to the page's left by the producer (" + quote_for_message(l->text) +
                         "): its enumerators stand at the block's edge, so whether they were drawn (a list) or typed "
                         "(text) cannot be told; read as typed",
                     diagnostic_code::layout_inferred);
      break;
    }
  before_fit_ = kept_columns{*cols_, grid_lefts_};
  cols_ = std::move(found.cols);
  reflowed_ = true;
  // Each block moved back to where its column's text stood on the page before (lists' markers and
  // indents are then compared with that page's lines).
  reflow_shift_.fill(0);
  const auto before = static_cast<std::size_t>(page_ - first_page_);
  for (std::size_t c = 0; c < 3; ++c)
    if (found.block_left[c] && before > 0 && column_left_[before - 1][c] < 1e9)
      reflow_shift_[c] = column_left_[before - 1][c] - *found.block_left[c];
}

void table_reader::continue_page(const std::vector<const line*>& all_body) {
  if (!cols_ || all_body.empty()) return;
  // On a text grid, the lines above the page's first new row go on with the row from the page
  // before and may stand elsewhere than the rows below them (pdftotext -layout sets a block of its
  // own at the left margin): they are fitted alone, and the rows below read with the columns measured.
  // A PDF's columns stand where they were printed, except where a browser re-flowed the floated cells
  // of a row broken over the page (a table made of <div>s): the cells that go on are set from the
  // page's left, across the columns, above the page's first new row. Those lines are fitted so too.
  const bool grid = all_body.front()->on_grid();
  const std::size_t above = lines_above_new_row(all_body);
  std::vector<const line*> prefix(all_body.begin(), all_body.begin() + static_cast<std::ptrdiff_t>(above));
  first_row_line_ = above > 0 && above < all_body.size() ? all_body[above] : nullptr;
  auto reflowed_line = [this](const line* l) { return reflowed(*l); };
  // Where no new row starts on the page, the row's re-flowed cells fill it: half its lines say so (a
  // note below the table that runs across the columns is a few lines).
  const auto reflowed_count = [&](const std::vector<const line*>& ls) {
    return static_cast<std::size_t>(std::count_if(ls.begin(), ls.end(), reflowed_line));
  };
  const bool reflowed =
      !grid && (first_row_line_ ? reflowed_count(prefix) > 0 : 2 * reflowed_count(all_body) >= all_body.size());
  if (!grid && !reflowed) {
    first_row_line_ = nullptr;
    return;
  }
  const std::vector<const line*>& body = first_row_line_ ? prefix : all_body;
  std::array<std::string, 3> tails;
  if (!segments_.empty())
    for (std::size_t c = 0; c < 3; ++c)
      if (!segments_.back().cells[c].empty()) tails[c] = segments_.back().cells[c].back().text;
  // On a text grid, which moves a page's columns, and on a re-flowed page: a cell of the row that has
  // text and stopped above the last page's foot has ended.
  const line& top = *body.front();
  std::array<bool, 3> ended{};
  for (std::size_t c = 0; c < 3; ++c) {
    bool has_text = false;
    for (auto it = segments_.rbegin(); it != segments_.rend() && !has_text; ++it) {
      has_text = !it->cells[c].empty();
      if (it->starts_row) break;
    }
    ended[c] = has_text && ended_above_foot_[c];
  }
  // On a text grid too, where a line above the page's first new row holds a cell label in another
  // column than its own (the extractor also sets a page's text at the left margin, which
  // fit_page_columns reads: there the labels stand in their columns' order, not under another's).
  auto misplaced_label = [&](const line* l) {
    for (const auto& r : word_spans(*l, tuning::group_gap * std::max(l->size, 1.0))) {
      const auto m = leading_label(join_words(l->words, r.from, r.to), label_context::cell);
      if (m && cols_->table_column(cols_->of(r.x0)) != table_column_of(m->which)) return true;
    }
    return false;
  };
  const bool grid_reflowed = grid && first_row_line_ && std::any_of(prefix.begin(), prefix.end(), misplaced_label);
  if (grid_reflowed) {
    if (auto found = reflowed_columns(*cols_, body, ended, tails)) {
      read_reflowed(std::move(*found), body);
      return;
    }
  }
  if (reflowed) {
    auto found = reflowed_columns(*cols_, body, ended, tails);
    if (!found) {
      first_row_line_ = nullptr;
      return;
    }
    read_reflowed(std::move(*found), body);
    return;
  }
  auto fit = fit_page_columns(*cols_, body, tails, ended, last_number_);
  // (Above the page's first new row, the columns measured on that row's lines stand unless the text
  // says otherwise: no guess to warn of.)
  if (fit.ambiguous && top.on_grid() && !first_row_line_)
    diags_.warning(position_of(top, page_),
                   "the table goes on without a header row and with a column empty, and the text does not show "
                   "which columns are there: they were read by position, which a text grid does not keep across "
                   "pages");
  if (!fit.moved) return;
  before_fit_ = kept_columns{*cols_, grid_lefts_};
  cols_ = std::move(fit.cols);
  auto measured = measured_lefts(*cols_, body);
  if (measured.empty()) return;
  grid_lefts_ = grid_lefts(cols_->count());
  for (std::size_t c = 0; c < measured.size(); ++c)
    if (measured[c]) grid_lefts_.reset(c, *measured[c]);
}

// Does a line of table column `c` stand above the page's first new row, on a page after the
// first, where the row going on from the page before has text and its cell of column `c` had ended
// above that page's foot (tuning::cell_ended_above_foot)?
bool table_reader::above_new_rows(std::size_t c) const {
  if (page_ == first_page_ || page_segments_.size() != 1 || page_segments_.front().starts_row || segments_.empty())
    return false;
  bool has_text = false;
  for (auto it = segments_.rbegin(); it != segments_.rend() && !has_text; ++it) {
    has_text = !it->cells[c].empty();
    if (it->starts_row) break;
  }
  return has_text && ended_above_foot_[c];
}

void table_reader::take_overlapping_lines(segment& row) {
  if (page_segments_.empty()) return;
  segment& above = page_segments_.back();
  if (above.page != row.page) return;
  // Rows do not overlap: a PDF line whose text reaches below the top of the next row's number is that
  // row's, set a little higher than the number (a word processor gives a list no top margin where it
  // gives a paragraph one: "• Se diseñará" six points above "3. Mejorar los").
  for (std::size_t c = 0; c < max_cells; ++c) {
    auto& from = above.cells[c];
    std::size_t first = from.size();
    while (first > 0 && !from[first - 1].estimated && from[first - 1].page == row.page &&
           from[first - 1].top + from[first - 1].size > row.top + tuning::row_top_slack)
      --first;
    if (first == from.size()) continue;
    auto& to = row.cells[c];
    to.insert(to.begin(), std::make_move_iterator(from.begin() + static_cast<std::ptrdiff_t>(first)),
              std::make_move_iterator(from.end()));
    from.erase(from.begin() + static_cast<std::ptrdiff_t>(first), from.end());
  }
}

table_reader::segment& table_reader::segment_at(double top) {
  // The segment a line belongs to: the last one starting at or above it.
  for (auto it = page_segments_.rbegin(); it != page_segments_.rend(); ++it)
    if (it->starts_row && it->top <= top + tuning::row_top_slack) return *it;
  return page_segments_.front();
}

// Does the layout show a row boundary at this "N." line of the first column?
bool table_reader::row_boundary(const cell_line& cl, const line& l, const std::string& number) {
  const double size = std::max(previous_.size, std::max(cl.size, 1.0));
  // Strong signs in the first column: the first line of the page's table, a gap, a finished sentence.
  const bool strong = first_rec_line_ || !previous_.set || cl.top - previous_.top > tuning::row_gap * size ||
                      ends_sentence(previous_.text);
  // The other columns start new cells on this line: they have words here, and nothing just above.
  bool others = false;
  for (const word* w : l.words) {
    const std::size_t physical = cols_->of(w->x0);
    const std::size_t c = cols_->number && physical == 0 ? 0 : cols_->cell_of(physical);
    if (c != 0) {
      others = cl.top - last_top_[c] > tuning::row_gap * size;
      if (!others) break;
    }
  }
  const bool in_sequence = last_number_.empty() || follows_in_sequence(last_number_, number) ||
                           same_row_number(number, last_number_);
  // The next number in sequence, and the other columns' texts on this line all start with a capital:
  // new cells beside it, as in compact tables with no space between rows (Word tables, text grids).
  bool capitals = false;
  if (in_sequence && !strong && !others) {
    bool seen = false, all = true;
    std::size_t previous_column = 0;
    for (const word* w : l.words) {
      std::size_t c = cols_->of(w->x0) - (cols_->number ? 1 : 0);
      if (c == 0 || c > 2 || c == previous_column) continue;
      previous_column = c;
      seen = true;
      all = all && starts_upper(w->text);
    }
    capitals = seen && all;
  }
  if (in_sequence) return strong || others || capitals;
  // At the top of a page both signs hold by themselves (nothing above): an out-of-sequence number
  // there, typed before the text, is a wrapped line of the row continued from the page before
  // ("2004. los resultados"); one standing in a number column of its own is a row's.
  if (strong && others && !previous_.set && !cols_->number) {
    diags_.warning(cl.where, "\"" + number + ".\" at the top of the page breaks the row sequence (the previous row is " +
                                 last_number_ + "); read as text of that row",
                   diagnostic_code::row_sequence);
    return false;
  }
  if (strong && others) {
    diags_.warning(cl.where, "row number " + number + " breaks the sequence (the previous row is " + last_number_ +
                                 "); read as a new row",
                   diagnostic_code::row_sequence);
    return true;
  }
  return false;
}

// A number in the number column starts a row where the layout says so. One at a line start of the
// first column's text just above it (a block the extractor set at the left margin: "118 nuevas
// salas" below "por la apertura de") is that text's, in sequence or not. One in sequence (the next
// number, the row's number printed again, or the first under it: "2.1" after "2") starts a row;
// one out of it ("2004." wrapped below row 2) only where the layout shows a row boundary, with a
// warning (row_boundary), else it is the recommendation's text; the first digits of the next
// number (a number wrapped in a narrow column) wait for the rest.
bool table_reader::number_starts_row(const cell_line& cl, const line& l, std::size_t last_word,
                                     const std::string& number) {
  if (previous_.set && starts_text_line(l, last_word, std::max(cl.size, previous_.size), previous_.x0, previous_.top))
    return false;
  if (last_number_.empty() || follows_in_sequence(last_number_, number) || same_row_number(number, last_number_) ||
      first_under(last_number_, number))
    return true;
  // The first digits of the next number, the rest below it or on the next page (continues_number).
  if (opens_next_in_sequence(last_number_, number + (!is_sub_number(number) && cl.text.back() == '.' ? "." : "")))
    return true;
  return row_boundary(cl, l, number);
}

namespace {

// `l` with its word `i` cut in two at byte `offset` of its text: the left piece ends at `x`, the right
// starts `gap` after it, the left takes `share` of the word's estimated width. The pieces are kept in
// `storage` (reserved first: its earlier words stay put), the line points at them.
line split_word_at(const line& l, std::size_t i, std::size_t offset, double x, double gap, double share,
                   std::vector<word>& storage) {
  const word& w = *l.words[i];
  storage.reserve(storage.size() + 2);
  word left = w, right = w;
  left.text = w.text.substr(0, offset);
  right.text = w.text.substr(offset);
  left.x1 = x;
  right.x0 = x + gap;
  left.estimated_width = w.estimated_width * share;
  right.estimated_width = w.estimated_width - left.estimated_width;
  right.column = w.column + static_cast<int>(offset);
  storage.push_back(std::move(left));
  storage.push_back(std::move(right));
  line out = l;
  out.words.erase(out.words.begin() + static_cast<std::ptrdiff_t>(i));
  out.words.insert(out.words.begin() + static_cast<std::ptrdiff_t>(i), {&storage[storage.size() - 2], &storage.back()});
  return out;
}

}  // namespace

// On a text grid, an extractor short of room runs two columns' texts together ("criteriosDurante"):
// a word across one column boundary is split where lower case changes to upper case near it.
std::optional<line> split_on_grid(const line& l, const columns& cols, std::vector<word>& storage) {
  if (!l.on_grid()) return std::nullopt;
  if (cols.bounds.empty()) return std::nullopt;
  std::size_t straddling = l.words.size();
  double at = 0;
  int count = 0;
  const double last = *std::max_element(cols.bounds.begin(), cols.bounds.end());
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    if (l.words[i]->x0 >= last - tuning::boundary_slack) break;  // left to right: none straddles from here
    for (double b : cols.bounds) {
      if (l.words[i]->x0 < b - tuning::boundary_slack && l.words[i]->x1 > b + tuning::boundary_slack) {
        straddling = i;
        at = b;
        ++count;
      }
    }
  }
  if (count != 1) return std::nullopt;
  const word& w = *l.words[straddling];
  // Code point starts, and the cut nearest the boundary.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < w.text.size(); ++i)
    if ((static_cast<unsigned char>(w.text[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() < 2) return std::nullopt;
  const double cell = (w.x1 - w.x0) / static_cast<double>(starts.size());
  auto cut = static_cast<std::size_t>(std::lround((at - w.x0) / cell));
  auto upper_at = [&](std::size_t k) {
    unsigned char c = static_cast<unsigned char>(w.text[starts[k]]);
    if (c >= 'A' && c <= 'Z') return true;
    return c == 0xC3 && starts[k] + 1 < w.text.size() && static_cast<unsigned char>(w.text[starts[k] + 1]) < 0x9F;
  };
  auto lower_at = [&](std::size_t k) {
    unsigned char c = static_cast<unsigned char>(w.text[starts[k]]);
    return (c >= 'a' && c <= 'z') || c == 0xC3;
  };
  bool found = false;
  for (std::size_t d = 0; d <= 4 && !found; ++d) {
    for (std::size_t k : {cut - d, cut + d}) {
      if (k >= 1 && k < starts.size() && upper_at(k) && lower_at(k - 1)) {
        cut = k;
        found = true;
        break;
      }
    }
  }
  if (!found) return std::nullopt;  // a long word of a ragged column, not two run together
  return split_word_at(l, straddling, starts[cut], w.x0 + cell * static_cast<double>(cut), 0.01,
                       static_cast<double>(cut) / static_cast<double>(starts.size()), storage);
}

namespace {

// On a text grid, a word over a column boundary that `found` has at a river of the line's block
// (grid_rivers), run together there from two columns' words ("mayorescomunas": the extractor wrote the
// next column's text where the column starts, right after the text before it), split at the river.
// `cw`: grid_char_width(l).
std::optional<line> split_fused(const line& l, double cw, const std::vector<std::optional<double>>& found,
                                std::vector<word>& storage) {
  if (!l.on_grid() || l.words.empty()) return std::nullopt;
  for (const auto& river : found) {
    if (!river) continue;
    const double at = *river + 0.5 * cw;  // the river's cell starts here
    for (std::size_t i = 0; i < l.words.size(); ++i) {
      const word& w = *l.words[i];
      if (!(w.x0 < at - cw && w.x1 > at + cw)) continue;
      const long cut = std::lround((at - w.x0) / cw);
      const auto offset = fused_cut(w.text, cut);
      if (!offset) continue;
      // One word a line: the rivers bear no more.
      return split_word_at(l, i, *offset, w.x0 + static_cast<double>(cut) * cw, 0,
                           static_cast<double>(cut) * cw / (w.x1 - w.x0), storage);
    }
  }
  return std::nullopt;
}

// A block's column start (`found`, per boundary of `cols`) beside a column of its own whose values are
// short (a due date's, a status's, set in a narrow column) that moves into the neighbouring column, narrowing
// it by more than `tuning::grid_neighbour_narrowing` characters from its width on the page: the extractor shifts
// a block's columns sideways, it does not squeeze one; a start found so far in is the neighbour's
// prose lined up by chance (its words one blank from the narrow column's). That boundary keeps the
// page's place, and the block's boundaries are kept in order then (keep_in_order). nullopt when none is
// dropped (most lines).
std::optional<std::vector<std::optional<double>>> keep_own_widths(const std::vector<std::optional<double>>& found,
                                                                  const columns& cols, double cw) {
  std::optional<std::vector<std::optional<double>>> out;
  const std::size_t n = std::min(cols.bounds.size(), found.size());
  auto at = [&](std::size_t b) {
    const auto& now = out ? *out : found;
    return now[b] ? *now[b] : cols.bounds[b];
  };
  // The neighbour between boundaries `lo` and `hi` narrowed too far: the boundary `moved` (one of them) keeps its place.
  auto keep = [&](std::size_t lo, std::size_t hi, std::size_t moved) {
    if (!(out ? *out : found)[moved]) return;
    const double narrowed = (cols.bounds[hi] - cols.bounds[lo]) - (at(hi) - at(lo));
    if (narrowed <= tuning::grid_neighbour_narrowing * cw) return;
    if (!out) out = found;
    (*out)[moved].reset();
  };
  auto short_values = [&](std::size_t p) { return cols.holds_at(p) == field::due || cols.holds_at(p) == field::status; };
  for (std::size_t p = 1; p <= n; ++p) {
    if (!short_values(p)) continue;
    if (p >= 2 && !short_values(p - 1)) keep(p - 2, p - 1, p - 1);  // the column left of it
    if (p + 1 < n && !short_values(p + 1)) keep(p, p + 1, p);       // the column right of it
  }
  // A boundary back at the page's place may stand right of (or right next to) where its neighbour moved.
  if (out) keep_in_order(*out, cols.bounds, tuning::grid_min_column * cw);
  return out;
}

}  // namespace

// Words [m, end) of `l` start with a status's wording, or are the first word of one (its others
// wrapped below: "Parcialmente").
bool starts_status(const line& l, std::size_t m, std::size_t end) {
  std::string t;
  for (std::size_t k = m; k < end && k < m + 3; ++k) {
    if (k > m) t += ' ';
    t += l.words[k]->text;
    if (parse_status(t)) return true;
  }
  if (end - m != 1) return false;
  const std::string word = fold(l.words[m]->text);
  for (term s : {term::status_fulfilled, term::status_partially_fulfilled, term::status_not_fulfilled}) {
    std::vector<std::string> wordings{active_lexicon().words()[s]};
    for (auto v : historic_variants(s)) wordings.emplace_back(v);
    for (const auto& w : wordings) {
      const std::string f = fold(w);
      if (f.substr(0, f.find(' ')) == word) return true;
    }
  }
  return false;
}

// Where a run of words over a column boundary is cut: at the blank nearest the boundary, unless a
// cue a few characters from it tells otherwise:
// - a cell label of the next column (or one after it) starts there ("Fecha de Vencimiento: | Medios
//   de Verificación:"), `next` being the table column after the boundary;
// - a sentence ends there and the word after that end starts in lower case: a new sentence starts
//   with a capital, so the cut is there ("actualizado. | de las siete unidades.", "lagos y ríos. |
//   contratos de conservación.").
// - the next column is a status column of its own: the cut is where a status's wording starts
//   within reach ("agosto de | Parcialmente"), and where none does, words in lower case do not go
//   there, nor figures: they are the line's own ("620 de" over "cumplido", its "de" right below the
//   status; "derechos de 48" beside an empty status cell).
//   `next_holds` is what the column after the boundary holds (columns::holds), field::none for the
//   three columns.
// - where the left column's paragraph ends on this line (`left_ends`: the line below has no text in that
//   column) and the blank `nearest` the boundary leaves it without a sentence's end, the sentence's last
//   words within reach right of that blank stay left, whatever case the next word has: a paragraph
//   ends with its sentence ("Previsión Social (IPS). | Social / IPS", the next column's own line).
std::size_t cut_at_cue(const line& l, std::size_t first, std::size_t nearest, std::size_t end, double boundary,
                       double cw, std::size_t next, field next_holds, bool left_ends) {
  if (next_holds == field::status) {
    for (std::size_t m = first; m < end; ++m) {
      if (std::fabs((l.words[m - 1]->x1 + l.words[m]->x0) / 2 - boundary) > tuning::grid_sentence_reach * cw) continue;
      if (starts_status(l, m, end)) return m;
    }
    if (nearest < end && (starts_lower(l.words[nearest]->text) || starts_digit(l.words[nearest]->text))) return end;
  }
  // A label may stand any way left of the boundary: an extractor that took two columns' texts for
  // one line places its words a blank apart from the line's start, however far the next column's
  // text stood ("Departamento de Programas Sociales Fecha de Vencimiento: Dic. 2008", its label
  // sixteen characters left of the column). A label is never cut.
  auto near_label = [&](std::size_t m) {
    return (l.words[m - 1]->x1 + l.words[m]->x0) / 2 - boundary <= tuning::grid_sentence_reach * cw;
  };
  for (std::size_t m = first; m < end; ++m) {
    if (!near_label(m)) continue;
    const auto label = leading_label(join_words(l.words, m, std::min(end, m + 4)), label_context::cell);
    if (label && table_column_of(label->which) >= next) return m;
  }
  auto ends_sentence = [](std::string_view t) {
    if (t.size() < 6) return false;  // "Dic.", "Sept.", "Sr.", "N°.": abbreviations
    const char c = t.back();
    return c == '.' || c == '!' || c == '?';
  };
  // The left paragraph's last line: a sentence's end right of the nearest blank ends it, unless the
  // text left of that blank ends a sentence or clause already.
  const bool paragraph_end = left_ends && nearest > first && nearest < end &&
                             !ends_sentence(l.words[nearest - 1]->text) && !ends_clause(l.words[nearest - 1]->text);
  auto cut_here = [&](std::size_t m) {
    return ends_sentence(l.words[m - 1]->text) && (paragraph_end || starts_lower(l.words[m]->text));
  };
  // Before the nearest blank: the lower-case words between go right ("actualizado. | de las").
  for (std::size_t m = nearest; m-- > first;) {
    const double middle = (l.words[m - 1]->x1 + l.words[m]->x0) / 2;
    if (boundary - middle > tuning::grid_sentence_reach * cw) break;
    if (!starts_lower(l.words[m]->text)) break;
    if (ends_sentence(l.words[m - 1]->text)) return m;
  }
  // After it: the sentence's last words stay left ("lagos y ríos. | contratos de").
  for (std::size_t m = nearest + 1; m < end; ++m) {
    const double middle = (l.words[m - 1]->x1 + l.words[m]->x0) / 2;
    if (middle - boundary > tuning::grid_sentence_reach * cw) break;
    if (cut_here(m)) return m;
  }
  return nearest;
}

namespace {

// The word of `l` starting within half a character of `x`, or nullptr.
const word* word_starting_at(const line& l, double x, double cw) {
  for (const word* w : l.words)
    if (std::fabs(w->x0 - x) < 0.5 * cw) return w;
  return nullptr;
}

}  // namespace

// Whether line `below` (the next of the block) starts a group on `x`: its first word, or one after a
// wide blank.
bool starts_group_at(const line* below, double x, double cw) {
  if (!below) return false;
  for (std::size_t i = 0; i < below->words.size(); ++i) {
    const double x0 = below->words[i]->x0;
    if (std::fabs(x0 - x) >= 0.5 * cw) continue;
    return i == 0 || x0 - below->words[i - 1]->x1 >= tuning::grid_drift_gap * cw;
  }
  return false;
}

namespace {

// Column `c`'s text ends on the line above `below` (the next line of its block, nullptr after the block's
// last): `below` has no word in it, none starting there nor running into it from the left.
bool column_ends(const line* below, const columns& cols, std::size_t c) {
  if (!below) return true;
  const double right = c < cols.bounds.size() ? cols.bounds[c] : 1e300;
  const double left = c > 0 ? cols.bounds[c - 1] : -1e300;
  for (const word* w : below->words)
    if (w->x0 < right && w->x1 > left) return false;
  return true;
}

// On a text grid, a line spaced as words are (no blank wider than a word space) that runs from one
// column past the next two boundaries. `cw`: grid_char_width(l).
bool one_run_across(const line& l, double cw, const columns& cols) {
  if (l.words.empty()) return false;
  for (std::size_t k = 1; k < l.words.size(); ++k)
    if (l.words[k]->x0 - l.words[k - 1]->x1 >= 1.5 * cw) return false;
  const std::size_t c = cols.of(l.words.front()->x0);
  return c + 1 < cols.bounds.size() && l.words.back()->x1 > cols.bounds[c + 1] + 2 * cw;
}

}  // namespace

// The column of each word of a text-grid line. The extractor places each column's text on the
// grid by rounding, so a column's lines start a character or three apart and one blank may separate
// columns: words run together by single blanks form groups, a group belongs to the column where it
// starts, and a group reaching well past the next boundary is split at its blank nearest to it.
// `crossing` is set when a group runs across two boundaries with no blank near them (a paragraph).
// The extractor also shifts columns sideways from page to page and from block to block: `lefts`
// tracks where each column's lines start, and a group that starts near a boundary, well apart from
// the line's text before it, goes to the column whose lines start nearest to it. Where the line's
// block shows its own column starts (grid_rivers.hpp), `cols` has them. `out`: the column of each word.
// `cw`: grid_char_width(l), which the caller has found already.
void grid_columns(const line& l, double cw, const line* below, const columns& cols, grid_lefts& lefts, bool& crossing,
                  std::size_t& doubtful_cut, std::vector<std::size_t>& out) {
  out.assign(l.words.size(), 0);
  crossing = false;
  doubtful_cut = std::string::npos;
  if (l.words.empty()) return;
  std::size_t i = 0;
  while (i < l.words.size()) {
    std::size_t j = i + 1;  // the group [i, j)
    while (j < l.words.size() && l.words[j]->x0 - l.words[j - 1]->x1 < 1.5 * cw) ++j;
    const double x = l.words[i]->x0;
    std::size_t c = cols.of(x);
    // A word alone across the boundary of a column of its own (a status or due date centred in its
    // narrow cell, "Parcialmente" over "cumplido"), mostly right of it, is that column's.
    if (j == i + 1 && c < cols.bounds.size() && cols.holds_at(c + 1) != field::none &&
        l.words[i]->x1 - cols.bounds[c] > cols.bounds[c] - x)
      c = c + 1;
    // A row's number in the number column stays there: it does not drift with the text beside it.
    const bool row_number = cols.number && c == 0 && i == 0 && starts_with_number(l);
    if (lefts.size() == cols.count() && !row_number) {
      const double gap = i == 0 ? 1e9 : x - l.words[i - 1]->x1;
      const std::size_t floor = i == 0 ? 0 : out[i - 1];
      for (std::size_t b = 0; b < cols.bounds.size(); ++b) {
        if (std::fabs(x - cols.bounds[b]) > tuning::grid_drift * cw || gap < tuning::grid_drift_gap * cw) continue;
        std::size_t nearest = std::fabs(x - lefts.at(b)) <= std::fabs(x - lefts.at(b + 1)) ? b : b + 1;
        // The number column's lines start with the rows' numbers: a word that is no number stays
        // out of it (else the recommendation's lines, drifted there, move where it "starts" onto them).
        // (A point alone is a sub-number's, wrapped at its point: "1" / "." / "1".)
        if (cols.number && nearest == 0 && !bare_number(l.words[i]->text) && l.words[i]->text != ".") nearest = 1;
        if (nearest >= floor) c = nearest;
      }
      if (i == 0 || out[i - 1] != c) lefts.starts(c, x);
    }
    std::size_t k = i;
    while (k < j) {
      // Split the rest of the group where it reaches past the boundary after column c.
      std::size_t end = j;
      // A word right below where the line above started the next column, near the boundary (within
      // grid_aligned_reach: a block's columns stand apart from the page's), starts that column here too
      // ("Fecha de Vencimiento: Marzo" / "Dirección 2007").
      // So does a word right above where the line below starts a group near the boundary ("Diciembre
      // de 2009 El encuentro" / "19 y 20 de octubre").
      // (A row's first line has no line of its row above it; the line below is its own.)
      if (c + 1 < cols.count() && lefts.size() == cols.count()) {
        const bool above = lefts.above_adjacent(l) && !starts_with_number(l);
        for (std::size_t m = k + 1; m < j && end == j; ++m) {
          const double x0 = l.words[m]->x0;
          if (std::fabs(x0 - cols.bounds[c]) > tuning::grid_aligned_reach * cw) continue;
          if ((above && lefts.above(c + 1) && std::fabs(x0 - *lefts.above(c + 1)) < 0.5 * cw) ||
              starts_group_at(below, x0, cw))
            end = m;
        }
        if (end < j) {
          const std::size_t aligned = end;
          // (Where the paragraph ends is no cue against a start lined up with the next column's.)
          end = cut_at_cue(l, k + 1, end, j, cols.bounds[c], cw, cols.table_column(c + 1), cols.holds_at(c + 1), false);
          // On a row's first line the next column's text starts with a capital: a word in lower case
          // on the neighbour's column start is that text's second ("que La | norma" over "N°").
          if (end == aligned)
            end = row_start_cut(l, k + 1, end, j, l.words[end]->x0 - 0.5 * cw, tuning::grid_sentence_reach * cw);
        }
      }
      // The line's next group, well apart, starting in the next column starts that column: this
      // group stays whole ("Fecha de Vencimiento: Dic. 2007       Observación:").
      const bool next_starts_next = j < l.words.size() && cols.of(l.words[j]->x0) == c + 1;
      if (end == j && !next_starts_next && c < cols.bounds.size() && l.words[j - 1]->x1 > cols.bounds[c] + 2 * cw) {
        const double b = cols.bounds[c];
        std::size_t best = j;
        double best_distance = 6 * cw;
        double second_distance = 1e300;  // of the next nearest blank
        for (std::size_t m = k + 1; m < j; ++m) {
          const double gap_middle = (l.words[m - 1]->x1 + l.words[m]->x0) / 2;
          const double distance = std::fabs(gap_middle - b);
          if (distance <= best_distance) {
            second_distance = std::min(second_distance, best_distance);
            best_distance = distance;
            best = m;
          } else {
            second_distance = std::min(second_distance, distance);
          }
        }
        const std::size_t nearest = best;
        if (best < j)
          best = cut_at_cue(l, k + 1, best, j, b, cw, cols.table_column(c + 1), cols.holds_at(c + 1),
                            column_ends(below, cols, c));
        // A status's wording past the boundary of a status column of its own, below the status's line
        // above, is a cue too, where it is the nearest blank's ("fiscalizadores | cumplido" below "se |
        // Parcialmente"): the status goes on there. (With the status cell empty above, a "cumplido" run
        // long may be the compliance's own word: the rules below decide.)
        const bool status_cue = best < j && cols.holds_at(c + 1) == field::status && lefts.above_adjacent(l) &&
                                lefts.above(c + 1) && starts_status(l, best, j);
        // Beside a status column of its own, words past the boundary that start no status's wording,
        // well left (grid_overrun_outdent) of where the line above started the status: the compliance's
        // text ("revisión en la División" below "cumplido"); a status's lines start a character or two apart.
        if (best < j && !status_cue && cols.holds_at(c + 1) == field::status && lefts.above_adjacent(l)) {
          const auto status_above = lefts.above(c + 1);
          if (status_above && *status_above - l.words[best]->x0 >= tuning::grid_overrun_outdent * cw) best = j;
        }
        // The line's last group, cut at no cue, its words past the boundary in lower case and
        // starting right of where the next column's lines start: the column's text ran long on the
        // grid, where that column has nothing on this line ("asignado al aporte de los" over "Se
        // modificará el").
        // So too where the words past the boundary start left of where the lines above and below
        // start the next column ("asignado al aporte de los" between "aspectos:" and "1) un puntaje").
        if (best < j && best == nearest && !status_cue && j == l.words.size() && starts_lower(l.words[best]->text)) {
          const double x0 = l.words[best]->x0;
          const auto above = lefts.above_adjacent(l) ? lefts.above(c + 1) : std::nullopt;
          const bool right_of_column = !lefts.empty(c + 1) && x0 - lefts.at(c + 1) >= tuning::grid_overrun_indent * cw;
          const bool left_of_neighbours = above && *above - x0 >= tuning::grid_overrun_outdent * cw &&
                                          starts_group_at(below, *above, cw);
          // So too where the line below starts the next column right at the boundary with a capital: the
          // next column's text starts there, a line lower ("salas ERA en las" over "Se realizará").
          const word* below_first = below ? word_starting_at(*below, b + 0.5 * cw, cw) : nullptr;
          const bool starts_below = below_first && starts_upper(below_first->text) && starts_group_at(below, below_first->x0, cw);
          if (right_of_column || left_of_neighbours || starts_below) best = j;
        }
        // Words past the boundary that end no further right than the column's text on the line above,
        // where the next column has nothing on this line: the column's text, not the next column's
        // ("asistencia efectiva y otra contra la" below "recomienda pagar una parte contra la 2011").
        if (best < j && best == nearest && !status_cue && starts_lower(l.words[best]->text) && lefts.above_adjacent(l)) {
          const auto above_end = lefts.above_end(c);
          if (above_end && l.words[j - 1]->x1 <= *above_end + 0.5 * cw) best = j;
        }
        // A row's first line: the next column's text starts there, with a capital.
        if (best < j && best == nearest) best = row_start_cut(l, k + 1, best, j, b, tuning::grid_sentence_reach * cw);
        // Cut at the nearest blank for want of a cue, with another blank a character or so further
        // (the extractor's rounding), and no capital to start the next column's text: a word either
        // side may be the other column's ("menos de a | 96 comités"). Said.
        if (best < j && best == nearest && second_distance - best_distance < tuning::grid_doubtful_cut * cw &&
            (!starts_upper(l.words[best]->text) || starts_digit(l.words[best]->text)))
          doubtful_cut = best;
        if (best < j) {
          end = best;
        } else if (c + 1 < cols.bounds.size() && l.words[j - 1]->x1 > cols.bounds[c + 1] + 2 * cw) {
          crossing = true;
        }
      }
      for (std::size_t m = k; m < end; ++m) out[m] = c;
      lefts.on_line(c, l.words[k]->x0);
      lefts.ends_at(c, l.words[end - 1]->x1);
      k = end;
      if (k < j) c = std::max(c + 1, cols.of(l.words[k]->x0));
    }
    i = j;
  }
  lefts.next_line(l.top);
}

// A narrow number column wraps a row's number one digit or two a line ("1" / "0"), a sub-number
// after its period ("1." / "1" is "1.1"): a number there continues the number above it when it
// follows within a line or two, unless only the two read apart keep the rows' sequence ("1" / "2"
// on adjacent lines of a compact table). The wrap may fall at a page break: the row's first digits
// on the page's last table line, the rest on the next page's first; they are one number when joined
// they follow the row before, and apart they do not ("1" | "2" after row 11); a sub-number's first
// part ("2.") need not be on its page's last line.
bool table_reader::continues_number(const cell_line& cl, const std::string& digits) {
  if (is_sub_number(digits)) return false;  // a whole sub-number starts its own row
  auto joined = [&](const segment& row) { return row.number + (row.number_open ? "." : "") + digits; };
  auto extend = [&](segment& row) {
    row.number = joined(row);
    row.number_open = false;
    last_number_ = row.number;
    last_number_top_ = cl.top;
    return true;
  };
  segment& last = page_segments_.back();
  if (last.starts_row && !last.number.empty() && cl.top - last_number_top_ > 0 &&
      cl.top - last_number_top_ <= tuning::wrapped_number_lines * std::max(cl.size, 1.0)) {
    // (After the first row, a joined number that is not the next, nor its first digits, is no
    // wrapped number: "2004." below row 2's number is a year at a line start.)
    const bool apart_in_sequence = follows_in_sequence(last.number, digits);
    const bool joined_in_sequence = follows_in_sequence(number_before_, joined(last));
    if (joined_in_sequence ||
        (!apart_in_sequence && (number_before_.empty() || opens_next_in_sequence(number_before_, joined(last)))))
      return extend(last);
  }
  const segment& top = page_segments_.front();
  const bool page_starts_here = page_segments_.size() == 1 && std::all_of(top.cells.begin(), top.cells.end(),
                                                                          [](const auto& c) { return c.empty(); });
  if (page_starts_here && !segments_.empty() && segments_.back().starts_row) {
    segment& foot = segments_.back();
    // A sub-number's first part ("2.") may stand above the row's last lines on its page: the number
    // cell breaks over the page as the others do. In a table of sub-numbers, "2." after row 1.2 is
    // "2.1" rather than row 2.
    const bool prefer_joined = foot.number_open && is_sub_number(number_before_);
    if ((number_at_foot_ || foot.number_open) && follows_in_sequence(number_before_, joined(foot)) &&
        (prefer_joined || !follows_in_sequence(number_before_, foot.number)))
      return extend(foot);
  }
  return false;
}

void table_reader::add(const line& original) {
  if (&original == first_row_line_) {
    // The page's first new row: the columns fitted to the text above it end here.
    first_row_line_ = nullptr;
    restore_measured_columns();
  }
  std::vector<word> split_words;
  std::optional<line> split = cols_ ? split_on_grid(original, *cols_, split_words) : std::nullopt;
  const line& whole = split ? *split : original;
  const bool grid = whole.on_grid();
  // On a grid, the width of its character cell, found once for the tests below (each asked it).
  const double whole_cw = grid ? grid_char_width(whole) : 0;
  double cw = whole_cw;  // ... of the line as read (a word run together split in two: its own)
  bool grid_crossing = false;
  std::size_t doubtful_cut = std::string::npos;
  std::vector<std::size_t>& column_of = column_of_;
  column_of.clear();
  std::vector<word> fused_words;
  std::optional<line> unfused;
  if (cols_) {
    if (grid && !reflowed_) {  // (re-flowed lines: their blocks' columns, as found)
      grid_cols_ = *cols_;  // with the line's block's own column starts, where it shows them
      const auto& rivers = rivers_.rivers(whole, grid_cols_.bounds, whole_cw);
      const auto narrowed = keep_own_widths(rivers, grid_cols_, whole_cw);
      const auto& found = narrowed ? *narrowed : rivers;
      for (std::size_t b = 0; b < found.size(); ++b)
        if (found[b]) grid_cols_.bounds[b] = *found[b];
      // A word the extractor ran together from two columns' words, at a river the block shows: two.
      unfused = split_fused(whole, whole_cw, found, fused_words);
      if (unfused) cw = grid_char_width(*unfused);
      grid_columns(unfused ? *unfused : whole, cw, rivers_.below(original), grid_cols_, grid_lefts_, grid_crossing, doubtful_cut,
                   column_of);
    } else {
      for (const word* w : whole.words) column_of.push_back(cols_->of(w->x0));
    }
  }
  const line& l = unfused ? *unfused : whole;
  // On a text grid, three columns' lines may stand one blank apart; a line so spaced across them
  // after blank lines, where rows are closer, is a note below the table (a site's footer). The first
  // line below the column titles, or at the page's top, has no table line above it to stand apart
  // from: it is the table's (a row's first line run together by the extractor).
  if (cols_ && grid && !grid_crossing && line_above_ &&
      l.top - last_line_top_ >= tuning::grid_note_advance * std::max(l.size, 1.0) && one_run_across(l, cw, grid_cols_))
    grid_crossing = true;
  const bool crossing = cols_ && (grid ? grid_crossing : crosses_columns(l, *cols_));
  // Where the line is, for the messages below only (most lines have none).
  auto at = [&] { return position_of(l, page_); };
  if ((!cols_ || ended_on_page_ || crossing) && is_colophon(l.text)) {
    diags_.furniture(at(), furniture_rule::colophon, std::string(l.text));
    return;
  }
  if (!cols_ || ended_on_page_) {
    diags_.unplaced(at(), "text outside the commitments table was not read: " + quoted(std::string(l.text)), std::string(l.text));
    return;
  }
  if (crossing) {
    // A line across the columns: the table ends on this page (text below it, a note).
    ended_on_page_ = true;
    diags_.unplaced(at(), "text across the table's columns was not read: " + quoted(std::string(l.text)), std::string(l.text));
    return;
  }
  if (doubtful_cut != std::string::npos) {
    const std::size_t from = doubtful_cut > 3 ? doubtful_cut - 3 : 0, to = std::min(l.words.size(), doubtful_cut + 3);
    diags_.warning(position_of(l, page_, doubtful_cut),
                   "a line's text runs from one column into the next with no wider blank between them; cut at \"" +
                       std::string(from > 0 ? "…" : "") + join_words(l.words, from, doubtful_cut) + " | " +
                       join_words(l.words, doubtful_cut, to) + (to < l.words.size() ? "…" : "") +
                       "\": a word beside the cut may be the other column's",
                   diagnostic_code::layout_inferred);
  }
  const auto page_index = static_cast<std::size_t>(page_ - first_page_);
  const lexicon& lex = active_lexicon();  // once for the line's cells' furniture tests
  std::array<bool, max_cells> present{};
  const double row_advance = l.top - last_line_top_;
  last_line_top_ = l.top;
  last_line_size_ = l.size;
  line_above_ = true;
  std::size_t a = 0;
  while (a < l.words.size()) {
    std::size_t c = column_of[a];
    std::size_t b = a + 1;
    while (b < l.words.size() && column_of[b] == c) ++b;
    auto cl = make_cell_line(l, a, b, page_, &cells_memory_);
    a = b;
    if (!cl) continue;
    if (is_continued_mark(cl->text, lex)) {
      page_segments_.back().continued = true;
      diags_.furniture(cl->where, furniture_rule::continued, std::string(cl->text));
      continue;
    }
    if (is_no_status(cl->text, lex)) {  // the writers' "Calificación: Sin calificación"
      diags_.furniture(cl->where, furniture_rule::placeholder, std::string(cl->text));
      continue;
    }
    if (cols_->number && c == 0) {
      // A narrow number column wraps a sub-number at its point ("1" / "." / "1"): the point alone,
      // right below a row's number, opens it; the digits below it end it (continues_number).
      if (cl->text == "." && page_segments_.back().starts_row && !page_segments_.back().number.empty() &&
          !page_segments_.back().number_open && cl->top - last_number_top_ > 0 &&
          cl->top - last_number_top_ <= tuning::wrapped_number_lines * std::max(cl->size, 1.0)) {
        page_segments_.back().number_open = true;
        last_number_top_ = cl->top;
        continue;
      }
      auto n = bare_number(cl->text);
      if (n && continues_number(*cl, *n)) continue;
      if (n && number_starts_row(*cl, l, a - 1, *n)) {
        last_number_top_ = cl->top;
        segment s(&cells_memory_);
        s.number = *n;
        s.number_open = !is_sub_number(*n) && cl->text.back() == '.';
        s.starts_row = true;
        s.top = cl->top;
        s.where = cl->where;
        s.page = page_;
        number_before_ = last_number_;
        last_number_ = s.number;
        take_overlapping_lines(s);
        page_segments_.push_back(std::move(s));
        continue;
      }
      c = 1;  // text in the number column: the recommendation's
    }
    const std::size_t logical = cols_->cell_of(c);
    if (reflowed_ && logical < 3) shift_sideways(*cl, reflow_shift_[logical]);
    if (!cols_->number && logical == 0) {
      // "4. Replantear ..." ("1.2 Publicar ..." after row 1.1) at the left of the first column starts
      // a row where the layout says so; in a table of sub-numbers, one out of sequence ("1.4" after
      // row 1.2) as a number out of sequence does.
      std::size_t length = 0;
      auto n = leading_row_number_after(cl->text, last_number_, &length);
      if (!n && is_sub_number(last_number_)) n = leading_sub_number(cl->text, &length);
      if (n) {
        const std::string value(*n);
        if (row_boundary(*cl, l, value)) {
          segment s(&cells_memory_);
          s.number = std::string(*n);
          s.starts_row = true;
          s.top = cl->top;
          s.where = cl->where;
          s.page = page_;
          last_number_ = value;
          cl->text.erase(0, length);
          cl->text_changed();
          cl->enumerator = 0;  // the row's number, not a list's marker
          take_overlapping_lines(s);
          page_segments_.push_back(std::move(s));
        }
      }
    }
    if (!cl->estimated && logical == 0 && above_new_rows(logical)) {
      // A PDF's columns stand where they were printed, and a table's row breaks over a page with all
      // its cells: text above the page's first new row, in the first column, whose cell of the row
      // going on had ended above the last page's foot, is none of that row's (a page header,
      // "Encabezado"). (In the other columns a cell may start there: another commitment of a
      // recommendation spanning several.)
      diags_.unplaced(cl->where, "text above the table's first row on page " + std::to_string(page_) +
                                     ", in the first column, whose cell of the row from the page before had ended, "
                                     "was not read: " + quote_for_message(cl->text), std::string(cl->text));
      continue;
    }
    if (logical == 0) first_rec_line_ = false;
    if (cl->estimated && !present[logical]) {
      cl->interleaved = interleaved_[logical];
      // Rows without this column between a finished sentence and a capital: paragraph spacing, not
      // another column's baselines.
      // So are rows skipped after a clause or sentence, before a typed list's next enumerator ("b) ").
      // (Each test once: a finished sentence resets with a capital or an enumerator, a clause with an
      // enumerator.)
      const std::string& before = last_text_[logical];
      if (ends_sentence(before) ? (starts_upper(cl->text) && !ends_clause(before)) || starts_enumerator(cl->text)
                                : starts_enumerator(cl->text) && ends_clause(before))
        cl->interleaved = 0;
    }
    present[logical] = true;
    segment& target = segment_at(cl->top);
    if (!reflowed_) {  // (re-flowed lines stand elsewhere than their columns on the page)
      column_right_[page_index][logical] = std::max(column_right_[page_index][logical], cl->x1);
      ++column_lines_[page_index][logical];
      column_left_[page_index][logical] = std::min(column_left_[page_index][logical], cl->x0);
    }
    if (cl->estimated) {
      auto& starts = grid_starts_[page_index][logical];
      auto seen = std::find_if(starts.begin(), starts.end(), [&](const auto& s) { return s.first == cl->x0; });
      if (seen == starts.end()) starts.emplace_back(cl->x0, 1);
      else ++seen->second;
    }
    last_top_[logical] = cl->top;
    if (logical >= 3) target.holds[logical] = cols_->field_of_cell(logical);
    auto& cells = target.cells[logical];
    // On a text grid, a sentence's end and a capital inside one cell, on consecutive rows or with rows
    // between (blank in this column): whether the document sets its paragraphs apart
    // (spacing::grid_spaces_paragraphs).
    if (cl->estimated && !cells.empty() && ends_sentence(cells.back().text) && !ends_clause(cells.back().text) &&
        starts_upper(cl->text) && !starts_digit(cl->text) && !cl->leading_label())
      spacing_.sample_grid_sentence_end(cl->top - cells.back().top > tuning::grid_block_advance * cl->size);
    if (!cells.empty()) {
      // A line that wrapped inside a word run: the next line starts in lower case where the line
      // before starts (no item's marker, no list item's indent), right below it, and the line before
      // ends in a letter or a figure (no punctuation that may end an item). Its next word would have
      // ended past the column's measure.
      const cell_line& before = cells.back();
      const char end = before.text.empty() ? ' ' : before.text.back();
      if (starts_lower(cl->text) && !cl->bullet && !cl->dash && cl->x0 <= before.x0 + 1 &&
          (is_letter_byte(end) || (end >= '0' && end <= '9')) && !joins_without_space(before.text, cl->text) &&
          cl->top - before.top <= tuning::header_paragraph_gap * std::max(before.size, 1.0)) {
        double& bound = column_wrap_[page_index][logical];
        const double next_end = before.x1 + tuning::space_width * before.size + cl->first_width;
        bound = bound > 0 ? std::min(bound, next_end) : next_end;
      }
    }
    if (!cells.empty() && std::fabs(cells.back().size - cl->size) < 0.1)
      spacing_.sample(cl->size, cell_builder::advance(cells.back(), *cl));
    if (logical == 0) {  // field by field: the text's buffer is reused from line to line
      // (x0: where the line's text in the column starts, over the number column too)
      previous_.x0 = previous_.set && previous_.top == cl->top ? std::min(previous_.x0, cl->x0) : cl->x0;
      previous_.set = true;
      previous_.top = cl->top;
      previous_.size = cl->size;
      previous_.text = cl->text;
    }
    if (cl->text.empty()) continue;  // a bare "4." whose text starts on the next line
    last_text_[logical] = cl->text;
    if (cells.capacity() == 0) cells.reserve(8);  // a cell's lines: not regrown from 1, 2, 4
    cells.push_back(std::move(*cl));
  }
  for (std::size_t c = 0; c < max_cells; ++c) interleaved_[c] = present[c] ? 0 : interleaved_[c] + row_advance;
}

void table_reader::end_page() {
  // The page's last row number stands on its last table line: its digits may go on on the next page.
  number_at_foot_ = last_number_top_ > -1e9 && last_number_top_ >= last_line_top_ - tuning::row_top_slack;
  for (std::size_t c = 0; c < 3; ++c)
    ended_above_foot_[c] =
        last_line_top_ - last_top_[c] > tuning::cell_ended_above_foot * std::max(last_line_size_, 1.0);
  for (auto& s : page_segments_) {
    bool has_content = s.starts_row || s.continued;
    for (const auto& c : s.cells) has_content = has_content || !c.empty();
    if (!has_content) continue;
    if (!s.where.known()) {
      for (const auto& c : s.cells)
        if (!c.empty()) {
          s.where = c.front().where;
          break;
        }
    }
    segments_.push_back(std::move(s));
  }
  page_segments_.clear();
  page_open_ = false;
}

void table_reader::take_row_markers() {
  // A row's segments: from one that starts a row to the next that does (its number printed again on
  // a continued page, after a continuation mark, starts none; as finish() reads them).
  auto starts_group = [&](std::size_t k) {
    const segment& s = segments_[k];
    if (!s.starts_row) return false;
    const segment& before = segments_[k - 1];
    return !(before.continued && s.page != before.page && s.number == before.number);
  };
  std::vector<cell_line> joined;
  std::vector<std::pair<std::size_t, std::size_t>> origin;  // (segment, line) of each joined line
  std::vector<dropped_marker> dropped;
  for (std::size_t first = 0, end = 0; first < segments_.size(); first = end) {
    for (end = first + 1; end < segments_.size() && !starts_group(end);) ++end;
    const auto p = static_cast<std::size_t>(segments_[first].page - first_page_);
    for (std::size_t c = 0; c < max_cells; ++c) {
      // Most of a row's columns hold no enumerator: their lines are not copied then.
      bool any = false;
      for (std::size_t k = first; k < end && !any; ++k)
        for (const cell_line& l : segments_[k].cells[c]) any = any || l.enumerator != 0;
      if (!any) continue;
      joined.clear();
      origin.clear();
      for (std::size_t k = first; k < end; ++k)
        for (std::size_t i = 0; i < segments_[k].cells[c].size(); ++i) {
          joined.push_back(segments_[k].cells[c][i]);
          origin.emplace_back(k, i);
        }
      dropped.clear();
      take_drawn_markers(joined, p < column_left_.size() ? column_left_[p][c] : 0, dropped);
      for (const auto& m : dropped) diags_.furniture(m.where, furniture_rule::list_marker, m.text);
      for (std::size_t j = 0; j < joined.size(); ++j)
        segments_[origin[j].first].cells[c][origin[j].second] = std::move(joined[j]);
    }
  }
}

void table_reader::finish(report_builder& builder) {
  if (page_open_) end_page();
  for (std::size_t p = 0; p < grid_starts_.size(); ++p) {
    for (std::size_t c = 0; c < max_cells; ++c) {
      int best = 0;
      auto& starts = grid_starts_[p][c];
      std::sort(starts.begin(), starts.end());  // by x, as the first x with the most lines wins
      for (const auto& [x, n] : starts)
        if (n > best) {
          best = n;
          column_left_[p][c] = x;
        }
    }
  }
  // A column's right edge on each page: where its lines end on that page (a producer may shift a
  // page's columns sideways); on a page with few lines of it, its left edge there plus the widest the
  // column is on any page.
  std::array<double, max_cells> width{};
  for (std::size_t p = 0; p < column_right_.size(); ++p)
    for (std::size_t c = 0; c < max_cells; ++c)
      if (column_right_[p][c] > 0) width[c] = std::max(width[c], column_right_[p][c] - column_left_[p][c]);
  spacing_.finish();
  struct open_row {
    std::array<cell_builder, max_cells> cells;
    std::array<field, max_cells> holds{};  // per cell from 3 on: the field its column of its own holds
    std::array<std::vector<const cell_line*>, max_cells> own_lines;  // ... a single-valued field's lines
    std::optional<std::string> due;  // its commitment's due date so far, once its label is seen
    bool dated = false;              // ... and it is whole: it ends in a figure ("Dic. 2007", "31-03-2009")
    const cell_line* last_commitment = nullptr;
    source_position where;
    std::string number;
    bool after_page_break = false;
    bool same_recommendation = false;
  };
  // The open row, after the rows of the same recommendation's earlier commitments: the first of
  // them receives the recommendation's column (a cell spanning its commitments' rows) until the next
  // row starts.
  std::vector<open_row> group;
  bool continued = false;
  int last_page = 0;
  auto flush = [&] {
    for (auto& o : group) {
      for (const auto& c : o.cells)
        for (const auto& d : c.doubtful_joins()) warn_doubtful_join(diags_, d);
      table_row r;
      for (std::size_t c = 0; c < 3; ++c) r.cells[c] = o.cells[c].finish();
      for (std::size_t c = 3; c < max_cells; ++c) {
        const field f = o.holds[c];
        if (f == field::none) continue;
        add_own_cell(r.cells[table_column_of(f)], f, single_valued(f) ? one_paragraph(o.own_lines[c], f) : o.cells[c].finish());
      }
      r.number = o.number;
      r.where = o.where;
      r.after_page_break = o.after_page_break;
      r.same_recommendation = o.same_recommendation;
      builder.add_row(std::move(r));
    }
    group.clear();
  };
  // Follows the commitment's due date over its lines; its label may wrap ("Fecha de" / "Vencimiento:
  // Dic." in a narrow column), its value start on the next line or the next page ("30" / "de junio
  // de 2008").
  auto note_due_date = [](open_row& o, const cell_line& l) {
    // The text after `label` (the one `text` starts with) when it is the due date's.
    auto due_value = [](std::string_view text, const std::optional<label_match>& label) -> std::optional<std::string> {
      if (!label || label->which != field::due) return std::nullopt;
      return std::string(text.substr(label->end));
    };
    if (!o.due) {
      o.due = due_value(l.text, l.leading_label());
      // (A label ends in a colon: without one in either line, the two joined start with none.)
      const bool colon = l.text.find(':') != std::string::npos ||
                         (o.last_commitment && o.last_commitment->text.find(':') != std::string::npos);
      if (!o.due && o.last_commitment && colon) {
        std::string joined(o.last_commitment->text);
        joined.append(1, ' ').append(l.text);
        o.due = due_value(joined, leading_label(joined, label_context::cell));
      }
    } else if (!o.dated) {
      o.due->append(1, ' ').append(l.text);  // (no joined copy made aside)
    }
    if (!o.due) return;
    std::string_view v = *o.due;
    while (!v.empty() && (v.back() == ' ' || v.back() == '.')) v.remove_suffix(1);
    o.dated = !v.empty() && v.back() >= '0' && v.back() <= '9';
  };
  // A commitment line `l` that starts another commitment of the open row's recommendation (a cell
  // spanning several commitments' rows, or merged over them): the row's commitment has printed its
  // due date ("Fecha de Vencimiento:" ends a commitment), a gap or a page lies between it and `l`,
  // and `l` starts a sentence (a capital; not a label).
  auto starts_next_commitment = [&](const cell_line& l) {
    if (group.empty() || !group.back().dated || !group.back().last_commitment) return false;
    if (!starts_upper(l.text) || starts_digit(l.text) || l.leading_label()) return false;
    const cell_line& last = *group.back().last_commitment;
    return l.page != last.page || l.top - last.top > spacing_.threshold(last.size);
  };
  take_row_markers();
  for (auto& s : segments_) {
    const bool new_page = s.page != last_page;
    bool starts = s.starts_row;
    if (starts && continued && new_page && !group.empty() && s.number == group.back().number) {
      starts = false;  // number printed again: its top is where the row's content starts
      diags_.furniture(s.where, furniture_rule::number_again, s.number);
      for (auto& c : group.back().cells) c.content_top(s.page, s.top);
    }
    if (starts || group.empty()) {
      flush();
      group.emplace_back();
      group.back().where = s.where;
      group.back().number = s.number;
    } else if (new_page) {
      group.back().after_page_break = true;
      // Where each column's neighbours start on the page the row goes on to.
      for (std::size_t c = 0; c < max_cells; ++c) {
        std::optional<double> others;
        for (std::size_t k = 0; k < max_cells; ++k)
          if (k != c && !s.cells[k].empty()) others = std::min(others.value_or(1e18), s.cells[k].front().top);
        if (others) group.back().cells[c].level_top(s.page, *others);
      }
    }
    const auto p = static_cast<std::size_t>(s.page - first_page_);
    std::array<double, max_cells> left{}, right{}, wrap{};
    for (std::size_t c = 0; c < max_cells; ++c) {
      left[c] = p < column_left_.size() ? column_left_[p][c] : 0;
      wrap[c] = p < column_wrap_.size() ? column_wrap_[p][c] : 0;
      right[c] = p < column_right_.size() && column_lines_[p][c] >= tuning::own_edge_lines ? column_right_[p][c]
                                                                                           : left[c] + width[c];
    }
    // The segment's lines column by column, up to a line that starts another commitment: the lines
    // above it go to the open row, the rest to a row of its own with the same number.
    std::array<std::size_t, max_cells> next{};
    auto add_above = [&](double limit) {
      for (std::size_t c = 0; c < max_cells; ++c) {
        for (; next[c] < s.cells[c].size() && s.cells[c][next[c]].top < limit; ++next[c]) {
          const cell_line& l = s.cells[c][next[c]];
          if (c >= 3) {
            group.back().holds[c] = s.holds[c];
            if (single_valued(s.holds[c])) {
              group.back().own_lines[c].push_back(&l);
              continue;
            }
          }
          (c == 0 ? group.front() : group.back()).cells[c].add(l, left[c], right[c], spacing_, wrap[c]);
          if (c != 1) continue;
          note_due_date(group.back(), l);
          group.back().last_commitment = &l;
        }
      }
    };
    for (const auto& l : s.cells[1]) {
      add_above(l.top - 0.5 * std::max(l.size, 1.0));
      if (!starts_next_commitment(l)) continue;
      const std::string number = group.back().number;
      group.emplace_back();
      group.back().where = l.where;
      group.back().number = number;
      group.back().same_recommendation = true;
      diagnostic d;
      d.where = l.where;
      d.level = severity::info;
      d.code = diagnostic_code::row_sequence;
      d.message = "another commitment of row " + quoted(number) +
                  " (its commitment column goes on after its due date): read as a row of its own with the same number";
      diags_.add(std::move(d));
    }
    add_above(1e18);
    continued = s.continued;
    last_page = s.page;
  }
  flush();
}

}  // namespace informe::detail::layout
