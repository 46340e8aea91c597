// The shared spreadsheet layout: rich text in one cell and back, the formula guard, titles and labels.
#include "shared/spreadsheet/cell_text.hpp"

#include <doctest/doctest.h>

#include "shared/spreadsheet/layout.hpp"

using namespace informe;
using namespace informe::detail::sheets;

TEST_CASE("rich text becomes lines and comes back, lists and all") {
  rich_text t;
  t.add_paragraph("Se recomienda:");
  t.add_list({"Una política nacional.", "Una estrategia regional."});
  t.add_list({"Otra lista."});
  t.add_paragraph("Cierre.");
  std::string cell = encode_rich(t);
  CHECK(cell == "Se recomienda:\n• Una política nacional.\n• Una estrategia regional.\n\n• Otra lista.\nCierre.");
  CHECK(decode_rich(cell) == t);
  // As analysts type them: "- " items, CRLF, blank lines and spaces.
  rich_text typed = decode_rich("  Uno  \r\n- a\r\n-  b\r\n\r\n\r\nDos");
  REQUIRE(typed.blocks.size() == 3);
  CHECK(typed.blocks[1].items == std::vector<std::string>{"a", "b"});
  CHECK(typed.blocks[2].text == "Dos");
  CHECK(decode_rich("").empty());
  CHECK(starts_like_item("- sigue"));
  CHECK_FALSE(starts_like_item("-5 por ciento"));
}

TEST_CASE("the CSV formula guard is undone exactly") {
  for (std::string s :
       {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "'=x", "''", "'a", "'", "a=b", "", "''=x"}) {
    CAPTURE(s);
    std::string guarded = guard_formula(s);
    CHECK_FALSE(looks_like_formula(guarded));
    CHECK(unguard_formula(guarded) == s);
  }
  CHECK(guard_formula("=1+1") == "'=1+1");
  CHECK(guard_formula("texto") == "texto");
}

TEST_CASE("dates are written in their own precision") {
  CHECK(date_text({2000, 12, 31}) == "31-12-2000");
  CHECK(date_text({2000, 12, 0}) == "12-2000");
  CHECK(date_text({2000, 0, 0}) == "2000");
  CHECK(date_time_text({{2009, 10, 7}, 17, 6, 25}) == "07-10-2009 17:06:25");
}

TEST_CASE("titles and labels are recognised without case, accents, colons or plurals") {
  const vocabulary& v = default_vocabulary();
  CHECK(v.match_column("N°") == column::number);
  CHECK(v.match_column("Nº") == column::number);
  CHECK(v.match_column("NUMERO") == column::number);
  CHECK(v.match_column("recomendaciones:") == column::recommendation);
  CHECK(v.match_column("COMPROMISOS") == column::commitment);
  CHECK(v.match_column("Fecha de vencimiento (TEXTO)") == column::due_text);
  CHECK(v.match_column("fecha vencimiento") == column::due);
  CHECK(v.match_column("Calificacion") == column::status);
  CHECK(v.match_column("status_text") == column::status_text);
  CHECK(v.match_column("Medio de Verificación") == column::verification);
  CHECK(v.match_column("Observaciones") == column::compliance_observation);
  CHECK_FALSE(v.match_column("Notas internas").has_value());
  CHECK_FALSE(v.match_column("").has_value());
  CHECK(v.match_header("Programa / Institución:") == header_field::program);
  CHECK(v.match_header("AÑO") == header_field::evaluation_year);
  CHECK(v.match_header("Calificación") == header_field::program_status);
  CHECK(v.match_header("INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL") == header_field::cutoff_date);
  CHECK(v.match_header("cutoff_date") == header_field::cutoff_date);
  CHECK_FALSE(v.match_header("Responsable del programa").has_value());
  CHECK(v.title(column::due_text) == "Fecha de Vencimiento (texto)");
  CHECK(v.status_word(compliance_status::partially_fulfilled) == "Parcialmente cumplido");
}
