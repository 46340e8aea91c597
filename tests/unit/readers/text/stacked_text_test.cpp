// A table printed as one column (layout/stacked_table.hpp), extracted to text: read from a
// `pdftotext -layout` text, which keeps its paragraphs' spacing; refused, with the remedy, from one
// that keeps none (pdftotext without -layout).
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "text_support.hpp"

using namespace informe;

namespace {

const char* const head =
    "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008\n"
    "Programa/Institución: Programa de Agua Potable Rural\n"
    "N°\n\nRecomendación\n\nCompromiso\n\nCumplimiento\n\n";

const char* const rows[] = {
    "1",
    "Elaborar un catastro nacional de localidades rurales semiconcentradas sin servicio de agua potable, con",
    "criterios de prioridad explícitos.",
    "",
    "Organismo Responsable: Departamento de Programas Sanitarios",
    "",
    "Se elaborará un catastro de las localidades semiconcentradas sin servicio, que registre para cada una",
    "el número de viviendas y de habitantes.",
    "",
    "Fecha de Vencimiento: Junio 2008",
    "",
    "El catastro se terminó en mayo de 2008 y registra las localidades semiconcentradas sin servicio entre",
    "las regiones de Coquimbo y Los Lagos.",
    "",
    "Calificación: Cumplido",
    "2",
    "Revisar el modelo de asesoría y asistencia técnica a los comités y cooperativas de agua potable rural,",
    "en todas las regiones del país.",
    "",
    "Organismo Responsable: Empresas sanitarias regionales",
    "",
    "Se evaluarán los convenios de asesoría con las empresas sanitarias y se propondrá un nuevo modelo de",
    "asistencia técnica a los comités.",
    "",
    "Fecha de Vencimiento: 31-12-2008",
};

std::string text(bool spaced) {
  std::string t = head;
  for (const char* l : rows)
    if (spaced || *l) t.append(l).append("\n");
  return t;
}

}  // namespace

TEST_CASE("a -layout text of a table printed as one column is read cell by cell") {
  diagnostics d;
  const report r = read_text(text(true), {}, d);
  INFO(test::describe(d));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].responsible == "Departamento de Programas Sanitarios");
  CHECK(r.rows[0].commitment.plain_text().starts_with("Se elaborará un catastro"));
  CHECK(r.rows[0].due_text == "Junio 2008");
  CHECK(r.rows[0].compliance.plain_text().ends_with("Coquimbo y Los Lagos."));
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].recommendation.plain_text().ends_with("en todas las regiones del país."));
  CHECK(r.rows[1].responsible == "Empresas sanitarias regionales");
  CHECK(r.rows[1].due_text == "31-12-2008");
}

TEST_CASE("a text of a table printed as one column without its paragraphs' spacing is refused with the remedy") {
  diagnostics d;
  try {
    (void)read_text(text(false), {}, d);
    FAIL("read");
  } catch (const error& e) {
    CHECK(std::string(e.message()).find("pdftotext -layout") != std::string::npos);
  }
}
