// Characters a PDF's text layer gives wrong. A font's ToUnicode map tells which character each glyph
// is; a PDF rewritten by Ghostscript 10.00 maps a subset font's dashes, quotation marks and bullets to
// digits, signs and letters ("—" to "4", "–" to "3", "“ ”" to "< =", "’" to "9"), and the text
// read holds them with nothing to show it ("2011–2014" reads "201132014"). Two traces are followed
// as poppler draws the page:
// - one font gives one character for two different codes (its own "3" and the dash's "3");
// - in a font with the metrics of Helvetica, Times or DejaVu (Arial, Liberation, Nimbus, Times New Roman), a
//   glyph given as a digit or as "<", "=", ">" is not as wide as those characters are there.
// The reader names each such character with the first word that holds it. Internal to the PDF reader.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::pdfin {

/// Fonts whose advance widths are known by their name.
enum class metric_family { other, helvetica, times, dejavu };

/// The family of a font named `name` (a subset's "ABCDEF+" prefix ignored): Arial, Helvetica, Liberation
/// Sans, Nimbus Sans and Arimo are Helvetica's metrics; Times New Roman, Times, Liberation Serif, Nimbus
/// Roman and Tinos are Times'; DejaVu Sans and DejaVu Serif are DejaVu's. Narrow, condensed and monospaced
/// cuts are other.
metric_family family_of(std::string_view name);

/// Whether a glyph `advance` em wide may be ASCII character `c` in `family`: digits (Helvetica 0.556,
/// Times 0.5, DejaVu 0.636-0.696, in every weight) and "<", "=", ">" (0.564-0.838) within 15%; any
/// other character, or any font of another family, may.
bool plausible_advance(metric_family family, std::uint32_t c, double advance);

/// Follows the characters poppler draws and warns about those a font's text layer gives wrong.
class glyph_mapping_check {
 public:
  /// A character drawn: font `font` (its object number), named `name` (read when the font is first
  /// seen), from `code`, given as the one code point `unicode`, `advance` em wide, at (x, y) on page
  /// `page` (points from the top-left). Only printable ASCII characters other than space are followed.
  void note(int font, std::string_view name, unsigned code, std::uint32_t unicode, double advance, int page,
            double x, double y);

  /// Whether font `font` (named `name`, read when it is first seen) has known widths: only then does
  /// note() read the advance it is given (the caller may skip measuring it).
  bool checks_widths(int font, std::string_view name);

  /// One warning per character found wrong, at the first word that holds it (or its page).
  void report(const std::vector<layout::page>& pages, diagnostics& diags) const;

 private:
  struct font_state {
    metric_family family = metric_family::other;
    std::array<std::uint32_t, 128> first_code{};  // each character's first code plus one (0: not drawn)
  };
  struct finding {
    std::uint32_t unicode = 0;
    bool shared = false;  // two codes; else an advance unlike the character's
    std::size_t count = 0;
    int page = 0;
    double x = 0, y = 0, advance = 0;
  };
  finding& find(std::uint32_t unicode, bool shared);
  font_state& font_of(int font, std::string_view name);

  std::unordered_map<int, font_state> fonts_;
  int last_font_ = -1;
  font_state* last_ = nullptr;
  std::vector<finding> findings_;
};

}  // namespace informe::detail::pdfin
