// Phase 4b: a continued page's text columns fitted to the table's columns by their text.
#include <doctest/doctest.h>

#include "layout/page_columns.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::detail::layout;
using namespace informe::test;

namespace {

// The table's columns as measured on its header's page: recommendation from 0, commitment from 100,
// compliance from 200 (no number column).
columns three_columns() {
  columns c;
  c.bounds = {100, 200};
  return c;
}

std::vector<const line*> pointers(const std::vector<line>& ls) {
  std::vector<const line*> out;
  for (const auto& l : ls) out.push_back(&l);
  return out;
}

}  // namespace

TEST_CASE("a continued page whose first column is empty: a label places its column, the other follows") {
  // The page's two text columns stand where the recommendation and the commitment stood; the
  // right one holds the compliance's labels.
  page_maker m;
  m.at(0, 100, "Vencimiento: Dic.");
  m.at(120, 100, "año.");
  m.at(0, 112, "2006");
  m.at(120, 112, "La comisión vio");
  m.at(120, 118, "tres problemas.");
  m.at(120, 124, "Calificación:");
  m.at(120, 130, "Cumplido");
  m.at(120, 136, "Medios de");
  m.at(120, 142, "Verificación:");
  auto ls = build_lines(m.done());
  const auto fit = fit_page_columns(three_columns(), pointers(ls), {"FONASA", "Fecha de", "durante el"});
  CHECK(fit.moved);
  CHECK_FALSE(fit.ambiguous);
  CHECK(fit.cols.of(0) == 1);
  CHECK(fit.cols.of(120) == 2);
  CHECK(fit.cols.of(250) == 2);
}

TEST_CASE("a label wrapped over the page break joins the cell it started in") {
  page_maker m;
  m.at(0, 100, "Vencimiento: Marzo 2008");
  auto ls = build_lines(m.done());
  // Measured, the text is the recommendation's; the commitment's cell ended with "Fecha de".
  const auto fit = fit_page_columns(three_columns(), pointers(ls), {"Organismo Responsable: SENCE", "Fecha de", ""});
  CHECK(fit.moved);
  CHECK(fit.cols.of(0) == 1);
  // Without the label's first part there, nothing tells: it stays where it was measured, and says so.
  const auto open = fit_page_columns(three_columns(), pointers(ls), {"Organismo Responsable: SENCE", "2008", ""});
  CHECK_FALSE(open.moved);
  CHECK(open.ambiguous);
  CHECK(open.cols.of(0) == 0);
}

TEST_CASE("a line in lower case goes on with the cell left unfinished") {
  page_maker m;
  m.at(0, 100, "marco de la subvención escolar.");
  auto ls = build_lines(m.done());
  const auto fit = fit_page_columns(three_columns(), pointers(ls), {"voluntad de cada establecimiento.", "en el", ""});
  CHECK(fit.moved);
  CHECK(fit.cols.of(0) == 1);
}

TEST_CASE("a cell that stopped above the foot of the page before does not go on: the one that ran to it does") {
  // A long compliance runs on alone from page to page; the text grid starts it at the left margin.
  // The recommendation and the commitment ended far up the page before; nothing else tells (a capital
  // after a comma).
  page_maker m;
  m.at(0, 100, "Ñuble, Araucanía Sur y");
  m.at(0, 112, "Chiloé). Según el informe,");
  auto ls = build_lines(m.done());
  const std::array<std::string, 3> tails{"", "", "Metropolitano Sur Oriente,"};
  const auto fit = fit_page_columns(three_columns(), pointers(ls), tails, {true, true, false});
  CHECK(fit.moved);
  CHECK_FALSE(fit.ambiguous);
  CHECK(fit.cols.of(0) == 2);
  // Without knowing where the cells stopped, nothing tells.
  const auto open = fit_page_columns(three_columns(), pointers(ls), tails);
  CHECK_FALSE(open.moved);
  CHECK(open.ambiguous);
}

TEST_CASE("a year at a line start in the number column is the continued text's, not a row number") {
  // A number column from 0, the recommendation from 20; a text grid set the compliance going on at the
  // left margin, where a year ends a sentence on a line of its own.
  columns measured;
  measured.number = true;
  measured.bounds = {20, 100, 200};
  page_maker m;
  m.at(0, 100, "proyecto de presupuesto");
  m.at(0, 112, "2011.");
  m.at(0, 124, "La DIPRES da por cumplido");
  auto ls = build_lines(m.done());
  const std::array<std::string, 3> tails{"", "", "incorporará la renovación de los espirómetros en el"};
  const auto fit = fit_page_columns(measured, pointers(ls), tails, {true, true, false}, "3");
  CHECK(fit.moved);
  CHECK(fit.cols.of(0) == 3);
  // The next row's number there: the columns stand as measured.
  const auto next = fit_page_columns(measured, pointers(ls), tails, {true, true, false}, "2010");
  CHECK_FALSE(next.moved);
  CHECK(next.cols.of(0) == 0);
}

TEST_CASE("a continued page keeps its measured columns when they agree with its text or all hold text") {
  {
    // The compliance's labels in the compliance column as measured.
    page_maker m;
    m.at(0, 100, "de la región.");
    m.at(220, 100, "Calificación: Cumplido");
    auto ls = build_lines(m.done());
    const auto fit = fit_page_columns(three_columns(), pointers(ls), {"en cada región", "", "Se cumplió."});
    CHECK_FALSE(fit.moved);
    CHECK_FALSE(fit.ambiguous);
  }
  {
    // Every column has text: nothing to fit.
    page_maker m;
    m.at(0, 100, "Vencimiento:");
    m.at(120, 100, "otro texto");
    m.at(220, 100, "Calificación: Cumplido");
    auto ls = build_lines(m.done());
    const auto fit = fit_page_columns(three_columns(), pointers(ls), {"", "Fecha de", ""});
    CHECK_FALSE(fit.moved);
    CHECK_FALSE(fit.ambiguous);
  }
  {
    // A row number in the number column: rows start on the page, its columns are measured on them.
    columns numbered;
    numbered.number = true;
    numbered.bounds = {30, 100, 200};
    page_maker m;
    m.at(0, 100, "4");
    m.at(40, 100, "Calificación: Cumplido");
    auto ls = build_lines(m.done());
    const auto fit = fit_page_columns(numbered, pointers(ls), {"", "", ""});
    CHECK_FALSE(fit.moved);
  }
}

TEST_CASE("a browser's re-flowed cells above a continued page's first new row: blocks placed by their labels") {
  // Number column from 0, recommendation from 30, commitment from 130, compliance from 230; the row's
  // commitment and compliance go on, set from the page's left, as wide as their own cells.
  columns c;
  c.number = true;
  c.bounds = {30, 130, 230};
  page_maker m;
  m.at(10, 100, "Fecha de Vencimiento: Sept.");
  m.at(160, 100, "Medios de Verificación: Informe de");
  m.at(10, 112, "2008");
  m.at(160, 112, "diagnóstico de sistemas.");
  auto ls = build_lines(m.done());
  const auto found = reflowed_columns(c, pointers(ls), {});
  REQUIRE(found);
  CHECK(found->cols.of(10) == 2);   // the commitment's block
  CHECK(found->cols.of(150) == 2);
  CHECK(found->cols.of(160) == 3);  // the compliance's
  CHECK(found->cols.of(400) == 3);

  SUBCASE("without labels, the cells that ended on the page before tell") {
    page_maker u;
    u.at(10, 100, "2008");
    u.at(160, 100, "diagnóstico de sistemas.");
    auto us = build_lines(u.done());
    CHECK_FALSE(reflowed_columns(c, pointers(us), {}));  // recommendation and commitment, or the other two?
    const auto told = reflowed_columns(c, pointers(us), {true, false, false});
    REQUIRE(told);
    CHECK(told->cols.of(10) == 2);
    CHECK(told->cols.of(160) == 3);
  }
  SUBCASE("a label in another column than its block's place: no placement") {
    CHECK_FALSE(reflowed_columns(c, pointers(ls), {false, true, false}));
  }
}

TEST_CASE("re-flowed cells: of two placements, the one that goes on from a cell left at a label") {
  columns c;
  c.number = true;
  c.bounds = {30, 130, 230};
  page_maker m;
  m.at(10, 100, "SERNAM, Departamento Mujer y");
  m.at(160, 100, "Calificación: Cumplido");
  m.at(10, 112, "Trabajo");
  auto ls = build_lines(m.done());
  CHECK_FALSE(reflowed_columns(c, pointers(ls), {}));  // the recommendation's or the commitment's?
  const auto found = reflowed_columns(c, pointers(ls), {}, {"Organismo Responsable:", "2010", "hijos y adultos mayores;"});
  REQUIRE(found);
  CHECK(found->cols.of(10) == 1);   // the recommendation's block: its cell stopped at its label
  CHECK(found->cols.of(160) == 3);  // the compliance's
  // A cell whose text ended with a full stop does not go on: the block is the commitment's.
  const auto other = reflowed_columns(c, pointers(ls), {}, {"Organismo Responsable: SERNAM.", "2010", "mayores;"});
  REQUIRE(other);
  CHECK(other->cols.of(10) == 2);
}
