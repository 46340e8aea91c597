// Enumerators a producer drew as a list's markers, told by the layout from typed ones.
#include <doctest/doctest.h>

#include "diagnostic_messages.hpp"
#include "layout/drawn_markers.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;
using detail::layout::drawn_enumerators;
using detail::layout::enumerated_line;
using detail::layout::enumerator_class;

namespace {

// A PDF line of 10-point text at `x0`; with a marker of 8 points and its text `gap` points after it
// when `marker` is an enumerator word.
enumerated_line pdf_line(double x0, std::string_view marker = {}, double gap = 0) {
  enumerated_line l;
  l.x0 = x0;
  l.page = 1;
  l.size = 10;
  if (!marker.empty()) {
    l.enumerator = enumerator_class(marker);
    l.ordinal = detail::layout::enumerator_ordinal(marker);
    l.roman = detail::layout::enumerator_roman(marker);
    l.marker_x1 = x0 + 8;
    l.text_x = l.marker_x1 + gap;
  }
  return l;
}

std::vector<bool> drawn(std::vector<enumerated_line> lines, double left = 100) {
  for (auto& l : lines) {
    l.left = left;
    l.indent = 6;
  }
  return drawn_enumerators(lines);
}

// The table after a header block: its header line at `y` and one row.
void add_table(page_maker& m, double y) {
  table_header(m, y);
  table_line(m, y + 20, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
}

page_maker table_start() {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  return m;
}

}  // namespace

TEST_CASE("enumerator words: a letter, one or two digits or a roman numeral, then '.' or ')'") {
  CHECK(enumerator_class("a.") != 0);
  CHECK(enumerator_class("b)") != 0);
  CHECK(enumerator_class("12.") != 0);
  CHECK(enumerator_class("iv.") != 0);
  CHECK(enumerator_class("a.") == enumerator_class("c."));
  CHECK(enumerator_class("a.") != enumerator_class("a)"));
  CHECK(enumerator_class("a.") != enumerator_class("1."));
  CHECK(enumerator_class("etc.") == 0);
  CHECK(enumerator_class("Dic.") == 0);
  CHECK(enumerator_class("123.") == 0);
  CHECK(enumerator_class("a") == 0);
  CHECK(detail::layout::enumerator_ordinal("c.") == 3);
  CHECK(detail::layout::enumerator_ordinal("12)") == 12);
  CHECK(detail::layout::enumerator_roman("iv.") == 4);
  CHECK(detail::layout::enumerator_roman("i.") == 1);
  CHECK(detail::layout::enumerator_roman("c.") == 0);
}

TEST_CASE("a run of one-line items: drawn where the markers stand apart or hang in an indent, typed at the margin") {
  const double space = 0.28 * 10;  // a word space at 10 points
  // Typed at the column's edge, a word space after each marker: paragraphs' text.
  CHECK(drawn({pdf_line(100), pdf_line(100, "1)", space), pdf_line(100, "2)", space), pdf_line(100, "3)", space)}) ==
        std::vector<bool>{false, false, false, false});
  // Word's numbering: at the edge, a tab after each marker.
  CHECK(drawn({pdf_line(100), pdf_line(100, "a.", 3.5 * space), pdf_line(100, "b.", 3.5 * space)}) ==
        std::vector<bool>{false, true, true});
  // A browser's: a word space after each marker, the markers in the list's indent.
  CHECK(drawn({pdf_line(100), pdf_line(120, "a.", space), pdf_line(120, "b.", space)}) ==
        std::vector<bool>{false, true, true});
  // Right-aligned markers of different widths: their right edges level, their texts too.
  auto narrow = pdf_line(121, "c.", space);
  narrow.marker_x1 = 128;
  narrow.text_x = 128 + space;
  CHECK(drawn({pdf_line(120, "a.", space), pdf_line(120, "b.", space), narrow}) == std::vector<bool>{true, true, true});
  // One item alone tells nothing, set apart as it is; nor do siblings whose texts are not level.
  CHECK(drawn({pdf_line(100), pdf_line(100, "a.", 3.5 * space)}) == std::vector<bool>{false, false});
  CHECK(drawn({pdf_line(100, "a.", 3.5 * space), pdf_line(100, "b.", 1.5 * space + 3.5 * space)}) ==
        std::vector<bool>{false, false});
  // Markers of different kinds are no siblings; nor are markers that do not count up ("19." a number
  // wrapped to two lines' starts).
  CHECK(drawn({pdf_line(100, "a.", 3.5 * space), pdf_line(100, "1.", 3.5 * space)}) ==
        std::vector<bool>{false, false});
  CHECK(drawn({pdf_line(100, "19.", 3.5 * space), pdf_line(100, "19.", 3.5 * space)}) ==
        std::vector<bool>{false, false});
  // A list broken over a page: its next marker at the next page's top is a sibling; two pages on, not.
  auto next_page = pdf_line(120, "c.", space);
  next_page.page = 2;
  CHECK(drawn({pdf_line(120, "a.", space), pdf_line(120, "b.", space), next_page}) == std::vector<bool>{true, true, true});
  auto later = pdf_line(100, "b.", 3.5 * space);
  later.page = 3;
  CHECK(drawn({pdf_line(100, "a.", 3.5 * space), later}) == std::vector<bool>{false, false});
  // Roman numerals count up from "i.".
  CHECK(drawn({pdf_line(100, "i.", 3.5 * space), pdf_line(100, "ii.", 3.5 * space), pdf_line(100, "iii.", 3.5 * space)}) ==
        std::vector<bool>{true, true, true});
}

TEST_CASE("on a text grid, texts pushed one cell after their markers stand no further right than their siblings") {
  // pdftotext -layout sets a word at least a space after the word before it: Word's tab after "a."
  // and "b." narrower than the marker and a space shows as one cell, after "c." as three (doh's
  // Word document). Cells of 5 points; markers of two cells.
  auto grid = [](double x0, std::string_view marker, int gap_cells) {
    enumerated_line l = pdf_line(x0, marker, 0);
    l.estimated = true;
    l.space = 5;
    l.marker_x1 = x0 + 10;
    l.text_x = l.marker_x1 + 5 * gap_cells;
    return l;
  };
  CHECK(drawn({grid(100, "a.", 1), grid(100, "b.", 1), grid(100, "c.", 3)}) == std::vector<bool>{true, true, true});
  // Every text one cell after its marker: typed or drawn, the grid does not tell; kept as typed.
  CHECK(drawn({grid(100, "a.", 1), grid(100, "b.", 1), grid(100, "c.", 1)}) == std::vector<bool>{false, false, false});
  // A pushed text right of the others' is no sibling of theirs.
  CHECK(drawn({grid(100, "a.", 5), grid(100, "b.", 3)}) == std::vector<bool>{false, false});
  CHECK(drawn({grid(100, "a.", 1), grid(90, "b.", 3)}) == std::vector<bool>{false, false});
  // Texts set apart from their markers and level, none pushed: drawn, as in a PDF.
  CHECK(drawn({grid(100, "a.", 3), grid(100, "b.", 3)}) == std::vector<bool>{true, true});
}

TEST_CASE("an item whose wrapped line hangs at its text, right of its marker, has a drawn marker") {
  const double space = 0.28 * 10;
  // At the column's edge, a word space after it: only the hanging line tells.
  auto item = pdf_line(100, "a.", space);
  CHECK(drawn({item, pdf_line(item.text_x), pdf_line(100)}) == std::vector<bool>{true, false, false});
  // A typed one wraps back under its marker.
  CHECK(drawn({item, pdf_line(100)}) == std::vector<bool>{false, false});
  // Its siblings of one line each go with it.
  CHECK(drawn({item, pdf_line(item.text_x), pdf_line(100, "b.", space), pdf_line(100, "c.", space)}) ==
        std::vector<bool>{true, false, true, true});
}

TEST_CASE("a cell's lettered list drawn by the producer: items without their markers; typed enumerators stay text") {
  // The commitment: Word's lettered numbering, markers at the column's edge and a tab after them, one
  // line each. The compliance: a browser's <ol type="a">, markers in the list's indent a word space
  // from their text, an item wrapped to hang at its text. The recommendation: enumerators typed at
  // the paragraph's start, a word space after each: paragraphs, their markers kept.
  auto m = table_start();
  table_line(m, 120, "1", "Revisar los fondos del año:", "Se registrará:", "Medios de Verificación:");
  m.word("a.", col_com, 132, col_com + 8, 142).at(col_com + 18, 132, "el número de viviendas;");
  m.word("b.", col_com, 144, col_com + 8, 154).at(col_com + 18, 144, "la fuente de agua.");
  m.at(col_com, 156, "Fecha de Vencimiento: Dic. 2008");
  m.word("a.", col_cum + 12, 132, col_cum + 20, 142).at(col_cum + 22.8, 132, "Informe de evaluación de");
  m.at(col_cum + 22.8, 144, "los convenios;");
  m.word("b.", col_cum + 12, 156, col_cum + 20, 166).at(col_cum + 22.8, 156, "Oficio DOH N° 2.240.");
  m.word("1)", col_rec, 132, col_rec + 8, 142).at(col_rec + 10.8, 132, "un puntaje;");
  m.word("2)", col_rec, 144, col_rec + 8, 154).at(col_rec + 10.8, 144, "un aporte.");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 2);
  CHECK(com.blocks[1].type == block::kind::bullet_list);
  CHECK(com.blocks[1].items == std::vector<std::string>{"el número de viviendas;", "la fuente de agua."});
  CHECK(res.r.rows[0].due_text == "Dic. 2008");
  const auto& ver = res.r.rows[0].verification;
  INFO(describe(ver));
  REQUIRE(ver.blocks.size() == 1);
  CHECK(ver.blocks[0].items == std::vector<std::string>{"Informe de evaluación de los convenios;", "Oficio DOH N° 2.240."});
  const auto& rec = res.r.rows[0].recommendation;
  INFO(describe(rec));
  // (The first runs on after the colon: "1)" would not have fitted on the column's widest line.)
  REQUIRE(rec.blocks.size() == 2);
  CHECK(rec.blocks[0].text == "Revisar los fondos del año: 1) un puntaje;");
  CHECK(rec.blocks[1].text == "2) un aporte.");
  // The markers dropped are named.
  std::size_t markers = 0;
  for (const auto& d : res.diags.all()) markers += d.content == "a." || d.content == "b." ? 1 : 0;
  CHECK(markers == 4);
}

TEST_CASE("a header value's lettered list drawn by the producer: items without their markers") {
  // An inline block: Word's lettered numbering at the value's margin, a tab after each marker, one
  // line each. A browser's, in the list's indent a word space from the text, with an item wrapped
  // to hang at its text.
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa/Institución: Programa de Becas")
      .at(40, 72, "Ministerio: Ministerio de Educación")
      .at(40, 84, "Observación: Los compromisos son:");
  m.word("a.", 40, 96, 48, 106).at(58, 96, "tres cumplidos;");
  m.word("b.", 40, 108, 48, 118).at(58, 108, "dos con avance parcial.");
  m.at(40, 120, "El programa sigue:");
  m.word("a.", 60, 132, 68, 142).at(70.8, 132, "con la cobertura");
  m.at(70.8, 144, "de la región;");
  m.word("b.", 60, 156, 68, 166).at(70.8, 156, "con el presupuesto.");
  add_table(m, 200);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 4);
  CHECK(res.r.observation.blocks[1].type == block::kind::bullet_list);
  CHECK(res.r.observation.blocks[1].items == std::vector<std::string>{"tres cumplidos;", "dos con avance parcial."});
  CHECK(res.r.observation.blocks[2].text == "El programa sigue:");
  CHECK(res.r.observation.blocks[3].items ==
        std::vector<std::string>{"con la cobertura de la región;", "con el presupuesto."});
}

TEST_CASE("a cell's drawn list broken over a page: its one-line items at a page's foot and the next page's top are siblings") {
  // A browser's <ol type="a">: markers in the list's indent a word space from their text, "a." the
  // compliance's last line on page 1, "b." the first on page 2 (no header repeated), row 2 below it.
  auto one = table_start();
  table_line(one, 120, "1", "Revisar los fondos.", "Se registrará.", "Medios de Verificación:");
  one.word("a.", col_cum + 12, 132, col_cum + 20, 142).at(col_cum + 22.8, 132, "Informe de evaluación;");
  page_maker two(2);
  two.word("b.", col_cum + 12, 40, col_cum + 20, 50).at(col_cum + 22.8, 40, "Oficio DOH N° 2.240.");
  table_line(two, 60, "2", "Evaluar la cobertura.", "Se contratará.", "Se contrató.");
  table_line(two, 72, "", "Organismo Responsable:", "Fecha de Vencimiento:", "Calificación: Cumplido");
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& ver = res.r.rows[0].verification;
  INFO(describe(ver));
  REQUIRE(ver.blocks.size() == 1);
  CHECK(ver.blocks[0].type == block::kind::bullet_list);
  CHECK(ver.blocks[0].items == std::vector<std::string>{"Informe de evaluación;", "Oficio DOH N° 2.240."});
}
