// Phase 1: words -> lines.
#include <doctest/doctest.h>

#include "layout/lines.hpp"
#include "layout_maker.hpp"

using namespace informe::detail::layout;
using informe::test::page_maker;

TEST_CASE("words sharing a baseline form one line, left to right, lines top to bottom") {
  // Words given out of order, as an extractor may list them (column by column).
  page pg = page_maker().at(300, 40, "Compromiso dos").at(40, 60, "segunda línea").at(40, 40, "Texto uno").done();
  auto lines = build_lines(pg);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Texto uno Compromiso dos");
  CHECK(lines[0].index == 1);
  CHECK(lines[0].x0 == 40);
  CHECK(lines[0].x1 == 300 + 5 * 14);
  CHECK(lines[1].text == "segunda línea");
  CHECK(lines[1].index == 2);
  CHECK(lines[1].size == 10);
}

TEST_CASE("a word set a little higher or lower (a superscript, another font) stays on its line") {
  page pg = page_maker().at(40, 40, "Año").word("2009", 62, 41, 82, 51).word("nota", 90, 38.5, 110, 48.5).done();
  auto lines = build_lines(pg);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Año 2009 nota");
  // Half a line lower is another line.
  pg = page_maker().at(40, 40, "uno").word("dos", 62, 46, 82, 56).done();
  CHECK(build_lines(pg).size() == 2);
}

TEST_CASE("cells set at their top in different type sizes start one line") {
  // A 7-point row number and responsible beside 12-point text, all set at the cell's top: their boxes
  // start level, their centres 3 points apart (more than a third of the small box).
  page pg = page_maker()
                .word("2", 70, 136.35, 74, 145.45)
                .word("SENAMA", 180, 136.35, 210, 145.45)
                .word("Establecer", 90, 136.30, 146, 151.9)
                .word("Entidades", 180, 144.45, 211, 153.55)
                .done();
  auto lines = build_lines(pg);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "2 Establecer SENAMA");
  CHECK(lines[1].text == "Entidades");
  // The same sizes a line apart are two lines.
  pg = page_maker().word("2", 70, 120, 74, 129.1).word("Establecer", 90, 136.3, 146, 151.9).done();
  CHECK(build_lines(pg).size() == 2);
}

TEST_CASE("words split at a font change join without a space; gaps make word groups") {
  // "Recomen" ends its string (space_after false); "dación" starts right where it ends.
  page_maker m;
  m.at(40, 40, "Recomen").word("dación", 75, 40, 105, 50);
  auto lines = build_lines(m.done());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Recomendación");
  // The extractor saw a space, or there is a gap: a space.
  page_maker spaced;
  spaced.at(40, 40, "Recomen dación");
  CHECK(build_lines(spaced.done())[0].text == "Recomen dación");
  page_maker gap;
  gap.at(40, 40, "Recomen").word("dación", 77, 40, 107, 50);  // 2 points: 0.2 em
  CHECK(build_lines(gap.done())[0].text == "Recomen dación");

  page wide = page_maker().at(40, 40, "Programa/Institución:     Becas Chile").done();
  auto groups = word_groups(build_lines(wide)[0]);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].text == "Programa/Institución:");
  CHECK(groups[1].text == "Becas Chile");
  CHECK(groups[1].from == 1);
  CHECK(groups[1].to == 3);
  CHECK(groups[1].x0 == 40 + 5 * (21 + 5));
}

TEST_CASE("a text input's line gives its file position; a PDF's its page and line index") {
  page pg = page_maker(3).at(40, 40, "uno").at(40, 60, "dos").done();
  auto lines = build_lines(pg);
  auto at = position_of(lines[1], 3);
  CHECK(at.line == 2);
  CHECK(at.page == 3);
  pg.words[1].line = 17;
  pg.words[1].column = 9;
  lines = build_lines(pg);
  at = position_of(lines[1], 3);
  CHECK(at.line == 17);
  CHECK(at.column == 9);
}

TEST_CASE("words_in_text finds a range of words in the line's own text, and refuses text that is not their join") {
  page pg = page_maker().at(40, 40, "Texto uno").at(300, 40, "Compromiso dos").done();
  auto lines = build_lines(pg);
  REQUIRE(lines.size() == 1);
  line l = lines[0];
  CHECK(words_in_text(l, 0, 2) == std::optional<std::string_view>("Texto uno"));
  CHECK(words_in_text(l, 2, 4) == std::optional<std::string_view>("Compromiso dos"));
  CHECK_FALSE(words_in_text(l, 2, 2).has_value());
  CHECK_FALSE(words_in_text(l, 3, 5).has_value());
  // A word replaced after the line was joined, by one of the same length (the line's length tells
  // nothing): its range is joined again, not read from the stale text.
  word other = *l.words[2];
  other.text = "Compromisa";
  l.words[2] = &other;
  CHECK_FALSE(words_in_text(l, 2, 4).has_value());
  CHECK(words_in_text(l, 0, 2) == std::optional<std::string_view>("Texto uno"));
}

TEST_CASE("a bullet whose box is shorter than the text's joins its item's line, though a line beside it pulls the centre") {
  // Tight glyph boxes (a PDF rewritten by cairo): the text 332.85-344.01, its bullet 334.97-344.05 (on
  // the same baseline, a shorter box), and another column's line 3.6 higher, which the item's words
  // join (their centres 3.6 apart): the band's centre moves up and away from the bullet's.
  page_maker m;
  m.word("\xEF\x82\xB7", 90.8, 334.97, 94.91, 344.05)
      .word("informar", 108.79, 332.85, 145.38, 344.01)
      .word("al", 148.13, 332.85, 155.94, 344.01)
      .word("\xEF\x82\xB7", 584, 331.37, 588.11, 340.45)
      .word("Manual", 601.99, 329.25, 634.69, 340.41)
      .word("de", 637.45, 329.25, 648.6, 340.41)
      .word("usuario", 651.32, 329.25, 684.14, 340.41)
      .word("del", 686.85, 329.25, 700.17, 340.41)
      .word("módulo", 702.94, 329.25, 735.75, 340.41);
  auto lines = build_lines(m.done());
  INFO(lines.size());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "\xEF\x82\xB7 informar al \xEF\x82\xB7 Manual de usuario del módulo");
}

TEST_CASE("two small lines beside a large one: only the one level with its bottom joins it") {
  page_maker m;
  m.word("TÍTULO", 180, 102.4, 300, 115.8)        // 13.4 high
      .word("Presupuestos", 40, 99.7, 87, 108.1)  // 8.4 high, its bottom well above the title's
      .word("Estadísticas", 40, 107.96, 81, 116.34);
  auto lines = build_lines(m.done());
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Presupuestos");
  CHECK(lines[1].text == "Estadísticas TÍTULO");
}
