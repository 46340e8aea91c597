#include "writers/docx/row_division.hpp"

#include <algorithm>

#include "core/unicode.hpp"

namespace informe::detail::docx {

namespace {

struct known_family {
  const char* names[4];
  font_metrics metrics;
};

// Measured on the seed report's text from the fonts' own tables (hmtx, and hhea's ascent, descent
// and gap), then rounded up: Liberation Sans sets a mean 0.458 em per character and 1.150 em per
// line, Liberation Serif 0.415 and 1.150, Liberation Mono 0.600 and 1.133, DejaVu Sans 0.523 and
// 1.164, DejaVu Serif 0.530 and 1.164. The names after the first are the families they stand in for.
constexpr known_family families[] = {
    {{"liberation sans", "arial", "helvetica", "arimo"}, {0.50, 1.17}},
    {{"liberation serif", "times new roman", "times", "tinos"}, {0.46, 1.17}},
    {{"liberation mono", "courier new", "courier", "cousine"}, {0.62, 1.15}},
    {{"dejavu sans", "verdana", "bitstream vera sans", nullptr}, {0.57, 1.18}},
    {{"dejavu serif", "bitstream vera serif", nullptr, nullptr}, {0.58, 1.18}},
};
constexpr font_metrics unknown_family{0.62, 1.25};

// Twentieths of a point (styles.xml's unit) in points.
constexpr double pt(int twips) { return twips / 20.0; }

}  // namespace

font_metrics font_metrics_of(std::string_view family) {
  const std::string f = fold(family);
  for (const auto& k : families)
    for (const char* name : k.names)
      if (name && f == name) return k.metrics;
  return unknown_family;
}

paragraph_metrics paragraph_metrics_of(std::string_view style) {
  // templates/docx/styles.xml: TableText 8.5 pt, 0/60 twips before/after; TableField 40 before;
  // TableBullet 20 after, numbering.xml's indent 284; RowNumber bold; TableHeading 9 pt bold, 40/40;
  // ContinuedMark 7.5 pt, 0/0.
  if (style == "TableField") return {8.5, pt(40), pt(60), 0, false};
  if (style == "TableTextContinued") return {8.5, pt(60), pt(60), 0, false};
  if (style == "TableBullet") return {8.5, 0, pt(20), pt(284), false};
  if (style == "RowNumber" || style == "RowNumberContinued") return {8.5, 0, pt(60), 0, true};
  if (style == "TableHeading") return {9, pt(40), pt(40), 0, true};
  if (style == "ContinuedMark") return {7.5, 0, 0, 0, false};
  return {8.5, 0, pt(60), 0, false};
}

double paragraph_height(std::string_view text, const paragraph_metrics& p, const font_metrics& f, double width) {
  const double em = p.size * f.advance * (p.bold ? 1.1 : 1.0);  // one character's width
  const double w = std::max(width - p.indent, em);
  int lines = 1;
  double x = 0;  // the width taken on the current line
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    double word = static_cast<double>(utf8_length(text.substr(at, end - at))) * em;
    at = end + 1;
    if (word == 0) continue;
    const double need = x == 0 ? word : x + em + word;
    if (need <= w) {
      x = need;
      continue;
    }
    if (x > 0) ++lines;  // the word starts a new line
    while (word > w) {   // a word wider than the column takes whole lines
      ++lines;
      word -= w;
    }
    x = word;
  }
  return p.before + lines * p.size * f.line + p.after;
}

std::vector<row_part> divide_row(const std::vector<std::vector<double>>& heights, const std::vector<bool>& repeated,
                                 double limit, double mark_height) {
  const std::size_t cells = heights.size();
  auto is_repeated = [&](std::size_t c) { return c < repeated.size() && repeated[c]; };
  row_part whole;
  double tallest = 0;
  for (std::size_t c = 0; c < cells; ++c) {
    double sum = 0;
    for (double h : heights[c]) sum += h;
    tallest = std::max(tallest, sum);
    whole.from.push_back(0);
    whole.to.push_back(heights[c].size());
  }
  if (tallest <= limit) return {whole};

  std::vector<row_part> parts;
  std::vector<std::size_t> from(cells, 0);
  while (true) {
    row_part part;
    part.from = from;
    part.to = from;
    bool rest = false;  // some cell has paragraphs after this part
    for (std::size_t c = 0; c < cells; ++c) {
      const std::vector<double>& h = heights[c];
      if (is_repeated(c)) {
        part.from[c] = 0;
        part.to[c] = h.size();
        continue;
      }
      double used = 0;
      std::size_t k = from[c];
      while (k < h.size() && used + h[k] <= limit - mark_height) used += h[k++];
      if (k == from[c] && k < h.size()) {  // a paragraph taller than a page: alone, and splittable
        part.fits = false;
        ++k;
      }
      part.to[c] = k;
      if (k < h.size()) rest = true;
    }
    from = part.to;
    parts.push_back(std::move(part));
    if (!rest) break;
  }
  return parts;
}

}  // namespace informe::detail::docx
