// The small text tests the layout phases share.
#include <doctest/doctest.h>

#include "layout/text.hpp"

using namespace informe::detail::layout;

TEST_CASE("starts_enumerator: a typed list's enumerators, not words, years or initials") {
  for (const char* yes : {"a) el valor", "b. la percepción", "2) la reducción", "12. Otro", "iii. Informe", "iv) cuarto",
                          "x) décimo"})
    CHECK_MESSAGE(starts_enumerator(yes), yes);
  for (const char* no : {"al valor", "2009. El año", "A. Pérez", "iii.Informe", "abc) no", "a)", "123) no", "(a) no", ""})
    CHECK_MESSAGE(!starts_enumerator(no), no);
}

TEST_CASE("starts_lower and starts_upper tell how a line begins") {
  CHECK(starts_lower("año."));
  CHECK(starts_lower("ñandú"));
  CHECK_FALSE(starts_lower("Año"));
  CHECK_FALSE(starts_lower("2006"));
  CHECK(starts_upper("Ñuble"));
  CHECK(starts_upper("“Comillas"));
  CHECK_FALSE(starts_upper("de la"));
}
