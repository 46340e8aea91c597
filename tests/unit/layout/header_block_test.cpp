// Phase 4: the header block above the table.
#include <doctest/doctest.h>

#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

// The table after a header block: its header line at `y` and one row.
void add_table(page_maker& m, double y) {
  table_header(m, y);
  table_line(m, y + 20, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
}

}  // namespace

TEST_CASE("a two-column header block with a label wrapped over two lines and a bulleted list") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa/")
      .at(200, 60, "Programa de Fomento")
      .at(40, 72, "Institución:")
      .at(200, 72, "Productivo")
      .at(40, 84, "Ministerio:")
      .at(200, 84, "Ministerio de Economía")
      .at(40, 96, "Servicio:")
      .at(200, 96, "Corporación de Fomento")
      .at(40, 108, "Año:")
      .at(200, 108, "2006")
      .at(40, 120, "Calificación:")
      .at(200, 120, "Egresado")
      .at(40, 132, "Observación:")
      .at(200, 132, "• El primer punto del")
      .at(210, 144, "informe.")
      .at(200, 156, "\xEF\x82\xB7 Segundo punto.");  // Symbol-font bullet (U+F0B7)
  add_table(m, 190);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.cutoff_date.has_value());
  CHECK(res.r.program == "Programa de Fomento Productivo");
  CHECK(res.r.ministry == "Ministerio de Economía");
  CHECK(res.r.service == "Corporación de Fomento");
  CHECK(res.r.evaluation_year == 2006);
  CHECK(res.r.program_status == "Egresado");
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 1);
  CHECK(res.r.observation.blocks[0].type == block::kind::bullet_list);
  CHECK(res.r.observation.blocks[0].items == std::vector<std::string>{"El primer punto del informe.", "Segundo punto."});
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a header value's typed list: dashes after a colon, wrapped back to the dash, 'o ' sub-items") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2007")
      .at(40, 60, "Programa/Institución:")
      .at(200, 60, "Atención de Público")
      .at(40, 72, "Observación:")
      .at(200, 72, "Los compromisos tienen tres ámbitos:")
      .at(200, 84, "\xE2\x80\x93 los tiempos de espera en las oficinas de")
      .at(200, 96, "mayor demanda;")  // wrapped back to the dash: the item goes on
      .at(200, 108, "\xE2\x80\x93 la cobertura rural, en particular:")
      .at(212, 120, "o las comunas sin oficina;")  // typed sub-items, right of the dash
      .at(212, 132, "o las localidades insulares;")
      .at(200, 144, "\xE2\x80\x93 la satisfacción de los usuarios.")
      .at(200, 156, "El Servicio informa avances.");
  add_table(m, 190);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 3);
  CHECK(res.r.observation.blocks[0].text == "Los compromisos tienen tres ámbitos:");
  CHECK(res.r.observation.blocks[1].type == block::kind::bullet_list);
  CHECK(res.r.observation.blocks[1].items ==
        std::vector<std::string>{"los tiempos de espera en las oficinas de mayor demanda;", "la cobertura rural, en particular:",
                                 "las comunas sin oficina;", "las localidades insulares;",
                                 "la satisfacción de los usuarios."});
  CHECK(res.r.observation.blocks[2].text == "El Servicio informa avances.");
}

TEST_CASE("an inline header block with a wrapped label and a markerless (indented) list") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa/")
      .at(40, 72, "Institución: Programa de Becas")
      .at(40, 84, "Ministerio: Ministerio de Educación")
      .at(40, 96, "Observación: Se revisaron:")
      .at(60, 108, "la cobertura;")
      .at(60, 120, "el presupuesto asignado a las becas de la región del")  // full: the item goes on
      .at(60, 132, "programa.");
  add_table(m, 170);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa de Becas");
  CHECK(res.r.ministry == "Ministerio de Educación");
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.blocks[0].text == "Se revisaron:");
  CHECK(res.r.observation.blocks[1].type == block::kind::bullet_list);
  CHECK(res.r.observation.blocks[1].items ==
        std::vector<std::string>{"la cobertura;", "el presupuesto asignado a las becas de la región del programa."});
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a bulleted list in an inline value, set with more leading than the block's lines: its hanging lines go on") {
  // LibreOffice: the header's lines 12 points apart, the list's 14; a line hanging at an item's text
  // continues the item (it is not a paragraph after a gap).
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2007")
      .at(40, 60, "Programa/Institución: Programa de Salud")
      .at(40, 72, "Ministerio: Ministerio de Salud")
      .at(40, 84, "Observación: Quedan pendientes:")
      .at(60, 102, "• la actualización del índice de")
      .at(70, 116, "pobreza comunal,")
      .at(60, 130, "• el informe final.");
  add_table(m, 170);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.blocks[1].items ==
        std::vector<std::string>{"la actualización del índice de pobreza comunal,", "el informe final."});
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a markerless item that ends short, even on a comma, ends: the next line's first word would have fitted") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2007")
      .at(40, 60, "Programa/Institución: Programa de Salud Municipal")
      .at(40, 72, "Ministerio: Ministerio de Salud")
      .at(40, 84, "Observación: Quedan pendientes, en particular los siguientes:")
      .at(60, 96, "la actualización del índice de pobreza comunal que se")  // full
      .at(60, 108, "utiliza en el cálculo,")
      .at(60, 120, "la evaluación del piloto.");
  add_table(m, 170);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.blocks[1].items ==
        std::vector<std::string>{"la actualización del índice de pobreza comunal que se utiliza en el cálculo,",
                                 "la evaluación del piloto."});
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a wrapped value and a paragraph gap in a two-column value") {
  page_maker m;
  title_and_program(m, 40);
  m.at(40, 66, "Ministerio:")
      .at(200, 66, "Ministerio de")
      .at(200, 78, "Desarrollo Social")
      .at(40, 90, "Observación:")
      .at(200, 90, "Primer párrafo de la")
      .at(200, 102, "observación.")
      .at(200, 124, "Segundo párrafo.");
  add_table(m, 160);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.ministry == "Ministerio de Desarrollo Social");
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.blocks[0].text == "Primer párrafo de la observación.");
  CHECK(res.r.observation.blocks[1].text == "Segundo párrafo.");
}

TEST_CASE("a letterhead above the title is furniture; a heading after a two-column block is named in a warning") {
  page_maker m;
  m.at(40, 20, "Ministerio de Hacienda").at(40, 30, "Dirección de Presupuestos");
  title_and_program(m, 50);
  m.at(40, 78, "Ministerio:").at(200, 78, "Ministerio de Educación");
  m.at(40, 100, "Antecedentes generales");
  add_table(m, 130);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.program == "Programa de Becas");
  CHECK(res.r.ministry == "Ministerio de Educación");
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  REQUIRE(furniture.size() >= 2);
  CHECK(furniture[0] == "Ministerio de Hacienda");
  CHECK(furniture[1] == "Dirección de Presupuestos");
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0] == "Antecedentes generales");
}

// Word processors: "Label:<tab>value" on a tab stop, the value wrapping back to the margin (under the
// label, not under the value) when no hanging indent was set.
TEST_CASE("a two-column value typed after a tab that wraps back under its label, with fields after it") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2011")
      .at(40, 54, "Programa/Institución:")
      .at(170, 54, "Programa Formación en Oficios para Jóvenes de Escasos Recursos (“Jóvenes")
      .at(40, 66, "Bicentenario”)")
      .at(40, 78, "Ministerio:")
      .at(170, 78, "MINISTERIO DEL TRABAJO Y PREVISION SOCIAL")
      .at(40, 90, "Servicio:")
      .at(170, 90, "SERVICIO NACIONAL DE CAPACITACION Y EMPLEO")
      .at(40, 102, "Año:")
      .at(170, 102, "2009")
      .at(40, 114, "Calificación:")
      .at(170, 114, "En Seguimiento");
  add_table(m, 150);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa Formación en Oficios para Jóvenes de Escasos Recursos (“Jóvenes Bicentenario”)");
  CHECK(res.r.ministry == "MINISTERIO DEL TRABAJO Y PREVISION SOCIAL");
  CHECK(res.r.service == "SERVICIO NACIONAL DE CAPACITACION Y EMPLEO");
  CHECK(res.r.evaluation_year == 2009);
  CHECK(res.r.program_status == "En Seguimiento");
  CHECK(res.r.rows.size() == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("the last two-column value wraps back under its label over two full lines before the table") {
  page_maker m;
  // The right-aligned date line marks the block's right edge (520).
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(320, 52, "Fecha del Informe: 22-08-2009 ; 17:40:12")
      .at(40, 64, "Programa/Institución:")
      .at(170, 64, "Programa de Becas")
      .at(40, 76, "Ministerio:")
      .at(170, 76, "Ministerio de Educación")
      .at(40, 88, "Observación:")
      .at(170, 88, "El programa sigue en seguimiento. Los compromisos 3 y 5 deben ser")
      .at(40, 100, "informados en el próximo corte, junto con el resultado del piloto aplicado en la región de")
      .at(40, 112, "Tarapacá.");
  add_table(m, 150);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.ministry == "Ministerio de Educación");
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 1);
  CHECK(res.r.observation.blocks[0].text ==
        "El programa sigue en seguimiento. Los compromisos 3 y 5 deben ser informados en el próximo corte, junto "
        "con el resultado del piloto aplicado en la región de Tarapacá.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a label alone on its line in a two-column block takes the line below it, at the margin, as its value") {
  page_maker m;
  title_and_program(m, 40);
  m.at(40, 66, "Ministerio:")
      .at(200, 66, "Ministerio de Educación")
      .at(40, 78, "Observación:")
      .at(40, 90, "El programa continúa en seguimiento.");
  add_table(m, 130);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.ministry == "Ministerio de Educación");
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 1);
  CHECK(res.r.observation.blocks[0].text == "El programa continúa en seguimiento.");
  CHECK(res.diags.warning_count() == 0);
}

// A browser's print of a legacy page: "<th>Observación:</th><td>&nbsp;&nbsp;<p>...</p><p>...</p></td>".
// The padding takes the label's line; the value's paragraphs start on the lines below, at the cell's
// edge, a blank left of where the one-line values (themselves after a "&nbsp;") start.
TEST_CASE("a two-column label alone on its line: its value's paragraphs below it, a little left of the value column") {
  page_maker m;
  title_and_program(m, 40);
  m.at(40, 70, "Ministerio:")
      .at(200, 70, "Ministerio del Trabajo")
      .at(40, 86, "Año:")
      .at(200, 86, "2010")
      .at(40, 102, "Observación:")
      .at(195, 113, "El programa egresa del seguimiento; los compromisos")
      .at(195, 124, "se informarán en el Balance.")
      .at(195, 140, "Las cifras corresponden a los informes")
      .at(195, 151, "finales de los proyectos.");
  add_table(m, 190);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.evaluation_year == 2010);
  INFO(describe(res.r.observation));
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.blocks[0].text ==
        "El programa egresa del seguimiento; los compromisos se informarán en el Balance.");
  CHECK(res.r.observation.blocks[1].text == "Las cifras corresponden a los informes finales de los proyectos.");
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("an empty two-column label does not take text below it that stands apart from the value column") {
  // "Fecha Egreso:" printed with nothing: a line well left of the value column, or a paragraph gap
  // below the label, is no value of it.
  for (const auto& [x, y] : {std::pair{150.0, 113.0}, std::pair{195.0, 130.0}}) {
    page_maker m;
    title_and_program(m, 40);
    m.at(40, 70, "Ministerio:")
        .at(200, 70, "Ministerio del Trabajo")
        .at(40, 86, "Año:")
        .at(200, 86, "2010")
        .at(40, 102, "Fecha Egreso:")
        .at(x, y, "Antecedentes del programa");
    add_table(m, 190);
    auto res = read_pages({m.done()});
    INFO(describe(res.diags));
    CHECK(res.r.evaluation_year == 2010);
    CHECK(res.r.observation.blocks.empty());
    auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
    REQUIRE(unplaced.size() == 1);
    CHECK(unplaced[0] == "Antecedentes del programa");
  }
}

TEST_CASE("a heading right below a short last value is not read as its wrapped line") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(320, 52, "Fecha del Informe: 22-08-2009 ; 17:40:12")
      .at(40, 64, "Programa/Institución:")
      .at(170, 64, "Programa de Becas")
      .at(40, 76, "Ministerio:")
      .at(170, 76, "Ministerio de Educación")
      .at(40, 88, "Antecedentes generales");
  add_table(m, 120);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.ministry == "Ministerio de Educación");
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0] == "Antecedentes generales");
}

TEST_CASE("a bold heading right below a value, with fields after it, is not read as the value's wrapped line") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 52, "Programa/Institución:", true)
      .at(170, 52, "Programa de Becas")
      .at(40, 64, "Antecedentes generales", true)
      .at(40, 76, "Ministerio:", true)
      .at(170, 76, "Ministerio de Educación");
  add_table(m, 110);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.program == "Programa de Becas");
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE_FALSE(unplaced.empty());
  CHECK(unplaced[0] == "Antecedentes generales");
}

TEST_CASE("a line under a short value, far from the right edge, is not its wrapped line even with fields after it") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(320, 52, "Fecha del Informe: 22-08-2009 ; 17:40:12")
      .at(40, 64, "Programa/Institución:")
      .at(170, 64, "Programa de Becas")
      .at(40, 76, "Antecedentes generales")
      .at(40, 88, "Ministerio:")
      .at(170, 88, "Ministerio de Educación");
  add_table(m, 120);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.program == "Programa de Becas");
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE_FALSE(unplaced.empty());
  CHECK(unplaced[0] == "Antecedentes generales");
}

TEST_CASE("a value wrapped under its label at a short word, the right edge measured on an overhanging date line") {
  page_maker m;
  // The date line ends at 560, past the margin the value wrapped at: "de" would have reached 513.
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(360, 52, "Fecha del Informe: 22-08-2009 ; 17:40:12")
      .at(40, 64, "Programa/Institución:")
      .at(170, 64, "Programa de Fomento a la Microempresa y a la Pequeña Empresa Rural")
      .at(40, 76, "de Chile")
      .at(40, 88, "Ministerio:")
      .at(170, 88, "Ministerio de Economía");
  add_table(m, 120);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  CHECK(res.r.program == "Programa de Fomento a la Microempresa y a la Pequeña Empresa Rural de Chile");
  CHECK(res.r.ministry == "Ministerio de Economía");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a site's menu beside the header block is cut off at the header's left and named in warnings") {
  // A legacy page in a layout table: the menu in its left cell, the report in the right one; the
  // title and three labels stand a wide gap right of menu items on their lines.
  page_maker m;
  m.at(20, 40, "Menú")
      .at(20, 52, "Presupuestos")
      .at(20, 64, "Estadísticas de las")
      .at(150, 64, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(20, 76, "Control de Gestión")
      .at(20, 88, "Programas Evaluados")
      .at(150, 88, "Programa/Institución:")
      .at(280, 88, "Programa Vacaciones Tercera Edad")
      .at(20, 100, "Publicaciones")
      .at(150, 100, "Ministerio:")
      .at(280, 100, "Ministerio de Economía")
      .at(20, 112, "Contacto")
      .at(150, 112, "Servicio:")
      .at(280, 112, "Servicio Nacional de Turismo")
      .at(150, 124, "Año:")
      .at(280, 124, "2008");
  add_table(m, 160);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.cutoff_date.has_value());
  CHECK(res.r.program == "Programa Vacaciones Tercera Edad");
  CHECK(res.r.ministry == "Ministerio de Economía");
  CHECK(res.r.service == "Servicio Nacional de Turismo");
  CHECK(res.r.evaluation_year == 2008);
  int menu_warnings = 0;
  for (const auto& d : res.diags.all())
    if (d.message.find("left of the report's header") != std::string::npos) ++menu_warnings;
  CHECK(menu_warnings == 7);  // one per line of the menu
}

TEST_CASE("a header label broken inside a word at a narrow label column's edge, or its colon wrapped alone") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa:")
      .at(120, 60, "Programa Vacaciones")
      .at(40, 72, "Servicio:")
      .at(120, 72, "Servicio Nacional de Turismo")
      .at(40, 84, "Calificación")
      .at(120, 84, "En Seguimiento")
      .at(40, 96, ":")
      .at(40, 108, "Fecha")
      .at(40, 120, "Egreso:")
      .at(40, 132, "Observació")
      .at(120, 132, "Los compromisos se")
      .at(40, 144, "n:")
      .at(120, 144, "informarán en el corte.");
  add_table(m, 180);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program_status == "En Seguimiento");
  CHECK(res.r.observation.plain_text() == "Los compromisos se informarán en el corte.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a line at a new page's top right of a header value's lines is the page's own, not the value going on") {
  // A cover page with the header block; the rows' sheet printed next with its name in the page header
  // at the top right (a spreadsheet's "&A").
  page_maker one(1);
  one.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2012")
      .at(40, 60, "Programa/Institución:")
      .at(200, 60, "Fondo de prueba")
      .at(40, 72, "Observación:")
      .at(200, 72, "El programa egresa del seguimiento.");
  page_maker two(2);
  two.at(480, 30, "Compromisos FEP");
  add_table(two, 60);
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Fondo de prueba");
  CHECK(describe(res.r.observation) == "\"El programa egresa del seguimiento.\" ");
  REQUIRE(res.r.rows.size() == 1);
  CHECK(describe(res.diags).find("\"Compromisos FEP\"") != std::string::npos);  // named, not lost
}

namespace {

// A header block whose Observación has two lines, `first` and `second`, no gap between them, and the
// table below: its right edge (the page's text edge) at 480.
layout_result observation_of_two_lines(std::string_view first, std::string_view second) {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa/Institución:")
      .at(200, 60, "Programa de Becas")
      .at(40, 72, "Observación:")
      .at(200, 72, first)
      .at(200, 84, second);
  add_table(m, 120);
  return read_pages({m.done()});
}

std::vector<diagnostic> inferred(const diagnostics& diags) {
  std::vector<diagnostic> warned;
  for (const auto& d : diags.all())
    if (d.code == diagnostic_code::layout_inferred) warned.push_back(d);
  return warned;
}

}  // namespace

TEST_CASE("a header value's full line ends a sentence, a capital next, no gap where nothing is set apart: a warning") {
  // The first line ends at the page's text edge: "La" would not have fitted on it.
  auto res = observation_of_two_lines("El programa egresa del seguimiento de los compromisos.", "La planilla fue preparada.");
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.observation.plain_text() == "El programa egresa del seguimiento de los compromisos. La planilla fue preparada.");
  const auto warned = inferred(res.diags);
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].message.find("read as one paragraph") != std::string::npos);
  CHECK(warned[0].message.find("may be two: \"La planilla fue preparada.\"") != std::string::npos);
  CHECK(warned[0].where.page == 1);
  CHECK(warned[0].where.line == 4);  // the title, Programa, then the value's two lines: the second
}

TEST_CASE("a header value's line ends a sentence short of the block's next line, a capital next: two paragraphs") {
  // "La" would have fitted before the end of the longer line below: the line was broken on purpose.
  auto res = observation_of_two_lines("El programa egresa del seguimiento.", "La planilla fue preparada por la analista.");
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.observation.blocks.size() == 2);
  CHECK(res.r.observation.plain_text() == "El programa egresa del seguimiento.\nLa planilla fue preparada por la analista.");
  CHECK(inferred(res.diags).empty());
}

TEST_CASE("a header value's widest line ends a sentence well short of the page's text edge: two paragraphs, said") {
  // A spreadsheet's cell running over its empty neighbours (LibreOffice Calc): only the table's
  // right edge tells the line was short; a box narrower than the page would not, hence the warning.
  auto res = observation_of_two_lines("El programa egresa del seguimiento.", "La planilla fue preparada.");
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.observation.blocks.size() == 2);
  const auto warned = inferred(res.diags);
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].message.find("read as two paragraphs") != std::string::npos);
  CHECK(warned[0].message.find("may be one: \"La planilla fue preparada.\"") != std::string::npos);
  CHECK(warned[0].where.line == 4);
}

TEST_CASE("a header value's paragraphs set apart elsewhere in the block: a sentence end and a capital join unwarned") {
  page_maker m;
  m.at(40, 40, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, 60, "Programa/Institución:")
      .at(200, 60, "Programa de Becas")
      .at(40, 72, "Observación:")
      .at(200, 72, "El programa egresa del seguimiento.")
      .at(200, 84, "La planilla fue preparada por la analista.")
      .at(200, 102, "Otro párrafo.");
  add_table(m, 140);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.observation.blocks.size() == 2);
  for (const auto& d : res.diags.all()) CHECK(d.code != diagnostic_code::layout_inferred);
}
