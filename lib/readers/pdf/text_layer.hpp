// What a PDF's text layer may hold that was never printed as text. A font whose ToUnicode map is
// wrong (a PDF rewritten by Ghostscript 10.00 maps the "fi" ligature to two CJK ideographs,
// "Cali昀椀cación": "fi" as UTF-16 in the wrong byte order) gives words that mix Latin letters with
// ideographs, syllables of another script or private-use code points: letters in the wrong byte order
// are put right, and the reader says so; other such words it cannot repair, but says so. An OCR's invisible text over a
// scan holds the table's rulings read as vertical bars: furniture. Internal.
#pragma once

#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::pdfin {

/// Puts right the letters of words whose text layer gives them as UTF-16 in the wrong byte order
/// ("Cali昀椀cación", U+6600 U+6900 for "fi": "Calificación"), with one info diagnostic
/// (diagnostic_code::encoding) naming how many and the first. Before check_text_layer.
void repair_swapped_letters(std::vector<layout::page>& pages, diagnostics& diags);

/// Warns once (diagnostic_code::encoding), at the first such word, with how many words mix Latin
/// letters with characters no Spanish word holds.
void check_text_layer(const std::vector<layout::page>& pages, diagnostics& diags);

/// On a page whose text is an OCR's reading of a scan: the vertical bars it read in the table's
/// rulings ("|" alone, or before a cell's first word, "|Elaborar") are page furniture (named in an info
/// diagnostic), not text; a report's text holds no vertical bar.
void drop_ocr_rulings(layout::page& p, diagnostics& diags);

}  // namespace informe::detail::pdfin
