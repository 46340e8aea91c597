// A check of a PDF's text layer: words whose characters cannot be what was printed. A font whose
// ToUnicode map is wrong (a PDF rewritten by Ghostscript 10.00 maps the "fi" ligature to two CJK
// ideographs, "Cali昀椀cación") gives words that mix Latin letters with ideographs, syllables of
// another script or private-use code points; the reader cannot repair them, but says so. Internal.
#pragma once

#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::pdfin {

/// Warns once (diagnostic_code::encoding), at the first such word, with how many words mix Latin
/// letters with characters no Spanish word holds.
void check_text_layer(const std::vector<layout::page>& pages, diagnostics& diags);

/// A word that mixes Latin letters with CJK ideographs, Hangul or private-use code points.
bool mixes_foreign_glyphs(std::string_view word);

}  // namespace informe::detail::pdfin
