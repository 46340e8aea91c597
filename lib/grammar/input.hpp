// What an archived-report reader hands to the field grammar: header lines and table rows of three
// cells, each cell a sequence of positioned fragments. Format-neutral: the text, HTML and PDF readers
// each turn their input into this shape; the grammar (grammar/report_builder.hpp) does everything else.
//
//     detail::report_builder b(diags);
//     b.add_header_line({.text = "Ministerio: MINISTERIO DE ECONOMIA", .where = {3, 1}});
//     detail::table_row r;
//     r.cells[0].add_text("4. Replantear la coherencia de", {20, 1});
//     r.cells[1].add_text("Se incorporará ...  Fecha de Vencimiento: Dic. 2000", {20, 60});
//     r.cells[2].add_label(field::status, {20, 90});   // a "Calificación" column of its own
//     r.cells[2].add_text("Cumplido", {20, 90});
//     b.add_row(std::move(r));
//     informe::report out = b.finish();
#pragma once

#include <array>
#include <string>
#include <vector>

#include "grammar/labels.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// One piece of a cell's content, in document order.
struct fragment {
  enum class kind {
    /// A run of text. Consecutive runs concatenate as they are (no space is added between them:
    /// "foo" + "<b>bar</b>" is "foobar"); the grammar collapses white space. `text` may hold line
    /// breaks, which count as spaces (and move the position's line for diagnostics).
    text,
    /// The end of a paragraph in the source (`</p>`, a blank line, a page break, a cell boundary
    /// when rows are merged). The grammar starts a new paragraph here unless the text before it ends
    /// mid-sentence (no final . : ; ! ?), in which case the two join with one space; `forced` breaks
    /// always start a new paragraph (markup the reader trusts, e.g. our own HTML output).
    paragraph_break,
    /// One item of a bulleted list; consecutive items form one list. A leading list marker
    /// ("- ", "• ", "* ") is removed by the grammar. Labels are not looked for inside items.
    list_item,
    /// A cell label given as structure, not as text: what follows is field `label`'s value, as the
    /// text after a printed "Fecha de Vencimiento:" is. For a reader that finds a field in a column of
    /// its own ("Plazo" over "31-03-2010", a "Calificación" column): it hands the column's cell to the
    /// cell of its table column (labels.hpp's table_column_of) as this fragment and then the cell's
    /// own fragments, and never writes the vocabulary's wording of the label for the grammar to read
    /// again (a user's labels may read as another field's, or not as a label at all).
    ///
    /// It starts a paragraph of its own, and the value runs to the next label (in the text or as
    /// structure), with the rules of a printed label: a single-valued field (responsible, due,
    /// status) takes one paragraph or list, and the cell's own text resumes after it; the due date is
    /// parsed (a warning when it does not read as one, the wording kept), the status matched to the
    /// vocabulary's wordings (a warning when it is none, the wording kept); a field given twice in a
    /// row, by a label in the text and by a column, is warned about at the second one's position
    /// (`where`), and for a single-valued field only the first value is kept. `text` is empty; labels
    /// are still looked for in the value's text.
    label,
  };

  kind type = kind::text;
  std::string text;          ///< UTF-8; for text and list_item
  /// Where `text` (or a label's value) starts (line/column, or page/line); zero when unknown.
  source_position where;
  bool forced = false;       ///< paragraph_break only: never join across it
  /// label only: the cell field whose value follows; a header field's (or none) is ignored.
  field label = field::none;
};

/// One table cell: its fragments in order. Empty when it has no non-blank text.
struct cell {
  std::vector<fragment> fragments;
  source_position where;   ///< where the cell starts

  void add_text(std::string text, source_position at);
  void add_break(source_position at = {}, bool forced = false);
  void add_list_item(std::string text, source_position at);
  /// Field `f`'s value follows (fragment::kind::label): `f` is one of the cell fields (responsible,
  /// due, compliance_observation, status, verification); any other is ignored, its text read as the
  /// cell's.
  void add_label(field f, source_position at);
  /// True when no fragment holds a non-white-space character.
  bool empty() const;
};

/// One row of the commitments table as printed: recommendation | commitment | compliance.
/// A row whose first cell does not start with a number ("4. ...", or a sub-number that follows the
/// row before, "1.2 ...": grammar/row_numbers.hpp) continues the previous row, cell by cell (rows
/// split across page breaks).
struct table_row {
  std::array<cell, 3> cells;
  /// The row number when the reader found it as structure (a number column), without its period;
  /// such a row starts a new row, and is never taken for a repeated column-header row. Empty: the
  /// grammar looks for "N. " (or a sub-number in sequence, "1.2 ") at the start of the first cell. A
  /// reader that finds the number as structure sets it here, never writes it as text ("4. ").
  std::string number;
  /// Another commitment of the row before's recommendation (a cell spanning or merged over several
  /// commitments' rows): the row repeats that row's number, with no recommendation of its own.
  bool same_recommendation = false;
  source_position where;          ///< where the row starts
  bool after_page_break = false;  ///< informational: the reader saw a page break before this row
  /// The row is one line of a text (the text reader's), which a sentence wrapped to a line start may
  /// open ("2004. los resultados"): "N. " there that breaks the row sequence starts a row only with
  /// cells beside it, and a warning. (A table's row, as markup or structure gives it, starts a row.)
  bool text_line = false;
};

/// One line (or label/value pair) of the report's header block, above the table.
/// Either the reader splits label and value (two-column layouts: `label` = "Ministerio:",
/// `text` = the value), or it leaves `label` empty and gives the whole line in `text`
/// ("Ministerio: MINISTERIO DE ...", "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009"); the
/// grammar then finds a known label at the start of the line. A line with no known label continues
/// the previous field's value (a wrapped observation) or, for the title, carries the cut-off date.
struct header_line {
  std::string label;             ///< optional, with or without the colon
  std::string text;              ///< the value, or the whole line
  source_position where;         ///< where the line (or the label) starts
  source_position value_where;   ///< where `text` starts when `label` is set; else ignored
  /// The line is one item of a bulleted list in the previous field's value (an "Observación:" with
  /// a list); a leading marker in `text` is removed. Consecutive items form one list.
  bool list_item = false;
};

}  // namespace informe::detail
