// The PDF style template (templates/pdf/style.json): page, fonts, sizes, colours, table, header and
// footer texts. Internal.
#pragma once

#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"
#include "writers/pdf/backend.hpp"
#include "writers/pdf/layout.hpp"

namespace informe::detail::pdf {

struct pdf_style {
  page_frame frame;
  font_files fonts;
  double title = 14, subtitle = 10.5, header_block = 9, summary = 9, table_header = 9, body = 8.5;
  double page_header = 7.5, page_footer = 7.5, continued = 7.5, line_height = 1.22;
  colour text, title_colour, label, muted, rule, table_header_fill, table_header_text, number_fill, summary_fill;
  /// True when style.json sets "colours": they then win over the theme's (common/theme.json).
  bool own_colours = false;
  double number_width = 22;
  std::vector<double> columns{0.36, 0.32, 0.32};
  double cell_padding = 4, rule_width = 0.5, paragraph_spacing = 3, bullet_indent = 9;
  std::string bullet = "•";
  std::string header_left, header_right, footer_left, footer_right;
  std::string lang = "es-CL", creator = "informe";
};

/// Loads "pdf/style.json" from `templates` for `paper` ("a4" or "letter"; empty: the template's).
/// The font family is the style's `fonts.family` when it names one, else `theme_family` (the theme's,
/// common/theme.json, which HTML and DOCX use too); a theme family without font files here (an
/// unknown name, or a family not installed) is a warning in `diags` naming theme.json, and the PDF
/// is set in Liberation Sans. Font family names resolve to the Liberation and DejaVu files of
/// Debian's font packages. Throws informe::error naming the template for a bad value or a font of
/// the style that is not installed.
pdf_style load_style(const template_set& templates, const std::string& paper,
                     const std::string& theme_family = "Liberation Sans", diagnostics* diags = nullptr);

/// The files of a family's regular, bold and italic faces ("Liberation Sans", "DejaVu Serif", ...);
/// empty strings when the family is unknown.
std::array<std::string, face_count> font_family_files(const std::string& family);

}  // namespace informe::detail::pdf
