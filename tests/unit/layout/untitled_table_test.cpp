// A commitments table printed without its row of column titles: its columns taken by place.
#include <doctest/doctest.h>

#include <string>

#include "diagnostic_messages.hpp"
#include "layout/untitled_table.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

page_maker untitled(bool labels) {
  page_maker m;
  title_and_program(m);
  table_line(m, 100, "1", "Definir la población", "Se elaborará un", "El documento fue");
  table_line(m, 112, "", "objetivo.", "documento.", "aprobado.");
  table_line(m, 124, "", labels ? "Organismo Responsable:" : "Departamento", labels ? "Fecha de Vencimiento:" : "Dic. 2006",
             labels ? "Calificación: Cumplido" : "Cumplido");
  table_line(m, 136, "", "Departamento", "Dic. 2006", "");
  table_line(m, 160, "2", "Establecer criterios.", "Se incorporarán.", "Las bases incluyen.");
  table_line(m, 172, "", "", labels ? "Fecha de Vencimiento:" : "", labels ? "Calificación: No cumplido" : "");
  table_line(m, 184, "", "", "Marzo de 2007", "");
  return m;
}

}  // namespace

TEST_CASE("a table without column titles, its cells labelled, is read with its columns taken by place") {
  auto m = untitled(true);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Definir la población objetivo.");
  CHECK(res.r.rows[0].responsible == "Departamento");
  CHECK(res.r.rows[0].commitment.plain_text() == "Se elaborará un documento.");
  CHECK(res.r.rows[0].due_text == "Dic. 2006");
  CHECK(res.r.rows[0].compliance.plain_text() == "El documento fue aprobado.");
  CHECK(res.r.rows[0].status == compliance_status::fulfilled);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].due_text == "Marzo de 2007");
  CHECK(res.r.rows[1].status == compliance_status::not_fulfilled);
  CHECK(has_warning_with(res.diags, "columns are taken by place"));
}

TEST_CASE("numbered lines in columns without any cell label are no untitled table") {
  auto m = untitled(false);
  auto res = read_pages({m.done()});
  CHECK(res.refused);
}

TEST_CASE("a -layout text's untitled table is told from the raw text") {
  using informe::detail::layout::has_spaced_untitled_table;
  const std::string table =
      "1      Definir la población    Se elaborará un         El documento fue\n"
      "       Organismo Responsable:  Fecha de Vencimiento:   Calificación: Cumplido\n"
      "2      Establecer criterios.   Se incorporarán.        Las bases incluyen.\n";
  CHECK(has_spaced_untitled_table(table));
  CHECK(has_spaced_untitled_table("Programa:  Becas\n\n" + table));
  CHECK_FALSE(has_spaced_untitled_table(
      "1      Definir la población    Se elaborará un         El documento fue\n"
      "2      Establecer criterios.   Se incorporarán.        Las bases incluyen.\n"));  // no cell label
  CHECK_FALSE(has_spaced_untitled_table(
      "1      Definir la población    Fecha de Vencimiento: Dic. 2006\n"
      "2      Establecer criterios.   Se incorporarán.\n"));  // three runs: no three columns
}
