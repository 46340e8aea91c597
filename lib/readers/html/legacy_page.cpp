// Legacy report pages (2000s government HTML): the commitments table is found by its column headers
// (Recomendación | Compromiso | Cumplimiento, in any case or accents, with an optional number
// column), wherever it sits among layout tables, in <table> markup or in block elements laid out as a
// table (a container of rows of cells, block_table.hpp: its rows placed on the same grid as a <tr>'s);
// the header fields by their printed labels (label and value cells, "Label: value" lines,
// <b>Label:</b> value). Lists typed by hand ("• item" or "– item" lines after a <br>, "o sub-item"
// lines) are lists, in cells and in the header block. Where no table has the column titles:
// commitments printed as fichas (a label | value table each, of <table> markup or of block elements),
// or the whole report in a <pre> block, read from its spacing by the layout engine (as a -layout text).
// Everything then goes to the shared field grammar (detail::report_builder): labels inside cells,
// dates, statuses and row merging.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/unicode.hpp"
#include "grammar/dates.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/input.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/report_builder.hpp"
#include "grammar/row_numbers.hpp"
#include "layout/read_layout.hpp"
#include "layout/typed_list.hpp"
#include "readers/html/block_table.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/page_text.hpp"
#include "readers/html/readers.hpp"
#include "readers/html/table_grid.hpp"
#include "readers/html/typed_lines.hpp"
#include "readers/text/text_grid.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t header_cell_limit = 120;  // bytes of a column-header or label cell

enum class column { none, number, recommendation, commitment, compliance, labelled, other };

// A short quotation of `text` for messages, cut at a character boundary.
std::string quote(const std::string& text) { return quote_for_message(text); }

// What a column-header cell names (its text already short and collapsed).
column column_of(const std::string& text) {
  std::string_view t = text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '*')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '*' || t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
  if (t.empty()) return column::none;
  std::string key = fold(t);
  if (auto title = active_lexicon().column_title(key)) {
    if (*title == term::column_recommendation) return column::recommendation;
    if (*title == term::column_commitment) return column::commitment;
    return column::compliance;
  }
  if (names_number_column(t)) return column::number;
  // a column of its own for a field the cells usually label: "Fecha de Vencimiento", "Calificación",
  // "Plazo" (grammar's match_column_title)
  if (match_column_title(t).which != field::none) return column::labelled;
  return column::other;
}

struct cell_span {
  const xmlNode* node = nullptr;
  int first = 0;  // first grid column
  int span = 1;
};

// The cells of a row: a <tr>'s <td> and <th>, or a row of block elements' cells (block_table.hpp).
std::vector<cell_span> cells_of(const xmlNode* tr) {
  std::vector<cell_span> out;
  if (!is_element(tr, "tr")) {
    for (const xmlNode* c : block_cells(tr)) out.push_back({c, static_cast<int>(out.size()), 1});
    return out;
  }
  int col = 0;
  for (const xmlNode* c = tr->children; c != nullptr; c = c->next) {
    if (!is_element(c, "td") && !is_element(c, "th")) continue;
    const int span = std::max(1, span_attribute(c, "colspan", 1, max_colspan));
    out.push_back({c, col, span});
    col += span;
  }
  return out;
}

// The grid columns a row of cells holds (colspan counted).
int width_of(const xmlNode* tr) {
  int width = 0;
  for (const auto& c : cells_of(tr)) width = std::max(width, c.first + c.span);
  return width;
}

// The rows of a table itself (not of tables nested in its cells), or of a container of block rows.
std::vector<const xmlNode*> rows_of(const xmlNode* table) {
  if (!is_element(table, "table")) return block_rows(table);
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = table->children; c != nullptr; c = c->next) {
    if (is_element(c, "tr")) {
      out.push_back(c);
    } else if (is_element(c, "thead") || is_element(c, "tbody") || is_element(c, "tfoot")) {
      for (const xmlNode* r = c->children; r != nullptr; r = r->next)
        if (is_element(r, "tr")) out.push_back(r);
    }
  }
  return out;
}

// The grid columns of the commitments table.
// A column headed by a cell label (or a title of such a field's own, "Plazo"): its cells are that
// field's values, read in one of the three cells.
struct labelled_column {
  int column = 0;
  std::size_t into = 0;  // 0 recommendation, 1 commitment, 2 compliance
  field which = field::none;  // the field its cells hold
};

struct column_map {
  std::vector<labelled_column> labelled;
  int number = -1;
  int recommendation = -1;
  int commitment = -1;
  int compliance = -1;
};

// The column map when `tr` is a column-header row; the grammar's is_column_header has the last word.
std::optional<column_map> header_row(const xmlNode* tr, bool* partial = nullptr) {
  column_map m;
  std::array<std::string, 3> texts;
  for (const auto& c : cells_of(tr)) {
    auto text = short_text(c.node, header_cell_limit);
    if (!text) return std::nullopt;
    switch (column_of(*text)) {
      case column::none: break;
      case column::other: return std::nullopt;
      case column::labelled: {
        std::string label = *text;
        while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '*')) label.pop_back();
        const field which = match_column_title(label).which;  // "Plazo": the due date
        m.labelled.push_back({c.first, table_column_of(which), which});
        break;
      }
      case column::number:
        if (m.number >= 0) return std::nullopt;
        m.number = c.first;
        break;
      case column::recommendation:
        if (m.recommendation >= 0) return std::nullopt;
        m.recommendation = c.first;
        texts[0] = *text;
        break;
      case column::commitment:
        if (m.commitment >= 0) return std::nullopt;
        m.commitment = c.first;
        texts[1] = *text;
        break;
      case column::compliance:
        if (m.compliance >= 0) return std::nullopt;
        m.compliance = c.first;
        texts[2] = *text;
        break;
    }
  }
  const int found = (m.recommendation >= 0) + (m.commitment >= 0) + (m.compliance >= 0);
  if (partial != nullptr && found > 0) *partial = true;
  if (found < 3) return std::nullopt;
  std::array<std::string_view, 3> views{texts[0], texts[1], texts[2]};
  if (!is_column_header(views)) return std::nullopt;
  return m;
}

struct commitments_table {
  column_map columns;
  std::size_t header_index = 0;  // index of the first column-header row in rows_of(table)
};

// A row of a "ficha", a commitment printed as a label | value table of its own: what its label cell
// names (column_of: the number, one of the three columns, or a labelled field and which).
struct ficha_row {
  column what = column::none;
  field which = field::none;
};

// The rows of `table` when it is a ficha: two cells a row, every label cell naming the number, one of the
// three columns or a cell label's field ("Recomendación", "Fecha de Vencimiento", a colon allowed), a
// recommendation and a commitment among them.
std::optional<std::vector<ficha_row>> ficha_rows(const xmlNode* table) {
  std::vector<ficha_row> out;
  bool recommendation = false, commitment = false;
  for (const xmlNode* tr : rows_of(table)) {
    const auto cells = cells_of(tr);
    if (cells.size() != 2) return std::nullopt;
    const auto text = short_text(cells[0].node, header_cell_limit);
    if (!text) return std::nullopt;
    ficha_row r;
    if (const auto l = match_ficha_label(*text)) {
      // A ficha's label (grammar/ficha_labels.hpp): the number, a column's title or a cell's label.
      r.what = l->number            ? column::number
               : l->column == 0     ? column::recommendation
               : l->column == 1     ? column::commitment
               : l->column == 2     ? column::compliance
               : l->which != field::none ? column::labelled
                                         : column::other;
      r.which = l->which;
    } else {
      // Else as the page's tables title their columns (column_of): a title that starts a column's
      // ("Compromiso (Fecha de vencimiento)"), "Nro.", a column of its own's ("Plazo").
      r.what = column_of(*text);
      if (r.what == column::labelled) {
        std::string label = *text;
        while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '*')) label.pop_back();
        r.which = match_column_title(label).which;
      }
    }
    if (r.what == column::none || r.what == column::other) return std::nullopt;
    recommendation = recommendation || r.what == column::recommendation;
    commitment = commitment || r.what == column::commitment;
    out.push_back(r);
  }
  if (!recommendation || !commitment) return std::nullopt;
  return out;
}

// ---- the header block: lines of text with their containers ----

// Removes trailing white space, no-break spaces ("&nbsp;") included.
void drop_trailing_space(std::string& t) {
  for (;;) {
    if (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) {
      t.pop_back();
    } else if (t.size() >= 2 && t[t.size() - 2] == '\xC2' && t.back() == '\xA0') {
      t.resize(t.size() - 2);
    } else {
      return;
    }
  }
}

enum class separation { none, line_break, block };

struct raw_line {
  std::string text;
  source_position where;
  const xmlNode* container = nullptr;  // the table cell, definition or body the text sits in
  bool list_item = false;              // the text sits in an <li> of that container
  separation before = separation::block;
  bool heading = false;
};

bool is_container(const xmlNode* n) {
  std::string_view name = name_of(n);
  return name == "td" || name == "th" || name == "dd" || name == "dt" || name == "li" || name == "body" ||
         name == "html";
}

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Collects the lines of the page's header block in document order.
class line_collector {
 public:
  // The content of `node` (an element outside the commitments tables).
  void collect(const xmlNode* node) {
    walk(
        node, [&](const xmlNode* n) { return enter(n); }, [&](const xmlNode* n) { leave(n); });
  }

  void boundary(separation kind) {
    joining_ = false;
    if (!is_html_blank(current_.text)) {
      lines_.push_back(std::move(current_));
      current_ = {};
      pending_ = kind;
      return;
    }
    current_.text.clear();
    pending_ = (kind == separation::block || pending_ != separation::none) ? separation::block : kind;
  }

  std::vector<raw_line> finish() {
    boundary(separation::block);
    return std::move(lines_);
  }

  bool enter(const xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      std::string_view text = n->content ? reinterpret_cast<const char*>(n->content) : "";
      if (is_html_blank(current_.text)) {
        if (is_html_blank(text)) return false;
        current_.text.clear();
        current_.where = position_of(n);
        current_.before = pending_;
        pending_ = separation::none;
      }
      current_.text.append(text);
      current_.container = container_;
      current_.list_item = false;
      // An item of a list in a field's value: its container is the cell the list sits in.
      for (auto it = containers_.rbegin(); it != containers_.rend() && name_of(*it) == "li"; ++it) {
        current_.list_item = true;
        current_.container = std::next(it) != containers_.rend() ? *std::next(it) : nullptr;
      }
      current_.heading = current_.heading || heading_depth_ > 0;
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = name_of(n);
    if (name == "tr") lay_across(n);
    if (skipped_.count(n) != 0) return false;  // read as the label of the value below it
    if (is_container(n)) containers_.push_back(n), container_ = n;
    if (is_heading(name) || name == "caption") ++heading_depth_;
    switch (role_of(n)) {
      case html_role::skip: leave_bookkeeping(n); return false;
      case html_role::line_break: boundary(separation::line_break); return false;
      case html_role::inline_element:
        // <b>Ministerio:</b> value: a label starts a new line even after a single <br> or none.
        if (name == "b" || name == "strong" || name == "u" || name == "font" || name == "span" ||
            name == "label" || name == "i" || name == "em") {
          if (auto t = short_text(n, 80); t && leading_label(*t, label_context::header)) {
            separation keep = pending_;
            boundary(separation::line_break);
            if (keep == separation::block) pending_ = separation::block;
          }
        }
        return true;
      case html_role::list_item:
      case html_role::list:
      case html_role::block:
        if (in_label_cell(n)) return true;  // a label's own paragraph (<p class=MsoNormal>) in its cell
        if (auto label = across_.find(n); label != across_.end()) {
          // a value below its label in a header laid across: "Label: value" on a line of its own
          boundary(separation::block);
          current_.text = label->second.first;
          current_.where = label->second.second;
          current_.before = pending_;
          pending_ = separation::none;
          joining_ = true;
        }
        if ((name == "td" || name == "th" || name == "dd") && joining_) {
          // the value cell after a label cell: same line
          joining_ = false;
          current_.text += ' ';
          current_.container = n;  // continuations of the value sit in this cell
          return true;
        }
        boundary(separation::block);
        if (name == "td" || name == "th" || name == "dt") {
          if (auto t = short_text(n, header_cell_limit);
              t && !t->empty() && match_label(*t, label_context::header) != field::none) {
            label_cells_.push_back(n);
          }
        }
        return true;
    }
    return true;
  }

  void leave(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    if (skipped_.count(n) != 0) return;
    html_role r = role_of(n);
    if (r == html_role::skip) return;  // bookkeeping already undone in enter
    leave_bookkeeping(n);
    if ((r == html_role::block || r == html_role::list || r == html_role::list_item) && in_label_cell(n)) return;
    if (r == html_role::block || r == html_role::list || r == html_role::list_item) {
      if (!label_cells_.empty() && label_cells_.back() == n) {
        label_cells_.pop_back();
        // "Ministerio" | "MINISTERIO DE ...": one line "Ministerio: MINISTERIO DE ..."
        std::string& t = current_.text;
        drop_trailing_space(t);  // "&nbsp;Ministerio:&nbsp;" ends in its colon too
        if (!t.empty() && t.back() != ':') t += ':';
        t += ' ';
        joining_ = true;
        return;
      }
      boundary(separation::block);
    }
  }

 private:
  // `n` (not a cell) sits in the label cell being read, not in a cell nested in it.
  bool in_label_cell(const xmlNode* n) const {
    if (label_cells_.empty() || n == label_cells_.back() || is_container(n)) return false;
    return container_ == label_cells_.back();
  }

  // A header laid across: `tr` holds header labels alone (one or more cells, each a label or empty) and
  // the row after it a value under each label (the cell starting at the label's column), no value
  // starting with a header label ("Servicio: X" under "Observación:" is a field line of its own, as the docx reader's
  // header_lines and the layout reader's unfold_header_across read it), none under an empty cell (a
  // spacer between the labels, as the docx reader's is_label_row allows). The label row's cells are read
  // as the labels of the values below them; `tr`'s own text is then not read again.
  void lay_across(const xmlNode* tr) {
    const xmlNode* below = tr->next;
    while (below != nullptr && below->type != XML_ELEMENT_NODE) below = below->next;
    if (below == nullptr || !is_element(below, "tr")) return;
    auto cells_of = [](const xmlNode* row) {
      std::vector<std::pair<int, const xmlNode*>> out;  // grid column, cell
      int column = 0;
      for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
        if (!is_element(c, "td") && !is_element(c, "th")) continue;
        out.push_back({column, c});
        std::string span;
        int n = attribute(c, "colspan", span) ? std::atoi(span.c_str()) : 1;
        column += n > 0 && n < 1000 ? n : 1;
      }
      return out;
    };
    const auto labels = cells_of(tr);
    const auto values = cells_of(below);
    if (labels.empty() || values.size() != labels.size()) return;
    // Per label cell its label, or nothing for an empty cell (a spacer, whose cell below is empty too).
    std::vector<std::optional<std::string>> texts;
    bool any = false;
    for (const auto& [column, c] : labels) {
      auto t = short_text(c, header_cell_limit);
      if (!t) return;
      std::string text = collapse_whitespace(*t);
      drop_trailing_space(text);
      if (text.empty()) {
        texts.emplace_back();
        continue;
      }
      if (match_label(text, label_context::header) == field::none) return;
      if (text.back() != ':') text += ':';
      texts.emplace_back(std::move(text));
      any = true;
    }
    if (!any) return;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (values[i].first != labels[i].first) return;
      auto t = short_text(values[i].second, header_cell_limit);  // a value is no label, nor starts with one
      const std::string value = t ? collapse_whitespace(*t) : std::string("-");
      if (!texts[i] && value.find_first_not_of(' ') != std::string::npos) return;
      if (leading_label(value, label_context::header)) return;
    }
    for (std::size_t i = 0; i < values.size(); ++i)
      if (texts[i]) across_[values[i].second] = {*texts[i], position_of(labels[i].second)};
    for (const auto& [column, c] : labels) skipped_.insert(c);
  }

  void leave_bookkeeping(const xmlNode* n) {
    std::string_view name = name_of(n);
    if (is_heading(name) || name == "caption") --heading_depth_;
    if (!containers_.empty() && containers_.back() == n) {
      containers_.pop_back();
      container_ = containers_.empty() ? nullptr : containers_.back();
    }
  }

  std::vector<raw_line> lines_;
  raw_line current_;
  separation pending_ = separation::block;
  std::vector<const xmlNode*> containers_;
  const xmlNode* container_ = nullptr;
  std::vector<const xmlNode*> label_cells_;
  int heading_depth_ = 0;
  bool joining_ = false;
  std::map<const xmlNode*, std::pair<std::string, source_position>> across_;  // value cell -> its label
  std::set<const xmlNode*> skipped_;  // label cells of a header laid across
};

// From the page's lines to the builder's header lines: labelled lines, the title (and the date that
// may follow it), and the lines that continue a labelled one in the same cell (list items of a
// field's value included). Lines above the title and the first field (mastheads, navigation) are
// furniture; other lines without a label are reported as unplaced text.
std::vector<header_line> header_lines(const std::vector<raw_line>& lines, diagnostics& diags) {
  std::vector<header_line> out;
  bool started = false;  // the title or a field has been seen
  bool continuing = false;
  const xmlNode* field_container = nullptr;
  bool title_waits = false;
  bool typed_item = false;  // the last line is an item of a typed list
  for (const auto& l : lines) {
    std::string text = collapse_whitespace(l.text);
    if (text.empty()) continue;
    if (auto label = leading_label(text, label_context::header)) {
      started = true;
      // "Observación: • item": the value starts a typed list
      const std::size_t marker = layout::typed_marker_length(std::string_view(text).substr(label->end));
      if (marker > 0) {
        std::string item = text.substr(label->end + marker);
        text.resize(label->end);
        out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}});
        out.push_back({.label = {}, .text = std::move(item), .where = l.where, .value_where = {}, .list_item = true});
        typed_item = true;
      } else {
        out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}});
        typed_item = false;
      }
      continuing = true;
      field_container = l.container;
      title_waits = false;
      continue;
    }
    if (active_lexicon().starts_title(fold(std::string_view(text).substr(0, 48)))) {
      title_waits = !find_trailing_date(text);
      started = true;
      out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}});
      continuing = false;
      continue;
    }
    if (title_waits) {
      title_waits = false;
      if (parse_spanish_date(text)) {
        out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}});
        continue;
      }
    }
    if (continuing && l.container == field_container && !l.heading) {
      // Lists typed by hand: "• item" lines, "o sub-item" lines after an item, and lines that run on
      // into an item after its <br> (layout/typed_list.hpp). Markers are looked for in the line as the page
      // has it: no-break spaces indent a sub-item.
      const bool after_item = typed_item;
      const std::size_t marker = after_item ? layout::typed_marker_length_after_item(l.text, out.back().text)
                                            : layout::typed_marker_length(l.text);
      typed_item = false;
      if (l.list_item) {
        out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}, .list_item = true});
      } else if (marker > 0) {
        if (layout::typed_marker_length(l.text) == 0) diags.furniture(l.where, sub_item_marker_rule, "o");
        std::string item = collapse_whitespace(std::string_view(l.text).substr(marker));
        typed_item = !item.empty();  // a bullet alone on its line is no item
        if (typed_item)
          out.push_back({.label = {}, .text = std::move(item), .where = l.where, .value_where = {}, .list_item = true});
      } else if (after_item && l.before == separation::line_break && layout::runs_on_into_item(out.back().text, text)) {
        out.back().text += ' ';
        out.back().text += text;
        typed_item = true;
      } else if (l.before == separation::line_break && !out.empty() && !out.back().list_item) {
        out.back().text += ' ';  // a single <br> is a space
        out.back().text += text;
      } else {
        out.push_back({.label = {}, .text = std::move(text), .where = l.where, .value_where = {}});
      }
      continue;
    }
    continuing = false;
    if (!started) {
      diags.furniture(l.where, "text above the report's header (masthead, navigation)", text);
    } else {
      diags.unplaced(l.where, "text in the header block without a label was not read: " + quote(text), text);
    }
  }
  return out;
}

// ---- the reader ----

class legacy_reader {
 public:
  explicit legacy_reader(diagnostics& diags) : diags_(diags), builder_(diags) {}

  report read(const xmlNode* root) {
    find_tables(root);
    if (!tables_.empty()) fichas_.clear();  // fichas only where no table has the column titles
    if (tables_.empty() && fichas_.empty()) {
      if (const xmlNode* pre = preformatted_report(root)) return read_preformatted(root, pre);
      if (titles_apart_ != nullptr) {
        throw error("no commitments table found: the column titles Recomendación | Compromiso | Cumplimiento here "
                    "stand in rows of their own, not as the cells of one row; the table's rows and cells cannot be told",
                    position_of(titles_apart_));
      }
      if (partial_table_ != nullptr) {
        throw error("no commitments table found: the table here lacks some of the columns "
                    "Recomendación | Compromiso | Cumplimiento",
                    position_of(partial_table_));
      }
      throw error("no commitments table found: no table (of <table> markup or of block elements' rows and cells) "
                  "has the columns Recomendación | Compromiso | Cumplimiento");
    }
    // Document order: header lines up to the first commitments table, then the tables' rows.
    line_collector lines;
    bool header_done = false;
    walk(
        root,
        [&](const xmlNode* n) {
          if (auto it = fichas_.find(n); it != fichas_.end()) {
            if (!header_done) {
              for (auto& h : header_lines(lines.finish(), diags_)) builder_.add_header_line(std::move(h));
              header_done = true;
            }
            read_ficha(n, it->second);
            return false;
          }
          if (auto it = tables_.find(n); it != tables_.end()) {
            if (!header_done) {
              // rows above the column headers (title, header fields in the same layout table)
              auto rows = rows_of(n);
              for (std::size_t i = 0; i < it->second.header_index && i < rows.size(); ++i) {
                lines.boundary(separation::block);
                lines.collect(rows[i]);
              }
              for (auto& h : header_lines(lines.finish(), diags_)) builder_.add_header_line(std::move(h));
              header_done = true;
            }
            read_rows(n, it->second);
            return false;
          }
          if (header_done) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
              report_outside(n);
              return false;
            }
            return n->type == XML_ELEMENT_NODE && role_of(n) != html_role::skip;
          }
          return lines.enter(n);
        },
        [&](const xmlNode* n) {
          if (!header_done && tables_.count(n) == 0 && fichas_.count(n) == 0) lines.leave(n);
        });
    return builder_.finish();
  }

 private:
  // The text of `n` as printed in a <pre> block: text nodes as they are (white space kept), <br> a
  // line break.
  static void raw_text(const xmlNode* n, std::string& out) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) out += reinterpret_cast<const char*>(c->content);
      } else if (is_element(c, "br")) {
        out += '\n';
      } else if (c->type == XML_ELEMENT_NODE) {
        raw_text(c, out);
      }
    }
  }

  // The <pre> block that holds the report where no table does: an old system's printout whose table is
  // laid out by spaces, its column titles a line of runs two spaces apart or more (as a -layout text's).
  static const xmlNode* preformatted_report(const xmlNode* root) {
    const xmlNode* found = nullptr;
    walk(
        root,
        [&](const xmlNode* n) {
          if (found != nullptr || n->type != XML_ELEMENT_NODE || role_of(n) == html_role::skip) return false;
          if (!is_element(n, "pre")) return true;
          std::string text;
          raw_text(n, text);
          if (has_spaced_table_header(text)) found = n;
          return false;
        },
        [](const xmlNode*) {});
    return found;
  }

  // The report in a <pre> block, read as text laid out by spaces (the layout engine on its character
  // grid, as a `pdftotext -layout` text); positions are the page's lines. Text outside the block is named.
  report read_preformatted(const xmlNode* root, const xmlNode* pre) {
    diags_.warning(position_of(pre),
                   "the report is preformatted text (<pre>): its columns, paragraphs and list items are inferred "
                   "from the spacing of a fixed-width print",
                   diagnostic_code::layout_inferred);
    std::string text;
    raw_text(pre, text);
    auto pages = grid_pages(text);
    const int first_line = line_of(pre);
    for (auto& pg : pages)
      for (auto& w : pg.words) w.line += first_line > 0 ? first_line - 1 : 0;
    layout::read_layout(pages, builder_, diags_);
    walk(
        root,
        [&](const xmlNode* n) {
          if (n == pre) return false;
          if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            report_outside(n);
            return false;
          }
          return n->type == XML_ELEMENT_NODE && role_of(n) != html_role::skip;
        },
        [](const xmlNode*) {});
    return builder_.finish();
  }

  // Text outside the header block and the commitments tables: a short run (links such as "Volver",
  // a footer line) is furniture; a longer one may be a note of the report, and is named in a warning.
  void report_outside(const xmlNode* n) {
    std::string text = collapse_whitespace(n->content ? reinterpret_cast<const char*>(n->content) : "");
    if (text.empty()) return;
    const auto words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    if (words <= 12) {
      diags_.furniture(position_of(n), "short text outside the report's tables (links, footer)", text);
    } else {
      diags_.unplaced(position_of(n), "text outside the commitments table was not read: " + quote(text), text);
    }
  }

  // Every table with a column-header row among its own rows, outermost first; tables inside a
  // commitments table are cell content.
  void find_tables(const xmlNode* root) {
    walk(
        root,
        [&](const xmlNode* n) {
          if (n->type != XML_ELEMENT_NODE) return false;
          if (role_of(n) == html_role::skip) return false;
          if (!is_element(n, "table")) {
            // a table built of block elements: a container whose child elements are rows of cells
            if (!may_hold_block_rows(n)) return true;
            if (tables_.empty()) {  // fichas of block elements: a label | value row each
              if (auto f = ficha_rows(n)) {
                fichas_.emplace(n, std::move(*f));
                return false;
              }
            }
            return !find_column_titles(n);
          }
          if (tables_.empty()) {  // commitments printed as fichas, where no table has the column titles
            if (auto f = ficha_rows(n)) {
              fichas_.emplace(n, std::move(*f));
              return false;
            }
          }
          return !find_column_titles(n);
        },
        [](const xmlNode*) {});
  }

  // Whether a row of `table` (a <table>, or a container of block rows) holds the column titles: it is
  // then a commitments table. A row with some of them marks the table as partial (for the message).
  bool find_column_titles(const xmlNode* table) {
    auto rows = rows_of(table);
    if (rows.size() < 2 && !is_element(table, "table")) return false;  // a block of one row: a wrapper
    int partial_rows = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      bool partial = false;
      if (auto m = header_row(rows[i], &partial)) {
        tables_.emplace(table, commitments_table{*m, i});
        return true;
      }
      partial_rows += partial ? 1 : 0;
      if (partial && partial_table_ == nullptr) partial_table_ = table;
    }
    // the titles in rows of their own: a table whose rows and cells were flattened into paragraphs
    if (partial_rows >= 2 && titles_apart_ == nullptr) titles_apart_ = table;
    return false;
  }

  // The row number a number column's cell prints ("4", "4.", "1.2"); empty when it holds something else.
  static std::string number_in(const std::string& text) {
    const auto n = row_number_text(text);
    return n ? std::string(*n) : std::string();
  }

  // A row of notes under the column titles ("(Fecha de vencimiento)"), or of titles: every cell empty,
  // a column title or a note in parentheses, one at least not empty.
  static bool titles_second_line(const xmlNode* tr) {
    bool any = false;
    for (const auto& c : cells_of(tr)) {
      auto text = short_text(c.node, header_cell_limit);
      if (!text) return false;
      if (text->empty()) continue;
      const bool note = text->size() <= 60 && text->front() == '(' && text->back() == ')';
      if (!note && column_header_cell(*text) != column_cell::title) return false;
      any = true;
    }
    return any;
  }

  // The rows of a commitments table, placed on the HTML table grid (table_grid.hpp): cells spanning
  // rows (rowspan) hold their columns in the rows below. A row whose number or recommendation column
  // is held by a cell from above, and that prints no number of its own, is a further commitment of
  // the same recommendation: a row of its own that repeats the number, with no recommendation
  // (table_row::same_recommendation).
  void read_rows(const xmlNode* table, const commitments_table& t) {
    auto rows = rows_of(table);
    const column_map& m = t.columns;
    table_grid grid(width_of(rows[t.header_index]));
    // A table of block elements: its rows' cells are placed under its title row's, and what sits in it
    // outside them is named.
    std::optional<block_grid> blocks;
    if (!is_element(table, "table")) {
      blocks.emplace(rows[t.header_index]);
      report_block_strays(table);
    }
    std::unordered_map<const xmlNode*, std::string> numbers;  // the number each row (<tr>) starts
    std::string last_number;  // the last of them: a sub-number typed in the text follows it ("1.2 ...")
    const xmlNode* group = nullptr;
    bool after_header = false;  // the row before is a column-header row
    for (std::size_t i = t.header_index; i < rows.size(); ++i) {
      const xmlNode* tr = rows[i];
      if (tr->parent != group) {
        grid.end_group();  // no span runs from one <thead>/<tbody> into the next
        group = tr->parent;
      }
      if (i == t.header_index) {
        grid.place(tr);  // its spans (titles over two header lines) hold their columns below
        after_header = true;
        continue;
      }
      if (header_row(tr)) {  // column headers repeated where a printed page began
        grid.pass_over();
        after_header = true;
        continue;
      }
      if (after_header && titles_second_line(tr)) {
        // "(Fecha de vencimiento)" under "Compromiso", the other titles spanning both lines
        if (i == t.header_index + 1) {
          grid.place(tr);
        } else {
          grid.pass_over();
        }
        diags_.furniture(position_of(tr), "second line of the column titles", all_text(tr));
        continue;
      }
      after_header = false;
      const grid_row g = blocks ? place_block_row(*blocks, tr, rows[t.header_index]) : grid.place(tr);
      for (const auto& c : g.cut) {
        if (c.crossed_pass) continue;  // a span that counted the repeated header row: as the page means
        diags_.warning(position_of(tr),
                       "the cell spanning rows from line " + std::to_string(line_of(c.node)) +
                           " would cover this row, which has a cell of its own for every column; the span ends above it",
                       diagnostic_code::markup);
      }
      // Which cell holds each column; a cell spanning two of them is not a data row.
      std::array<const xmlNode*, 3> mapped{};
      std::vector<std::pair<const labelled_column*, const xmlNode*>> extra;
      std::vector<const xmlNode*> outside;
      const xmlNode* number = nullptr;
      bool fits = true;
      for (const auto& c : g.cells) {
        int hits = 0;
        for (int k = 0; k < 3; ++k) {
          int col = k == 0 ? m.recommendation : k == 1 ? m.commitment : m.compliance;
          if (col >= c.first && col < c.first + c.span) {
            mapped[static_cast<std::size_t>(k)] = c.node;
            ++hits;
          }
        }
        if (hits > 1) fits = false;
        if (hits > 0) continue;
        if (m.number >= c.first && m.number < c.first + c.span) {
          number = c.node;
          continue;
        }
        bool labelled = false;
        for (const auto& l : m.labelled) {
          if (l.column >= c.first && l.column < c.first + c.span) {
            extra.emplace_back(&l, c.node);
            labelled = true;
          }
        }
        if (!labelled) outside.push_back(c.node);
      }
      if (!fits) {
        std::string text = all_text(tr);
        if (!text.empty())
          diags_.unplaced(position_of(tr), "a table row spanning the columns is not a commitment; skipped: " + quote(text), text);
        continue;
      }
      for (const xmlNode* c : outside) {
        std::string text = all_text(c);
        if (!text.empty())
          diags_.unplaced(position_of(c), "a cell outside the table's columns was not read: " + quote(text), text);
      }
      table_row r;
      r.where = position_of(tr);
      const std::string number_text = number != nullptr ? all_text(number) : std::string();
      const std::string digits = number_in(number_text);
      if (digits.empty()) {
        // no number of its own: a cell from above in the number or recommendation column continues a row
        auto held_by = [&](int column) -> const xmlNode* {
          for (const auto& s : g.spanned)
            if (s.column == column) return s.origin;
          return nullptr;
        };
        const xmlNode* origin = m.number >= 0 ? held_by(m.number) : nullptr;
        if (origin == nullptr) origin = held_by(m.recommendation);
        if (origin != nullptr) {
          if (auto it = numbers.find(origin); it != numbers.end()) {
            r.number = it->second;
            r.same_recommendation = true;  // the number repeats by design: no warning
          } else if (origin != rows[t.header_index]) {
            diags_.warning(position_of(tr),
                           "this row continues the recommendation at line " + std::to_string(line_of(origin)) +
                               ", which has no number; its cells are joined to the row above",
                           diagnostic_code::row_sequence);
          }
        }
      }
      if (number != nullptr) {
        if (!digits.empty()) {
          r.number = digits;  // as structure: never written before the recommendation for the grammar to find
        } else if (!number_text.empty()) {
          r.cells[0].add_text(number_text + " ", position_of(number));  // not a number: kept as text
        }
        if (!r.cells[0].empty()) r.cells[0].where = position_of(number);
      }
      for (std::size_t k = 0; k < 3; ++k) {
        if (mapped[k] == nullptr) continue;
        if (!r.cells[k].where.known()) r.cells[k].where = position_of(mapped[k]);
        append_fragments(r.cells[k], mapped[k], /*trusted=*/false, &diags_);
      }
      for (const auto& [l, node] : extra) {
        if (all_text(node).empty()) continue;
        cell& into = r.cells[l->into];
        into.add_label(l->which, position_of(node));  // its label as structure, a paragraph of its own
        append_fragments(into, node, /*trusted=*/false, &diags_);
      }
      if (!number_text.empty() && std::all_of(r.cells.begin(), r.cells.end(), [](const cell& c) { return c.empty(); })) {
        // nothing but a number: no row for the grammar, but the number is named
        diags_.unplaced(position_of(number), "a row with nothing but its number was not read: " + quote(number_text),
                        number_text);
      }
      // the number this row gives the rows its spanning cells cover
      if (!r.number.empty()) {
        numbers[tr] = r.number;
      } else if (!digits.empty()) {
        numbers[tr] = digits;
      } else if (mapped[0] != nullptr) {
        const std::string text = all_text(mapped[0]);
        if (auto n = leading_row_number_after(text, last_number)) numbers[tr] = std::string(*n);
      }
      if (auto it = numbers.find(tr); it != numbers.end()) last_number = it->second;
      builder_.add_row(std::move(r));
    }
  }

  // A row of a block table on its columns; a row with fewer cells than the titles is named with the
  // columns it leaves empty and how its cells were placed (no cell spans columns as a <td> may).
  grid_row place_block_row(const block_grid& grid, const xmlNode* row, const xmlNode* titles) {
    block_placed p = grid.place(row);
    if (!p.missing.empty()) {
      const auto title_cells = cells_of(titles);
      std::string names;
      for (int k : p.missing) {
        std::string title;
        if (k < static_cast<int>(title_cells.size()))
          title = short_text(title_cells[static_cast<std::size_t>(k)].node, header_cell_limit).value_or("");
        names += (names.empty() ? "" : ", ") +
                 (title.empty() ? "column " + std::to_string(k + 1) : "\"" + title + "\"");
      }
      diags_.warning(position_of(row),
                     "this row has " + std::to_string(p.cells) + (p.cells == 1 ? " cell" : " cells") +
                         " where the column titles have " + std::to_string(grid.width()) + "; " +
                         (p.by_class ? "its cells are placed under the titles whose classes they share"
                                     : "its cells are read from the left") +
                         ", nothing is read under " + names,
                     diagnostic_code::layout_inferred);
    }
    return std::move(p.row);
  }

  // A ficha as a row: each column's text first, then every labelled field after its label as
  // structure, in the cell it belongs to (the printed order moves no text between fields).
  void read_ficha(const xmlNode* table, const std::vector<ficha_row>& labels) {
    const auto rows = rows_of(table);
    table_row r;
    r.where = position_of(table);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const xmlNode* value = cells_of(rows[i])[1].node;
      const std::string text = all_text(value);
      switch (labels[i].what) {
        case column::number:
          if (const std::string n = number_in(text); !n.empty()) {
            r.number = n;
          } else if (!text.empty()) {
            diags_.unplaced(position_of(value), "a ficha's number holds no row number; not read: " + quote(text), text);
          }
          break;
        case column::recommendation:
        case column::commitment:
        case column::compliance: {
          cell& into = r.cells[labels[i].what == column::recommendation ? 0 : labels[i].what == column::commitment ? 1 : 2];
          if (!into.where.known()) into.where = position_of(value);
          append_fragments(into, value, /*trusted=*/false, &diags_);
          break;
        }
        default:
          break;
      }
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (labels[i].what != column::labelled) continue;
      const xmlNode* value = cells_of(rows[i])[1].node;
      if (all_text(value).empty()) continue;
      cell& into = r.cells[table_column_of(labels[i].which)];
      into.add_label(labels[i].which, position_of(value));
      append_fragments(into, value, /*trusted=*/false, &diags_);
    }
    builder_.add_row(std::move(r));
    if (!is_element(table, "table")) report_block_strays(table);
  }

  // Text in a block table (a container of rows of cells) outside its rows, named.
  void report_block_strays(const xmlNode* table) {
    for (const xmlNode* n : block_strays(table)) {
      const std::string text =
          n->type == XML_ELEMENT_NODE ? all_text(n) : clean_text(reinterpret_cast<const char*>(n->content));
      if (!text.empty())
        diags_.unplaced(position_of(n), "text in the commitments table outside its rows was not read: " + quote(text),
                        text);
    }
  }

  diagnostics& diags_;
  report_builder builder_;
  std::unordered_map<const xmlNode*, std::vector<ficha_row>> fichas_;
  std::unordered_map<const xmlNode*, commitments_table> tables_;
  const xmlNode* partial_table_ = nullptr;
  const xmlNode* titles_apart_ = nullptr;  // a table or block with the titles in two rows or more, one each
};

}  // namespace

report read_legacy_page(const xmlNode* root, diagnostics& diags) { return legacy_reader(diags).read(root); }

}  // namespace informe::detail
