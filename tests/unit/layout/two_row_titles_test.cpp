// Phase 3: a table's column titles over two rows, as a spreadsheet printed to PDF sets them: group
// titles ("Recomendación | Compromiso | Cumplimiento"), each centred over its columns, above a row of
// sub-titles; the number column's title merged down over both rows (two_row_titles.hpp).
#include <doctest/doctest.h>

#include "layout/columns.hpp"
#include "layout/two_row_titles.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::detail;
using namespace informe::detail::layout;
using namespace informe::test;

namespace {

// Where the nine columns start: number, description and responsible | description and due date |
// progress, observation, status, means of verification.
constexpr double x_n = 20, x_rec = 45, x_res = 200, x_com = 285, x_due = 440, x_cum = 505, x_obs = 660,
                 x_sta = 775, x_ver = 850;

// The title, a header field and the two title rows: the group titles at y 100 (each centred over
// its columns), "N°" between the rows (or at `number_y`), the sub-titles at y 112.
page_maker& two_row_head(page_maker& m, double number_y = 106) {
  title_and_program(m);
  m.at(125, 100, "Recomendación").at(362, 100, "Compromiso").at(707, 100, "Cumplimiento");
  m.at(x_n, number_y, "N°");
  m.at(x_rec, 112, "Descripción").at(x_res, 112, "Responsable").at(x_com, 112, "Descripción").at(x_due, 112, "Plazo");
  m.at(x_cum, 112, "Avance").at(x_obs, 112, "Observaciones").at(x_sta, 112, "Calificación");
  return m.at(x_ver, 112, "Medios de Verificación");
}

}  // namespace

TEST_CASE("titles over two rows: each sub-title's column is its field's, the first under a group takes the group's") {
  page_maker m;
  two_row_head(m);
  m.at(x_n, 130, "1").at(x_rec, 130, "Definir indicadores.").at(x_res, 130, "Subsecretaría");
  m.at(x_com, 130, "Elaborar una matriz.").at(x_due, 130, "31-03-2011").at(x_cum, 130, "La matriz fue aprobada.");
  m.at(x_obs, 130, "Sin reparos.").at(x_sta, 130, "Cumplido").at(x_ver, 130, "Matriz 2011.");
  m.at(x_res, 142, "de Estudios");
  m.at(x_n, 170, "2").at(x_rec, 170, "Focalizar los concursos.").at(x_res, 170, "División");
  m.at(x_com, 170, "Asignar puntaje.").at(x_due, 170, "Mayo 2011").at(x_cum, 170, "Se asignan 15 puntos.");
  m.at(x_obs, 170, "Ningún proyecto.").at(x_sta, 170, "Parcialmente").at(x_ver, 170, "Bases 2011.");
  m.at(x_sta, 182, "cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& r1 = res.r.rows[0];
  CHECK(r1.recommendation.plain_text() == "Definir indicadores.");
  CHECK(r1.responsible == "Subsecretaría de Estudios");
  CHECK(r1.commitment.plain_text() == "Elaborar una matriz.");
  CHECK(r1.due_text == "31-03-2011");
  CHECK(r1.compliance.plain_text() == "La matriz fue aprobada.");
  CHECK(r1.compliance_observation.plain_text() == "Sin reparos.");
  CHECK(r1.status == compliance_status::fulfilled);
  CHECK(r1.verification.plain_text() == "Matriz 2011.");
  const auto& r2 = res.r.rows[1];
  CHECK(r2.responsible == "División");
  CHECK(r2.due_text == "Mayo 2011");
  CHECK(r2.compliance.plain_text() == "Se asignan 15 puntos.");
  CHECK(r2.compliance_observation.plain_text() == "Ningún proyecto.");
  CHECK(r2.status == compliance_status::partially_fulfilled);
  CHECK(r2.verification.plain_text() == "Bases 2011.");
  CHECK(res.diags.warning_count() == 0);
  // Each sub-title read as the title above it is named.
  CHECK(contents(res.diags, diagnostic_code::layout_inferred) ==
        std::vector<std::string>{"Descripción", "Descripción", "Avance"});
}

TEST_CASE("a line below a header is sub-titles only with one naming none under each title and one naming a column") {
  page_maker m;
  m.at(125, 100, "Recomendación").at(362, 100, "Compromiso").at(707, 100, "Cumplimiento");
  m.at(x_rec, 112, "Descripción").at(x_res, 112, "Responsable").at(x_com, 112, "Descripción").at(x_due, 112, "Plazo");
  m.at(x_cum, 112, "Avance");
  // No sub-title under "Cumplimiento": no such row.
  m.at(x_rec, 200, "Descripción").at(x_com, 200, "Descripción").at(x_due, 200, "Plazo");
  // A row's text: a number.
  m.at(x_rec, 300, "Descripción").at(x_res, 300, "Responsable").at(x_com, 300, "Descripción 2").at(x_cum, 300, "Avance");
  // Nothing naming a column.
  m.at(x_rec, 400, "Descripción").at(x_com, 400, "Descripción").at(x_cum, 400, "Avance");
  auto ls = build_lines(m.done());
  REQUIRE(ls.size() == 5);
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  auto read = two_row_titles(*h, ls[1]);
  REQUIRE(read);
  CHECK(read->head.holds == std::vector<field>{field::none, field::responsible, field::none, field::due, field::none});
  CHECK_FALSE(two_row_titles(*h, ls[2]));
  CHECK_FALSE(two_row_titles(*h, ls[3]));
  CHECK_FALSE(two_row_titles(*h, ls[4]));
}

TEST_CASE("titles over two rows: the number column's title on the sub-titles' line is the number column's") {
  page_maker m;
  two_row_head(m, 112);
  m.at(x_n, 130, "1").at(x_rec, 130, "Definir indicadores.").at(x_res, 130, "Subsecretaría");
  m.at(x_com, 130, "Elaborar una matriz.").at(x_due, 130, "31-03-2011").at(x_cum, 130, "La matriz fue aprobada.");
  m.at(x_obs, 130, "Sin reparos.").at(x_sta, 130, "Cumplido").at(x_ver, 130, "Matriz 2011.");
  m.at(x_n, 170, "2").at(x_rec, 170, "Focalizar los concursos.").at(x_res, 170, "División");
  m.at(x_com, 170, "Asignar puntaje.").at(x_due, 170, "Mayo 2011").at(x_cum, 170, "Se asignan 15 puntos.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].responsible == "Subsecretaría");
  CHECK(res.r.rows[0].verification.plain_text() == "Matriz 2011.");
  CHECK(res.r.rows[1].due_text == "Mayo 2011");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("titles over two rows repeated at the next page's top: that page's columns are the sub-titles' too") {
  page_maker m1(1), m2(2);
  two_row_head(m1);
  m1.at(x_n, 130, "1").at(x_rec, 130, "Definir indicadores.").at(x_res, 130, "Subsecretaría");
  m1.at(x_com, 130, "Elaborar una matriz.").at(x_due, 130, "31-03-2011").at(x_cum, 130, "La matriz fue aprobada.");
  m1.at(x_obs, 130, "Sin reparos.").at(x_sta, 130, "Cumplido").at(x_ver, 130, "Matriz 2011.");
  m2.at(125, 40, "Recomendación").at(362, 40, "Compromiso").at(707, 40, "Cumplimiento");
  m2.at(x_n, 46, "N°");
  m2.at(x_rec, 52, "Descripción").at(x_res, 52, "Responsable").at(x_com, 52, "Descripción").at(x_due, 52, "Plazo");
  m2.at(x_cum, 52, "Avance").at(x_obs, 52, "Observaciones").at(x_sta, 52, "Calificación");
  m2.at(x_ver, 52, "Medios de Verificación");
  m2.at(x_n, 70, "2").at(x_rec, 70, "Focalizar los concursos.").at(x_res, 70, "División");
  m2.at(x_com, 70, "Asignar puntaje.").at(x_due, 70, "Mayo 2011").at(x_cum, 70, "Se asignan 15 puntos.");
  m2.at(x_obs, 70, "Ningún proyecto.").at(x_sta, 70, "Cumplido").at(x_ver, 70, "Bases 2011.");
  auto res = read_pages({m1.done(), m2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& r2 = res.r.rows[1];
  CHECK(r2.recommendation.plain_text() == "Focalizar los concursos.");
  CHECK(r2.responsible == "División");
  CHECK(r2.commitment.plain_text() == "Asignar puntaje.");
  CHECK(r2.due_text == "Mayo 2011");
  CHECK(r2.compliance_observation.plain_text() == "Ningún proyecto.");
  CHECK(r2.verification.plain_text() == "Bases 2011.");
  CHECK(res.diags.warning_count() == 0);
  CHECK(contents(res.diags, diagnostic_code::layout_inferred).size() == 6);
}

TEST_CASE("titles over two rows beside titles merged down; a sub-title broken at a narrow column's edge") {
  // fosis-apoyo-microemprendimiento-2007's Word file exported by LibreOffice (corpus): "N°" and
  // "Recomendación" merged down over both rows, "Compromiso" over "Descripción" | "Plazo", "Cumplimiento"
  // over "Descripción" | "Calificación", the last broken as "Calificaci" over "ón" in its narrow column.
  constexpr double n = 20, rec = 45, com = 200, due = 300, cum = 360, sta = 500;
  page_maker m;
  title_and_program(m);
  m.at(n, 100, "N°").at(rec + 20, 100, "Recomendación").at(225, 100, "Compromiso").at(410, 100, "Cumplimiento");
  m.at(com, 112, "Descripción").at(due, 112, "Plazo").at(cum, 112, "Descripción").at(sta, 112, "Calificaci");
  m.at(sta + 25, 124, "ón");
  m.at(n, 140, "1").at(rec, 140, "Definir la población.").at(com, 140, "Un documento.").at(due, 140, "Junio");
  m.at(cum, 140, "Fue aprobado.").at(sta, 140, "Cumplido");
  m.at(due, 152, "2008");
  m.at(n, 170, "2").at(rec, 170, "Medir los costos.").at(com, 170, "Un cálculo.").at(due, 170, "Dic. 2008");
  m.at(cum, 170, "Pendiente.").at(sta, 170, "No cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& r1 = res.r.rows[0];
  CHECK(r1.recommendation.plain_text() == "Definir la población.");
  CHECK(r1.commitment.plain_text() == "Un documento.");
  CHECK(r1.due_text == "Junio 2008");
  CHECK(r1.compliance.plain_text() == "Fue aprobado.");
  CHECK(r1.status_text == "Cumplido");
  CHECK(res.r.rows[1].due_text == "Dic. 2008");
  CHECK(res.r.rows[1].status_text == "No cumplido");
  CHECK(res.diags.warning_count() == 0);
}
