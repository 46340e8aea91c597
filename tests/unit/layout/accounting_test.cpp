// Nothing lost in silence: every word of a synthetic input ends in the report, in a furniture record
// or in an unplaced-text warning's content.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout_maker.hpp"
#include "word_accounting.hpp"

using namespace informe;
using namespace informe::test;

namespace {

std::string all_words(const std::vector<detail::layout::page>& pages) {
  std::string out;
  for (const auto& pg : pages)
    for (const auto& w : pg.words) out.append(w.text).append(" ");
  return out;
}

std::string joined(const std::vector<std::string>& ws) {
  std::string out;
  for (const auto& w : ws) out += w + " ";
  return out;
}

}  // namespace

TEST_CASE("every word of a two-page synthetic report is accounted for") {
  page_maker p1(1);
  p1.at(20, 10, "11/30/26, 3:56 AM").at(280, 10, "Informe de Cumplimiento");
  p1.at(40, 24, "Gobierno de Chile");
  title_and_program(p1, 40);
  p1.at(40, 68, "Ministerio:").at(200, 68, "Ministerio de Educación");
  p1.at(40, 80, "Observación:").at(200, 80, "• Primera observación").at(200, 92, "• Segunda observación");
  p1.at(40, 106, "Antecedentes");
  table_header(p1, 130);
  table_line(p1, 150, "1", "Mejorar el sistema de", "Diseñar un plan de", "Se diseñó el plan");
  table_line(p1, 162, "", "información económico-", "trabajo.", "Calificación: Cumplido");
  table_line(p1, 174, "", "social.", "Fecha de Vencimiento: 31-03-", "");
  table_line(p1, 186, "", "", "2009", "");
  table_line(p1, 210, "2", "Evaluar el programa", "• Contratar una", "Se contrató");
  table_line(p1, 222, "", "y sus componentes", "", "un panel");
  p1.at(col_com + 10, 222, "evaluación.");  // hanging at the item's text
  p1.at(col_rec, 240, "(continúa)");
  p1.at(20, 820, "http://localhost:8000/informe.html").at(560, 820, "1/2");
  page_maker p2(2);
  p2.at(20, 10, "11/30/26, 3:56 AM").at(280, 10, "Informe de Cumplimiento");
  table_header(p2, 40);
  table_line(p2, 60, "2", "del programa.", "• Publicarla.", "de expertos.");
  table_line(p2, 90, "3", "Ampliar la cobertura regional.", "Abrir oficinas.", "Se abrieron tres.");
  p2.at(col_rec, 130, "Firma del jefe");
  p2.at(40, 160, "Documento generado con informe");
  p2.at(20, 820, "http://localhost:8000/informe.html").at(560, 820, "2/2");
  std::vector<detail::layout::page> pages{p1.done(), p2.done()};
  auto res = read_pages(pages);
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 3);
  auto lost = unaccounted_words(all_words(pages), res.r, res.diags);
  CHECK_MESSAGE(lost.empty(), "lost: " << joined(lost));
  // And the words did not all land in diagnostics: the rows hold their cells.
  CHECK(res.r.rows[1].commitment.blocks.size() == 1);
  CHECK(res.r.rows[1].commitment.blocks[0].items ==
        std::vector<std::string>{"Contratar una evaluación.", "Publicarla."});
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el programa y sus componentes del programa.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se contrató un panel de expertos.");
  CHECK(res.r.rows[0].due_text == "31-03-2009");
  CHECK(res.r.rows[0].status_text == "Cumplido");
}

TEST_CASE("the accounting takes a word broken at a column's edge and joined by the reader as accounted for") {
  report r;
  r.program = "Convenio FOSIS/SERCOTEC-CORFO/MINECON";
  diagnostics d;
  // "MI" / "NECON": broken without a hyphen; "perdida" is in no field.
  CHECK(unaccounted_words("Convenio FOSIS/SERCOTEC-CORFO/MI NECON perdida", r, d) == std::vector<std::string>{"perdida"});
  CHECK(unaccounted_words("Convenio FOSIS/SERCOTEC-CORFO/MI perdida NECON", r, d) ==
        std::vector<std::string>{"mi", "perdida", "necon"});
}
