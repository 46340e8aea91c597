// Phase 4: the header block (everything above the first table header) as header lines for the
// grammar. Lines before the report's title are letterheads (furniture); the title's wrapped lines are
// joined. Fields come in two shapes, told apart per line:
// - two columns: a label cell and a value cell, the value starting at a wide gap after the label.
//   A label cell may wrap over several lines ("Programa/" + "Institución:"): the label column's text
//   is gathered until it reads a known label; value lines beside it belong to that field. A label
//   alone on its line takes the lines below it that start a little left of the value column (its
//   cell's padding took the label's line, the value's paragraphs set at the cell's edge).
// - inline: "Label: value" in one run; a label wrapped at its end ("Programa/" then
//   "Institución: ...") is joined first.
// - typed "Label:<tab>value" (word processors): read as two columns; a value that wraps back to the
//   margin, under its label, continues on a line at or left of the label that is no label, when
//   the line before was full or, with another field after it, ended near the block's right edge;
//   a label alone on its line takes the line below it as its value.
// Wrapped value lines are joined; a vertical gap wider than the block's own line height starts a
// paragraph; a bullet starts a list item, and lines indented to its text continue it. In a
// two-column block, a line left of the value column that is no label ends the block (a summary, a
// section heading): its lines are reported, not read. Internal.
#pragma once

#include <utility>
#include <string>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/doubtful_joins.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// One line of the header block and its page number.
using block_line = std::pair<int, const line*>;

/// A header label's two pieces as one, where a narrow cell wrapped it: "Programa/" + "Institución:" ->
/// "Programa/Institución:"; "Fecha" + "Egreso:" -> "Fecha Egreso:"; a label broken inside a word at a
/// narrow column's edge, "Observació" + "n:" -> "Observación:", or its colon wrapped alone,
/// "Calificación" + ":" -> "Calificación:". Other pieces are joined as text is (a space between words).
std::string joined_label(const std::string& a, const std::string& b);

/// Feeds `builder` the header lines of `block` (in reading order, furniture already removed).
/// `doubtful` receives the joins of a sentence's end and a capital that no gap between them
/// decided (the caller warns of them where the document does not set its paragraphs apart).
/// `content_right`: the right edge of the text on the block's pages (the table's, often), where a
/// value's line could have gone on (0: unknown).
void read_header_block(const std::vector<block_line>& block, report_builder& builder, diagnostics& diags,
                       std::vector<doubtful_join>& doubtful, double content_right = 0);

}  // namespace informe::detail::layout
