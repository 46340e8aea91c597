// Lists typed by hand, line by line (layout/typed_list.hpp): markers and lines that run on.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "layout/typed_list.hpp"

using namespace informe::detail::layout;

TEST_CASE("typed_marker_length: bullets, and dashes and asterisks followed by a space") {
  CHECK(typed_marker_length("• enseñanza básica") == std::string_view("• ").size());
  CHECK(typed_marker_length("•enseñanza") == std::string_view("•").size());  // a bullet needs no space
  CHECK(typed_marker_length("\n  \xE2\x80\x93 la medición") == std::string_view("\n  \xE2\x80\x93 ").size());
  CHECK(typed_marker_length("- uno") == 2);
  CHECK(typed_marker_length("*\xC2\xA0nota") == 3);  // a no-break space after the marker
  CHECK(typed_marker_length("\xEF\x82\xB7 Symbol") == 4);
  CHECK(typed_marker_length("\xE2\x97\x8F círculo") == 4);
  for (const char* no : {"-5% de las oficinas", "–2007", "Se hará", "o bien", "o las comunas", "- ", "-", "", "   ",
                         "\xE2\x80\x94 un inciso", "1. Uno", "a) uno"})
    CHECK_MESSAGE(typed_marker_length(no) == 0, no);
}

TEST_CASE("typed_marker_length_after_item: a sub-item's \"o \" where the item ended or the line is indented") {
  const std::string indented = "\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0o las comunas de Aysén;";
  CHECK(typed_marker_length_after_item(indented, "la cobertura, en particular:") == 4 * 2 + 2);
  CHECK(typed_marker_length_after_item(indented, "la cobertura de las") == 4 * 2 + 2);  // indented
  CHECK(typed_marker_length_after_item("o las comunas", "en particular:") == 2);
  CHECK(typed_marker_length_after_item("o las comunas", "la primera;") == 2);
  // an item that has not ended runs on: "o" is the Spanish "or" there
  CHECK(typed_marker_length_after_item("o bien se derogará.", "se revisará la norma") == 0);
  CHECK(typed_marker_length_after_item("o", "uno;") == 0);
  CHECK(typed_marker_length_after_item("otro punto", "uno;") == 0);
  // the other markers as anywhere
  CHECK(typed_marker_length_after_item("• dos", "uno") == std::string_view("• ").size());
}

TEST_CASE("runs_on_into_item: an item that has not ended, then a line in lower case") {
  CHECK(runs_on_into_item("enseñanza básica, desde el", "año escolar 2008;"));
  CHECK(runs_on_into_item("Oficio al Ministerio  \n", "\n de Salud."));
  CHECK_FALSE(runs_on_into_item("enseñanza básica;", "año escolar"));
  CHECK_FALSE(runs_on_into_item("enseñanza básica.", "año escolar"));
  CHECK_FALSE(runs_on_into_item("en particular:", "las comunas"));
  CHECK_FALSE(runs_on_into_item("Resolución Exenta", "Base de datos"));   // upper case: a new paragraph
  CHECK_FALSE(runs_on_into_item("primer punto", "b) segundo punto"));     // an enumerator
  CHECK_FALSE(runs_on_into_item("Acta de la sesión", "calificación: Cumplido"));  // a cell label
}
