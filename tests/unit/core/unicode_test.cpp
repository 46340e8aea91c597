#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <string>

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

TEST_CASE("collapse_whitespace agrees with ICU's White_Space on every ASCII character") {
  // The ASCII fast path classifies by comparison; the general form asks u_isUWhiteSpace.
  auto icu_space = [](char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF; };
  for (int c = 1; c < 0x80; ++c) {
    std::string s = std::string("a") + static_cast<char>(c) + "b";
    CAPTURE(c);
    CHECK(collapse_whitespace(s) == collapse_whitespace(s, icu_space));
  }
  for (char32_t c = 0x80; c < 0x800; ++c) {  // the two-byte fast path
    std::string s = "a";
    append_utf8(s, c);
    s += "b";
    CAPTURE(static_cast<std::uint32_t>(c));
    CHECK(collapse_whitespace(s) == collapse_whitespace(s, icu_space));
  }
  for (const char* bad : {"a\xC2", "a\xC2 b", "\xC3\xA1\xC3", "\xC0\x80x", "\xDF\xC2\xA0"}) {
    CHECK(collapse_whitespace(bad) == collapse_whitespace(bad, icu_space));
  }
  const std::string mixed = " \xE2\x80\x83x\xC2\xA0y\xE2\x80\x8B z\xEF\xBB\xBF \xFF\tw\xE3\x80\x80";
  CHECK(collapse_whitespace(mixed) == collapse_whitespace(mixed, icu_space));
  CHECK(collapse_whitespace(mixed) == "x y z \xEF\xBF\xBD w");
}

TEST_CASE("nfc leaves characters below U+0300 alone and still composes marks") {
  for (char32_t c = 1; c < 0x300; ++c) {
    std::string s;
    append_utf8(s, c);
    CAPTURE(static_cast<std::uint32_t>(c));
    CHECK(nfc(s) == s);
  }
  CHECK(nfc("a\xCC\x81") == "á");      // U+0301 after a: composed
  CHECK(nfc("\xC3\xA1") == "á");       // already composed
  CHECK(nfc("A\xF1o") == "A\xEF\xBF\xBDo");  // ill-formed: U+FFFD, as ICU does
}
