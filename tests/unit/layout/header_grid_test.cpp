// Phase 4: a header block laid out as a grid of label/value pairs, two a row.
#include <doctest/doctest.h>

#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

TEST_CASE("a header grid of label/value pairs two a row: each pair is a field, values wrapped in both columns") {
  // sernam-mujeres-jefas-hogar-2009's legacy page (corpus): "Ministerio: X   Servicio: Y" and
  // "Año: 2009   Calificación: Egresado" on one line each; here both values of the first row wrap.
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2010")
      .at(40, 60, "Programa/Institución:")
      .at(160, 60, "Programa Mujeres Jefas de Hogar")
      .at(40, 72, "Ministerio:")
      .at(160, 72, "MINISTERIO DE")
      .at(330, 72, "Servicio:")
      .at(420, 72, "SERVICIO NACIONAL DE LA")
      .at(160, 84, "PLANIFICACIÓN")
      .at(420, 84, "MUJER")
      .at(40, 96, "Año:")
      .at(160, 96, "2009")
      .at(330, 96, "Calificación:")
      .at(420, 96, "Egresado")
      .at(40, 108, "Observación:")
      .at(160, 108, "El programa egresa del seguimiento con los compromisos que se detallan.");
  table_header(m, 150);
  table_line(m, 170, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa Mujeres Jefas de Hogar");
  CHECK(res.r.ministry == "MINISTERIO DE PLANIFICACIÓN");
  CHECK(res.r.service == "SERVICIO NACIONAL DE LA MUJER");
  CHECK(res.r.evaluation_year == 2009);
  CHECK(res.r.program_status == "Egresado");
  CHECK(res.r.observation.plain_text() == "El programa egresa del seguimiento con los compromisos que se detallan.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a header value running past where another row's second pair starts is not cut there") {
  // The observation's words cross the second pair column's start with no wide gap there: one value.
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2010")
      .at(40, 60, "Programa/Institución:")
      .at(160, 60, "Programa Mujeres Jefas de Hogar")
      .at(40, 72, "Año:")
      .at(160, 72, "2009")
      .at(330, 72, "Calificación:")
      .at(420, 72, "Egresado")
      .at(40, 84, "Observación:")
      .at(160, 84, "El programa egresa del seguimiento con los compromisos que se detallan en el informe anual.")
      .at(160, 96, "Los pendientes se informarán en el Balance 2011.");
  table_header(m, 150);
  table_line(m, 170, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.evaluation_year == 2009);
  CHECK(res.r.program_status == "Egresado");
  CHECK(res.r.observation.plain_text() ==
        "El programa egresa del seguimiento con los compromisos que se detallan en el informe anual. Los pendientes "
        "se informarán en el Balance 2011.");
}

TEST_CASE("a header laid across: a row of labels, their values in the row below, each under its label") {
  // dga-fiscalizacion-policia-aguas-2009's legacy page as Chromium prints it (corpus): the values fill
  // their cells, a cell's padding apart (less than a gap between word groups), and a value wraps in the
  // row below its label.
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011")
      .at(40, 60, "Programa/Institución:")
      .at(266, 60, "Ministerio:")
      .at(412, 60, "Servicio:")
      .at(40, 74, "Programa de Fiscalización y Policía de Aguas")
      .at(266, 74, "MINISTERIO DE OBRAS PÚBLICAS")
      .at(412, 74, "DIRECCIÓN GENERAL DE")
      .at(412, 86, "AGUAS")
      .at(40, 100, "Año:")
      .at(266, 100, "Calificación:")
      .at(412, 100, "Fecha Egreso:")
      .at(40, 114, "2009")
      .at(266, 114, "Egresado")
      .at(412, 114, "31-01-2012");
  table_header(m, 150);
  table_line(m, 170, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa de Fiscalización y Policía de Aguas");
  CHECK(res.r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(res.r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(res.r.evaluation_year == 2009);
  CHECK(res.r.program_status == "Egresado");
  CHECK(res.r.exit_date.has_value());
  CHECK(res.diags.warning_count() == 0);
}

namespace {

// A header laid across whose values pdftotext -layout set one blank apart, not under their labels.
layout_result run_together_header(const std::string& values) {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011")
      .at(40, 60, "Programa/Institución:")
      .at(280, 60, "Ministerio:")
      .at(420, 60, "Servicio:")
      .at(40, 74, values)
      .at(40, 100, "Año:")
      .at(280, 100, "Calificación:")
      .at(40, 114, "2009")
      .at(280, 114, "Egresado");
  table_header(m, 150);
  table_line(m, 170, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  return read_pages({m.done()});
}

}  // namespace

TEST_CASE("header values run together below a row of labels are split where the ministry's name stands (said)") {
  const auto res = run_together_header(
      "Programa de Fiscalización y Policía de Aguas MINISTERIO DE OBRAS PÚBLICAS DIRECCIÓN GENERAL DE AGUAS");
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa de Fiscalización y Policía de Aguas");
  CHECK(res.r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(res.r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(res.r.evaluation_year == 2009);
  CHECK(res.r.program_status == "Egresado");
  CHECK(describe(res.diags).find("split where the ministry's name stands") != std::string::npos);
  CHECK(res.diags.warning_count() == 1);
}

TEST_CASE("run-together header values: the last ministry's name is the ministry's, the longest name counts") {
  // A program named after a ministry; a ministry whose name is another's start ("DEL INTERIOR Y ...").
  const auto res = run_together_header(
      "Apoyo del Ministerio del Interior a los Municipios MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA "
      "SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO");
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Apoyo del Ministerio del Interior a los Municipios");
  CHECK(res.r.ministry == "MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA");
  CHECK(res.r.service == "SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO");
}

TEST_CASE("run-together header values that name no known ministry are named in a warning, never put in a field") {
  for (const char* values : {"Programa de Fiscalización y Policía de Aguas MINISTERIO DE ASUNTOS HÍDRICOS DIRECCIÓN GENERAL DE AGUAS",
                             // the name ends the line: the service has no words
                             "Programa de Fiscalización y Policía de Aguas DIRECCIÓN GENERAL DE AGUAS MINISTERIO DE OBRAS PÚBLICAS"}) {
    CAPTURE(values);
    const auto res = run_together_header(values);
    INFO(describe(res.diags));
    REQUIRE_FALSE(res.refused);
    CHECK(res.r.program.empty());
    CHECK(res.r.ministry.empty());
    CHECK(res.r.service.empty());
    CHECK(res.r.evaluation_year == 2009);
    CHECK(describe(res.diags).find("do not start under their labels (run together); not read") != std::string::npos);
  }
}

TEST_CASE("a row of labels that a narrow cell wrapped: the label's pieces join, and its values below are read") {
  // "Programa/" over "Institución:", "Fecha" over "Egreso:"; each row's values two lines lower.
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2008")
      .at(40, 60, "Programa/")
      .at(180, 60, "Ministerio:")
      .at(330, 60, "Servicio:")
      .at(40, 72, "Institución:")
      .at(40, 96, "Programa Previene en")
      .at(180, 96, "MINISTERIO DEL")
      .at(330, 96, "CONSEJO NACIONAL PARA EL CONTROL DE")
      .at(40, 108, "la Comunidad")
      .at(180, 108, "INTERIOR")
      .at(330, 108, "ESTUPEFACIENTES (CONACE)")
      .at(40, 132, "Año:")
      .at(180, 132, "Calificación:")
      .at(330, 132, "Fecha")
      .at(330, 144, "Egreso:")
      .at(40, 168, "2006")
      .at(180, 168, "Egresado")
      .at(330, 168, "31-12-2008");
  table_header(m, 200);
  table_line(m, 220, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa Previene en la Comunidad");
  CHECK(res.r.ministry == "MINISTERIO DEL INTERIOR");
  CHECK(res.r.service == "CONSEJO NACIONAL PARA EL CONTROL DE ESTUPEFACIENTES (CONACE)");
  CHECK(res.r.evaluation_year == 2006);
  CHECK(res.r.program_status == "Egresado");
  REQUIRE(res.r.exit_date.has_value());
  CHECK(res.diags.warning_count() == 0);
}
