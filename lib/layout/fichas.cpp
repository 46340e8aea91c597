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

// Where a line of a ficha stands (page number, top), for the vertical gaps between its lines.
struct place {
  int page = 0;
  double top = 0;
};

// One field of a ficha: its label and its value's lines: first those beside the label's lines, then
// those below it (each with the layout line it is).
struct ficha_field {
  ficha_label label;
  std::vector<cell_line> lines;
  std::size_t beside = 0;               // lines[0, beside) stand beside the label
  std::vector<const line*> below;       // the layout lines of lines[beside, end)
  place label_at;                       // the label's first line
  source_position where;                // the label's
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

// Per page number, where the value column starts: the leftmost value beside a label.
std::map<int, double> value_lefts(const std::vector<ficha>& fichas) {
  std::map<int, double> out;
  for (const auto& f : fichas)
    for (const auto& fl : f.fields)
      for (std::size_t i = 0; i < fl.beside; ++i) {
        auto [at, added] = out.try_emplace(fl.lines[i].page, fl.lines[i].x0);
        at->second = std::min(at->second, fl.lines[i].x0);
      }
  return out;
}

// How far apart the fichas' lines stand: the widest gap between a ficha's consecutive lines on a
// page (but its last field's lines below its label, which are in question), and the median gap from
// one ficha's last line to the next ficha's first, where they share a page.
struct ficha_gaps {
  double widest = 0;
  std::optional<double> apart;
};

ficha_gaps gaps_of(const std::vector<ficha>& fichas) {
  ficha_gaps out;
  std::vector<double> apart;
  std::optional<place> end_of_last;
  for (const auto& f : fichas) {
    std::optional<place> before;
    auto step = [&](place p) {
      if (before && before->page == p.page) out.widest = std::max(out.widest, p.top - before->top);
      before = p;
    };
    for (std::size_t k = 0; k < f.fields.size(); ++k) {
      const auto& fl = f.fields[k];
      if (k == 0 && end_of_last && end_of_last->page == fl.label_at.page) apart.push_back(fl.label_at.top - end_of_last->top);
      step(fl.label_at);
      const std::size_t n = k + 1 == f.fields.size() ? fl.beside : fl.lines.size();
      for (std::size_t i = 0; i < n; ++i) step({fl.lines[i].page, fl.lines[i].top});
    }
    if (!f.fields.empty()) {
      const auto& last = f.fields.back();
      end_of_last = last.lines.empty() ? last.label_at : place{last.lines.back().page, last.lines.back().top};
    }
  }
  if (!apart.empty()) {
    std::nth_element(apart.begin(), apart.begin() + static_cast<std::ptrdiff_t>(apart.size() / 2), apart.end());
    out.apart = apart[apart.size() / 2];
  }
  return out;
}

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
                      std::string(l.text));
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
    ficha_field fl;
    fl.label = *m;
    fl.where = pending_.where;
    fl.label_at = {pending_.lines.front().second, pending_.lines.front().first->top};
    fichas_.back().fields.push_back(std::move(fl));
    for (auto& v : pending_.values) add_value(std::move(v));
    fichas_.back().fields.back().beside = fichas_.back().fields.back().lines.size();
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
      diags_.unplaced(value->where, "text before the first ficha's label; not read: " + quote_for_message(l.text), std::string(l.text));
      return;
    }
    fichas_.back().fields.back().below.push_back(&l);
    add_value(std::move(*value));
  }

  void add_value(cell_line value) { fichas_.back().fields.back().lines.push_back(std::move(value)); }

  // Line spacing, from consecutive lines of a field at one size.
  void sample_spacing() {
    for (const auto& f : fichas_)
      for (const auto& fl : f.fields)
        for (std::size_t i = 1; i < fl.lines.size(); ++i) {
          const cell_line &a = fl.lines[i - 1], &b = fl.lines[i];
          if (a.page == b.page && std::fabs(a.size - b.size) < 0.1) spacing_.sample(b.size, cell_builder::advance(a, b));
        }
  }

  // A ficha's last field takes the value column's lines below it up to the next ficha's label, but
  // the table ends somewhere: a closing note, a source line. Its lines end the field where one
  // - starts left of the value column (the leftmost start beside a label on its page);
  // - starts right of it and of the line above after a paragraph's gap, and is no list item (a
  //   centred or right-aligned note; not on a text grid, see below);
  // - or stands further below the line above it than the fichas' lines ever do from one another
  //   (their widest gap, and as far as the fichas stand apart when that is known).
  // Those lines and the rest below are named in warnings.
  void end_fichas_where_they_end() {
    const std::map<int, double> value_left = value_lefts(fichas_);
    const ficha_gaps gaps = gaps_of(fichas_);
    if (gaps.widest <= 0) return;  // nothing to measure by
    auto far = [&gaps](double gap, double size) {
      return gap > gaps.widest + tuning::ficha_gap_slack * size &&
             (gaps.apart ? gap >= *gaps.apart : gap > tuning::ficha_end_gap * gaps.widest);
    };
    for (auto& f : fichas_) {
      if (f.fields.empty()) continue;
      const bool last_ficha = &f == &fichas_.back();
      auto& fl = f.fields.back();
      place before = fl.beside > 0 ? place{fl.lines[fl.beside - 1].page, fl.lines[fl.beside - 1].top} : fl.label_at;
      std::size_t cut = fl.lines.size();
      bool doubted = false;
      for (std::size_t i = fl.beside; i < fl.lines.size() && cut == fl.lines.size(); ++i) {
        const cell_line& l = fl.lines[i];
        const double slack = label_slack(*fl.below[i - fl.beside]);
        const auto left = value_left.find(l.page);
        const bool left_of_values = left != value_left.end() && l.x0 < left->second - slack;
        // After a paragraph's gap, a line that starts right of the column and of the line above (a
        // centred or right-aligned note) and is no list item. Not on a text grid: there a list's
        // drawn bullets are gone and its items stand indented just so.
        const bool after_gap = l.page == before.page && l.top - before.top >= tuning::ficha_paragraph_gap * l.size;
        const double aligned = std::max(left != value_left.end() ? left->second : l.x0, i > 0 ? fl.lines[i - 1].x0 : l.x0);
        const bool set_right = !l.bullet && !l.dash && l.x0 > aligned + slack;
        if (left_of_values || (after_gap && set_right && !l.estimated) ||
            (l.page == before.page && far(l.top - before.top, l.size)))
          cut = i;
        else if (after_gap && set_right && last_ficha && !doubted) {
          // On a text grid such a line may be a list's item (its bullet drawn, and lost) or a note
          // below the fichas: kept, and said, once.
          diags_.warning(l.where,
                         "a line set apart and indented below the last ficha's last field was read as its list "
                         "item; it may be text after the fichas: " + quote_for_message(l.text),
                         diagnostic_code::layout_inferred);
          doubted = true;
        }
        before = {l.page, l.top};
      }
      for (std::size_t i = cut; i < fl.lines.size(); ++i) {
        const line& l = *fl.below[i - fl.beside];
        diags_.unplaced(fl.lines[i].where,
                        "text below a ficha, apart from its last field, was not read: " + quote_for_message(l.text), std::string(l.text));
      }
      fl.lines.resize(cut);
      fl.below.resize(cut - fl.beside);
    }
  }

  // The pending label's lines never made a label: named in warnings.
  void give_up_pending() {
    for (const auto& [l, page_number] : pending_.lines)
      diags_.unplaced(position_of(*l, page_number),
                      "the fichas' label column holds text that is no field's label; not read: " +
                          quote_for_message(l->text),
                      std::string(l->text));
    pending_.clear();
  }

  void finish() {
    end_fichas_where_they_end();
    sample_spacing();
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
        // The label says a commitment starts here, in sequence or not; out of it, that is said.
        if (!last_number_.empty() && !follows_in_sequence(last_number_, r.number) && !first_under(last_number_, r.number))
          diags_.warning(fl.lines.front().where,
                         "row number " + r.number + " breaks the sequence (the previous row is " + last_number_ +
                             "); a ficha of its own, read as a new row",
                         diagnostic_code::row_sequence);
        last_number_ = r.number;
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
  std::string last_number_;                           // the last ficha's row number
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
