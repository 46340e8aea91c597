#include "layout/stacked_table.hpp"

#include <algorithm>
#include <cmath>
#include <memory_resource>
#include <string_view>

#include "core/unicode.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/row_numbers.hpp"
#include "layout/cells.hpp"
#include "layout/doubtful_joins.hpp"
#include "layout/furniture.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

constexpr const char* column_names[3] = {"recommendation", "commitment", "compliance"};

// The table column a line's title names: 0, 1, 2 for the three titles, -1 for the number column's,
// nullopt for any other text.
std::optional<int> title_of(const line& l) {
  if (l.text.size() > 40) return std::nullopt;
  if (names_number_column(l.text)) return -1;
  std::string_view t = l.text;
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.empty() || column_header_cell(t) != column_cell::title) return std::nullopt;
  const auto term = active_lexicon().column_title(fold(t));
  if (!term) return std::nullopt;
  switch (*term) {
    case detail::term::column_recommendation: return 0;
    case detail::term::column_commitment: return 1;
    case detail::term::column_compliance: return 2;
    default: return std::nullopt;
  }
}

// A line that is only a row number ("4", "4.", "1.2").
std::optional<std::string> bare_number(const line& l) {
  if (l.words.size() != 1) return std::nullopt;
  const auto n = row_number_text(l.text);
  if (!n) return std::nullopt;
  return std::string(*n);
}

// The label a line starts with, and the table column its field belongs in.
struct leading {
  field which = field::none;
  std::size_t column = 0;
};
std::optional<leading> leading_cell_label(const line& l) {
  const auto m = leading_label(l.text, label_context::cell);
  if (!m || m->which == field::none) return std::nullopt;
  return leading{m->which, table_column_of(m->which)};
}

// A label's paragraph ends its cell: the responsible office's ends the recommendation's, the due
// date's the commitment's (a single-valued field of the first two columns).
bool closes_cell(field f) { return single_valued(f) && table_column_of(f) < 2; }

// A line the page-number rule recognised. (Rules compare by name: each shared object of the library
// may hold its own copy of a rule's string, so their addresses may differ.)
bool page_number_furniture(const line& l) {
  return l.furniture != nullptr && std::string_view(l.furniture) == furniture_rule::page_number;
}

// The content lines, furniture left out. A bare number taken for the page's number (furniture.hpp)
// where no other page has one is kept: a row's number at a page's top or foot (row 2 on page 2).
std::vector<line_at> content_of(const std::vector<std::vector<line>>& pages) {
  std::size_t numbered = 0;
  for (const auto& ls : pages)
    numbered += std::any_of(ls.begin(), ls.end(), page_number_furniture);
  std::vector<line_at> out;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& l : pages[p]) {
      const bool lone_page_number = numbered == 1 && page_number_furniture(l) && bare_number(l);
      if ((l.skipped() && !lone_page_number) || l.words.empty()) continue;
      out.push_back({p, &l});
    }
  return out;
}

// The titles one below the other from `at` on: the three in order, the number column's first if
// any; the count of lines they take, or 0.
std::size_t stacked_titles(const std::vector<line_at>& content, std::size_t at) {
  std::size_t k = at;
  if (k < content.size() && title_of(*content[k].l) == -1) ++k;
  for (int expected = 0; expected < 3; ++expected, ++k)
    if (k >= content.size() || title_of(*content[k].l) != expected) return 0;
  return k - at;
}

// Splits one row's lines into the three columns by their labels (see the header). False when a
// label stands out of the columns' order or inside a line in another column than its line's.
class row_splitter {
 public:
  /// `left`, `right`: where the text's lines start and end, at the widest (the measure: a page of
  /// short cells ends short of it).
  row_splitter(stacked_row& row, const spacing& sp, double left, double right)
      : row_(row), spacing_(sp), left_(left), right_(right), column_(row.same_recommendation ? 1 : 0) {}

  /// Line `at`, after `before` (nullptr: the row's first) and before `after` (nullptr: none).
  bool add(line_at at, const line* before, const line* after) {
    const line& l = *at.l;
    // (After a label's value that ends its cell, the grid's fit asks for more room: a wrapped name's
    // rest is short, and read as the next cell's start it moves text between fields.)
    const double grid_slack = closing_ ? tuning::stacked_grid_fit_slack : tuning::estimated_fit_slack;
    bool new_paragraph = before == nullptr || starts_paragraph(*before, l, right_, grid_slack);
    // A label's value that ends its cell (an office, a date) is a few words: a line after it with no
    // gap that starts a sentence and ends one, or runs on over the next line, is the next cell's prose,
    // which a producer set right below it. Any other line there that starts with a capital may be
    // either. Both said.
    if (!new_paragraph && closing_ && column_ < 2 && starts_upper(l.text) && !starts_digit(l.text)) {
      const bool runs_on = after && after->top > l.top && !leading_cell_label(*after) &&
                           !starts_paragraph(l, *after, right_, tuning::estimated_fit_slack);
      const std::string_view text = l.text;
      const bool sentence = text.back() == '.' && text.find(' ') != std::string_view::npos;
      new_paragraph = runs_on || sentence;
      const std::string next = column_names[column_ + 1];
      std::string message = "row " + row_.number + ": the " + column_names[column_] +
                            "'s last label's value is followed, with no gap, by " + quote_for_message(text);
      message += new_paragraph ? ", a sentence: read as the " + next + "'s start"
                               : ": read as the value's end; it may be the " + next + "'s start";
      row_.guesses.emplace_back(at, std::move(message));
    }
    if (const auto lab = leading_cell_label(l)) {
      if (lab->column < column_) return false;
      if (lab->column > column_) move_to(lab->column, at, lab->which);
      paragraphs_.push_back(row_.lines.size());
      closing_ = closes_cell(lab->which);
      labelled_ = labelled_ || closing_;
    } else if (new_paragraph) {
      if (closing_ && column_ < 2) {
        ++column_;
        paragraphs_.clear();
        labelled_ = false;
      }
      closing_ = false;
      paragraphs_.push_back(row_.lines.size());
    }
    // A label inside the line belongs in the line's column.
    for (const auto& m : find_labels(l.text, label_context::cell))
      if (m.begin > 0 && m.which != field::none && table_column_of(m.which) != column_) return false;
    row_.lines.emplace_back(at, column_);
    return true;
  }

  // The row's end: paragraphs of a first or second column that no label closed hold the next
  // columns' text too.
  void finish() {
    if (column_ < 2 && !labelled_ && paragraphs_.size() > 1) move_to(2, {}, field::none);
  }

 private:
  // A gap wider than the line spacing, or a line before that would have held this line's first word
  // (a paragraph's end where the producer does not set paragraphs apart, pdftotext without -layout).
  // Across a page break, where no gap is seen, the latter, or a sentence's end before a capital.
  bool starts_paragraph(const line& before, const line& l, double right, double grid_slack) const {
    if (l.top < before.top) {
      if (ends_sentence(before.text) && starts_upper(l.text) && !starts_digit(l.text)) return true;
    } else if (l.top - before.top > spacing_.threshold(before.size)) {
      return true;
    }
    // (On a text grid a word's characters take one cell each, narrower than some letters are: the
    // larger of that and its estimated width, with `grid_slack` of the measure to spare: a line of
    // narrow letters takes more cells than a full line of wide ones.)
    const word& first = *l.words.front();
    const bool grid = l.on_grid();
    const double width = grid ? std::max(first.x1 - first.x0, first.estimated_width) : first.x1 - first.x0;
    const double slack = grid ? grid_slack * (right - left_) : 0.5;
    return !joins_without_space(before.text, l.text) &&
           before.x1 + tuning::space_width * std::max(before.size, 1.0) + width < right - slack;
  }

  // Column `to`'s label (at `at`; none: the row's end) after text the open column's label never
  // closed: the open column's paragraphs are split, the first staying, one to each column in
  // between, the rest to `to`; said.
  void move_to(std::size_t to, line_at at, field label) {
    if (!labelled_ && !paragraphs_.empty()) {
      // The first paragraph stays, the next go one to each column up to `to`, which takes the rest.
      std::size_t column = column_;
      for (std::size_t k = 0; k < paragraphs_.size(); ++k) {
        if (k > 0 && column < to) ++column;
        const std::size_t end = k + 1 < paragraphs_.size() ? paragraphs_[k + 1] : row_.lines.size();
        for (std::size_t i = paragraphs_[k]; i < end; ++i) row_.lines[i].second = column;
      }
      if (paragraphs_.size() > 1 || label != field::none) guess(to, at, label);
    }
    column_ = to;
    paragraphs_.clear();
    labelled_ = false;
    closing_ = false;
  }

  void guess(std::size_t to, line_at at, field label) {
    static constexpr const char* closing_label[2] = {"the responsible office's", "the due date's"};
    std::string message = "row " + row_.number + ": its cells, printed one below the other, are told apart by their "
                          "labels, and the " + column_names[column_] + "'s has no label to end it (" +
                          closing_label[column_] + ")";
    if (label != field::none) {
      const auto m = leading_label(at.l->text, label_context::cell);
      message += " before " + quote_for_message(std::string_view(at.l->text).substr(0, m ? m->end : 0));
    }
    message += ": its first paragraph is read as the " + std::string(column_names[column_]) + ", ";
    message += paragraphs_.size() == 1 ? "and the " : "the next as the ";
    for (std::size_t c = column_ + 1; c <= to; ++c)
      message += std::string(c > column_ + 1 ? " and " : "") + column_names[c];
    if (paragraphs_.size() == 1) message += " as empty";
    else if (paragraphs_.size() > to - column_ + 1) message += " (the last taking the rest)";
    const line_at where = at.l ? at : row_.lines.empty() ? row_.number_line : row_.lines.back().first;
    row_.guesses.emplace_back(where, std::move(message));
  }

  stacked_row& row_;
  const spacing& spacing_;
  double left_, right_;
  std::size_t column_;  // the open column: a row of the same recommendation has none of its own
  std::vector<std::size_t> paragraphs_;  // where the open column's paragraphs start, in row_.lines
  bool closing_ = false;                 // the open paragraph is a label's that ends its cell
  bool labelled_ = false;                // the open column's cell has its closing label
};

// Where the cells hardly wrap (short texts), a PDF's table is one column when all its lines start
// at its left edge or in a list's indent from it. (Not a text grid's: text extracted without -layout
// starts every line at the margin, whatever its columns.)
bool one_left_edge(const stacked_table& t) {
  for (const auto& r : t.rows) {
    if (r.number_line.l->on_grid()) return false;
    for (const auto& [at, column] : r.lines)
      if (at.l->x0 - t.left > tuning::stacked_indent * std::max(at.l->size, 1.0)) return false;
  }
  return !t.rows.empty();
}

// The lines that wrapped inside a paragraph fill the text's width (every content line's, the header's
// too): the table's cells are as wide as the text, not narrow columns extracted one after the other.
bool fills_text_width(const stacked_table& t, const std::vector<line_at>& content, const spacing& sp) {
  double left = 1e18, right = -1e18;
  for (const auto& c : content) {
    left = std::min(left, c.l->x0);
    right = std::max(right, c.l->x1);
  }
  const double width = right - left;
  if (!(width > 0)) return false;
  std::vector<double> fills;
  for (const auto& r : t.rows)
    for (std::size_t i = 1; i < r.lines.size(); ++i) {
      const auto& [a, ca] = r.lines[i - 1];
      const auto& [b, cb] = r.lines[i];
      const bool wrapped = ca == cb && a.page == b.page && b.l->top > a.l->top &&
                           b.l->top - a.l->top <= sp.threshold(a.l->size);
      if (!wrapped || leading_cell_label(*b.l) || starts_enumerator(b.l->text) ||
          is_bullet_char(first_code_point(b.l->text)))
        continue;
      fills.push_back((a.l->x1 - left) / width);
    }
  if (fills.size() < tuning::stacked_wrapped_lines) return one_left_edge(t);
  std::nth_element(fills.begin(), fills.begin() + static_cast<std::ptrdiff_t>(fills.size() / 2), fills.end());
  return fills[fills.size() / 2] >= tuning::stacked_fill;
}

}  // namespace

std::optional<stacked_table> find_stacked_table(const std::vector<std::vector<line>>& pages) {
  const std::vector<line_at> content = content_of(pages);
  std::size_t at = 0, titles = 0;
  for (; at < content.size() && !(titles = stacked_titles(content, at)); ++at) {}
  if (titles == 0) return std::nullopt;
  stacked_table t;
  t.page = content[at].page;
  t.line = static_cast<std::size_t>(content[at].l->index - 1);
  for (std::size_t k = at; k < at + titles; ++k) t.titles.push_back(content[k]);
  // The line spacing, from consecutive lines below the titles.
  spacing sp;
  for (std::size_t k = at + titles + 1; k < content.size(); ++k) {
    const line &a = *content[k - 1].l, &b = *content[k].l;
    if (content[k - 1].page == content[k].page && std::fabs(a.size - b.size) < 0.1 && b.top > a.top)
      sp.sample(b.size, b.top - a.top);
  }
  sp.finish();
  // The table's measure, from its own lines (a header above may run wider).
  t.left = 1e18;
  t.right = -1e18;
  for (std::size_t k = at + titles; k < content.size(); ++k) {
    t.left = std::min(t.left, content[k].l->x0);
    t.right = std::max(t.right, content[k].l->x1);
  }
  std::optional<row_splitter> split;
  const line* before = nullptr;
  for (std::size_t k = at + titles; k < content.size(); ++k) {
    const line_at c = content[k];
    const auto number = bare_number(*c.l);
    // The first row comes right below the titles, numbered as a table's first ("1", "1.1").
    const std::string_view previous = t.rows.empty() ? std::string_view() : std::string_view(t.rows.back().number);
    const bool next_row =
        number && (follows_in_sequence(previous, *number) || (!previous.empty() && first_under(previous, *number)));
    // The row's number again, after its text: another commitment of its recommendation (printed with
    // an empty recommendation's cell, which a stacked print leaves out).
    const bool same = number && !previous.empty() && same_row_number(previous, *number) && !t.rows.back().lines.empty();
    if (!split && !next_row) return std::nullopt;
    if (next_row || same) {
      if (c.l->furniture) t.numbers_on_furniture.push_back(c);
      if (split) split->finish();
      t.rows.emplace_back();
      t.rows.back().number = *number;
      t.rows.back().number_line = c;
      t.rows.back().same_recommendation = same;
      split.emplace(t.rows.back(), sp, t.left, t.right);
      before = nullptr;
      continue;
    }
    if (c.l->furniture) continue;  // a page's number after all
    // A bare number out of sequence is the row's text; said unless it goes on a sentence's line.
    if (number && before && (c.l->top - before->top > sp.threshold(before->size) || ends_sentence(before->text)))
      t.stray_numbers.push_back(c);
    const line* after = k + 1 < content.size() && content[k + 1].page == c.page ? content[k + 1].l : nullptr;
    if (!split->add(c, before, after)) return std::nullopt;
    if (before && content[k - 1].page == c.page && c.l->top - before->top > sp.threshold(before->size))
      ++t.paragraph_gaps;
    before = c.l;
  }
  if (t.rows.empty()) return std::nullopt;
  split->finish();
  if (!fills_text_width(t, content, sp)) return std::nullopt;
  return t;
}

bool read_stacked_table(const stacked_table& t, const std::vector<int>& page_numbers, report_builder& builder,
                        diagnostics& diags) {
  // The cells' lines and line spacing.
  std::pmr::monotonic_buffer_resource text_memory;
  std::vector<std::vector<std::vector<cell_line>>> cells(t.rows.size());
  spacing sp;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    cells[r].resize(3);
    for (const auto& [at, column] : t.rows[r].lines) {
      auto cl = make_cell_line(*at.l, 0, at.l->words.size(), page_numbers[at.page], &text_memory);
      if (!cl) continue;
      auto& into = cells[r][column];
      if (!into.empty() && into.back().page == cl->page && std::fabs(into.back().size - cl->size) < 0.1)
        sp.sample(cl->size, cell_builder::advance(into.back(), *cl));
      into.push_back(std::move(*cl));
    }
  }
  sp.finish();
  std::vector<dropped_marker> dropped;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const stacked_row& row = t.rows[r];
    for (const auto& [at, message] : row.guesses)
      diags.warning(position_of(*at.l, page_numbers[at.page]), message, diagnostic_code::layout_inferred);
    table_row out;
    out.number = row.number;
    out.same_recommendation = row.same_recommendation;
    out.where = position_of(*row.number_line.l, page_numbers[row.number_line.page]);
    for (std::size_t c = 0; c < 3; ++c) {
      auto& lines = cells[r][c];
      if (lines.empty()) continue;
      dropped.clear();
      take_drawn_markers(lines, t.left, dropped);
      for (const auto& m : dropped) diags.furniture(m.where, furniture_rule::list_marker, m.text);
      cell_builder b;
      for (const auto& l : lines) b.add(l, t.left, t.right, sp);
      for (const auto& d : b.doubtful_joins()) warn_doubtful_join(diags, d);
      out.cells[c] = b.finish();
    }
    builder.add_row(std::move(out));
  }
  for (const auto& c : t.stray_numbers)
    diags.warning(position_of(*c.l, page_numbers[c.page]),
                  "a line holding only " + quote_for_message(c.l->text) +
                      " does not follow the row before in sequence: read as that row's text",
                  diagnostic_code::row_sequence);
  return sp.spaces_any();
}

bool reads_as_stacked_table(const std::vector<page>& pages) {
  std::size_t word_count = 0;
  for (const auto& pg : pages) word_count += pg.words.size();
  std::pmr::monotonic_buffer_resource memory(word_count * sizeof(const word*) + 4096);
  std::vector<std::vector<line>> lines;
  lines.reserve(pages.size());
  for (const auto& pg : pages) lines.push_back(build_lines(pg, &memory));
  mark_furniture(lines);
  const auto t = find_stacked_table(lines);
  return t && t->paragraph_gaps >= t->rows.size();
}

}  // namespace informe::detail::layout
