// A row that goes on over page breaks on a `pdftotext -layout` grid: the extractor sets what goes on
// at the new page's left margin, wherever its column stood, and the next rows in their columns.
#include <doctest/doctest.h>

#include <string>

#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

// A table with a number column: "N°" at 0, the recommendation at 5, the commitment at 35, the
// compliance at 65; row 1 with a long compliance that ends far below its other cells.
std::string first_page() {
  std::string t;
  t += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2010"}});
  t += test::grid_line({{0, "Programa/Institución:"}, {24, "Programa de prueba"}});
  t += "\n";
  t += test::grid_line({{0, "N°"}, {5, "Recomendación"}, {35, "Compromiso"}, {65, "Cumplimiento"}});
  t += test::grid_line({{0, "1"}, {5, "Evaluar el impacto del"}, {35, "Se realizará un estudio."}, {65, "El estudio se entregó en"}});
  t += test::grid_line({{5, "programa."}, {65, "abril de 2010 y comparó"}});
  t += test::grid_line({{65, "comunas con sala y sin"}});
  t += test::grid_line({{5, "Organismo Responsable:"}, {35, "Fecha de Vencimiento:"}, {65, "ella entre los años"}});
  t += test::grid_line({{5, "Subsecretaría de Redes"}, {35, "Marzo 2010"}, {65, "2004 y 2009, con datos"}});
  for (const char* l : {"de egresos hospitalarios", "del sistema público y", "ajustados por ruralidad", "y por la pobreza de",
                        "cada comuna, según el"})
    t += test::grid_line({{65, l}});
  return t;
}

}  // namespace

TEST_CASE("a -layout grid: a compliance going on alone at the next page's margin stays the compliance") {
  std::string text = first_page();
  text += "\f";
  // Only the compliance goes on: the extractor starts it at the margin, where the recommendation stood.
  text += test::grid_line({{0, "informe final de la"}});
  text += test::grid_line({{0, "consultora, que revisó"}});
  text += test::grid_line({{0, "la DIPRES."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].responsible == "Subsecretaría de Redes");
  CHECK(r.rows[0].compliance.plain_text().find("según el informe final de la consultora") != std::string::npos);
  CHECK(r.rows[0].commitment.plain_text() == "Se realizará un estudio.");
}

TEST_CASE("a -layout grid: the continued block above the page's next row is fitted alone; a year there is no row") {
  std::string text = first_page();
  text += "\f";
  // The continued compliance at the margin, a year alone on a line in the number column, then row 2
  // in its columns.
  text += test::grid_line({{0, "informe final de"}});
  text += test::grid_line({{0, "2011."}});
  text += test::grid_line({{0, "Calificación: Cumplido"}});
  text += test::grid_line({{0, "2"}, {5, "Revisar los costos."}, {35, "Se reducirá el gasto."}, {65, "El gasto bajó un 8%."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].responsible == "Subsecretaría de Redes");
  CHECK(r.rows[0].compliance.plain_text().find("según el informe final de 2011.") != std::string::npos);
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation.plain_text() == "Revisar los costos.");
  CHECK(r.rows[1].commitment.plain_text() == "Se reducirá el gasto.");
  CHECK(r.rows[1].compliance.plain_text() == "El gasto bajó un 8%.");
}

TEST_CASE("a -layout grid: the next row's number at a line start of the continued block is that block's text") {
  // The continued compliance at the margin holds "2 nuevas salas" at a line start: the next number
  // after row 1, but run on into its sentence, right below the block's line that starts where it
  // does (as "118 nuevas salas" after row 117 in a long report). Row 2 follows in its columns.
  std::string text = first_page();
  text += "\f";
  text += test::grid_line({{0, "informe final, que atribuye el"}});
  text += test::grid_line({{0, "gasto a la apertura de"}});
  text += test::grid_line({{0, "2 nuevas salas y a la compra de"}});
  text += test::grid_line({{0, "equipos de espirometría."}});
  text += "\n";
  text += test::grid_line({{0, "2"}, {5, "Revisar los costos."}, {35, "Se reducirá el gasto."}, {65, "El gasto bajó un 8%."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].compliance.plain_text().find("gasto a la apertura de 2 nuevas salas y a la compra de equipos de "
                                                 "espirometría.") != std::string::npos);
  CHECK(r.rows[0].responsible == "Subsecretaría de Redes");
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation.plain_text() == "Revisar los costos.");
  CHECK(r.rows[1].commitment.plain_text() == "Se reducirá el gasto.");
  CHECK(r.rows[1].compliance.plain_text() == "El gasto bajó un 8%.");
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("a -layout grid: the next row's number at a line start of a block set over the number column is that block's text") {
  // Mid-page, the extractor sets two lines of row 1's recommendation at the margin, over the number
  // column; the second opens with "2", the next number, run on into its sentence.
  std::string t;
  t += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2010"}});
  t += test::grid_line({{0, "Programa/Institución:"}, {24, "Programa de prueba"}});
  t += "\n";
  t += test::grid_line({{0, "N°"}, {5, "Recomendación"}, {35, "Compromiso"}, {65, "Cumplimiento"}});
  t += test::grid_line({{0, "1"}, {5, "Evaluar el impacto del"}, {35, "Se realizará un estudio."}, {65, "El estudio se entregó."}});
  t += test::grid_line({{5, "programa en las comunas"}, {35, "Se contratará."}});
  t += test::grid_line({{0, "con sala y sin ella, con"}});
  t += test::grid_line({{0, "2 regiones de control."}});
  t += "\n";
  t += test::grid_line({{0, "2"}, {5, "Revisar los costos."}, {35, "Se reducirá el gasto."}, {65, "El gasto bajó."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(t, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() == "Evaluar el impacto del programa en las comunas con sala y sin ella, con 2 "
                                                 "regiones de control.");
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation.plain_text() == "Revisar los costos.");
}

TEST_CASE("a -layout text longer than a page with no form feeds (pdftotext -nopgbrk) is read with a warning") {
  // Two pages of rows: with a form feed between them, nothing to say; run together, the warning.
  std::string rows;
  for (int n = 2; n <= 40; ++n) {
    rows += test::grid_line({{0, std::to_string(n)}, {5, "Evaluar el programa."}, {35, "Se evaluará."}, {65, "Se evaluó."}});
    rows += test::grid_line({{5, "Organismo Responsable:"}, {35, "Fecha de Vencimiento:"}, {65, "Calificación:"}});
    rows += test::grid_line({{5, "Subsecretaría"}, {35, "Marzo 2010"}, {65, "Cumplido"}});
    rows += "\n";
  }
  auto warned = [](const diagnostics& d) {
    int n = 0;
    for (const auto& x : d.all()) n += x.message.find("no page breaks") != std::string::npos ? 1 : 0;
    return n;
  };
  diagnostics apart("grid.txt");
  report a = test::read(first_page() + "\f" + rows + "\f", apart);
  CHECK(warned(apart) == 0);
  diagnostics together("grid.txt");
  report b = test::read(first_page() + rows, together);
  INFO(test::describe(together));
  CHECK(warned(together) == 1);
  CHECK(b.rows.size() == a.rows.size());
  CHECK(test::describe(together).find("its pages run together") != std::string::npos);
  // Pages that end on a footer counting them: the breaks are put back after the footers, and the text
  // reads as with its form feeds.
  const std::string footer1 = test::grid_line({{30, "Página 1 de 2"}});
  const std::string footer2 = test::grid_line({{30, "Página 2 de 2"}});
  diagnostics fed("grid.txt");
  const report c = test::read(first_page() + footer1 + "\f" + rows + footer2 + "\f", fed);
  diagnostics restored("grid.txt");
  const report d = test::read(first_page() + footer1 + rows + footer2, restored);
  INFO(test::describe(restored));
  CHECK(warned(restored) == 1);
  CHECK(test::describe(restored).find("put back after the 2 footers") != std::string::npos);
  CHECK(d == c);
  diagnostics short_one("grid.txt");
  test::read(first_page(), short_one);
  CHECK(warned(short_one) == 0);  // one page's worth: no page break to miss
}
