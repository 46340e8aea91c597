// A commitments table printed as one column: its titles one below the other, then each row's
// number and cells' text, told apart by their labels.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diagnostic_messages.hpp"
#include "layout/stacked_table.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

// Places `lines` one below the other from `y` at `x`, 12 points apart; an empty line leaves a
// paragraph's gap (another 12). Returns the next free y.
double stack(page_maker& m, double y, const std::vector<std::string>& lines, double x = 40) {
  for (const auto& l : lines) {
    if (!l.empty()) m.at(x, y, l);
    y += 12;
  }
  return y;
}

// Two rows, their cells as wide as the text (100 characters, 500 points from x = 40).
const std::vector<std::string> row_one = {
    "1",
    "",
    "Elaborar un catastro nacional de localidades rurales semiconcentradas sin servicio de agua potable,",
    "con criterios de prioridad explícitos.",
    "",
    "Organismo Responsable: Departamento de Programas Sanitarios",
    "",
    "Se elaborará un catastro de las localidades semiconcentradas sin servicio, que registre para cada",
    "una el número de viviendas y de habitantes.",
    "",
    "Fecha de Vencimiento: Junio 2008",
    "",
    "El catastro se terminó en mayo de 2008 y registra las localidades semiconcentradas sin servicio",
    "entre las regiones de Coquimbo y Los Lagos.",
    "",
    "Calificación: Cumplido",
    "",
    "Medios de Verificación: Catastro de localidades semiconcentradas.",
};

std::vector<std::string> row_two(bool responsible) {
  std::vector<std::string> r = {
      "2",
      "",
      "Revisar el modelo de asesoría y asistencia técnica a los comités y cooperativas de agua potable,",
      "particularmente en las regiones del sur.",
      "",
  };
  if (responsible) r.insert(r.end(), {"Organismo Responsable: Empresas sanitarias regionales", ""});
  r.insert(r.end(), {
                        "Se evaluarán los convenios de asesoría con las empresas sanitarias y se propondrá un nuevo",
                        "modelo de asistencia técnica a los comités.",
                        "",
                        "Fecha de Vencimiento: 31-12-2008",
                        "",
                        "Calificación: Parcialmente cumplido",
                    });
  return r;
}

page_maker stacked_page(bool responsible_in_row_two) {
  page_maker m;
  title_and_program(m);
  double y = stack(m, 80, {"N°", "Recomendación", "Compromiso", "Cumplimiento"});
  y = stack(m, y, row_one);
  stack(m, y, row_two(responsible_in_row_two));
  return m;
}

}  // namespace

TEST_CASE("a table printed as one column is read cell by cell, told apart by its labels") {
  auto m = stacked_page(true);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& a = res.r.rows[0];
  CHECK(a.number == "1");
  CHECK(a.recommendation.plain_text() ==
        "Elaborar un catastro nacional de localidades rurales semiconcentradas sin servicio de agua potable, con "
        "criterios de prioridad explícitos.");
  CHECK(a.responsible == "Departamento de Programas Sanitarios");
  CHECK(a.commitment.plain_text() ==
        "Se elaborará un catastro de las localidades semiconcentradas sin servicio, que registre para cada una el "
        "número de viviendas y de habitantes.");
  CHECK(a.due_text == "Junio 2008");
  CHECK(a.compliance.plain_text() ==
        "El catastro se terminó en mayo de 2008 y registra las localidades semiconcentradas sin servicio entre las "
        "regiones de Coquimbo y Los Lagos.");
  CHECK(a.status == compliance_status::fulfilled);
  CHECK(a.verification.plain_text() == "Catastro de localidades semiconcentradas.");
  const auto& b = res.r.rows[1];
  CHECK(b.number == "2");
  CHECK(b.responsible == "Empresas sanitarias regionales");
  CHECK(b.commitment.plain_text().starts_with("Se evaluarán"));
  CHECK(b.due_text == "31-12-2008");
  CHECK(b.compliance.plain_text().empty());
  CHECK(b.status == compliance_status::partially_fulfilled);
  CHECK(res.diags.warning_count() == 0);
  // The titles are furniture of a rule of their own.
  CHECK(contents(res.diags, diagnostic_code::page_furniture) ==
        std::vector<std::string>{"N°", "Recomendación", "Compromiso", "Cumplimiento"});
}

TEST_CASE("a stacked row without the label that ends its recommendation is split at a guess, and said") {
  auto m = stacked_page(false);
  auto res = read_pages({m.done()});
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& b = res.r.rows[1];
  INFO(describe(res.diags));
  CHECK(b.recommendation.plain_text() ==
        "Revisar el modelo de asesoría y asistencia técnica a los comités y cooperativas de agua potable, "
        "particularmente en las regiones del sur.");
  CHECK(b.commitment.plain_text().starts_with("Se evaluarán"));
  CHECK(b.responsible.empty());
  CHECK(has_warning_with(res.diags, "row 2: its cells, printed one below the other, are told apart by their labels"));
}

TEST_CASE("a row number at a page's top equal to the page's number is a stacked row's, where no other page is numbered") {
  page_maker one;
  title_and_program(one);
  stack(one, stack(one, 80, {"N°", "Recomendación", "Compromiso", "Cumplimiento"}), row_one);
  page_maker two(2);
  stack(two, 40, row_two(true));
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].responsible == "Empresas sanitarias regionales");
}

TEST_CASE("stacked titles over narrow lines, or labels out of the columns' order, are no stacked table") {
  SUBCASE("a column table's text extracted column after column: its lines a third of the text's width") {
    page_maker m;
    title_and_program(m);
    m.at(40, 70, "Observación: el programa mantiene seis compromisos en seguimiento al cierre del año 2008, todos");
    stack(m, 80,
          {"N°", "Recomendación", "Compromiso", "Cumplimiento", "1", "Elaborar un catastro nacional de",
           "localidades rurales semiconcentradas", "sin servicio de agua potable.", "Se elaborará un catastro de las",
           "localidades semiconcentradas sin", "servicio, que registre para cada", "El catastro se terminó en mayo de",
           "2008 y registra las localidades.", "Fecha de Vencimiento: Junio 2008", "Calificación: Cumplido"});
    auto res = read_pages({m.done()});
    CHECK(res.refused);
  }
  SUBCASE("a due date's label before the responsible office's") {
    std::vector<std::string> row = row_one;
    std::swap(row[5], row[10]);
    page_maker m;
    title_and_program(m);
    stack(m, stack(m, 80, {"N°", "Recomendación", "Compromiso", "Cumplimiento"}), row);
    auto res = read_pages({m.done()});
    CHECK(res.refused);
  }
}

TEST_CASE("a sentence right below a stacked cell's last label's value, with no gap, starts the next cell, and is said") {
  page_maker m;
  title_and_program(m);
  double y = stack(m, 80, {"N°", "Recomendación", "Compromiso", "Cumplimiento"});
  y = stack(m, y, row_one);
  stack(m, y,
        {"2", "Revisar la estrategia de vigilancia de brucelosis bovina en todas las regiones del país, con",
         "metas anuales.", "",
         "Organismo Responsable: División de Protección Pecuaria y Departamento de Sanidad Animal del Servicio",
         "Estrategia revisada.", "",
         "Fecha de Vencimiento: Junio 2008"});
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].responsible == "División de Protección Pecuaria y Departamento de Sanidad Animal del Servicio");
  CHECK(res.r.rows[1].commitment.plain_text() == "Estrategia revisada.");
  CHECK(res.r.rows[1].due_text == "Junio 2008");
  CHECK(has_warning_with(res.diags, "row 2: the recommendation's last label's value is followed, with no gap, by"));
}
