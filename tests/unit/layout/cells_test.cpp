// Phase 6: a cell's lines -> paragraphs and list items.
#include <doctest/doctest.h>

#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

page_maker table_start() {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  return m;
}

}  // namespace

TEST_CASE("a vertical gap wider than the line spacing starts a paragraph; wrapped lines join") {
  auto m = table_start();
  table_line(m, 120, "1", "Primer párrafo de la", "Diseñar un plan de", "Se diseñó el plan");
  table_line(m, 132, "", "recomendación.", "trabajo para el", "de trabajo en");
  table_line(m, 144, "", "", "programa.", "marzo.");
  table_line(m, 164, "", "Segundo párrafo.", "", "");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& rec = res.r.rows[0].recommendation;
  INFO(describe(rec));
  REQUIRE(rec.blocks.size() == 2);
  CHECK(rec.blocks[0].text == "Primer párrafo de la recomendación.");
  CHECK(rec.blocks[1].text == "Segundo párrafo.");
  CHECK(res.r.rows[0].commitment.plain_text() == "Diseñar un plan de trabajo para el programa.");
}

TEST_CASE("bullets (including the Symbol font's U+F0B7) start list items; lines hanging at the text continue them") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "• Diseñar un plan", "Se diseñó.");
  m.at(col_com + 10, 132, "de trabajo.");
  m.at(col_com, 144, "\xEF\x82\xB7 Aplicarlo.");
  m.at(col_com, 156, "- Evaluarlo.");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 1);
  CHECK(com.blocks[0].type == block::kind::bullet_list);
  CHECK(com.blocks[0].items == std::vector<std::string>{"Diseñar un plan de trabajo.", "Aplicarlo.", "Evaluarlo."});
}

TEST_CASE("lines indented from the column's edge are list items whose markers were drawn") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se hizo lo siguiente:");
  m.at(col_cum + 12, 132, "revisar la norma;");
  m.at(col_cum + 12, 144, "aplicar una encuesta a los");  // full: the item goes on
  m.at(col_cum + 12, 156, "beneficiarios.");
  m.at(col_cum, 168, "Se cumplió.");
  // The column is wider than the first line: "revisar" would have fitted after "siguiente:".
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 3);
  CHECK(cum.blocks[0].text == "Se hizo lo siguiente:");
  CHECK(cum.blocks[1].items == std::vector<std::string>{"revisar la norma;", "aplicar una encuesta a los beneficiarios."});
  CHECK(cum.blocks[2].text == "Se cumplió.");
}

TEST_CASE("a paragraph does not end inside an open quotation: a short line there goes on in lower case") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se publicó el libro “Escuelas que");
  table_line(m, 132, "", "", "", "aprenden de su comunidad:");  // "once" would have fitted
  table_line(m, 144, "", "", "", "once experiencias”, con un tiraje");
  table_line(m, 156, "", "", "", "de 3.000 ejemplares.");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 1);
  CHECK(cum.blocks[0].text ==
        "Se publicó el libro “Escuelas que aprenden de su comunidad: once experiencias”, con un tiraje de 3.000 "
        "ejemplares.");
}

TEST_CASE("a date broken after a hyphen, a word broken after a hyphen or slash, rejoin without a space") {
  auto m = table_start();
  table_line(m, 120, "1", "Fortalecer el desarrollo", "Diseñar un plan.", "Se diseñó el");
  table_line(m, 132, "", "económico-", "Fecha de Vencimiento: 31-03-", "plan MINECON/");
  table_line(m, 144, "", "social.", "2009", "CORFO.");
  table_line(m, 180, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& r = res.r.rows[0];
  CHECK(r.recommendation.plain_text() == "Fortalecer el desarrollo económico-social.");
  CHECK(r.due_text == "31-03-2009");
  REQUIRE(r.due.has_value());
  CHECK(r.due->to_iso() == "2009-03-31");
  CHECK(r.compliance.plain_text() == "Se diseñó el plan MINECON/CORFO.");
}

TEST_CASE("a word the producer broke at the column's right edge rejoins without a space") {
  auto m = table_start();
  table_line(m, 120, "1", "Coordinar con", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 132, "", "FOSIS/SERCOTEC/COR", "", "");  // the widest line of the column
  table_line(m, 144, "", "FO el programa.", "", "");
  table_line(m, 180, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Coordinar con FOSIS/SERCOTEC/CORFO el programa.");
}
