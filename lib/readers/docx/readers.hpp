// The two ways of reading a Word document's body. Internal to the library.
#pragma once

#include <cstddef>
#include <vector>

#include "grammar/input.hpp"
#include "readers/docx/wordml.hpp"
#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::detail::docx_reader {

/// A sub-title cell under a column title merged across columns ("Descripción", "Plazo" under
/// "Compromiso") is at most this many bytes: column sub-titles are a few words; a longer cell is a
/// row's text, so the row below the titles is no sub-titles' row.
inline constexpr std::size_t max_sub_title_bytes = 40;

/// True when the document was written by this library (lib/writers/docx/): its paragraphs carry our styles
/// ("Row Number", "Table Field", "Report Date"...), recognised by name or id whatever program
/// re-saved it.
bool is_own_output(const document& doc);

/// This library's own DOCX, read back field by field from its styles: lossless.
report read_own(const document& doc, diagnostics& diags);

/// A report typed by hand: header lines (paragraphs or a two-column table) and the commitments
/// table (found by its column headers), fed to the shared field grammar. The page headers and
/// footers (document::page_parts) that hold the title or header fields give them too, once; the
/// others are page furniture.
report read_typed(const document& doc, diagnostics& diags);

/// The header lines of what is typed above the commitments table: a paragraph (list items marked),
/// or a table whose rows are "Label" | "value paragraphs" (else every paragraph a line).
void header_lines(const block& b, std::vector<header_line>& out);
void header_lines(const table_row& r, std::vector<header_line>& out);

/// The page headers and footers that hold the report's title or header fields give the lines of
/// the fields `body_lines` lack: into `headers` (read before the body's) and `footers` (after). A field
/// the body (or a page part before) holds too is furniture when it says the same and named in a
/// warning when it does not (the body's value, else the first, is kept). Page numbers and parts
/// holding no such field are furniture; other text in a part that holds some is named in a warning.
void page_part_lines(const document& doc, const std::vector<header_line>& body_lines, std::vector<header_line>& headers,
                     std::vector<header_line>& footers, diagnostics& diags);

/// Text of the document outside the body (headers, footers, notes, comments, text boxes) and its
/// tracked changes, reported to `diags`: furniture or warnings.
void report_asides(const document& doc, diagnostics& diags);

/// The paragraph's text for the grammar: tabs and line breaks as spaces.
std::string flat_text(const paragraph& p);
/// `text` with its tabs and line breaks as spaces.
std::string flat_text(std::string_view text);

}  // namespace informe::detail::docx_reader
