// Letters a PDF's text layer gives in the wrong byte order (Ghostscript 10.00's ligatures), put right
// in a word and across a text.
#include <doctest/doctest.h>

#include <string>

#include "core/swapped_letters.hpp"

using informe::detail::repair_swapped_letters;
using informe::detail::unswapped_letters;

TEST_CASE("a word's letters in the wrong byte order are put right; other foreign characters are not") {
  CHECK(unswapped_letters("Cali\xE6\x98\x80\xE6\xA4\x80" "cación:") == "Calificación:");  // U+6600 U+6900
  CHECK(unswapped_letters("e\xE6\x98\x80\xE6\x98\x80" "ect") == "effect");
  CHECK_FALSE(unswapped_letters("Calificación:"));                        // nothing to put right
  CHECK_FALSE(unswapped_letters("\xE6\x98\x80\xE6\xA4\x80"));             // ideographs alone: not mixed
  CHECK_FALSE(unswapped_letters("of\xEE\x80\x81" "cio"));                 // a private-use code point
  CHECK_FALSE(unswapped_letters("De\xE6\x98\x80\xE4\xB8\x81" "nir"));     // U+4E01 is no letter: left whole
}

TEST_CASE("a text's words are put right in place, the rest of it unchanged") {
  const std::string text = "Calificaci\xC3\xB3n: Cumplido\n  Medios de Veri\xE6\x98\x80\xE6\xA4\x80" "caci\xC3\xB3n:\f"
                           "Cali\xE6\x98\x80\xE6\xA4\x80" "caci\xC3\xB3n:   bene\xE6\x98\x80\xE6\xA4\x80" "ciarios\n";
  const auto r = repair_swapped_letters(text);
  REQUIRE(r);
  CHECK(r->text == "Calificaci\xC3\xB3n: Cumplido\n  Medios de Verificaci\xC3\xB3n:\fCalificaci\xC3\xB3n:   "
                   "beneficiarios\n");
  CHECK(r->words == 3);
  CHECK(r->first_offset == text.find("Veri"));
  CHECK(r->first_read == "Veri\xE6\x98\x80\xE6\xA4\x80" "caci\xC3\xB3n:");
  CHECK(r->first == "Verificaci\xC3\xB3n:");

  CHECK_FALSE(repair_swapped_letters("Peñalolén, “Mi primer día” — 2011–2014\n"));
  CHECK_FALSE(repair_swapped_letters("\xE6\x98\x80\xE6\xA4\x80 de\xE4\xB8\x81"));
}
