// Commitments printed as "fichas": each a vertical two-column table of its own, a label column ("N°",
// "Recomendación", "Organismo Responsable", "Compromiso", "Fecha de Vencimiento", "Cumplimiento",
// "Observación", "Calificación", "Medios de Verificación": grammar/ficha_labels.hpp) with each value
// to its right, after a wide gap. A value's wrapped lines continue under the value column; a label
// may wrap in a narrow label column ("Organismo" / "Responsable"), its value beside its first line;
// an empty field is a bare label. A ficha may break across a page (its fields go on below the next
// page's running header). Each ficha is handed to the grammar as a row: the number as structure,
// the three columns' values as their cells, the labelled fields in the cell they belong to with
// their label as structure (the printed order moves no text between fields). Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/lines.hpp"

namespace informe::detail::layout {

/// Where the first ficha starts: its "N°" line.
struct ficha_start {
  std::size_t page = 0;  ///< index into the pages
  std::size_t line = 0;  ///< index into the page's lines
};

/// The first line that opens a ficha ("N°" as a label, a value right of a wide gap), where the next
/// line of its label column is another field's label ("Recomendación") or its first words; nullopt
/// when the pages are not laid out as fichas. Skipped lines (furniture) are passed over. Linear in
/// the lines.
std::optional<ficha_start> find_fichas(const std::vector<std::vector<line>>& pages);

/// Feeds `builder` a row per ficha, from `start` to the end of the pages (furniture already marked;
/// `page_numbers[p]` the number of page p). Text in the label column that is no label is named in a
/// warning; a ficha without any value is warned about. Returns true when the fichas' values set their
/// paragraphs apart (cells.hpp's spacing::spaces_any).
bool read_fichas(const std::vector<std::vector<line>>& pages, const std::vector<int>& page_numbers, ficha_start start,
                 report_builder& builder, diagnostics& diags);

/// True when `text` (a `pdftotext -layout` text) holds a ficha laid out by spaces: a line that is the
/// number's label, two spaces or more, then a value, followed by a line that starts with another
/// field's label (or its first words) at the same place.
bool has_spaced_fichas(std::string_view text);

}  // namespace informe::detail::layout
