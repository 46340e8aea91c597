// Phase 3: table headers and column boundaries.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout/columns.hpp"
#include "layout/furniture.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::detail::layout;
using namespace informe::test;

namespace {

std::vector<const line*> pointers(const std::vector<line>& ls, std::size_t from) {
  std::vector<const line*> out;
  for (std::size_t i = from; i < ls.size(); ++i) out.push_back(&ls[i]);
  return out;
}

}  // namespace

TEST_CASE("a table header's groups, with and without the number column") {
  page_maker m;
  table_header(m, 100);
  table_header(m, 200, false);
  m.at(40, 300, "La Recomendación y el Compromiso de Cumplimiento");  // one run: no header
  auto ls = build_lines(m.done());
  REQUIRE(ls.size() == 3);
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  CHECK(h->number);
  REQUIRE(h->groups.size() == 4);
  CHECK(h->groups[0].text == "N°");
  CHECK(h->groups[3].text == "Cumplimiento");
  auto h3 = match_table_header(ls[1]);
  REQUIRE(h3);
  CHECK_FALSE(h3->number);
  CHECK(h3->groups.size() == 3);
  CHECK_FALSE(match_table_header(ls[2]));
}

TEST_CASE("column boundaries lie in the gutters of the body, not midway between the titles") {
  page_maker m;
  table_header(m, 100);
  // Recommendation lines run far right, the commitment column's words start at 250: the gutter is
  // narrow and near 250, not midway between "Recomendación" (ends at 135) and "Compromiso".
  table_line(m, 120, "1", "Mejorar los sistemas de info", "Diseñar un plan", "Se diseñó el plan.");
  table_line(m, 132, "", "rmación de gestión del plan", "de trabajo", "Cumplido");
  auto ls = build_lines(m.done());
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  auto cols = columns_of(*h, pointers(ls, 1));
  REQUIRE(cols.count() == 4);
  CHECK(cols.number);
  const double rec_end = col_rec + 5 * 28;  // "Mejorar los sistemas de info"
  CHECK(cols.bounds[0] > col_n + 5);
  CHECK(cols.bounds[0] < col_rec);
  CHECK(cols.bounds[1] > rec_end);
  CHECK(cols.bounds[1] < col_com);
  CHECK(cols.bounds[2] > col_com + 5 * 15);
  CHECK(cols.bounds[2] < col_cum);
  CHECK(cols.of(col_rec) == 1);
  CHECK(cols.of(col_cum + 3) == 3);
  // A line running across a boundary crosses the columns; one in its columns does not.
  CHECK_FALSE(crosses_columns(ls[1], cols));
  page_maker wide;
  wide.at(40, 10, "Nota: este texto corre por todo el ancho de la página, bajo la tabla de compromisos");
  auto wl = build_lines(wide.done());
  CHECK(crosses_columns(wl[0], cols));
}

TEST_CASE("a number column with no title in the header is found from the body") {
  page_maker m;
  table_header(m, 100, false);
  table_line(m, 120, "1", "Mejorar el sistema", "Diseñar un plan", "Se diseñó.");
  table_line(m, 132, "", "de información.", "", "Cumplido");
  table_line(m, 150, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto ls = build_lines(m.done());
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  CHECK_FALSE(h->number);
  auto cols = columns_of(*h, pointers(ls, 1));
  CHECK(cols.number);
  REQUIRE(cols.count() == 4);
  CHECK(cols.bounds[0] > col_n + 5);
  CHECK(cols.bounds[0] < col_rec);
  // A word of text in the band: no number column.
  page_maker other;
  table_header(other, 100, false);
  table_line(other, 120, "1", "Mejorar.", "Plan.", "Hecho.");
  other.at(40, 132, "texto que empieza a la izquierda");
  auto ol = build_lines(other.done());
  CHECK_FALSE(columns_of(*match_table_header(ol[0]), pointers(ol, 1)).number);
}

TEST_CASE("a year first on its line in another column (a due date's) does not hide the number column") {
  page_maker m;
  table_header(m, 100, false);
  table_line(m, 120, "1", "Mejorar el sistema", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 132, "", "de información.", "Fecha de Vencimiento:", "Cumplido");
  table_line(m, 144, "", "", "2009", "Medios de Verificación: Acta.");
  table_line(m, 170, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto ls = build_lines(m.done());
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  auto cols = columns_of(*h, pointers(ls, 1));
  CHECK(cols.number);
  REQUIRE(cols.count() == 4);
  CHECK(cols.bounds[0] < col_rec);
}

TEST_CASE("a number column's title wrapped above and below the header line ('N' / '°')") {
  page_maker m;
  title_and_program(m);
  m.at(col_n, 90, "N");
  table_header(m, 100, false);
  m.at(col_n, 110, "°");
  table_line(m, 130, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 160, "2", "Evaluar el programa.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar.");
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  CHECK(std::count(furniture.begin(), furniture.end(), "N") == 1);
  CHECK(std::count(furniture.begin(), furniture.end(), "°") == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a header set over three lines: titles at different heights, a note in parentheses below one") {
  // Titles centred in a taller header cell: "Compromiso" above the others, its note below them.
  page_maker m;
  title_and_program(m);
  m.at(col_com + 20, 88, "Compromiso");
  m.at(col_rec + 20, 100, "Recomendación").at(col_cum + 20, 100, "Cumplimiento");
  m.at(col_com + 5, 112, "(Fecha de vencimiento)");
  table_line(m, 130, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 160, "2", "Evaluar el programa.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(res.r.rows[0].commitment.plain_text() == "Diseñar un plan.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se contrató.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a header band takes no line that is not a title's piece: a paragraph's last word above it stays text") {
  page_maker m;
  title_and_program(m);
  m.at(col_n, 88, "2008.");  // the header observation's last line, at the number column's place
  table_header(m, 100, false);
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  auto ls = build_lines(m.done());
  std::vector<const line*> band;
  for (const auto& l : ls)
    if (l.text == "2008." || l.text.starts_with("Recomendación")) band.push_back(&l);
  REQUIRE(band.size() == 2);
  CHECK_FALSE(match_table_header(band));
  band.front() = &ls.back();  // the first row below the header: no title's piece either
  std::swap(band.front(), band.back());
  CHECK_FALSE(match_table_header(band));
}

TEST_CASE("a number column's wrapped title makes the number column even where the body does not show it") {
  // The numbers stand too close to the recommendation's text for the body alone to show a column.
  page_maker m;
  title_and_program(m);
  m.at(58, 90, "N");
  table_header(m, 100, false);
  m.at(58, 110, "°");
  m.at(58, 130, "1").at(col_rec, 130, "Mejorar el sistema.").at(col_com, 130, "Diseñar un plan.").at(col_cum, 130, "Se diseñó.");
  m.at(58, 160, "2").at(col_rec, 160, "Evaluar el programa.").at(col_com, 160, "Contratar.").at(col_cum, 160, "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el programa.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a table header repeated mid-page: rows above and below it are both kept") {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 150, "2", "Evaluar el programa.", "Contratar una", "Se contrató.");
  table_line(m, 162, "", "", "evaluación.", "");
  table_header(m, 200);
  table_line(m, 220, "3", "Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar una evaluación.");
  CHECK(res.r.rows[2].number == "3");
  CHECK(res.r.rows[2].recommendation.plain_text() == "Ampliar la cobertura.");
  CHECK(res.r.rows[2].compliance.plain_text() == "Se abrieron.");
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  REQUIRE(furniture.size() == 1);
  CHECK(furniture[0] == "N° Recomendación Compromiso Cumplimiento");
  CHECK(res.diags.warning_count() == 0);
}
