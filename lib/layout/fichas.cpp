#include "layout/fichas.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include "core/unicode.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/row_numbers.hpp"
#include "layout/cells.hpp"
#include "layout/doubtful_joins.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// A line's label part: its words before the first wide gap (first_label_gap), and where its value
// starts (the word count when it has none).
struct label_part {
  std::size_t gap = 0;
  std::string text;  // empty when the part is too long to be a label
};

label_part label_of(const line& l) {
  label_part out;
  out.gap = first_label_gap(l);
  if (out.gap == 0 || out.gap > tuning::ficha_label_words || l.text.size() > tuning::ficha_line_bytes) return out;
  if (auto t = words_in_text(l, 0, out.gap)) out.text = std::string(*t);
  else join_words(l.words, 0, out.gap, out.text);
  return out;
}

// How far from the label column a line may start and still be in it.
double label_slack(const line& l) { return tuning::ficha_label_slack * std::max(l.size, 1.0); }

bool in_label_column(const line& l, double label_x) { return l.x0 <= label_x + label_slack(l); }

// A label of a ficha's other fields, or its first words wrapped in a narrow label column.
bool opens_field(const std::string& label) {
  if (label.empty()) return false;
  const auto m = match_ficha_label(label);
  return m ? !m->number : is_ficha_label_start(label);
}

// Where page `ls`'s label column stands, from line `from` on: the leftmost line whose label part is a
// ficha's label; nullopt when none is.
std::optional<double> label_column(const std::vector<line>& ls, std::size_t from) {
  std::optional<double> x;
  for (std::size_t i = from; i < ls.size(); ++i) {
    const line& l = ls[i];
    if (l.skipped() || l.words.empty()) continue;
    if (x && l.x0 >= *x) continue;  // no further left: nothing to learn (most lines)
    if (match_ficha_label(label_of(l).text)) x = l.x0;
  }
  return x;
}

// One field of a ficha: its label and its value's lines.
struct ficha_field {
  ficha_label label;
  std::vector<cell_line> lines;
  source_position where;  // the label's
};

struct ficha {
  std::vector<ficha_field> fields;
  source_position where;  // its number's label
};

// The label column's pieces read so far that make no label yet ("Organismo" before "Responsable"),
// with the value lines beside and below them.
struct pending_label {
  std::string text;
  source_position where;
  std::vector<std::pair<const line*, int>> lines;  // every line taken (page number), for a warning
  std::vector<cell_line> values;
  bool empty() const { return lines.empty(); }
  void clear() {
    text.clear();
    where = {};
    lines.clear();
    values.clear();
  }
};

class ficha_reader {
 public:
  ficha_reader(report_builder& builder, diagnostics& diags) : builder_(builder), diags_(diags) {}

  void read(const std::vector<std::vector<line>>& pages, const std::vector<int>& numbers, ficha_start start) {
    std::optional<double> label_x;
    for (std::size_t p = start.page; p < pages.size(); ++p) {
      const auto& ls = pages[p];
      const std::size_t from = p == start.page ? start.line : 0;
      // Each page's own label column (a producer may set the next page's fichas elsewhere); a page of
      // values only goes on with the last.
      if (auto x = label_column(ls, from)) label_x = x;
      const int page_number = p < numbers.size() ? numbers[p] : static_cast<int>(p) + 1;
      for (std::size_t i = from; i < ls.size(); ++i) {
        const line& l = ls[i];
        if (l.skipped() || l.words.empty()) continue;
        if (label_x && in_label_column(l, *label_x)) label_line(l, page_number);
        else value_line(l, page_number);
      }
    }
    give_up_pending();
    finish();
  }

  bool spaces_paragraphs() const { return spacing_.spaces_any(); }

 private:
  void label_line(const line& l, int page_number) {
    const label_part part = label_of(l);
    std::optional<cell_line> value;
    if (part.gap < l.words.size()) value = make_cell_line(l, part.gap, l.words.size(), page_number);
    if (!pending_.empty()) {
      const std::string joined = part.text.empty() ? std::string() : pending_.text + " " + part.text;
      if (!joined.empty() && (match_ficha_label(joined) || is_ficha_label_start(joined))) {
        take(l, page_number, joined, std::move(value));
        return;
      }
      give_up_pending();
    }
    if (part.text.empty() || !(match_ficha_label(part.text) || is_ficha_label_start(part.text))) {
      diags_.unplaced(position_of(l, page_number),
                      "a line in the fichas' label column that is no field's label; not read: " +
                          quote_for_message(l.text),
                      l.text);
      return;
    }
    pending_.where = position_of(l, page_number);
    take(l, page_number, part.text, std::move(value));
  }

  // Line `l` adds to the pending label, which now reads `text`: a whole label starts its field.
  void take(const line& l, int page_number, const std::string& text, std::optional<cell_line> value) {
    pending_.text = text;
    pending_.lines.emplace_back(&l, page_number);
    if (value) pending_.values.push_back(std::move(*value));
    const auto m = match_ficha_label(pending_.text);
    if (!m) return;
    if (m->number || fichas_.empty()) {
      fichas_.emplace_back();
      fichas_.back().where = pending_.where;
    }
    fichas_.back().fields.push_back({*m, {}, pending_.where});
    for (auto& v : pending_.values) add_value(std::move(v));
    pending_.clear();
  }

  void value_line(const line& l, int page_number) {
    auto value = make_cell_line(l, 0, l.words.size(), page_number);
    if (!value) return;
    if (!pending_.empty()) {
      pending_.lines.emplace_back(&l, page_number);
      pending_.values.push_back(std::move(*value));
      return;
    }
    if (fichas_.empty() || fichas_.back().fields.empty()) {
      diags_.unplaced(value->where, "text before the first ficha's label; not read: " + quote_for_message(l.text), l.text);
      return;
    }
    add_value(std::move(*value));
  }

  void add_value(cell_line value) {
    auto& lines = fichas_.back().fields.back().lines;
    if (!lines.empty() && lines.back().page == value.page && std::fabs(lines.back().size - value.size) < 0.1)
      spacing_.sample(value.size, cell_builder::advance(lines.back(), value));
    lines.push_back(std::move(value));
  }

  // The pending label's lines never made a label: named in warnings.
  void give_up_pending() {
    for (const auto& [l, page_number] : pending_.lines)
      diags_.unplaced(position_of(*l, page_number),
                      "the fichas' label column holds text that is no field's label; not read: " +
                          quote_for_message(l->text),
                      l->text);
    pending_.clear();
  }

  void finish() {
    spacing_.finish();
    // Each page's value column, left to right: where its lines start and end.
    for (const auto& f : fichas_)
      for (const auto& fl : f.fields)
        for (const auto& l : fl.lines) {
          auto [at, added] = extent_.try_emplace(l.page, l.x0, l.x1);
          at->second.first = std::min(at->second.first, l.x0);
          at->second.second = std::max(at->second.second, l.x1);
        }
    for (const auto& f : fichas_) row(f);
  }

  cell value_cell(const ficha_field& fl) {
    if (fl.label.which != field::none && single_valued(fl.label.which)) {
      std::vector<const cell_line*> lines;
      for (const auto& l : fl.lines) lines.push_back(&l);
      return one_paragraph(lines, fl.label.which);
    }
    cell_builder b;
    for (const auto& l : fl.lines) {
      const auto& [left, right] = extent_[l.page];
      b.add(l, left, right, spacing_);
    }
    for (const auto& d : b.doubtful_joins()) warn_doubtful_join(diags_, d);
    return b.finish();
  }

  void row(const ficha& f) {
    table_row r;
    r.where = f.where;
    bool values = false, numbered = false;
    for (const auto& fl : f.fields) {
      if (!fl.label.number) {
        values = values || !fl.lines.empty();
        continue;
      }
      std::string text;
      for (const auto& l : fl.lines) text += (text.empty() ? "" : " ") + l.text;
      if (text.empty()) continue;
      if (const auto n = row_number_text(text); n && !numbered) {
        r.number = std::string(*n);
        numbered = true;
      } else {
        diags_.unplaced(fl.lines.front().where, "a ficha's number holds no row number; not read: " + quote_for_message(text), text);
      }
    }
    if (!numbered && values) {
      // No structure tells a new row then: the grammar joins its fields to the row before (or reads
      // them as a row without number), as it does a table's line without one.
      diags_.warning(f.where, "a ficha without a row number: its fields go on the commitment before",
                     diagnostic_code::row_sequence);
    }
    if (!values) {
      std::string message = "the ficha";
      if (!r.number.empty()) message.append(" ").append(quote_for_message(r.number));
      message += " holds no values: every field's label stands alone";
      diags_.warning(f.where, std::move(message), diagnostic_code::row_sequence);
    }
    // The three columns' values first, then each labelled field after its label as structure.
    for (const auto& fl : f.fields) {
      if (fl.label.column < 0 || fl.lines.empty()) continue;
      cell& into = r.cells[static_cast<std::size_t>(fl.label.column)];
      cell c = value_cell(fl);
      if (c.empty()) continue;
      if (!into.empty()) into.add_break(c.where);
      if (!into.where.known()) into.where = c.where;
      into.fragments.insert(into.fragments.end(), c.fragments.begin(), c.fragments.end());
    }
    for (const auto& fl : f.fields) {
      if (fl.label.which == field::none || fl.lines.empty()) continue;
      add_own_cell(r.cells[table_column_of(fl.label.which)], fl.label.which, value_cell(fl));
    }
    builder_.add_row(std::move(r));
  }

  report_builder& builder_;
  diagnostics& diags_;
  std::vector<ficha> fichas_;
  pending_label pending_;
  spacing spacing_;
  std::map<int, std::pair<double, double>> extent_;  // per page number: the value column's left and right
};

}  // namespace

std::optional<ficha_start> find_fichas(const std::vector<std::vector<line>>& pages) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& ls = pages[p];
    for (std::size_t i = 0; i < ls.size(); ++i) {
      const line& l = ls[i];
      if (l.skipped() || l.words.size() < 2) continue;
      const label_part part = label_of(l);
      if (part.gap >= l.words.size() || !names_a_commitment(part.text)) continue;
      // The next lines: the first in its label column tells (its number's wrapped value aside).
      std::size_t looked = 0;
      bool decided = false;
      for (std::size_t q = p, k = i + 1; q < pages.size() && looked < tuning::ficha_lookahead && !decided; ++q, k = 0) {
        for (; k < pages[q].size() && looked < tuning::ficha_lookahead; ++k) {
          const line& n = pages[q][k];
          if (n.skipped() || n.words.empty()) continue;
          ++looked;
          if (std::fabs(n.x0 - l.x0) > label_slack(l)) continue;
          if (opens_field(label_of(n).text)) return ficha_start{p, i};
          decided = true;
          break;
        }
      }
    }
  }
  return std::nullopt;
}

bool read_fichas(const std::vector<std::vector<line>>& pages, const std::vector<int>& page_numbers, ficha_start start,
                 report_builder& builder, diagnostics& diags) {
  ficha_reader reader(builder, diags);
  reader.read(pages, page_numbers, start);
  return reader.spaces_paragraphs();
}

namespace {

// A -layout text's line: its indent (blanks before its text), its first run (up to two blanks or
// more) and whether text follows that run.
struct spaced_line {
  std::size_t indent = 0;
  std::string_view first;
  bool more = false;
  bool blank = true;
};

spaced_line split_spaced(std::string_view l) {
  spaced_line out;
  std::size_t i = 0;
  while (i < l.size() && (l[i] == ' ' || l[i] == '\f' || l[i] == '\r')) ++i;
  if (i == l.size()) return out;
  out.blank = false;
  out.indent = i;
  std::size_t end = l.find("  ", i);
  if (end == std::string_view::npos) end = l.size();
  out.first = l.substr(i, end - i);
  while (!out.first.empty() && (out.first.back() == ' ' || out.first.back() == '\r')) out.first.remove_suffix(1);
  std::size_t rest = end;
  while (rest < l.size() && (l[rest] == ' ' || l[rest] == '\r')) ++rest;
  out.more = rest < l.size();
  return out;
}

}  // namespace

bool has_spaced_fichas(std::string_view text) {
  // The indent of the last line when it was a number's label with its value, else npos.
  std::size_t number_indent = std::string_view::npos;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(start, end - start);
    start = end + 1;
    if (l.size() > tuning::ficha_line_bytes) {
      number_indent = std::string_view::npos;
      continue;
    }
    const spaced_line s = split_spaced(l);
    if (s.blank) continue;
    if (number_indent != std::string_view::npos) {
      const std::size_t d = s.indent > number_indent ? s.indent - number_indent : number_indent - s.indent;
      if (d <= 1 && opens_field(std::string(s.first))) return true;
    }
    number_indent = std::string_view::npos;
    if (s.more && s.first.size() <= 16 && names_a_commitment(s.first)) number_indent = s.indent;
  }
  return false;
}

}  // namespace informe::detail::layout
