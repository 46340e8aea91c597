// From positioned words to the shared grammar's input: the page furniture removed, the header block as
// header lines, the commitments table as rows of three cells with paragraphs and list items. Knows
// nothing of poppler (tests feed it made-up words). Internal to the PDF reader.
//
// The rules, in order:
// - Words sharing a baseline form a line (across the whole page width).
// - Furniture: lines at the top or bottom of a page that repeat at the same place on at least half of
//   the other pages (digits ignored: "Página 3 de 9"), and page-number lines ("Página 1 de 1",
//   "3 / 9") at either end of a page, are dropped.
// - The table header is a line whose word groups read "Recomendación | Compromiso | Cumplimiento"
//   (detail::is_column_header), optionally led by a number column ("N°"). Column boundaries are the
//   widest empty gutters between the header's groups, measured on the page's body words.
// - Above the first table header: the header block. Lines before the title ("Informe de
//   Cumplimiento ...") are dropped; the title's wrapped lines are joined; a line whose words split at a
//   wide gap after a known label is a label cell and a value cell (two-column layout), any other line is
//   given whole ("Label: value"); wrapped value lines are joined, a vertical gap starts a paragraph.
//   In a two-column block, a line that starts left of the value column and has no label ends the block
//   (a summary, a section heading): the rest up to the table is skipped.
// - Below a table header: each line's words go to their columns; a line whose words run across a
//   column boundary ends the table on that page. A row starts at a number in the number column, or at
//   "N." at the left of the first column after a paragraph end; lines above the first row start of a
//   page continue the previous row. "(continúa)" marks a row that goes on after the page break (its
//   number, printed again, does not start a new row).
// - Inside a cell: a vertical gap wider than the line spacing is a paragraph break; a line that starts
//   with a bullet ("•", "-", ...) is a list item, its indented lines continue it; a line after one that
//   would have fitted its first word is a (soft) paragraph break; otherwise lines join with a space
//   (none after a hyphen or a slash ending a word).
#pragma once

#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "pdf_reader/words.hpp"

namespace informe::detail::pdfin {

/// Feeds `builder` the header lines and table rows found in `pages`.
void read_layout(const std::vector<page>& pages, report_builder& builder, diagnostics& diags);

}  // namespace informe::detail::pdfin
