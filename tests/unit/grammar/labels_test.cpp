#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"

using namespace informe;
using namespace informe::detail;

TEST_CASE("labels match regardless of case, accents, colon and spaces") {
  CHECK(match_label("Calificación:", label_context::cell) == field::status);
  CHECK(match_label("CALIFICACIÓN", label_context::cell) == field::status);
  CHECK(match_label("Calificacion :", label_context::cell) == field::status);
  CHECK(match_label("Calificación:", label_context::header) == field::program_status);
  CHECK(match_label("Medios de Verificación:", label_context::cell) == field::verification);
  CHECK(match_label("Programa / Institución:", label_context::header) == field::program);
  CHECK(match_label("Año", label_context::header) == field::evaluation_year);
  CHECK(match_label("Fecha del Informe", label_context::header) == field::issued_at);
  CHECK(match_label("Ministerio", label_context::cell) == field::none);
  CHECK(match_label("Compromiso", label_context::cell) == field::none);
}

TEST_CASE("a column of its own for a cell field, by its title") {
  // a cell label titles such a column as printed
  CHECK(match_column_title("FECHA DE VENCIMIENTO").which == field::due);
  CHECK(match_column_title("Calificación").which == field::status);
  CHECK(match_column_title("Observaciones").which == field::compliance_observation);
  CHECK(match_column_title("Organismo Responsable").which == field::responsible);
  // titles only a column carries: its cells are the field's values
  CHECK(match_column_title("Plazo").which == field::due);
  CHECK(match_column_title("VENCIMIENTO:").which == field::due);
  CHECK(match_column_title("Fecha compromiso").which == field::due);
  CHECK(match_column_title("Responsable").which == field::responsible);
  CHECK(match_column_title("Estado").which == field::status);
  CHECK(match_column_title("Compromiso").which == field::none);
  CHECK(match_column_title("Ministerio").which == field::none);
  CHECK(match_column_title("Notas internas").which == field::none);
  // ... and never a label inside a cell's text, where such a word is prose
  CHECK(match_label("Plazo", label_context::cell) == field::none);
  CHECK(match_label("Estado", label_context::cell) == field::none);
  CHECK(find_labels("Se fijó un nuevo plazo: marzo. El estado: bueno. La unidad responsable: X",
                    label_context::cell).empty());
}

TEST_CASE("labels inside running text, in order, with their offsets") {
  std::string text = "cumplido Calificación: Cumplido Medios de Verificación: Acta 17:06";
  auto found = find_labels(text, label_context::cell);
  REQUIRE(found.size() == 2);
  CHECK(found[0].which == field::status);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "Calificación:");
  CHECK(found[1].which == field::verification);
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "Medios de Verificación:");
  CHECK(find_labels("Específicamente: nada; como son: crisis", label_context::cell).empty());
  CHECK(find_labels("(Organismo Responsable: X)", label_context::cell).size() == 1);
}

TEST_CASE("a leading label of a header line") {
  auto m = leading_label("  Fecha Egreso: 30-06-2003", label_context::header);
  REQUIRE(m);
  CHECK(m->which == field::exit_date);
  CHECK(m->end == 15);
  CHECK_FALSE(leading_label("El seguimiento: nada", label_context::header));
}

TEST_CASE("column-header rows") {
  std::vector<std::string_view> header{"Recomendación", "Compromiso", "Cumplimiento"};
  CHECK(is_column_header(header));
  std::vector<std::string_view> bold{"**RECOMENDACION**", "**Compromisos**", ""};
  CHECK(is_column_header(bold));
  std::vector<std::string_view> row{"1. Recomendación", "Compromiso", "Cumplimiento"};
  CHECK_FALSE(is_column_header(row));
  std::vector<std::string_view> one{"Recomendación", "", ""};
  CHECK_FALSE(is_column_header(one));
  // A title with a note in parentheses, below it or after it.
  std::vector<std::string_view> noted{"Recomendación", "Compromiso\n(Fecha de vencimiento)", "Cumplimiento"};
  CHECK(is_column_header(noted));
  std::vector<std::string_view> capitals{"RECOMENDACIÓN", "COMPROMISO (FECHA DE VENCIMIENTO)", "CUMPLIMIENTO"};
  CHECK(is_column_header(capitals));
  std::vector<std::string_view> sentence{"Recomendación", "Se revisará el compromiso (2009)", "Cumplimiento"};
  CHECK_FALSE(is_column_header(sentence));
}

TEST_CASE("row numbers") {
  std::size_t length = 0;
  CHECK(leading_row_number("4. Replantear", &length) == std::string_view("4"));
  CHECK(length == 3);
  CHECK(leading_row_number("  12.  X") == std::string_view("12"));
  CHECK(leading_row_number("12.") == std::string_view("12"));
  CHECK_FALSE(leading_row_number("4.5 %"));
  CHECK_FALSE(leading_row_number("2003 fue"));
  CHECK(leading_row_number("123456. X") == std::string_view("123456"));
  CHECK(leading_row_number("1234567. X") == std::string_view("1234567"));  // once merged in silence
  CHECK(leading_row_number("123456789012345678. X") == std::string_view("123456789012345678"));
  CHECK_FALSE(leading_row_number("1234567890123456789. X"));
  CHECK_FALSE(leading_row_number("responsabilizarse"));
}

TEST_CASE("sentence ends and list markers") {
  CHECK(ends_sentence("los proyectos CORFO."));
  CHECK(ends_sentence("Específicamente:"));
  CHECK(ends_sentence("(etc.) "));
  CHECK(ends_sentence("\"fin.\""));
  CHECK_FALSE(ends_sentence("este Servicio debiera"));
  CHECK_FALSE(ends_sentence("Sistema (SIG)"));
  CHECK_FALSE(ends_sentence(""));
  CHECK(strip_list_marker("- Una política") == "Una política");
  CHECK(strip_list_marker("• Una") == "Una");
  CHECK(strip_list_marker("Sin marca") == "Sin marca");
  CHECK(strip_list_marker("-5 grados") == "-5 grados");
}
