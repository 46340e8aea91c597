// From a parsed workbook to a report: where the table and the header are, what each column holds.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/unicode.hpp"
#include "grammar/dates.hpp"
#include "grammar/status.hpp"
#include "shared/spreadsheet/cell_text.hpp"
#include "shared/spreadsheet/layout.hpp"
#include "readers/spreadsheet/soft_breaks.hpp"
#include "readers/spreadsheet/two_row_head.hpp"
#include "readers/spreadsheet/workbook.hpp"

namespace informe::detail::sheets {

namespace {

constexpr int no_column = -1;

// Where a message applies: "FILE:Sheet!B7" for sheets, "FILE:LINE" (column named) for CSV.
class locator {
 public:
  locator(const workbook& book, diagnostics& diags) : book_(book), diags_(diags) {}

  void say(severity level, const sheet& s, int row, std::size_t column, std::string message,
           diagnostic_code code = diagnostic_code::other, std::string content = {}) const {
    diagnostic d;
    d.level = level;
    d.code = code;
    d.message = std::move(message);
    d.content = std::move(content);
    if (book_.by_line) {
      d.file = diags_.file();
      d.where = source_position{row, 0, 0};
      if (column != static_cast<std::size_t>(no_column)) d.message = "column " + column_name(column) + ": " + d.message;
    } else {
      std::string ref = column == static_cast<std::size_t>(no_column) ? std::to_string(row) : cell_ref(column, row);
      d.file = (diags_.file().empty() ? std::string() : diags_.file() + ":") + quoted_sheet(s.name) + "!" + ref;
    }
    diags_.add(std::move(d));
  }
  void warning(const sheet& s, int row, std::size_t column, std::string m,
               diagnostic_code code = diagnostic_code::other) const {
    say(severity::warning, s, row, column, std::move(m), code);
  }
  void error(const sheet& s, int row, std::size_t column, std::string m,
             diagnostic_code code = diagnostic_code::other) const {
    say(severity::error, s, row, column, std::move(m), code);
  }
  diagnostics& diags() const { return diags_; }

  static std::string column_name(std::size_t column) {
    std::string ref = cell_ref(column, 1);
    ref.pop_back();
    return ref;
  }

 private:
  static std::string quoted_sheet(const std::string& name) {
    for (char c : name) {
      if (c == ' ' || c == '!' || c == ':' || c == '\'') return "'" + name + "'";
    }
    return name;
  }
  const workbook& book_;
  diagnostics& diags_;
};

std::string number_text(double v) {
  if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    return buffer;
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", v);
  return buffer;
}

partial_date date_of(const cell& c) {
  partial_date d = c.when.date;
  if (c.precision <= 2) d.day = 0;
  if (c.precision <= 1) d.month = 0;
  return d;
}

// The cell's content as text: text as is, numbers without a needless ".0", dates in their precision.
std::string text_of(const cell& c) {
  switch (c.type) {
    case cell::kind::number: return number_text(c.number);
    case cell::kind::date: return c.has_time ? date_time_text(c.when) : date_text(date_of(c));
    case cell::kind::empty: return {};
    default: return c.text;
  }
}

std::string one_line(const cell& c) { return clean_text(text_of(c)); }

const cell* cell_at(const sheet_row& r, std::size_t column) {
  return column < r.cells.size() ? &r.cells[column] : nullptr;
}

// The table's title row: at least two titles naming columns, one of them a text column.
struct table_head {
  std::size_t row_index = 0;              // index into sheet.rows
  std::array<int, column_count> where{};  // column index of each column, or no_column
};

std::optional<table_head> find_table(const sheet& s, const vocabulary& words) {
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    table_head head;
    head.row_index = i;
    head.where.fill(no_column);
    int matched = 0;
    bool text_column = false;
    for (std::size_t c = 0; c < s.rows[i].cells.size(); ++c) {
      const cell& x = s.rows[i].cells[c];
      if (x.type != cell::kind::text || x.text.size() > 80) continue;
      auto col = words.match_column(x.text);
      if (!col) continue;
      ++matched;
      if (*col == column::recommendation || *col == column::commitment || *col == column::compliance)
        text_column = true;
    }
    if (matched >= 2 && text_column) return head;
  }
  return std::nullopt;
}

class builder {
 public:
  builder(const workbook& book, diagnostics& diags) : book_(book), at_(book, diags), words_(default_vocabulary()) {}

  report build() {
    soft_breaks_ = paragraphs_by_empty_lines(book_);
    const sheet* table_sheet = nullptr;
    std::optional<table_head> head;
    for (const auto& s : book_.sheets) {
      if ((head = find_table(s, words_))) {
        table_sheet = &s;
        break;
      }
    }
    if (!table_sheet) {
      throw error("no table of commitments: no row has column titles such as \"" + words_.title(column::number) +
                  "\", \"" + words_.title(column::recommendation) + "\", \"" + words_.title(column::commitment) + "\"");
    }
    for (const auto& s : book_.sheets) {
      if (&s == table_sheet) continue;
      read_header_rows(s, 0, s.rows.size());
    }
    read_header_rows(*table_sheet, 0, head->row_index);
    read_table(*table_sheet, *head);
    return std::move(out_);
  }

 private:
  // Label/value rows: the first non-empty cell a label, the next non-empty one its value.
  void read_header_rows(const sheet& s, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const sheet_row& r = s.rows[i];
      std::size_t c = 0;
      while (c < r.cells.size() && r.cells[c].empty()) ++c;
      if (c == r.cells.size()) continue;
      const cell& label = r.cells[c];
      std::size_t v = c + 1;
      while (v < r.cells.size() && r.cells[v].empty()) ++v;
      const cell* value = v < r.cells.size() ? &r.cells[v] : nullptr;
      std::string label_text = one_line(label);
      std::optional<header_field> f;
      if (label.type == cell::kind::text) f = words_.match_header(label_text);
      if (!f && label.type == cell::kind::text && !value) {
        // The title with its date in one cell: "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009".
        if (auto d = find_trailing_date(label_text); d && words_.is_title(title_part(label_text))) {
          set_once(s, r.number, c, header_field::cutoff_date, [&] { out_.cutoff_date = *d; });
          continue;
        }
      }
      if (!f) {
        if (words_.is_title(label_text) || (!value && is_title_only(label_text))) continue;  // the title alone
        at_.warning(s, r.number, c,
                    "unknown header row \"" + shorten(label_text) + "\"" +
                        (value ? " (value \"" + shorten(one_line(*value)) + "\")" : "") + " ignored",
                        diagnostic_code::unknown_label);
        continue;
      }
      for (std::size_t extra = v + 1; extra < r.cells.size(); ++extra) {
        if (!r.cells[extra].empty())
          at_.warning(s, r.number, extra,
                      "ignored cell \"" + shorten(one_line(r.cells[extra])) + "\" after the value of \"" +
                          shorten(label_text) + "\"");
      }
      if (!value) continue;  // a label without a value: the field is absent
      header_value(s, r.number, v, *f, *value);
    }
  }

  // A cell's rich text; where the workbook's paragraphs are apart by empty lines, a single line break
  // is one inside a paragraph.
  rich_text rich(const std::string& text) const {
    return decode_rich(soft_breaks_ ? join_soft_breaks(text) : text);
  }

  static std::string shorten(std::string s) {
    if (s.size() > 60) {
      const std::size_t cut = character_start(s, 57);
      s = s.substr(0, cut) + "...";
    }
    return s;
  }

  std::string title_part(const std::string& text) const {
    // Everything up to the last " al " / " AL ".
    std::string folded = fold(text);
    auto at = folded.rfind(" al ");
    if (at == std::string::npos) return {};
    return folded.substr(0, at + 3);
  }
  bool is_title_only(const std::string& text) const {
    std::string key = fold_title(text);
    return key.rfind("informe de cumplimiento", 0) == 0;
  }

  template <typename F>
  void set_once(const sheet& s, int row, std::size_t column, header_field f, F set) {
    auto i = static_cast<std::size_t>(f);
    if (seen_[i]) {
      at_.warning(s, row, column, "\"" + words_.label(f) + "\" given again; this value is ignored",
                  diagnostic_code::duplicate_field);
      return;
    }
    seen_[i] = true;
    set();
  }

  std::optional<partial_date> date_value(const sheet& s, int row, std::size_t column, const cell& c,
                                         const std::string& what) {
    if (c.type == cell::kind::date) return date_of(c);
    std::string t = one_line(c);
    if (auto d = parse_spanish_date(t)) return d;
    at_.error(s, row, column, what + ": not a date: \"" + shorten(t) + "\"", diagnostic_code::bad_date);
    return std::nullopt;
  }

  void header_value(const sheet& s, int row, std::size_t column, header_field f, const cell& c) {
    const std::string label = words_.label(f);
    switch (f) {
      case header_field::cutoff_date:
        if (auto d = date_value(s, row, column, c, label)) set_once(s, row, column, f, [&] { out_.cutoff_date = d; });
        break;
      case header_field::exit_date:
        if (auto d = date_value(s, row, column, c, label)) set_once(s, row, column, f, [&] { out_.exit_date = d; });
        break;
      case header_field::issued_at: {
        std::optional<date_time> t;
        if (c.type == cell::kind::date && c.precision == 3)
          t = c.when;
        else
          t = parse_date_time(one_line(c));
        if (!t) {
          at_.error(s, row, column, label + ": not a date and time: \"" + shorten(one_line(c)) + "\"",
                    diagnostic_code::bad_date);
          break;
        }
        set_once(s, row, column, f, [&] { out_.issued_at = t; });
        break;
      }
      case header_field::evaluation_year: {
        std::string t = one_line(c);
        int year = 0;
        bool ok = !t.empty() && t.size() <= 4 && t.find_first_not_of("0123456789") == std::string::npos;
        if (ok) year = std::stoi(t);
        if (c.type == cell::kind::date) {
          ok = true;
          year = c.when.date.year;
        }
        if (!ok || year < 1 || year > 9999) {
          at_.error(s, row, column, label + ": not a year: \"" + shorten(t) + "\"", diagnostic_code::bad_date);
          break;
        }
        set_once(s, row, column, f, [&] { out_.evaluation_year = year; });
        break;
      }
      case header_field::program: set_once(s, row, column, f, [&] { out_.program = one_line(c); }); break;
      case header_field::ministry: set_once(s, row, column, f, [&] { out_.ministry = one_line(c); }); break;
      case header_field::service: set_once(s, row, column, f, [&] { out_.service = one_line(c); }); break;
      case header_field::program_status: set_once(s, row, column, f, [&] { out_.program_status = one_line(c); }); break;
      case header_field::observation:
        set_once(s, row, column, f, [&] { out_.observation = rich(text_of(c)); });
        break;
    }
    if (c.formula)
      at_.warning(s, row, column, label + ": a formula; its cached value is used (formulas are never evaluated)",
                  diagnostic_code::formula);
  }

  void read_table(const sheet& s, table_head head) {
    const sheet_row& titles = s.rows[head.row_index];
    std::size_t first_row = head.row_index + 1;
    // Titles over two rows (group titles above sub-titles, as merged cells leave them): the lower row's
    // titles name the columns, a column without one keeps the title above it.
    std::optional<std::vector<std::optional<column>>> two_rows;
    if (first_row < s.rows.size() && s.rows[first_row].number == titles.number + 1)
      two_rows = two_row_titles(titles, s.rows[first_row], words_);
    const sheet_row& lower = two_rows ? s.rows[first_row] : titles;
    if (two_rows) ++first_row;
    auto title_of = [&](std::size_t c) -> const sheet_row* {  // the row whose cell titles column c, if any
      if (const cell* low = cell_at(lower, c); low && !low->empty()) return &lower;
      if (const cell* up = cell_at(titles, c); up && !up->empty()) return &titles;
      return nullptr;
    };
    const std::size_t width = std::max(titles.cells.size(), lower.cells.size());
    for (std::size_t c = 0; c < width; ++c) {
      const sheet_row* in = title_of(c);
      if (!in) continue;
      const cell& t = in->cells[c];
      auto col = two_rows ? (*two_rows)[c]
                          : (t.type == cell::kind::text ? words_.match_column(t.text) : std::nullopt);
      if (!col) {
        at_.warning(s, in->number, c, "unknown column \"" + shorten(one_line(t)) + "\": its cells are ignored",
                    diagnostic_code::unknown_label);
        continue;
      }
      auto& slot = head.where[static_cast<std::size_t>(*col)];
      if (slot != no_column) {
        at_.warning(s, in->number, c, "column \"" + shorten(one_line(t)) + "\" given twice: this one is ignored",
                    diagnostic_code::duplicate_field);
        continue;
      }
      slot = static_cast<int>(c);
      if (two_rows && !(t.type == cell::kind::text && words_.match_column(t.text)))  // the group's column
        at_.say(severity::info, s, in->number, c,
                "column \"" + shorten(one_line(t)) + "\" read as \"" + words_.title(*col) + "\", the title above it",
                diagnostic_code::layout_inferred, one_line(t));
    }
    auto has = [&](column c) { return head.where[static_cast<std::size_t>(c)] != no_column; };
    auto get = [&](const sheet_row& r, column c) -> const cell* {
      int at = head.where[static_cast<std::size_t>(c)];
      return at == no_column ? nullptr : cell_at(r, static_cast<std::size_t>(at));
    };
    auto where = [&](column c) { return static_cast<std::size_t>(head.where[static_cast<std::size_t>(c)]); };

    for (std::size_t i = first_row; i < s.rows.size(); ++i) {
      const sheet_row& r = s.rows[i];
      bool any = false;
      for (std::size_t c = 0; c < r.cells.size(); ++c) {
        if (r.cells[c].empty()) continue;
        bool known = false;
        for (int w : head.where) known = known || w == static_cast<int>(c);
        if (known) {
          any = true;
          if (r.cells[c].formula)
            at_.warning(s, r.number, c, "a formula; its cached value is used (formulas are never evaluated)",
                        diagnostic_code::formula);
          if (r.cells[c].type == cell::kind::error)
            at_.error(s, r.number, c, "an error value \"" + shorten(r.cells[c].text) + "\" is left out");
        } else if (!title_of(c)) {
          at_.warning(s, r.number, c, "cell \"" + shorten(one_line(r.cells[c])) + "\" has no column title: ignored");
        }
      }
      if (!any) continue;
      row x;
      x.source = source_position{r.number, 0, 0};
      auto text = [&](column c) -> std::string {
        const cell* v = get(r, c);
        if (!v || v->type == cell::kind::error) return {};
        return text_of(*v);
      };
      std::string number = clean_text(text(column::number));
      if (!number.empty() && number.back() == '.') number.pop_back();
      x.number = std::move(number);
      x.recommendation = rich(text(column::recommendation));
      x.responsible = clean_text(text(column::responsible));
      x.commitment = rich(text(column::commitment));
      x.compliance = rich(text(column::compliance));
      x.compliance_observation = rich(text(column::compliance_observation));
      x.verification = rich(text(column::verification));

      // Due date: a date cell, or text as the other readers accept it; the wording as printed from its
      // own column when there is one, else from a text cell or as a date cell shows it.
      if (const cell* d = get(r, column::due); d && !d->empty() && d->type != cell::kind::error) {
        if (d->type == cell::kind::date) {
          x.due = date_of(*d);
          if (!has(column::due_text)) x.due_text = clean_text(d->shown);  // the date as the sheet shows it
        } else {
          std::string t = one_line(*d);
          x.due = parse_spanish_date(t);
          if (!x.due) {
            if (has(column::due_text))
              at_.error(s, r.number, where(column::due), "not a date: \"" + shorten(t) + "\" (left out)",
                        diagnostic_code::bad_date);
            else
              at_.warning(s, r.number, where(column::due), "not a date: \"" + shorten(t) + "\" (kept as printed only)",
                          diagnostic_code::bad_date);
          }
          if (!has(column::due_text)) x.due_text = t;
        }
      }
      if (has(column::due_text)) x.due_text = clean_text(text(column::due_text));

      // Status: a word of the grammar's vocabulary; as printed from its own column when there is one.
      std::string status = clean_text(text(column::status));
      if (!status.empty()) {
        x.status = parse_status(without_status_decoration(status));
        if (!x.status) {
          if (has(column::status_text))
            at_.error(s, r.number, where(column::status), "unknown status \"" + shorten(status) + "\" (left out)",
                      diagnostic_code::bad_status);
          else
            at_.warning(s, r.number, where(column::status),
                        "unknown status \"" + shorten(status) + "\" (kept as printed only)",
                        diagnostic_code::bad_status);
        }
      }
      x.status_text = has(column::status_text) ? clean_text(text(column::status_text)) : status;
      out_.rows.push_back(std::move(x));
    }
  }

  const workbook& book_;
  locator at_;
  const vocabulary& words_;
  report out_;
  std::array<bool, header_field_count> seen_{};
  bool soft_breaks_ = false;  // paragraphs_by_empty_lines(book_)
};

}  // namespace

std::string cell_ref(std::size_t column, int row) {
  std::string letters;
  std::size_t n = column + 1;
  while (n > 0) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return letters + std::to_string(row);
}

report to_report(const workbook& book, diagnostics& diags) { return builder(book, diags).build(); }

}  // namespace informe::detail::sheets
