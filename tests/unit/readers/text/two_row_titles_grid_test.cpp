// A `pdftotext -layout` grid of a spreadsheet printed to PDF whose column titles stand over two rows
// (group titles centred over sub-titles, "N°" merged down over both), through the layout engine.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

TEST_CASE("a -layout grid's titles over two rows: each sub-title column read as its field") {
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2012"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Fondo para la Educación Previsional"}});
  text += "\n";
  text += test::grid_line({{19, "Recomendación"}, {65, "Compromiso"}, {128, "Cumplimiento"}});
  text += test::grid_line({{0, "N°"}});
  text += test::grid_line({{11, "Descripción"}, {34, "Responsable"}, {57, "Descripción"}, {82, "Plazo"}, {101, "Avance"},
                           {120, "Observaciones"}, {139, "Calificación"}, {155, "Medios de Verificación"}});
  text += test::grid_line({{0, "1"}, {5, "Definir indicadores de"}, {33, "Subsecretaría"}, {51, "Se elaborará una"},
                           {79, "31-03-2011"}, {93, "La matriz fue"}, {139, "Cumplido"}, {155, "Matriz de marco"}});
  text += test::grid_line({{5, "resultado del fondo."}, {33, "de Estudios"}, {51, "matriz de marco."}, {93, "aprobada."},
                           {155, "lógico 2011."}});
  text += test::grid_line({{0, "2"}, {5, "Focalizar los concursos."}, {33, "División"}, {51, "Se asignará puntaje."},
                           {79, "Mayo 2011"}, {93, "Se asignan 15 puntos."}, {119, "Ningún proyecto"}, {139, "Parcialmente"},
                           {155, "Bases del concurso."}});
  text += test::grid_line({{119, "a jóvenes."}, {139, "cumplido"}});
  diagnostics diags("two-row-titles.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() == "Definir indicadores de resultado del fondo.");
  CHECK(r.rows[0].responsible == "Subsecretaría de Estudios");
  CHECK(r.rows[0].commitment.plain_text() == "Se elaborará una matriz de marco.");
  CHECK(r.rows[0].due_text == "31-03-2011");
  CHECK(r.rows[0].compliance.plain_text() == "La matriz fue aprobada.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].verification.plain_text() == "Matriz de marco lógico 2011.");
  CHECK(r.rows[1].responsible == "División");
  CHECK(r.rows[1].due_text == "Mayo 2011");
  CHECK(r.rows[1].compliance.plain_text() == "Se asignan 15 puntos.");
  CHECK(r.rows[1].compliance_observation.plain_text() == "Ningún proyecto a jóvenes.");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[1].verification.plain_text() == "Bases del concurso.");
  CHECK(diags.warning_count() == 0);
  int inferred = 0;
  for (const auto& d : diags.all()) inferred += d.code == diagnostic_code::layout_inferred && d.content != "" ? 1 : 0;
  CHECK(inferred == 3);
}
