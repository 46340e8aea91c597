// A commitments row taller than a page, divided into table rows that each fit one: Word (not we)
// decides where pages break, so every row is written unsplittable (w:cantSplit) and a long one is
// divided here, at paragraph and list-item boundaries, from estimated heights (the theme's font,
// the sizes of templates/docx/styles.xml, the column widths), conservatively. The later parts repeat
// the row number and the parts before them are followed by a borderless row ending in "(continúa)"
// at the right, as the PDF marks the foot of a row continued on the next page. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail::docx {

/// How a font family sets text, in ems of its size: the mean advance of a character of Spanish
/// prose (spaces included), rounded up, and the height of a line at single spacing.
struct font_metrics {
  double advance = 0.6;
  double line = 1.25;
};

/// The metrics of a family (Liberation and DejaVu, and the names they stand in for: Arial, Times New
/// Roman...); an unknown family gets the widest known, so that estimates stay on the safe side.
font_metrics font_metrics_of(std::string_view family);

/// How a paragraph style of the table sets its text, in points: templates/docx/styles.xml's values.
struct paragraph_metrics {
  double size = 8.5;
  double before = 0;
  double after = 3;
  double indent = 0;  ///< a list item's left indent (numbering.xml)
  bool bold = false;
};

/// The metrics of one of our table's paragraph styles ("TableText", "TableField", "TableBullet",
/// "RowNumber", "TableHeading", "ContinuedMark"); TableText's for any other.
paragraph_metrics paragraph_metrics_of(std::string_view style);

/// The estimated height in points of a paragraph of `text` in a column `width` points wide: words
/// wrapped greedily at the font's mean advance (bold a tenth wider), a word wider than the column
/// broken over as many lines as it needs.
double paragraph_height(std::string_view text, const paragraph_metrics& p, const font_metrics& f, double width);

/// Where a row's cells break: for every cell, the paragraphs [from, to) this part shows.
struct row_part {
  std::vector<std::size_t> from, to;
  /// False when a single paragraph is taller than `limit`: the part cannot fit a page, and is left
  /// splittable (Word breaks it where it must).
  bool fits = true;
};

/// A row as parts no taller than `limit` points each. `heights[c]` are the heights of cell c's
/// paragraphs; a `repeated` cell (the number) is shown whole on every part; a part before the last
/// keeps `mark_height` free below it (for the "(continúa)" row that follows it). A row that fits is
/// one part. Every part shows at least one paragraph not shown before.
std::vector<row_part> divide_row(const std::vector<std::vector<double>>& heights, const std::vector<bool>& repeated,
                                 double limit, double mark_height);

}  // namespace informe::detail::docx
