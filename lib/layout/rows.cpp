#include "layout/rows.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"
#include "layout/furniture.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// "12", "12." (a number column's text); nullopt for anything else.
std::optional<std::string> bare_number(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.empty() || t.size() > 6) return std::nullopt;
  for (char c : t)
    if (c < '0' || c > '9') return std::nullopt;
  return std::string(t);
}

long number_value(std::string_view digits) { return std::strtol(std::string(digits).c_str(), nullptr, 10); }

std::string quoted(const std::string& s) { return "\"" + (s.size() > 60 ? s.substr(0, 60) + "..." : s) + "\""; }

}  // namespace

void table_reader::begin_page(int page_number) {
  if (page_open_) end_page();
  if (first_page_ == 0) first_page_ = page_number;
  page_ = page_number;
  page_open_ = true;
  ended_on_page_ = false;
  page_segments_.clear();
  page_segments_.push_back(segment{});  // lines before the first row start continue the last row
  page_segments_.back().page = page_number;
  previous_ = {};
  last_top_ = {-1e9, -1e9, -1e9};
  interleaved_ = {0, 0, 0};
  last_line_top_ = 0;
  first_rec_line_ = true;
  last_number_top_ = -1e9;
  const auto index = static_cast<std::size_t>(page_number - first_page_);
  if (column_left_.size() <= index) column_left_.resize(index + 1, {1e9, 1e9, 1e9});
}

void table_reader::header(const header_columns& h, const std::vector<const line*>& body) {
  cols_ = columns_of(h, body);
  ended_on_page_ = false;
}

table_reader::segment& table_reader::segment_at(double top) {
  // The segment a line belongs to: the last one starting at or above it.
  for (auto it = page_segments_.rbegin(); it != page_segments_.rend(); ++it)
    if (it->starts_row && it->top <= top + tuning::row_top_slack) return *it;
  return page_segments_.front();
}

// Does the layout show a row boundary at this "N." line of the first column?
bool table_reader::row_boundary(const cell_line& cl, const line& l, long number) {
  const double size = std::max(previous_.size, std::max(cl.size, 1.0));
  // Strong signs in the first column: the first line of the page's table, a gap, a finished sentence.
  const bool strong = first_rec_line_ || !previous_.set || cl.top - previous_.top > tuning::row_gap * size ||
                      ends_sentence(previous_.text);
  // The other columns start new cells on this line: they have words here, and nothing just above.
  bool others = false;
  for (const word* w : l.words) {
    std::size_t c = cols_->of(w->x0) - (cols_->number ? 1 : 0);
    if (c == 1 || c == 2) {
      others = cl.top - last_top_[c] > tuning::row_gap * size;
      if (!others) break;
    }
  }
  const bool in_sequence = last_number_ < 0 || number == last_number_ + 1 || number == last_number_;
  if (in_sequence) return strong || others;
  if (strong && others) {
    diags_.warning(cl.where, "row number " + std::to_string(number) + " breaks the sequence (the previous row is " +
                                 std::to_string(last_number_) + "); read as a new row");
    return true;
  }
  return false;
}

void table_reader::add(const line& l) {
  const source_position at = position_of(l, page_);
  if ((!cols_ || ended_on_page_ || crosses_columns(l, *cols_)) && is_colophon(l.text)) {
    diags_.furniture(at, furniture_rule::colophon, l.text);
    return;
  }
  if (!cols_ || ended_on_page_) {
    diags_.unplaced(at, "text outside the commitments table was not read: " + quoted(l.text), l.text);
    return;
  }
  if (crosses_columns(l, *cols_)) {
    // A line across the columns: the table ends on this page (text below it, a note).
    ended_on_page_ = true;
    diags_.unplaced(at, "text across the table's columns was not read: " + quoted(l.text), l.text);
    return;
  }
  const std::size_t offset = cols_->number ? 1 : 0;  // logical column = physical - offset
  const auto page_index = static_cast<std::size_t>(page_ - first_page_);
  std::array<bool, 3> present{false, false, false};
  const double row_advance = l.top - last_line_top_;
  last_line_top_ = l.top;
  std::size_t a = 0;
  while (a < l.words.size()) {
    std::size_t c = cols_->of(l.words[a]->x0);
    std::size_t b = a + 1;
    while (b < l.words.size() && cols_->of(l.words[b]->x0) == c) ++b;
    auto cl = make_cell_line(l, a, b, page_);
    a = b;
    if (!cl) continue;
    if (is_continued_mark(cl->text)) {
      page_segments_.back().continued = true;
      diags_.furniture(cl->where, furniture_rule::continued, cl->text);
      continue;
    }
    if (is_no_status(cl->text)) {  // the writers' "Calificación: Sin calificación"
      diags_.furniture(cl->where, furniture_rule::placeholder, cl->text);
      continue;
    }
    if (cols_->number && c == 0) {
      auto n = bare_number(cl->text);
      if (n) {
        // A number wrapped in a narrow column ("10" / "0") continues the number above it.
        segment& last = page_segments_.back();
        if (last.starts_row && !last.number.empty() && cl->top - last_number_top_ > 0 &&
            cl->top - last_number_top_ <= tuning::wrapped_number_lines * std::max(cl->size, 1.0)) {
          last.number += *n;
          last_number_ = number_value(last.number);
          last_number_top_ = cl->top;
          continue;
        }
        last_number_top_ = cl->top;
        segment s;
        s.number = *n;
        s.starts_row = true;
        s.top = cl->top;
        s.where = cl->where;
        s.page = page_;
        last_number_ = number_value(s.number);
        page_segments_.push_back(std::move(s));
        continue;
      }
      c = offset;  // text in the number column: the recommendation's
    }
    std::size_t logical = c - offset;
    if (logical > 2) logical = 2;
    if (!cols_->number && logical == 0) {
      // "4. Replantear ..." at the left of the first column starts a row where the layout says so.
      std::size_t length = 0;
      if (auto n = leading_row_number(cl->text, &length)) {
        const long value = number_value(*n);
        if (row_boundary(*cl, l, value)) {
          segment s;
          s.number = std::string(*n);
          s.starts_row = true;
          s.top = cl->top;
          s.where = cl->where;
          s.page = page_;
          last_number_ = value;
          cl->text.erase(0, length);
          page_segments_.push_back(std::move(s));
        }
      }
      first_rec_line_ = false;
    }
    if (cl->estimated && !present[logical]) cl->interleaved = interleaved_[logical];
    present[logical] = true;
    segment& target = segment_at(cl->top);
    right_edge_[logical] = std::max(right_edge_[logical], cl->x1);
    column_left_[page_index][logical] = std::min(column_left_[page_index][logical], cl->x0);
    last_top_[logical] = cl->top;
    auto& cells = target.cells[logical];
    if (!cells.empty() && std::fabs(cells.back().size - cl->size) < 0.1)
      spacing_.sample(cl->size, cell_builder::advance(cells.back(), *cl));
    if (logical == 0) previous_ = {true, cl->top, cl->size, cl->text};
    if (cl->text.empty()) continue;  // a bare "4." whose text starts on the next line
    cells.push_back(std::move(*cl));
  }
  for (std::size_t c = 0; c < 3; ++c) interleaved_[c] = present[c] ? 0 : interleaved_[c] + row_advance;
}

void table_reader::end_page() {
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

void table_reader::finish(report_builder& builder) {
  if (page_open_) end_page();
  spacing_.finish();
  struct open_row {
    std::array<cell_builder, 3> cells;
    source_position where;
    std::string number;
    bool after_page_break = false;
  };
  std::optional<open_row> open;
  bool continued = false;
  int last_page = 0;
  auto flush = [&] {
    if (!open) return;
    table_row r;
    for (std::size_t c = 0; c < 3; ++c) r.cells[c] = open->cells[c].finish();
    r.number = open->number;
    r.where = open->where;
    r.after_page_break = open->after_page_break;
    builder.add_row(std::move(r));
    open.reset();
  };
  for (const auto& s : segments_) {
    const bool new_page = s.page != last_page;
    bool starts = s.starts_row;
    if (starts && continued && new_page && open && s.number == open->number) {
      starts = false;  // number printed again: its top is where the row's content starts
      for (auto& c : open->cells) c.content_top(s.page, s.top);
    }
    if (starts || !open) {
      flush();
      open.emplace();
      open->where = s.where;
      open->number = s.number;
    } else if (new_page) {
      open->after_page_break = true;
    }
    const auto p = static_cast<std::size_t>(s.page - first_page_);
    for (std::size_t c = 0; c < 3; ++c) {
      double left = p < column_left_.size() ? column_left_[p][c] : 0;
      for (const auto& l : s.cells[c]) open->cells[c].add(l, left, right_edge_[c], spacing_);
    }
    continued = s.continued;
    last_page = s.page;
  }
  flush();
}

}  // namespace informe::detail::layout
