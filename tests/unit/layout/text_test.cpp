// The small text tests the layout phases share (layout/text.hpp).
#include <doctest/doctest.h>

#include <string>

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

TEST_CASE("quote_balance counts curly quotation marks opened minus closed, wherever they stand") {
  CHECK(quote_balance("") == 0);
  CHECK(quote_balance("sin comillas") == 0);
  CHECK(quote_balance("el libro “Escuelas que") == 1);
  CHECK(quote_balance("aprenden” y «otro»") == -1);
  CHECK(quote_balance("«") == 1);
  CHECK(quote_balance("”") == -1);
  CHECK(quote_balance("“") == 1);
  CHECK(quote_balance("\xE2\x80") == 0);  // cut short: no mark
  CHECK(quote_balance("árbol – “x") == 1);  // other E2 80 and C3 characters count for nothing
  // A mark at every offset of a long text, eight bytes scanned at a time elsewhere.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string s(40, 'a');
    s.insert(at, "“");
    CHECK(quote_balance(s) == 1);
    s.insert(at, "»");
    CHECK(quote_balance(s) == 0);
    CHECK(quote_balance(s.substr(0, s.size() - 1)) == 0);
  }
  // A mark cut at the end of the text counts for nothing.
  CHECK(quote_balance(std::string(15, 'a') + "\xE2\x80") == 0);
  CHECK(quote_balance(std::string(15, 'a') + "\xC2") == 0);
}

TEST_CASE("digits_blurred puts one '#' for each run of digits") {
  CHECK(digits_blurred("") == "");
  CHECK(digits_blurred("Página 3 de 12") == "Página # de #");
  CHECK(digits_blurred("2009") == "#");
  CHECK(digits_blurred("30/11/26, 6:50") == "#/#/#, #:#");
  CHECK(digits_blurred("sin cifras") == "sin cifras");
  CHECK(digits_blurred("a1b22c333") == "a#b#c#");
}

TEST_CASE("joins_without_space: words broken at a hyphen, dashes, and punctuation wrapped alone") {
  CHECK(joins_without_space("económico-", "social"));
  CHECK(joins_without_space("31-03-", "2009"));
  CHECK(joins_without_space("CONADI\xE2\x80\x93", "INDAP"));
  CHECK(joins_without_space("del año", "\xE2\x80\x94 quedó"));
  // A dash at a line's start where no aside is open opens one, after a space; one that closes an
  // aside opened by a dash set against its text sticks to its word; one opened by a spaced dash, not.
  const aside_dashes none{0, false};
  CHECK_FALSE(joins_without_space("de las bibliotecas", "\xE2\x80\x94 horas de uso", none));
  CHECK(joins_without_space("del año", "\xE2\x80\x94 quedó", add_dashes(none, "La pauta \xE2\x80\x94según el")));
  CHECK_FALSE(joins_without_space("usuarios nuevos", "\xE2\x80\x94 y no",
                                  add_dashes(none, "bibliotecas \xE2\x80\x94 horas de uso,")));
  CHECK(add_dashes(none, "programa \xE2\x80\x94 el acceso \xE2\x80\x94 y").count == 2);
  CHECK(add_dashes(none, "2011\xE2\x80\x93" "2014").count == 0);
  // A mark a narrow column wrapped onto a line of its own closes the word before it.
  CHECK(joins_without_space("trabajadores independientes", ";"));
  CHECK(joins_without_space("en 2011", ". El informe"));
  CHECK(joins_without_space("(IPS", ")"));
  CHECK(joins_without_space("los programas", ", y los"));
  // Not a mark set against a word, nor one after a mark or a space.
  CHECK(!joins_without_space("los programas", "y los"));
  CHECK(!joins_without_space("Observación:", ".NET"));
  CHECK(!joins_without_space("uno;", ";"));
  CHECK(!joins_without_space("texto –", "otro"));
}
