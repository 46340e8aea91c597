// The division of a row taller than a page (lib/docx/row_division): estimated heights and parts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "writers/docx/row_division.hpp"
#include "test_files.hpp"

using namespace informe::detail::docx;

namespace {

// The heights of paragraphs [from, to) of one cell.
double sum(const std::vector<double>& h, std::size_t from, std::size_t to) {
  double s = 0;
  for (std::size_t k = from; k < to; ++k) s += h[k];
  return s;
}

// The text of style `id`'s definition in styles.xml.
std::string style_of(const std::string& styles, const std::string& id) {
  const auto at = styles.find("w:styleId=\"" + id + "\"");
  REQUIRE_MESSAGE(at != std::string::npos, "no style " << id);
  return styles.substr(at, styles.find("</w:style>", at) - at);
}

}  // namespace

TEST_CASE("a paragraph's estimated height grows with its text and with a narrower column") {
  const font_metrics sans = font_metrics_of("Liberation Sans");
  const paragraph_metrics text = paragraph_metrics_of("TableText");
  const std::string one = "Se revisaron los procedimientos de asignación de recursos a las regiones.";
  const double line = text.size * sans.line;
  CHECK(paragraph_height("", text, sans, 100) == doctest::Approx(line + text.after));
  CHECK(paragraph_height("corto", text, sans, 100) == doctest::Approx(line + text.after));
  // 73 characters at 8.5 pt x 0.5 em: 310 pt of text, four lines in 100 pt (words are not cut).
  CHECK(paragraph_height(one, text, sans, 100) == doctest::Approx(4 * line + text.after));
  CHECK(paragraph_height(one, text, sans, 50) > paragraph_height(one, text, sans, 100));
  CHECK(paragraph_height(one + " " + one, text, sans, 100) > paragraph_height(one, text, sans, 100));
  // A word wider than the column takes as many lines as it needs.
  CHECK(paragraph_height(std::string(40, 'x'), text, sans, 50) == doctest::Approx(4 * line + text.after));
  // A list item is narrower by its indent; bold is wider.
  CHECK(paragraph_height(one, paragraph_metrics_of("TableBullet"), sans, 100) >=
        paragraph_height(one, text, sans, 100) - text.after);
}

TEST_CASE("font metrics: the families we know, and the widest for one we do not") {
  CHECK(font_metrics_of("Liberation Sans").advance == font_metrics_of("arial").advance);
  CHECK(font_metrics_of("Times New Roman").advance == font_metrics_of("Liberation Serif").advance);
  CHECK(font_metrics_of("DejaVu Sans").advance > font_metrics_of("Liberation Sans").advance);
  const font_metrics unknown = font_metrics_of("Una Fuente Inventada");
  for (const char* known : {"Liberation Sans", "Liberation Serif", "Liberation Mono", "DejaVu Sans", "DejaVu Serif"}) {
    CAPTURE(known);
    CHECK(unknown.advance >= font_metrics_of(known).advance);
    CHECK(unknown.line >= font_metrics_of(known).line);
  }
}

TEST_CASE("the paragraph metrics are templates/docx/styles.xml's") {
  const std::string styles = informe::test::read_file(informe::test::source_path("templates/docx/styles.xml"));
  // Sizes in half points, spacing in twips, as styles.xml writes them.
  const std::string table_text = style_of(styles, "TableText");
  CHECK(table_text.find("<w:sz w:val=\"17\"/>") != std::string::npos);
  CHECK(paragraph_metrics_of("TableText").size == 8.5);
  CHECK(table_text.find("w:after=\"60\"") != std::string::npos);
  CHECK(paragraph_metrics_of("TableText").after == 3);
  CHECK(table_text.find("w:line=\"240\"") != std::string::npos);  // single spacing: the font's line
  CHECK(style_of(styles, "TableField").find("w:before=\"40\"") != std::string::npos);
  CHECK(paragraph_metrics_of("TableField").before == 2);
  CHECK(style_of(styles, "TableBullet").find("w:after=\"20\"") != std::string::npos);
  CHECK(paragraph_metrics_of("TableBullet").after == 1);
  const std::string numbering = informe::test::read_file(informe::test::source_path("templates/docx/numbering.xml"));
  CHECK(numbering.find("<w:ind w:left=\"284\"") != std::string::npos);
  CHECK(paragraph_metrics_of("TableBullet").indent == doctest::Approx(14.2));
  CHECK(style_of(styles, "TableHeading").find("<w:sz w:val=\"18\"/>") != std::string::npos);
  CHECK(paragraph_metrics_of("TableHeading").size == 9);
  CHECK(style_of(styles, "ContinuedMark").find("<w:sz w:val=\"15\"/>") != std::string::npos);
  CHECK(paragraph_metrics_of("ContinuedMark").size == 7.5);
}

TEST_CASE("a row that fits a page is one part") {
  const std::vector<std::vector<double>> heights = {{10}, {100, 200}, {50}, {300, 100}};
  const auto parts = divide_row(heights, {true, false, false, false}, 400, 12);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].fits);
  CHECK(parts[0].from == std::vector<std::size_t>{0, 0, 0, 0});
  CHECK(parts[0].to == std::vector<std::size_t>{1, 2, 1, 2});
}

TEST_CASE("a taller row: parts that fit, in order, the number on each, room for the mark below") {
  std::vector<std::vector<double>> heights = {{10}, {}, {}, {}};
  for (int i = 0; i < 30; ++i) heights[1].push_back(40);
  for (int i = 0; i < 50; ++i) heights[2].push_back(15);
  for (int i = 0; i < 12; ++i) heights[3].push_back(70);
  const double limit = 500, mark = 12;
  const auto parts = divide_row(heights, {true, false, false, false}, limit, mark);
  REQUIRE(parts.size() == 3);  // 1200 pt of recommendation in parts of at most 500
  std::vector<std::size_t> next(4, 0);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    CAPTURE(i);
    const row_part& p = parts[i];
    CHECK(p.fits);
    CHECK(p.from[0] == 0);
    CHECK(p.to[0] == 1);  // the number on every part
    for (std::size_t c = 1; c < 4; ++c) {
      CHECK(p.from[c] == next[c]);  // no paragraph left out or shown twice
      next[c] = p.to[c];
      const bool before_last = i + 1 < parts.size();
      CHECK(sum(heights[c], p.from[c], p.to[c]) + (before_last ? mark : 0) <= limit);
    }
  }
  for (std::size_t c = 1; c < 4; ++c) CHECK(next[c] == heights[c].size());
  // Each part takes as much as fits, leaving room for "(continúa)": 12 x 40 = 480 <= 488, 32 x 15
  // = 480, 6 x 70 = 420 (7 x 70 = 490 > 488).
  CHECK(parts[0].to[1] == 12);
  CHECK(parts[0].to[2] == 32);
  CHECK(parts[0].to[3] == 6);
}

TEST_CASE("a paragraph taller than a page goes alone, in a part left splittable") {
  const std::vector<std::vector<double>> heights = {{10}, {100, 900, 100}, {20}, {20}};
  const auto parts = divide_row(heights, {true, false, false, false}, 500, 12);
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].fits);
  CHECK(parts[0].to[1] == 1);
  CHECK_FALSE(parts[1].fits);
  CHECK(parts[1].from[1] == 1);
  CHECK(parts[1].to[1] == 2);
  CHECK(parts[2].fits);
  CHECK(parts[2].to[1] == 3);
  // The short cells are shown on the first part and are empty after it.
  CHECK(parts[1].from[2] == parts[1].to[2]);
}
