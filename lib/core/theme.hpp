// The look every writer shares (templates/common/theme.json): colours by role, the font family, and
// the masthead, which is off and empty by default so that no output claims an office that did not
// issue it. A user's theme.json may hold only what it changes. Internal to the library.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/presentation.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

namespace informe::detail {

/// A colour role of the theme; its key in theme.json is colour_key(c).
enum class colour_role : unsigned char {
  primary,                         ///< title, headings, labels, the table's header
  primary_light,                   ///< backgrounds tinted with the primary colour (summary, number column)
  on_primary,                      ///< text on the primary colour (the table's header)
  text,                            ///< body text
  muted,                           ///< secondary text (dates, page furniture)
  rule,                            ///< lines and borders
  fulfilled,                       ///< a "Cumplido" status
  fulfilled_background,            ///< behind it
  partially_fulfilled,             ///< "Parcialmente cumplido"
  partially_fulfilled_background,  ///< behind it
  not_fulfilled,                   ///< "No cumplido"
  not_fulfilled_background,        ///< behind it
  unknown,                         ///< "Sin calificación"
  unknown_background,              ///< behind it
};
inline constexpr std::size_t colour_role_count = static_cast<std::size_t>(colour_role::unknown_background) + 1;

std::string_view colour_key(colour_role c);

/// An sRGB colour.
struct rgb {
  unsigned char r = 0, g = 0, b = 0;
  /// "#0b3a6e"
  std::string hex() const;
  /// "0B3A6E", as WordprocessingML writes colours.
  std::string word_hex() const;
};

struct theme {
  std::array<rgb, colour_role_count> colours;
  std::string font_family = "Liberation Sans";
  /// Lines above the title ("Gobierno de Chile", "Ministerio de Hacienda", ...): shown only when
  /// `masthead` is true and there are some.
  bool masthead = false;
  std::vector<std::string> masthead_lines;

  const rgb& operator[](colour_role c) const { return colours[static_cast<std::size_t>(c)]; }
  /// The colour of a status and its background.
  const rgb& status(status_role s) const;
  const rgb& status_background(status_role s) const;
  /// True when the masthead is shown.
  bool shows_masthead() const { return masthead && !masthead_lines.empty(); }

  /// The compiled-in theme (built once).
  static const theme& defaults();
};

/// The theme of a template set: the defaults with the set's common/theme.json merged over them.
/// An unknown key or a bad value is a warning in `diags` (when given) naming the file; it changes
/// nothing. A file that is not JSON throws informe::error naming it.
theme load_theme(const template_set& templates, diagnostics* diags = nullptr);

}  // namespace informe::detail
