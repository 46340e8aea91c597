// A ficha's labels: the commitment's number, the three columns' titles and the cells' labels, in the
// one vocabulary (built-in and historic wordings), any case or accents, a final colon allowed.
#include <doctest/doctest.h>

#include "grammar/ficha_labels.hpp"

using namespace informe::detail;

TEST_CASE("the number's label opens a ficha") {
  CHECK(names_a_commitment("N°"));
  CHECK(names_a_commitment("N°:"));
  CHECK(names_a_commitment("Nº"));  // the masculine ordinal, as word processors type it
  CHECK(names_a_commitment("n°"));
  CHECK(names_a_commitment("Número"));
  CHECK_FALSE(names_a_commitment(""));
  CHECK_FALSE(names_a_commitment("N° 1"));
  CHECK_FALSE(names_a_commitment("Nota"));
  CHECK_FALSE(names_a_commitment("Recomendación"));
}

TEST_CASE("a ficha's labels name the number, a column or a cell's field") {
  auto number = match_ficha_label("N°");
  REQUIRE(number);
  CHECK(number->number);
  auto rec = match_ficha_label("Recomendación");
  REQUIRE(rec);
  CHECK(rec->column == 0);
  CHECK_FALSE(rec->number);
  CHECK(match_ficha_label("COMPROMISO:")->column == 1);
  CHECK(match_ficha_label("Cumplimiento")->column == 2);
  CHECK(match_ficha_label("Organismo Responsable")->which == field::responsible);
  CHECK(match_ficha_label("Fecha de Vencimiento:")->which == field::due);
  CHECK(match_ficha_label("Observación")->which == field::compliance_observation);
  CHECK(match_ficha_label("Calificacion")->which == field::status);
  CHECK(match_ficha_label("Medios de Verificación")->which == field::verification);
  CHECK(match_ficha_label("Medio de Verificación")->which == field::verification);  // a historic wording
  CHECK_FALSE(match_ficha_label("Ministerio"));  // a header's label, no ficha's
  CHECK_FALSE(match_ficha_label("Elaborar una matriz"));
  CHECK_FALSE(match_ficha_label(""));
  CHECK_FALSE(match_ficha_label(std::string(200, 'a')));
}

TEST_CASE("a ficha's label wrapped in a narrow label column starts as a label") {
  CHECK(is_ficha_label_start("Organismo"));
  CHECK(is_ficha_label_start("Fecha de"));
  CHECK(is_ficha_label_start("Medios de"));
  CHECK_FALSE(is_ficha_label_start("Medios de Verificación"));  // whole: a label, not its start
  CHECK_FALSE(is_ficha_label_start("Elaborar"));
  CHECK_FALSE(is_ficha_label_start("Fecha de:"));
}

TEST_CASE("a number column's title: the vocabulary's number terms and their abbreviations") {
  for (const char* t : {"N°", "Nº", "N° :", "Número", "No.", "Nro.", "Núm.", "N.º", "N °", "#", "°", "N", "**N°**", "numero"})
    CHECK_MESSAGE(names_number_column(t), t);
  for (const char* t : {"", "*", "-", "Nombre", "N° 1", "Recomendación", "Nota", "1"})
    CHECK_MESSAGE(!names_number_column(t), t);
}
