// Reports typed by hand in Word: the commitments table is the table whose header row holds the
// three column titles (grammar's is_column_header), with an optional number column before them;
// everything above it is the header block (paragraphs, or a table of label | value rows); tables
// that follow with the same header row, or with the same columns and nothing but page breaks and
// blank paragraphs in between, continue it. Cells go to the grammar paragraph by paragraph; Word
// list items and typed bullets as list items. A row whose first cells continue a vertical merge
// (several commitments per recommendation) repeats the number of the row it continues. The page
// headers and footers may hold the title and header fields (page_parts.cpp). Where no table has the
// column titles: commitments printed as fichas (a label | value table each), or a table printed
// without its title row, read by its columns' places (untitled_columns, with a warning). Text placed
// nowhere is named in a warning.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/unicode.hpp"
#include "readers/docx/readers.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/grammar.hpp"
#include "grammar/lexicon.hpp"

namespace informe::detail::docx_reader {

namespace {

// Every paragraph of a cell's content, nested tables flattened.
void paragraphs_of(const std::vector<block>& content, std::vector<const paragraph*>& out) {
  for (const auto& b : content) {
    if (b.type == block::kind::paragraph) {
      out.push_back(&b.para);
    } else {
      for (const auto& r : b.tbl.rows)
        for (const auto& c : r.cells) paragraphs_of(c.content, out);
    }
  }
}

std::vector<const paragraph*> paragraphs_of(const table_cell& c) {
  std::vector<const paragraph*> out;
  paragraphs_of(c.content, out);
  return out;
}

std::string cell_text(const table_cell& c) {
  std::string out;
  for (const paragraph* p : paragraphs_of(c)) out += flat_text(*p) + " ";
  return collapse_whitespace(out);
}

source_position cell_where(const table_cell& c) {
  for (const paragraph* p : paragraphs_of(c)) return p->where();
  return {};
}

// `text` cut at its empty lines (a line break, blanks, another line break).
std::vector<std::string_view> apart_by_empty_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    std::size_t next = nl + 1;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next >= text.size() || text[next] != '\n') continue;
    out.push_back(text.substr(from, nl - from));
    while (next < text.size() && (text[next] == '\n' || text[next] == ' ' || text[next] == '\t')) ++next;
    from = next;
    nl = next - 1;
  }
  out.push_back(text.substr(from));
  return out;
}

// A typed bullet ("• ", "- ") at the start of the text.
bool typed_bullet(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  return !t.empty() && strip_list_marker(t).size() != t.size();
}

// The grid columns of the commitments table.
struct labelled_column {
  int column = 0;
  std::size_t into = 0;  // 0 recommendation, 1 commitment, 2 compliance
  field which = field::none;  // the field its cells hold
};

struct columns {
  std::vector<labelled_column> labelled;
  int number = -1;
  std::array<int, 3> main{-1, -1, -1};  // recommendation, commitment, compliance
  int width = 0;                        // grid columns in the header row
};

struct placed_cell {
  const table_cell* cell;
  int first;
  int span;
};

std::vector<placed_cell> placed(const table_row& r) {
  std::vector<placed_cell> out;
  int col = r.grid_before;
  for (const auto& c : r.cells) {
    out.push_back({&c, col, c.grid_span});
    col += c.grid_span;
  }
  return out;
}

// The cell of `r` covering grid column `col`, or null.
const table_cell* cell_at(const table_row& r, int col) {
  if (col < 0) return nullptr;
  for (const auto& pc : placed(r))
    if (col >= pc.first && col < pc.first + pc.span) return pc.cell;
  return nullptr;
}

bool continues_merge(const table_cell* c) { return c && c->vmerge == table_cell::merge::continued; }

// True when `text` alone is one of the table's column titles (the grammar's vocabulary).
bool column_title(std::string_view text) {
  std::array<std::string_view, 2> twice{text, text};
  return text.size() <= 40 && is_column_header(twice);
}

// The columns when `r` is the commitments table's header row: three titled columns in order; at
// most one short untitled or numbering cell before them ("N°", "Nº", "#", ""); and columns titled
// by a cell label ("Fecha de Vencimiento", "Calificación"), whose cells are read as that field's value
// in the cell the field belongs to; so are columns with a title of their own for such a field ("Plazo",
// "Responsable", "Estado": grammar's match_column_title).
std::optional<columns> header_columns(const table_row& r) {
  auto cells = placed(r);
  columns out;
  std::size_t titles = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string text = cell_text(*cells[i].cell);
    if (text.size() > 80) return std::nullopt;
    if (column_title(text)) {
      if (titles == 3) return std::nullopt;
      out.main[titles++] = cells[i].first;
    } else if (titles == 0 && i == 0 && text.size() <= 8 && !leading_row_number(text + " ")) {
      out.number = cells[i].first;  // "N°", "#", or an untitled first column
    } else if (text.empty()) {
      continue;
    } else {
      std::string label = text;
      while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '*')) label.pop_back();
      // "Plazo", "Estado": a title only a column carries; its cells are the field's values
      const field which = match_column_title(label).which;
      if (which == field::none) return std::nullopt;
      out.labelled.push_back({cells[i].first, table_column_of(which), which});
    }
  }
  if (titles < 3) return std::nullopt;
  out.width = cells.back().first + cells.back().span;
  return out;
}

// Column titles over two rows: `head` (a header row, `cols` its columns) has a title merged across two
// or more grid columns (w:gridSpan) and `sub`, the row below it, sub-titles under it ("Compromiso" over
// "Descripción" | "Plazo"). A sub-title naming a field's column ("Plazo", "Calificación": grammar's
// match_column_title) takes that field; the first naming none under a title takes the title's column. The
// other titles are merged down over both rows (w:vMerge) or stand over an empty cell. False, `cols` as it
// was, when `sub` is no such row.
bool sub_titles(const table_row& head, const table_row& sub, columns& cols) {
  const auto titles = placed(head);
  columns out = cols;
  std::vector<int> taken;  // the groups whose column a sub-title took
  bool any = false;
  for (const auto& pc : placed(sub)) {
    const std::string text = cell_text(*pc.cell);
    if (text.empty() || text.size() > max_sub_title_bytes) {
      if (text.empty()) continue;
      return false;
    }
    const placed_cell* over = nullptr;  // the title above it
    for (const auto& t : titles)
      if (pc.first >= t.first && pc.first + pc.span <= t.first + t.span) over = &t;
    if (over == nullptr || over->span < 2 || pc.span >= over->span) return false;
    std::string label = text;
    while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
    const field which = match_column_title(label).which;
    std::size_t group = 3;
    for (std::size_t k = 0; k < 3; ++k)
      if (out.main[k] == over->first) group = k;
    if (which != field::none) {
      out.labelled.push_back({pc.first, table_column_of(which), which});
    } else if (group < 3 && std::find(taken.begin(), taken.end(), over->first) == taken.end()) {
      taken.push_back(over->first);
      out.main[group] = pc.first;
    } else {
      return false;  // a second sub-title naming no field under one title, or under no main title
    }
    any = true;
  }
  if (!any) return false;
  cols = out;
  return true;
}

bool blank(const paragraph& p) { return collapse_whitespace(flat_text(p)).empty(); }

// True when the cell holds a row number: text, or a number Word prints from numbering.xml.
bool holds_number(const table_cell& c) {
  for (const paragraph* p : paragraphs_of(c))
    if (!blank(*p) || !p->number.empty()) return true;
  return false;
}

// A row whose first cells continue a vertical merge (w:vMerge) from the row above: the number cell,
// or, when no number is printed in the row, the recommendation cell. Such a row belongs to the
// recommendation above it: with a commitment of its own it is a commitment of that recommendation
// (a continuation row repeating its number), else more text of the row above.
bool continuation_row(const table_row& r, const columns& cols) {
  const table_cell* number = cell_at(r, cols.number);
  if (continues_merge(number) && !holds_number(*number)) return true;
  if (number && holds_number(*number)) return false;
  const table_cell* recommendation = cell_at(r, cols.main[0]);
  return continues_merge(recommendation) && cell_text(*recommendation).empty();
}

// ---- a commitments table with no row of column titles ----

// True when some paragraph of `c` starts with a cell label of the table column `into` (0 the
// recommendation's "Organismo Responsable:", 1 the commitment's "Fecha de Vencimiento:", 2 the
// compliance's "Calificación:"...).
bool holds_own_label(const table_cell& c, std::size_t into) {
  for (const paragraph* p : paragraphs_of(c)) {
    const auto l = leading_label(collapse_whitespace(flat_text(*p)), label_context::cell);
    if (l && table_column_of(l->which) == into) return true;
  }
  return false;
}

// The columns of a table printed without column titles, by position: every row has the same three or
// four cells; with four, the first holds the row's number (or nothing, in a row continuing the one
// above), with three the first row's recommendation starts with one ("1. Definir..."); and the cells
// carry the labels of the usual columns' fields in their own places (an "Organismo Responsable:" in the
// second-to-last but one, a "Fecha de Vencimiento:" in the one after it, a "Calificación:" in the
// last...), at least one. Then the columns are N° | Recomendación | Compromiso | Cumplimiento.
std::optional<columns> untitled_columns(const table& t) {
  if (t.rows.empty()) return std::nullopt;
  const std::size_t width = placed(t.rows.front()).size();
  if (width != 3 && width != 4) return std::nullopt;
  const std::size_t first_main = width - 3;
  bool labelled = false;
  for (std::size_t k = 0; k < t.rows.size(); ++k) {
    const auto cells = placed(t.rows[k]);
    if (cells.size() != width) return std::nullopt;
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (cells[i].first != static_cast<int>(i) || cells[i].span != 1) return std::nullopt;
    if (first_main == 1) {
      const std::string n = cell_text(*cells[0].cell);
      if (k == 0 && n.empty()) return std::nullopt;
      if (!n.empty() && !row_number_text(n)) return std::nullopt;
    } else if (k == 0 && !leading_row_number(cell_text(*cells[0].cell))) {
      return std::nullopt;
    }
    for (std::size_t into = 0; into < 3; ++into) labelled = labelled || holds_own_label(*cells[first_main + into].cell, into);
  }
  if (!labelled) return std::nullopt;
  columns out;
  out.number = first_main == 1 ? 0 : -1;
  for (std::size_t k = 0; k < 3; ++k) out.main[k] = static_cast<int>(first_main + k);
  out.width = static_cast<int>(width);
  return out;
}

// ---- a commitment as a "ficha": a label | value table of its own ----

// What a ficha's label cell names (grammar/ficha_labels.hpp): one of the three columns ("Recomendación",
// "Compromiso", "Cumplimiento", a colon allowed) or a cell label's field; or, the first row's short
// label that is no row number, the number ("N°", "Nro.").
std::optional<ficha_label> ficha_label_of(std::string text, bool first_row) {
  if (auto l = match_ficha_label(text); l && !l->number) return l;
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  if (first_row && !text.empty() && text.size() <= 8 && !leading_row_number(text + " ")) {
    ficha_label out;
    out.number = true;
    return out;
  }
  return std::nullopt;
}

// The labels of a ficha's rows, when `t` is one: two cells a row, every label cell naming a field, a
// recommendation's and a commitment's among them.
std::optional<std::vector<ficha_label>> ficha_labels(const table& t) {
  std::vector<ficha_label> out;
  bool recommendation = false, commitment = false;
  for (std::size_t k = 0; k < t.rows.size(); ++k) {
    const auto cells = placed(t.rows[k]);
    if (cells.size() != 2) return std::nullopt;
    const auto l = ficha_label_of(cell_text(*cells[0].cell), k == 0);
    if (!l) return std::nullopt;
    recommendation = recommendation || l->column == 0;
    commitment = commitment || l->column == 1;
    out.push_back(*l);
  }
  if (!recommendation || !commitment) return std::nullopt;
  return out;
}

// A header paragraph's lines: its text, cut before each tab that a header label follows (two fields
// typed on one line, "Ministerio: …<Tab>Servicio: …"; a tab before a value, "Año:<Tab>2008", stays).
void header_paragraph_line(const paragraph& p, std::vector<header_line>& out) {
  const std::string raw = p.text();
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t tab = raw.find('\t'); tab != std::string::npos; tab = raw.find('\t', tab + 1)) {
    const std::string_view after = std::string_view(raw).substr(tab + 1);
    if (!leading_label(after, label_context::header)) continue;
    parts.push_back(std::string_view(raw).substr(from, tab - from));
    from = tab + 1;
  }
  parts.push_back(std::string_view(raw).substr(from));
  for (std::string_view part : parts) {
    std::string text = collapse_whitespace(flat_text(part));
    if (text.empty()) continue;
    header_line h;
    h.list_item = p.list || typed_bullet(text);
    h.text = std::move(text);
    h.where = p.where();
    out.push_back(std::move(h));
  }
}

// The commitments table's reader.
class typed_reader {
 public:
  explicit typed_reader(diagnostics& diags) : diags_(diags), builder_(diags) {}

  report read(const document& doc) {
    std::size_t first_table = doc.body.size();
    std::optional<columns> cols;
    std::size_t header_row_index = 0;
    for (std::size_t i = 0; i < doc.body.size() && !cols; ++i) {
      if (doc.body[i].type != block::kind::table) continue;
      const auto& rows = doc.body[i].tbl.rows;
      for (std::size_t k = 0; k < rows.size() && k < 4; ++k) {
        if (auto c = header_columns(rows[k])) {
          cols = c;
          first_table = i;
          header_row_index = k;
          break;
        }
      }
    }
    bool untitled = false;
    for (std::size_t i = 0; i < doc.body.size() && !cols; ++i) {
      if (doc.body[i].type != block::kind::table) continue;
      if (ficha_labels(doc.body[i].tbl)) return read_fichas(doc, i);
      if (auto c = untitled_columns(doc.body[i].tbl)) {
        cols = c;
        first_table = i;
        untitled = true;
        diags_.warning(cell_where(doc.body[i].tbl.rows.front().cells.front()),
                       "the commitments table has no row of column titles: its columns are read by their place, "
                       "as " + std::string(c->number >= 0 ? "N° | " : "") +
                           "Recomendación | Compromiso | Cumplimiento, from the row numbers and the cells' labels",
                       diagnostic_code::layout_inferred);
      }
    }
    if (!cols) {
      throw error("no commitments table found: no table has the columns Recomendación | Compromiso | Cumplimiento");
    }
    std::vector<header_line> body_lines;
    for (std::size_t i = 0; i < first_table; ++i) header_lines(doc.body[i], body_lines);
    const auto& t = doc.body[first_table].tbl;
    for (std::size_t k = 0; k < header_row_index; ++k) header_lines(t.rows[k], body_lines);
    // The page headers' fields come before the body's, the page footers' after them.
    std::vector<header_line> page_header_lines, page_footer_lines;
    page_part_lines(doc, body_lines, page_header_lines, page_footer_lines, diags_);
    for (auto* lines : {&page_header_lines, &body_lines, &page_footer_lines})
      for (auto& h : *lines) builder_.add_header_line(std::move(h));
    if (!untitled) furniture_row(t.rows[header_row_index], "table header row");
    std::size_t first_row = untitled ? 0 : header_row_index + 1;
    if (!untitled && first_row < t.rows.size() && sub_titles(t.rows[header_row_index], t.rows[first_row], *cols)) {
      furniture_row(t.rows[first_row], "table header row (sub-titles)");
      ++first_row;
    }
    rows(t, first_row, *cols);

    // After the table: a table continuing it (same header row, or same grid after a page break),
    // else text placed nowhere.
    bool only_breaks = true;
    for (std::size_t i = first_table + 1; i < doc.body.size(); ++i) {
      const block& b = doc.body[i];
      if (b.type == block::kind::paragraph) {
        if (!blank(b.para)) {
          only_breaks = false;
          diags_.unplaced(b.para.where(), "text after the commitments table left out",
                          collapse_whitespace(flat_text(b.para)));
        }
        continue;
      }
      const auto& rs = b.tbl.rows;
      std::optional<std::size_t> head;
      for (std::size_t k = 0; k < rs.size() && k < 2; ++k)
        if (header_columns(rs[k])) head = k;
      if (head) {
        auto c = header_columns(rs[*head]);
        furniture_row(rs[*head], "table header row repeated");
        rows(b.tbl, *head + 1, *c);
      } else if (only_breaks && !rs.empty() && grid_width(rs.front()) == cols->width) {
        rows(b.tbl, 0, *cols);
      } else {
        unplaced_table(b.tbl, "a table after the commitments table left out");
      }
      only_breaks = true;
    }
    return builder_.finish();
  }

 private:
  // Every commitment a ficha from body block `first` on: a label | value table per commitment (see
  // ficha_labels); what is above the first is the header block, blank paragraphs between them are
  // spacing, any other text is named.
  report read_fichas(const document& doc, std::size_t first) {
    std::vector<header_line> body_lines;
    for (std::size_t i = 0; i < first; ++i) header_lines(doc.body[i], body_lines);
    std::vector<header_line> page_header_lines, page_footer_lines;
    page_part_lines(doc, body_lines, page_header_lines, page_footer_lines, diags_);
    for (auto* lines : {&page_header_lines, &body_lines, &page_footer_lines})
      for (auto& h : *lines) builder_.add_header_line(std::move(h));
    for (std::size_t i = first; i < doc.body.size(); ++i) {
      const block& b = doc.body[i];
      if (b.type == block::kind::paragraph) {
        if (!blank(b.para))
          diags_.unplaced(b.para.where(), "text between the commitments' fichas left out",
                          collapse_whitespace(flat_text(b.para)));
        continue;
      }
      const auto labels = ficha_labels(b.tbl);
      if (!labels) {
        unplaced_table(b.tbl, "a table among the commitments' fichas that is no ficha left out");
        continue;
      }
      ficha(b.tbl, *labels);
    }
    return builder_.finish();
  }

  // One ficha as a row: each column's text first, then the labelled fields in the cell they belong to,
  // each after its label given as structure (the printed order does not move text between fields).
  void ficha(const table& t, const std::vector<ficha_label>& labels) {
    detail::table_row r;
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
      const table_cell& value = t.rows[k].cells.back();
      if (labels[k].number) {
        number(value, r);
      } else if (labels[k].column >= 0) {
        fill(r.cells[static_cast<std::size_t>(labels[k].column)], value);
      }
    }
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
      if (labels[k].which == field::none) continue;
      cell& into = r.cells[table_column_of(labels[k].which)];
      into.add_label(labels[k].which, cell_where(t.rows[k].cells.front()));
      fill(into, t.rows[k].cells.back());
    }
    r.where = cell_where(t.rows.front().cells.front());
    builder_.add_row(std::move(r));
  }

  static int grid_width(const table_row& r) {
    int w = r.grid_before;
    for (const auto& c : r.cells) w += c.grid_span;
    return w;
  }

  void furniture_row(const table_row& r, std::string_view rule) {
    std::string text;
    source_position at;
    for (const auto& c : r.cells) {
      if (!at.known()) at = cell_where(c);
      std::string t = cell_text(c);
      if (!t.empty()) text += (text.empty() ? "" : " | ") + t;
    }
    if (!text.empty()) diags_.furniture(at, rule, text);
  }

  void unplaced_table(const table& t, const std::string& message) {
    for (const auto& r : t.rows)
      for (const auto& c : r.cells)
        for (const paragraph* p : paragraphs_of(c))
          if (!blank(*p)) diags_.unplaced(p->where(), message, collapse_whitespace(flat_text(*p)));
  }

  // ---- the commitments table ----

  void rows(const table& t, std::size_t from, const columns& cols) {
    for (std::size_t i = from; i < t.rows.size(); ++i) {
      const table_row& tr = t.rows[i];
      if (header_columns(tr)) {
        furniture_row(tr, "table header row repeated");
        continue;
      }
      const bool continues = continuation_row(tr, cols);
      detail::table_row r;
      std::array<bool, 3> mapped{};
      std::vector<std::pair<const labelled_column*, const table_cell*>> extra;
      for (const auto& pc : placed(tr)) {
        const table_cell& c = *pc.cell;
        int hits = 0;
        std::size_t into = 0;
        for (std::size_t k = 0; k < 3; ++k) {
          if (cols.main[k] >= pc.first && cols.main[k] < pc.first + pc.span) {
            ++hits;
            into = k;
          }
        }
        const bool is_number = cols.number >= pc.first && cols.number < pc.first + pc.span;
        if (c.vmerge == table_cell::merge::continued) {
          if (!holds_number(c)) continue;  // merged with the cell above: its text is there
          // A continuing cell should be empty: text in one is read in its own row, not lost.
          diags_.warning(cell_where(c), "a cell continuing a vertical merge (w:vMerge) holds text of its own \"" +
                                            std::string(utf8_prefix(cell_text(c), 60)) + "\"; read in its own row");
        }
        if (hits > 1) {
          for (const paragraph* p : paragraphs_of(c))
            if (!blank(*p)) diags_.unplaced(p->where(), "a cell spanning the table's columns is not a commitment; left out",
                                            collapse_whitespace(flat_text(*p)));
          continue;
        }
        if (hits == 0 && is_number) {
          number(c, r);
          continue;
        }
        if (hits == 0) {
          const labelled_column* l = nullptr;
          for (const auto& x : cols.labelled)
            if (x.column >= pc.first && x.column < pc.first + pc.span) l = &x;
          if (l) {
            if (!cell_text(c).empty()) extra.emplace_back(l, &c);
            continue;
          }
          for (const paragraph* p : paragraphs_of(c))
            if (!blank(*p)) diags_.unplaced(p->where(), "a cell outside the table's columns left out",
                                            collapse_whitespace(flat_text(*p)));
          continue;
        }
        mapped[into] = true;
        // without a number column, a recommendation numbered by Word ("4." from numbering.xml)
        fill(r.cells[into], c, into == 0 && cols.number < 0 ? &r.number : nullptr);
      }
      for (const auto& [l, c] : extra) {  // a "Fecha de Vencimiento" column: the commitment's due date
        cell& into = r.cells[l->into];
        into.add_label(l->which, cell_where(*c));  // its label as structure, a paragraph of its own
        fill(into, *c);
      }
      r.where = r.cells[0].where.known() ? r.cells[0].where : r.cells[1].where;
      if (continues && r.number.empty() && !r.cells[1].empty()) {
        // another commitment of the recommendation above: a row of its own repeating its number
        if (!last_number_.empty()) {
          r.number = last_number_;
          r.same_recommendation = true;
        } else {
          diags_.warning(r.where, "a row continuing a vertically merged cell holds a commitment, but the row it "
                                  "continues has no number; read as more text of the row above");
        }
      }
      if (!r.number.empty()) {
        last_number_ = r.number;
      } else if (auto n = first_row_number(r.cells[0], last_number_)) {
        last_number_ = *n;
      }
      builder_.add_row(std::move(r));
    }
  }

  // The number column: "4", "4.", "1.2" -> the row number; any other text goes before the recommendation.
  void number(const table_cell& c, detail::table_row& r) {
    std::string text = cell_text(c);
    if (text.empty()) {  // numbered by Word: the number is in numbering.xml, not in the text
      for (const paragraph* p : paragraphs_of(c)) {
        if (!p->number.empty()) {
          text = p->number;
          break;
        }
      }
    }
    if (text.empty()) return;
    const auto n = row_number_text(text);
    if (n && (is_sub_number(*n) || n->size() <= 6)) {
      r.number = std::string(*n);
    } else {
      diags_.unplaced(cell_where(c), "the number column holds text that is not a row number; left out", text);
    }
  }

  // The cell's paragraphs as fragments. `number`: where the row number goes when the first
  // paragraph is numbered by Word ("4." from numbering.xml); it is then text, not a list item.
  void fill(cell& into, const table_cell& c, std::string* number = nullptr) {
    for (const paragraph* p : paragraphs_of(c)) {
      std::string text = flat_text(*p);
      if (!into.where.known()) into.where = p->where();
      if (collapse_whitespace(text).empty()) continue;
      if (number) {
        std::string* target = number;
        number = nullptr;
        auto n = leading_row_number(p->number);
        if (auto sub = row_number_text(p->number); !n && sub && is_sub_number(*sub)) n = sub;  // "1.2."
        if (n && target->empty()) {
          *target = std::string(*n);
          into.add_text(std::move(text), p->where());
          into.add_break(p->where());
          continue;
        }
      }
      if (p->list || typed_bullet(text)) {
        into.add_list_item(std::move(text), p->where());
        continue;
      }
      // Paragraphs typed apart by an empty line inside one Word paragraph (two line breaks,
      // Shift+Enter twice) are paragraphs; a single line break is one inside a paragraph.
      const std::string whole = p->text();
      for (std::string_view part : apart_by_empty_lines(whole)) {
        std::string t = flat_text(part);
        if (collapse_whitespace(t).empty()) continue;
        into.add_text(std::move(t), p->where());
        into.add_break(p->where());
      }
    }
  }

  // The row number the cell's first text starts with ("4. Replantear..." -> "4"; "1.2 Publicar..."
  // -> "1.2" after row `previous`, as the grammar reads it).
  static std::optional<std::string> first_row_number(const cell& c, std::string_view previous) {
    for (const auto& f : c.fragments) {
      if (f.type == fragment::kind::label) return std::nullopt;  // a column of its own's value
      if (f.type != fragment::kind::text || collapse_whitespace(f.text).empty()) continue;
      std::string text = collapse_whitespace(f.text);
      if (auto n = leading_row_number_after(text, previous)) return std::string(*n);
      return std::nullopt;
    }
    return std::nullopt;
  }

  diagnostics& diags_;
  report_builder builder_;
  // The number of the last row that printed one: the number a continuation row repeats (kept over
  // repeated header rows and over tables that continue the commitments table).
  std::string last_number_;
};

}  // namespace

namespace {

// The header label a cell's text is, or empty when it is none.
std::string label_of(const table_cell& c) {
  std::string label = cell_text(c);
  if (label.empty() || label.size() > 80 || match_label(label, label_context::header) == field::none) return {};
  return label;
}

// The header lines of a label and its value cells: the first paragraph with the label, the others as
// the value's further lines (list items marked); the label alone when the value is empty.
void labelled_lines(const table_cell& label_cell, const std::string& label,
                    const std::vector<const table_cell*>& values, std::vector<header_line>& out) {
  bool first = true;
  for (const table_cell* v : values) {
    for (const paragraph* p : paragraphs_of(*v)) {
      std::string text = collapse_whitespace(flat_text(*p));
      if (text.empty()) continue;
      header_line h;
      if (first) {
        h.label = label;
        h.where = cell_where(label_cell);
        h.value_where = p->where();
        first = false;
      } else {
        h.where = p->where();
        h.list_item = p->list || typed_bullet(text);
      }
      h.text = std::move(text);
      out.push_back(std::move(h));
    }
  }
  if (first) {  // a label with an empty value cell
    header_line h;
    h.label = label;
    h.where = cell_where(label_cell);
    out.push_back(std::move(h));
  }
}

// A row of header labels alone, one or more, every other cell empty: a header laid across, whose
// values are in the row below (the HTML reader's lay_across takes one label too; a single label's
// value below it reads the same either way, unless it starts with a label: see header_lines).
bool is_label_row(const table_row& r) {
  std::size_t labels = 0;
  for (const auto& c : r.cells) {
    if (!label_of(c).empty()) ++labels;
    else if (!cell_text(c).empty()) return false;
  }
  return labels >= 1;
}

}  // namespace

void header_lines(const block& b, std::vector<header_line>& out) {
  if (b.type == block::kind::paragraph) {
    header_paragraph_line(b.para, out);
    return;
  }
  const auto& rows = b.tbl.rows;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    // Labels across a row, each value in the row below it, in the cell that starts at the label's grid column.
    if (k + 1 < rows.size() && is_label_row(rows[k]) && !is_label_row(rows[k + 1])) {
      const auto labels = placed(rows[k]);
      const auto below = placed(rows[k + 1]);
      // Each value row cell under a label, none starting with a header label ("Servicio: X" under
      // "Observación:" is a field line of its own, as the HTML reader's lay_across and the layout
      // reader's unfold_header_across read it).
      bool every_label = true;
      for (const placed_cell& v : below) {
        bool under = false;
        for (const placed_cell& l : labels) under = under || (l.first == v.first && !label_of(*l.cell).empty());
        const std::string text = cell_text(*v.cell);
        every_label = every_label && (text.empty() || (under && !leading_label(text, label_context::header)));
      }
      if (every_label) {
        for (const placed_cell& l : labels) {
          const std::string label = label_of(*l.cell);
          if (label.empty()) continue;
          std::vector<const table_cell*> values;
          for (const placed_cell& v : below)
            if (v.first == l.first) values.push_back(v.cell);
          labelled_lines(*l.cell, label, values, out);
        }
        ++k;
        continue;
      }
    }
    header_lines(rows[k], out);
  }
}

// A row of a header table: "Label" | "value paragraphs", else every paragraph as a line.
void header_lines(const table_row& r, std::vector<header_line>& out) {
  std::vector<const table_cell*> cells;
  for (const auto& c : r.cells)
    if (c.vmerge != table_cell::merge::continued || !cell_text(c).empty()) cells.push_back(&c);
  if (cells.size() >= 2) {
    const std::string label = label_of(*cells[0]);
    if (!label.empty()) {
      labelled_lines(*cells[0], label, std::vector<const table_cell*>(cells.begin() + 1, cells.end()), out);
      return;
    }
  }
  for (const table_cell* c : cells)
    for (const paragraph* p : paragraphs_of(*c)) header_paragraph_line(*p, out);
}

std::string flat_text(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\t' || c == '\n') c = ' ';
  return out;
}

std::string flat_text(const paragraph& p) { return flat_text(p.text()); }

report read_typed(const document& doc, diagnostics& diags) { return typed_reader(diags).read(doc); }

}  // namespace informe::detail::docx_reader
