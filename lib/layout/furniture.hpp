// Phase 2: page furniture, marked on the lines with the name of the rule that recognised it:
// - "running header or footer": a line among the first or last few of a page that repeats at the
//   same height on at least half of the other pages (digits ignored: "Página 3 de 9");
// - "page number": "Página 1 de 4", "3 / 9", "- 3 -" ... among the first or last two lines;
// - "print header or footer": what browsers and office suites print at the page edges: a URL
//   ("file:///...", "https://..."), a print date and time ("30/11/26, 6:50"), alone or with a page
//   number or title beside it.
// Furniture lines are left out of the report and recorded as info diagnostics. Internal.
#pragma once

#include <string_view>
#include <vector>

#include "layout/lines.hpp"

namespace informe::detail {
class lexicon;
}

namespace informe::detail::layout {

namespace furniture_rule {
inline constexpr const char* running = "running header or footer";
inline constexpr const char* page_number = "page number";
inline constexpr const char* print_edge = "print header or footer";
inline constexpr const char* table_header = "repeated table header";
inline constexpr const char* before_title = "letterhead above the report's title";
inline constexpr const char* continued = "continuation mark";
inline constexpr const char* number_again = "row number printed again on a continued page";
inline constexpr const char* placeholder = "placeholder for an absent value";
inline constexpr const char* summary = "summary of the rows";
inline constexpr const char* colophon = "colophon";
inline constexpr const char* no_commitments = "note of a report without commitments";
inline constexpr const char* ruling = "a rule drawn with characters (a line of dashes)";
inline constexpr const char* ocr_ruling = "a table's rule read by OCR as a vertical bar";
inline constexpr const char* stacked_titles = "the table's column titles, printed one below the other";
inline constexpr const char* list_marker = "a list's drawn enumerator, left out: the model's lists are unnumbered";
}  // namespace furniture_rule

/// Marks the furniture of every page (lines already marked as table headers are left alone).
void mark_furniture(std::vector<std::vector<line>>& pages);

/// A line that is only a rule drawn with characters, as printers of preformatted reports rule their
/// tables: dashes, underscores, equals signs or box-drawing strokes, at least tuning::ruling_chars of
/// them and nothing else (a lone "-" or "—" is a placeholder for an absent value, not a rule).
bool is_ruling_line(std::string_view text);

/// "Página 3 de 9", "3 / 9", "- 3 -", "Page 3 of 9".
bool is_page_number_line(std::string_view text);
/// A line that ends a page as printers' footers do, counting the pages: "Página 3 de 9", "Page 3 of
/// 9", "3 / 9", or a browser's footer, the page's address first and "3/9" last. (A lone number is
/// not one: a row number stands alone on its line too.)
bool is_page_count_footer(std::string_view text);

/// A page's address (first or last on the line) or a print date and time, as browsers print at the
/// page edges.
bool is_print_edge_line(const line& l);
/// A producer's colophon below the table: "Documento generado con/por ...".
bool is_colophon(std::string_view text);
/// "(continúa)", "(sigue)": a row goes on after the page break.
bool is_continued_mark(std::string_view text);
/// The same with the active lexicon given (a caller asking line after line fetches it once).
bool is_continued_mark(std::string_view text, const lexicon& lex);
/// What our writers print when a row has no status ("Calificación: Sin calificación").
bool is_no_status(std::string_view text);
/// The same with the active lexicon given.
bool is_no_status(std::string_view text, const lexicon& lex);
/// What our writers print where a report has no rows ("Sin compromisos registrados.").
bool is_no_commitments_note(std::string_view text);

}  // namespace informe::detail::layout
