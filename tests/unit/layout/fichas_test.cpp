// Commitments printed as fichas: a label column and the values to its right, one ficha per commitment.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "diagnostic_messages.hpp"
#include "layout/fichas.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

constexpr double label_x = 40, value_x = 200;

// The report's title and a header field, then from `y` one line per (label, value) pair, 12 points
// apart; an empty label continues the value above, an empty value leaves the label bare.
page_maker& fields(page_maker& m, double y, const std::vector<std::pair<std::string, std::string>>& lines) {
  for (const auto& [label, value] : lines) {
    if (!label.empty()) m.at(label_x, y, label);
    if (!value.empty()) m.at(value_x, y, value);
    y += 12;
  }
  return m;
}

std::vector<std::pair<std::string, std::string>> whole_ficha(const std::string& n) {
  return {{"N°", n},
          {"Recomendación", "Elaborar una matriz de marco lógico."},
          {"Organismo Responsable", "Área de Prevención"},
          {"Compromiso", "Se elaborará la matriz del programa,"},
          {"", "con sus indicadores y metas."},
          {"Fecha de Vencimiento", "Junio 2007"},
          {"Cumplimiento", "La matriz fue validada."},
          {"Observación", ""},
          {"Calificación", "Cumplido"},
          {"Medios de Verificación", "Oficio N° 1.032 de DIPRES."}};
}

}  // namespace

TEST_CASE("fichas are read field by field, each a commitment") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, whole_ficha("1"));
  fields(m, 240, whole_ficha("2"));
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa de Becas");
  REQUIRE(res.r.rows.size() == 2);
  for (std::size_t k = 0; k < 2; ++k) {
    const auto& row = res.r.rows[k];
    CHECK(row.number == std::to_string(k + 1));
    CHECK(row.recommendation.plain_text() == "Elaborar una matriz de marco lógico.");
    CHECK(row.responsible == "Área de Prevención");
    CHECK(row.commitment.plain_text() == "Se elaborará la matriz del programa, con sus indicadores y metas.");
    CHECK(row.due_text == "Junio 2007");
    CHECK(row.compliance.plain_text() == "La matriz fue validada.");
    CHECK(row.compliance_observation.blocks.empty());
    CHECK(row.status == compliance_status::fulfilled);
    CHECK(row.verification.plain_text() == "Oficio N° 1.032 de DIPRES.");
  }
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a label wrapped in a narrow label column takes the value beside its first line") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, {{"N°", "1"},
                  {"Recomendación", "Elaborar una matriz."},
                  {"Organismo", "Área de Prevención"},
                  {"Responsable", ""},
                  {"Compromiso", "Se elaborará."},
                  {"Fecha de", "Junio 2007"},
                  {"Vencimiento", ""},
                  {"Cumplimiento", "Validada."},
                  {"Medios de", "Oficio N° 1.032."},
                  {"Verificación", ""}});
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].responsible == "Área de Prevención");
  CHECK(res.r.rows[0].due_text == "Junio 2007");
  CHECK(res.r.rows[0].verification.plain_text() == "Oficio N° 1.032.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a ficha broken across a page goes on below the next page's running header") {
  std::vector<page_maker> makers(2, page_maker(1));
  makers[1] = page_maker(2);
  title_and_program(makers[0]);
  makers[0].at(40, 20, "Dirección de Presupuestos");
  makers[1].at(40, 20, "Dirección de Presupuestos");
  auto f = whole_ficha("1");
  fields(makers[0], 100, f);
  auto second = whole_ficha("2");
  fields(makers[0], 240, {second.begin(), second.begin() + 4});
  fields(makers[1], 60, {second.begin() + 4, second.end()});
  auto res = read_pages({makers[0].done(), makers[1].done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& row = res.r.rows[1];
  CHECK(row.number == "2");
  CHECK(row.commitment.plain_text() == "Se elaborará la matriz del programa, con sus indicadores y metas.");
  CHECK(row.due_text == "Junio 2007");
  CHECK(row.status == compliance_status::fulfilled);
  CHECK(contents(res.diags, diagnostic_code::page_furniture).size() == 2);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a ficha's number labels at the pages' tops are no running header") {
  // "N° 1" atop one page and "N° 2" atop the next: alike but for a number that follows the pages.
  // A ficha's label line is the commitment's text, never furniture.
  std::vector<page_maker> makers{page_maker(1), page_maker(2)};
  title_and_program(makers[0], 20);
  fields(makers[0], 100, whole_ficha("1"));
  fields(makers[1], 100, whole_ficha("2"));
  auto res = read_pages({makers[0].done(), makers[1].done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Elaborar una matriz de marco lógico.");
  CHECK(contents(res.diags, diagnostic_code::page_furniture).empty());
}

TEST_CASE("a ficha of bare labels is warned about") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, whole_ficha("1"));
  fields(m, 240, {{"N°", "2"},
                  {"Recomendación", ""},
                  {"Compromiso", ""},
                  {"Cumplimiento", ""},
                  {"Calificación", ""}});
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  // The grammar keeps no row without any field; the warning names the ficha.
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].number == "1");
  CHECK(has_warning_with(res.diags, "the ficha \"2\" holds no values"));
}

TEST_CASE("a ficha without a row number is warned about") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, whole_ficha("1"));
  auto second = whole_ficha("");
  second[1].second = "Focalizar el programa.";
  fields(m, 240, second);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  // The grammar goes on with the row before (its own warnings name the fields given twice).
  CHECK(has_warning_with(res.diags, "a ficha without a row number"));
  CHECK(res.r.rows.size() == 1);
}

TEST_CASE("text in the label column that is no label is named in a warning, not read") {
  page_maker m;
  title_and_program(m);
  auto f = whole_ficha("1");
  f.insert(f.begin() + 2, {"Nota al margen", "sin campo"});
  fields(m, 100, f);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Elaborar una matriz de marco lógico.");
  const auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0] == "Nota al margen sin campo");
}

TEST_CASE("a value's paragraphs are set apart by a vertical gap") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, {{"N°", "1"}, {"Recomendación", "Elaborar una matriz."}, {"Compromiso", "Se elaborará."},
                  {"", "Se validará."}, {"Cumplimiento", "El índice se construyó."}});
  m.at(value_x, 166, "Se aplicó en 2008.");  // a paragraph gap of 6 points over the line's 12
  fields(m, 184, {{"Calificación", "Cumplido"}});
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(describe(res.r.rows[0].compliance) == "\"El índice se construyó.\" \"Se aplicó en 2008.\" ");
  CHECK(res.r.rows[0].status == compliance_status::fulfilled);
}

TEST_CASE("text below the last ficha, apart from it, is named in a warning, not read as its last field") {
  // A closing note well below the last ficha, at the value column or between the columns: the ficha's
  // last field ends where its lines stop following one another.
  for (const double x : {value_x, 120.0}) {
    page_maker m;
    title_and_program(m);
    fields(m, 100, whole_ficha("1"));
    fields(m, 240, whole_ficha("2"));
    m.at(x, 420, "Fuente: elaboración propia.");
    auto res = read_pages({m.done()});
    INFO(describe(res.diags));
    REQUIRE(res.r.rows.size() == 2);
    CHECK(res.r.rows[1].verification.plain_text() == "Oficio N° 1.032 de DIPRES.");
    const auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
    REQUIRE(unplaced.size() == 1);
    CHECK(unplaced[0] == "Fuente: elaboración propia.");
  }
}

TEST_CASE("text left of the value column below a ficha is no part of its last field") {
  // Right below the last line (no gap), but starting between the label and the value columns.
  page_maker m;
  title_and_program(m);
  fields(m, 100, whole_ficha("1"));
  m.at(120, 220, "Nota: los plazos fueron prorrogados.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].verification.plain_text() == "Oficio N° 1.032 de DIPRES.");
  const auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0] == "Nota: los plazos fueron prorrogados.");
}

TEST_CASE("a note set right of the value column after a paragraph's gap is no part of the last field") {
  // A centred source line a paragraph's gap below the last value (as near as the value's own
  // paragraphs may be), and a list item indented just as far, which is kept.
  for (const bool bullet : {false, true}) {
    page_maker m;
    title_and_program(m);
    fields(m, 100, whole_ficha("1"));
    m.at(260, 226, bullet ? "• Acta de la sesión." : "Fuente: DIPRES.");
    auto res = read_pages({m.done()});
    INFO(describe(res.diags));
    REQUIRE(res.r.rows.size() == 1);
    const auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
    if (bullet) {
      CHECK(unplaced.empty());
      CHECK(res.r.rows[0].verification.plain_text().find("Acta de la sesión.") != std::string::npos);
    } else {
      REQUIRE(unplaced.size() == 1);
      CHECK(unplaced[0] == "Fuente: DIPRES.");
      CHECK(res.r.rows[0].verification.plain_text() == "Oficio N° 1.032 de DIPRES.");
    }
  }
}

TEST_CASE("the last field's wrapped lines, paragraphs and next page stay in it") {
  std::vector<page_maker> makers{page_maker(1), page_maker(2)};
  title_and_program(makers[0]);
  makers[0].at(40, 20, "Dirección de Presupuestos");
  makers[1].at(40, 20, "Dirección de Presupuestos");
  fields(makers[0], 100, whole_ficha("1"));
  auto f = whole_ficha("2");
  f.back().second = "Oficio N° 1.032,";
  f.push_back({"", "de DIPRES."});
  fields(makers[0], 240, f);
  makers[0].at(value_x, 378, "Informe final.");  // a paragraph's gap of 6 points, as in ficha 1's values
  makers[1].at(value_x, 60, "Acta de la sesión.");  // the field goes on over the page
  makers[1].at(value_x, 72, "Anexo 3.");
  auto res = read_pages({makers[0].done(), makers[1].done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  // (A paragraph after the gap, and after the page's end where a sentence ended.)
  CHECK(res.r.rows[1].verification.plain_text() == "Oficio N° 1.032, de DIPRES.\nInforme final.\nActa de la sesión. Anexo 3.");
  CHECK(contents(res.diags, diagnostic_code::unplaced_text).empty());
}

TEST_CASE("a ficha whose number breaks the sequence is a row, with a warning") {
  page_maker m;
  title_and_program(m);
  fields(m, 100, whole_ficha("1"));
  fields(m, 240, whole_ficha("7"));
  fields(m, 380, whole_ficha("3"));
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "7");
  CHECK(has_warning_with(res.diags, "row number 7 breaks the sequence (the previous row is 1)"));
  CHECK(has_warning_with(res.diags, "row number 3 breaks the sequence (the previous row is 7)"));
}

TEST_CASE("a -layout text's fichas are told from the raw text") {
  using informe::detail::layout::has_spaced_fichas;
  CHECK(has_spaced_fichas("Programa/Institución:  Becas\n\n   N°              1\n   Recomendación   Elaborar.\n"));
  CHECK(has_spaced_fichas("N°:        1\n\nOrganismo   Área\nResponsable\n"));
  CHECK_FALSE(has_spaced_fichas("N°              1\n      Elaborar.\n"));
  CHECK_FALSE(has_spaced_fichas("N°   Recomendación   Compromiso   Cumplimiento\n1    Elaborar.\n"));
  CHECK_FALSE(has_spaced_fichas("Ley N° 19.253\nRecomendación  Elaborar.\n"));
}
