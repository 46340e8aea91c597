// The check of a PDF text layer's glyph mapping: a character a font gives for two codes, or for a
// glyph not as wide as that character is in a font of known metrics (Ghostscript 10.00's rewrite).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readers/pdf/glyph_mapping.hpp"

using informe::detail::pdfin::family_of;
using informe::detail::pdfin::glyph_mapping_check;
using informe::detail::pdfin::metric_family;
using informe::detail::pdfin::plausible_advance;

namespace {

std::vector<informe::detail::layout::page> one_page_with(std::string_view text, double x0, double x1) {
  std::vector<informe::detail::layout::page> pages(1);
  pages[0].number = 1;
  informe::detail::layout::word w{text};
  w.x0 = x0;
  w.x1 = x1;
  w.y0 = 100;
  w.y1 = 112;
  pages[0].words.push_back(w);
  return pages;
}

}  // namespace

TEST_CASE("fonts are told by the metrics their names promise") {
  CHECK(family_of("TAGLXM+LiberationSans") == metric_family::helvetica);
  CHECK(family_of("Arial-BoldMT") == metric_family::helvetica);
  CHECK(family_of("Helvetica") == metric_family::helvetica);
  CHECK(family_of("BAAAAA+LiberationSerif-Italic") == metric_family::times);
  CHECK(family_of("TimesNewRomanPS-BoldMT") == metric_family::times);
  CHECK(family_of("Times New Roman,Bold") == metric_family::times);
  CHECK(family_of("HVRUHD+DejaVuSerif") == metric_family::dejavu);
  CHECK(family_of("DejaVuSans-Bold") == metric_family::dejavu);
  CHECK(family_of("DejaVuSansMono") == metric_family::other);
  CHECK(family_of("ArialNarrow") == metric_family::other);
  CHECK(family_of("DejaVuSansCondensed") == metric_family::other);
  CHECK(family_of("Georgia") == metric_family::other);
  CHECK(family_of("") == metric_family::other);
}

TEST_CASE("a digit or a sign not as wide as it is in its font is another character") {
  CHECK(plausible_advance(metric_family::helvetica, '4', 0.556));
  CHECK_FALSE(plausible_advance(metric_family::helvetica, '4', 1.0));    // "—"
  CHECK_FALSE(plausible_advance(metric_family::helvetica, '9', 0.222));  // "’"
  CHECK_FALSE(plausible_advance(metric_family::helvetica, '<', 0.333));  // "“"
  CHECK(plausible_advance(metric_family::helvetica, '<', 0.584));
  CHECK(plausible_advance(metric_family::times, '3', 0.5));
  CHECK(plausible_advance(metric_family::times, '=', 0.675));            // italic
  CHECK_FALSE(plausible_advance(metric_family::times, '=', 0.444));
  CHECK(plausible_advance(metric_family::dejavu, '7', 0.696));           // bold
  CHECK_FALSE(plausible_advance(metric_family::dejavu, '<', 0.518));
  CHECK(plausible_advance(metric_family::helvetica, 'B', 0.35));         // letters are not checked
  CHECK(plausible_advance(metric_family::other, '4', 1.0));              // nor fonts of unknown metrics
}

TEST_CASE("a character from a glyph of the wrong width is named once, at its first word") {
  glyph_mapping_check check;
  check.note(7, "ABCDEF+LiberationSans", 0x17, '4', 0.556, 1, 50, 110);  // the font's own "4"
  check.note(7, "", 0x7e0, '4', 1.0, 1, 130, 110);                        // "—" given as "4"
  check.note(7, "", 0x7e0, '4', 1.0, 1, 300, 110);
  const auto pages = one_page_with("4", 128, 140);
  informe::diagnostics diags;
  check.report(pages, diags);
  REQUIRE(diags.all().size() == 1);  // found both ways, named once
  const auto& d = diags.all().front();
  CHECK(d.code == informe::diagnostic_code::encoding);
  CHECK(d.where.page == 1);
  CHECK(d.message.find("gives \"4\" for a glyph 1000/1000 em wide") != std::string::npos);
  CHECK(d.message.find("2 times, first in \"4\"") != std::string::npos);
}

TEST_CASE("a character a font gives for two codes is named, where the second is first drawn") {
  glyph_mapping_check check;
  check.note(3, "Georgia", 0x16, '3', 0.6, 1, 50, 110);
  check.note(3, "", 0x7df, '3', 0.6, 1, 80, 110);  // "–" given as "3", as wide as a digit
  check.note(4, "Georgia-Bold", 0x21, '3', 0.6, 1, 90, 110);  // another font's "3": no conflict
  const auto pages = one_page_with("201132014", 60, 110);
  informe::diagnostics diags;
  check.report(pages, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all().front().message.find("gives \"3\" for two different glyphs of one font (1 drawn from the "
                                         "second, first in \"201132014\")") != std::string::npos);

  glyph_mapping_check clean;
  clean.note(3, "LiberationSans", 0x16, '3', 0.556, 1, 50, 110);
  clean.note(3, "", 0x16, '3', 0.556, 1, 60, 110);
  clean.note(3, "", 0x03, ' ', 0.278, 1, 70, 110);
  clean.note(3, "", 0x04, ' ', 0.278, 1, 80, 110);  // spaces are not followed
  informe::diagnostics none;
  clean.report(pages, none);
  CHECK(none.all().empty());
}
