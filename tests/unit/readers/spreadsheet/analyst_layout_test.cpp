// An analyst's own workbook layout: titles over two rows (group titles merged across the sub-titles
// below them) and paragraphs apart by an empty line, a single Alt+Enter breaking a line inside one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "readers/spreadsheet/soft_breaks.hpp"
#include "readers/spreadsheet/two_row_head.hpp"
#include "readers/spreadsheet/workbook.hpp"

using namespace informe;
using namespace informe::detail::sheets;

namespace {

cell text(std::string t) {
  cell c;
  c.type = t.empty() ? cell::kind::empty : cell::kind::text;
  c.text = std::move(t);
  return c;
}

cell number(double v) {
  cell c;
  c.type = cell::kind::number;
  c.number = v;
  c.text = std::to_string(static_cast<int>(v));
  return c;
}

sheet_row srow(int n, std::vector<cell> cells) { return sheet_row{n, std::move(cells)}; }

// "N°" merged down over two rows; "Recomendación" over Descripción | Responsable; "Compromiso" over
// Descripción | Plazo; "Cumplimiento" over Avance | Calificación.
sheet_row groups() {
  return srow(1, {text("N°"), text("Recomendación"), text(""), text("Compromiso"), text(""), text("Cumplimiento"),
                 text("")});
}
sheet_row subtitles() {
  return srow(2, {text(""), text("Descripción"), text("Responsable"), text("Descripción"), text("Plazo"), text("Avance"),
                 text("Calificación")});
}

workbook book(std::vector<sheet_row> rows) {
  workbook b;
  b.sheets.push_back(sheet{"Compromisos", std::move(rows)});
  return b;
}

rich_text paragraphs(std::vector<std::string> ps) {
  rich_text r;
  for (auto& p : ps) r.add_paragraph(std::move(p));
  return r;
}

}  // namespace

TEST_CASE("sub-titles under merged group titles name the columns; a group's first unnamed sub-title is the group's") {
  auto titles = two_row_titles(groups(), subtitles(), default_vocabulary());
  REQUIRE(titles);
  REQUIRE(titles->size() == 7);
  CHECK((*titles)[0] == column::number);          // merged down: no sub-title
  CHECK((*titles)[1] == column::recommendation);  // "Descripción" under "Recomendación"
  CHECK((*titles)[2] == column::responsible);
  CHECK((*titles)[3] == column::commitment);  // "Descripción" under "Compromiso"
  CHECK((*titles)[4] == column::due);
  CHECK((*titles)[5] == column::compliance);  // "Avance" under "Cumplimiento"
  CHECK((*titles)[6] == column::status);
  // a row of the table below one title row is no row of sub-titles
  auto data = srow(2, {number(1), text("Definir indicadores."), text("SERNAM"), text("Se hará."), text("Plazo"),
                      text("Hecho."), text("Cumplido")});
  CHECK_FALSE(two_row_titles(groups(), data, default_vocabulary()));
  auto one_row = srow(1, {text("N°"), text("Recomendación"), text("Responsable"), text("Compromiso"), text("Plazo"),
                         text("Cumplimiento"), text("Calificación")});
  CHECK_FALSE(two_row_titles(one_row, subtitles(), default_vocabulary()));  // no span to be under
}

TEST_CASE("a table under titles over two rows: the rows below the sub-titles, each cell in its column") {
  diagnostics d("a.xlsx");
  report r = to_report(book({groups(), subtitles(),
                             srow(3, {number(1), text("Definir indicadores."), text("SERNAM"), text("Se hará una matriz."),
                                     text("Junio 2011"), text("Se hizo."), text("Cumplido")})}),
                       d);
  // no warning; each sub-title read as its group's column is named (nothing consumed in silence)
  std::vector<std::string> named;
  for (const auto& m : d.all()) {
    CHECK(m.level == severity::info);
    CHECK(m.code == diagnostic_code::layout_inferred);
    named.push_back(m.content);
  }
  CHECK(named == std::vector<std::string>{"Descripción", "Descripción", "Avance"});
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Definir indicadores."));
  CHECK(r.rows[0].responsible == "SERNAM");
  CHECK(r.rows[0].commitment == rich_text::paragraph("Se hará una matriz."));
  CHECK(r.rows[0].due_text == "Junio 2011");
  CHECK(r.rows[0].compliance == rich_text::paragraph("Se hizo."));
  CHECK(r.rows[0].status_text == "Cumplido");
}

TEST_CASE("paragraphs apart by an empty line: a single line break is one inside a paragraph") {
  CHECK(join_soft_breaks("subió de\n3,1 a 5,4.\n\nOtro párrafo.") == "subió de 3,1 a 5,4.\n\nOtro párrafo.");
  CHECK(join_soft_breaks("Con:\n- uno;\n- dos y\ntres.") == "Con:\n- uno;\n- dos y tres.");
  const auto head = srow(1, {text("N°"), text("Recomendación"), text("Compromiso"), text("Cumplimiento")});
  auto with = [&](std::string compliance) {
    return book({head, srow(2, {number(1), text("Definir."), text("El puntaje subió de\n3,1 a 5,4."), text(std::move(compliance))})});
  };
  {
    diagnostics d("a.xlsx");
    report r = to_report(with("Primero.\n\nSegundo."), d);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].commitment == rich_text::paragraph("El puntaje subió de 3,1 a 5,4."));
    CHECK(r.rows[0].compliance == paragraphs({"Primero.", "Segundo."}));
  }
  {  // a line a paragraph (informe's own sheets, the analyst who never leaves an empty line)
    diagnostics d("a.xlsx");
    report r = to_report(with("Primero.\nSegundo."), d);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].commitment == paragraphs({"El puntaje subió de", "3,1 a 5,4."}));
  }
  {  // an empty line between two lists only: still a line a paragraph
    diagnostics d("a.xlsx");
    report r = to_report(with("• uno\n\n• dos"), d);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].commitment == paragraphs({"El puntaje subió de", "3,1 a 5,4."}));
  }
}
