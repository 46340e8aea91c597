#include <doctest/doctest.h>

#include "core/spanish.hpp"
#include "core/unicode.hpp"

using namespace informe::detail;

TEST_CASE("fold removes case and accents") {
  CHECK(fold("CALIFICACIÓN") == "calificacion");
  CHECK(fold("Calificacion") == "calificacion");
  CHECK(fold("  Medios de   Verificación: ") == "medios de verificacion:");
  CHECK(fold("Año") == "ano");
}

TEST_CASE("nfc composes decomposed accents") {
  CHECK(nfc("Verificaci\x6F\xCC\x81n") == "Verificación");
  CHECK(nfc("ya compuesto á") == "ya compuesto á");
}

TEST_CASE("collapse_whitespace folds Unicode spaces") {
  CHECK(collapse_whitespace("  a \t\n b\xC2\xA0\xC2\xA0" "c  ") == "a b c");
  CHECK(collapse_whitespace("") == "");
  CHECK(clean_text(" e\xCC\x81 ") == "é");
}

TEST_CASE("utf8 validation and charset conversion") {
  CHECK(is_valid_utf8("Año"));
  CHECK_FALSE(is_valid_utf8("A\xF1o"));
  CHECK(to_utf8("A\xF1o", "windows-1252") == "Año");
  CHECK_THROWS(to_utf8("x", "no-such-charset"));
}

TEST_CASE("Spanish month names come from ICU") {
  CHECK(spanish_month("Dic.") == 12);
  CHECK(spanish_month("dic") == 12);
  CHECK(spanish_month("Junio") == 6);
  CHECK(spanish_month("Sep.") == 9);
  CHECK(spanish_month("Septiembre") == 9);
  CHECK(spanish_month("DICIEMBRE") == 12);
  CHECK(spanish_month("ene") == 1);
  CHECK_FALSE(spanish_month("Xyz"));
  CHECK_FALSE(spanish_month("ju"));
}

TEST_CASE("Spanish date wording") {
  CHECK(spanish_long_date({2009, 6, 30}) == "30 de junio de 2009");
  CHECK(spanish_long_date({2000, 12, 0}) == "diciembre de 2000");
  CHECK(spanish_long_date({2000, 0, 0}) == "2000");
  CHECK(spanish_short_date({2000, 12, 0}).find("dic") == 0);
  CHECK(spanish_long_date_time({{2009, 10, 7}, 17, 6, 25}).find("7 de octubre de 2009") == 0);
}
