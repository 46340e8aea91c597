#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <string>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

#include "core/byte_scan.hpp"
#include "core/spanish.hpp"
#include "core/unicode.hpp"

using namespace informe::detail;

TEST_CASE("fold removes case and accents") {
  CHECK(fold("CALIFICACIÓN") == "calificacion");
  CHECK(fold("Calificacion") == "calificacion");
  CHECK(fold("  Medios de   Verificación: ") == "medios de verificacion:");
  CHECK(fold("Año") == "ano");
}

namespace {

// fold() as ICU computes it (decompose, drop non-spacing marks, fold case, collapse white space):
// the reference for fold's ICU-free path on ASCII and Latin-1 letters.
std::string icu_fold(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  stripped.foldCase();
  std::string out;
  stripped.toUTF8String(out);
  return collapse_whitespace(out);
}

}  // namespace

TEST_CASE("fold without ICU gives ICU's result on every ASCII and Latin-1 character, common punctuation and private use") {
  for (int c = 1; c < 0x100; ++c) {
    std::string one;
    append_utf8(one, static_cast<char32_t>(c));
    for (const std::string& s : {one, "Ab " + one + " \tCd", one + one}) {
      CAPTURE(c);
      CHECK(fold(s) == icu_fold(s));
    }
  }
  for (char32_t c : {U'\u2013', U'\u2014', U'\u2018', U'\u2019', U'\u201C', U'\u201D', U'\u2022', U'\u2026',
                     U'\u2000', U'\u2002', U'\u2012', U'\u2015', U'\u201A', U'\u201E', U'\u2020', U'\u2028'}) {
    std::string one;
    append_utf8(one, c);
    for (const std::string& s : {one, "Ab " + one + " \tCd", "N" + one + "x"}) {
      CAPTURE(static_cast<int>(c));
      CHECK(fold(s) == icu_fold(s));
    }
  }
  // The private-use area (a Symbol font's bullet, U+F0B7) and its neighbours.
  for (char32_t c = 0xDFFE; c <= 0xF901; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates are no characters
    std::string one;
    append_utf8(one, c);
    for (const std::string& s : {one, "Ab " + one + " \tCd", "N" + one + "x"}) {
      CAPTURE(static_cast<int>(c));
      CHECK(fold(s) == icu_fold(s));
    }
  }
  CHECK(fold("\xEF\x82") == icu_fold("\xEF\x82"));  // cut short
  CHECK(fold("\xC3") == icu_fold("\xC3"));  // a lone lead byte
  CHECK(fold("\xC2") == icu_fold("\xC2"));
  CHECK(fold("a\xE2\x80") == icu_fold("a\xE2\x80"));  // cut short
  CHECK(fold(" \x1C x\x0B ") == icu_fold(" \x1C x\x0B "));
}

TEST_CASE("collapse_whitespace takes Unicode's White_Space in ASCII") {
  for (int c = 1; c < 0x80; ++c) {
    CAPTURE(c);
    const bool space = c == ' ' || (c >= 0x09 && c <= 0x0D);
    const std::string s = std::string("a") + static_cast<char>(c) + "b";
    CHECK(collapse_whitespace(s) == (space ? "a b" : s));
    CHECK(static_cast<bool>(u_isUWhiteSpace(c)) == space);
  }
  CHECK(collapse_whitespace("  plain ASCII  run\xC2\xA0" "end ") == "plain ASCII run end");
}

TEST_CASE("first_invalid_utf8 across the eight-byte ASCII steps") {
  std::string s(40, 'a');
  CHECK(first_invalid_utf8(s) == std::string::npos);
  for (std::size_t at : {0u, 7u, 8u, 15u, 16u, 39u}) {
    std::string bad = s;
    bad[at] = '\xFF';
    CHECK(first_invalid_utf8(bad) == at);
    bad[at] = '\xC3';  // a lead byte cut short by the ASCII after it (or the end)
    CHECK(first_invalid_utf8(bad) == at);
  }
  CHECK(first_invalid_utf8(s + "\xC3\xB1" + s) == std::string::npos);
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

TEST_CASE("Spanish month names are ICU's") {
  // The fixed words of spanish_month are every month name of ICU's Spanish data (es_CL): format and
  // stand-alone, wide and abbreviated, as written and folded to capitals, with or without the period.
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale("es", "CL"), status);
  REQUIRE(U_SUCCESS(status));
  using ctx = icu::DateFormatSymbols;
  int names = 0;
  for (auto context : {ctx::FORMAT, ctx::STANDALONE}) {
    for (auto width : {ctx::WIDE, ctx::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* list = symbols.getMonths(count, context, width);
      REQUIRE(count == 12);
      for (int32_t i = 0; i < count; ++i) {
        std::string name;
        list[i].toUTF8String(name);
        CAPTURE(name);
        CHECK(spanish_month(name) == i + 1);
        icu::UnicodeString upper(list[i]);
        std::string capitals;
        upper.toUpper(icu::Locale("es")).toUTF8String(capitals);
        CHECK(spanish_month(capitals) == i + 1);
        ++names;
      }
    }
  }
  CHECK(names == 48);
  CHECK(spanish_month("sept.") == 9);
  CHECK_FALSE(spanish_month("setiembre"));  // not in ICU's data (documented)
}

TEST_CASE("Spanish month names") {
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

TEST_CASE("utf8_length counts code points, each ill-formed sequence as one, eight ASCII bytes at a time") {
  // The definition: next_code_point, one sequence at a time.
  auto naive = [](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return n;
  };
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("Recomendación") == 13);
  CHECK(utf8_length("abcdefghñ€\xF0\x9F\x98\x80") == 11);
  CHECK(utf8_length("abcdefgh\xC3") == 9);       // a lead byte cut off at the end
  CHECK(utf8_length("\xE2\x82" "abcdefgh") == 9);  // a sequence cut short: one
  const std::string pieces[] = {"abcdefgh", "ñ", "€", "\xF0\x9F\x98\x80", "\x80", "\xC3", "\xE2\x82", "\xFF", " ", "xyz"};
  unsigned seed = 3;
  for (int round = 0; round < 200; ++round) {
    std::string s;
    for (int k = 0; k < 40; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % std::size(pieces)];
    }
    for (std::size_t cut = 0; cut < s.size(); cut += 7) {
      const std::string_view v = std::string_view(s).substr(cut);
      CAPTURE(round);
      CAPTURE(cut);
      REQUIRE(utf8_length(v) == naive(v));
    }
  }
}

TEST_CASE("fold lowers ASCII eight bytes at a time as it does one at a time") {
  // Printable ASCII, blanks and tabs: fold is the lower-case text with its white space collapsed.
  // Spaces rare, then as dense as in prose and denser (runs of them inside eight bytes).
  unsigned seed = 17;
  for (int round = 0; round < 900; ++round) {
    const unsigned spaces = round < 300 ? 8 : round < 600 ? 18 : 40;
    std::string s, want;
    bool space = false;
    for (int k = 0; k < 60; ++k) {
      seed = seed * 1103515245u + 12345u;
      const unsigned r = (seed >> 16) % 100;
      const char c = r < spaces ? ' ' : r < spaces + 2 ? '\t' : static_cast<char>(0x21 + (seed >> 8) % 94);
      s += c;
      if (c == ' ' || c == '\t') {
        space = !want.empty();
      } else {
        if (space) want += ' ';
        space = false;
        want += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
    }
    CAPTURE(s);
    REQUIRE(fold(s) == want);
  }
  CHECK(fold("RECOMENDACIÓN  Compromiso\tCUMPLIMIENTO: [AZ@Z`]") == "recomendacion compromiso cumplimiento: [az@z`]");
}

TEST_CASE("first_invalid_utf8 finds the first ill-formed sequence, eight ASCII bytes at a time") {
  auto naive = [](std::string_view s) -> std::size_t {
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t start = i;
      if (next_code_point(s, i) < 0) return start;
    }
    return std::string_view::npos;
  };
  const std::string pieces[] = {"abcdefgh", "ñ", "é", "€", "\xF0\x9F\x98\x80", "xyz", " ", "\xC2\xA0",
                                "\x80", "\xC3", "\xC1\x81", "\xE2\x82", "\xED\xA0\x80", "\xFF"};
  unsigned seed = 23;
  for (int round = 0; round < 500; ++round) {
    std::string s;
    const int length = 1 + round % 30;
    for (int k = 0; k < length; ++k) {
      seed = seed * 1103515245u + 12345u;
      // Mostly well-formed pieces, an ill-formed one now and then.
      const unsigned r = (seed >> 16) % 100;
      s += pieces[r < 90 ? r % 8 : 8 + r % 6];
    }
    CAPTURE(round);
    REQUIRE(first_invalid_utf8(s) == naive(s));
    REQUIRE(is_valid_utf8(s) == (naive(s) == std::string_view::npos));
  }
}

TEST_CASE("byte_scan::any_adjacent_spaces finds two spaces side by side among eight ASCII bytes") {
  using informe::detail::byte_scan::any_adjacent_spaces;
  using informe::detail::byte_scan::load;
  CHECK_FALSE(any_adjacent_spaces(load("abcdefgh", 0)));
  CHECK_FALSE(any_adjacent_spaces(load(" b d f h", 0)));
  CHECK_FALSE(any_adjacent_spaces(load("a c e g ", 0)));
  CHECK(any_adjacent_spaces(load("  cdefgh", 0)));
  CHECK(any_adjacent_spaces(load("abc  fgh", 0)));
  CHECK(any_adjacent_spaces(load("abcdef  ", 0)));
  CHECK(any_adjacent_spaces(load("        ", 0)));
  CHECK_FALSE(any_adjacent_spaces(load("a!b\"c#d$", 0)));  // bytes next to 0x20 are not spaces
}

TEST_CASE("byte_scan::first_flagged of below, equal and visible_prefix is the first such byte, whatever follows") {
  namespace scan = informe::detail::byte_scan;
  // Every byte value at every position, after visible bytes and before bytes that could borrow.
  for (unsigned v = 0; v < 256; ++v) {
    for (std::size_t at = 0; at < 8; ++at) {
      for (char after : {'\0', ' ', 'z', '\x7F', '\xC3'}) {
        std::string s(8, after);
        for (std::size_t k = 0; k < at; ++k) s[k] = 'a';
        s[at] = static_cast<char>(v);
        const std::uint64_t w = scan::load(s, 0);
        auto first = [&](auto test) {
          for (unsigned k = 0; k < 8; ++k)
            if (test(static_cast<unsigned char>(s[k]))) return k;
          return 8u;
        };
        INFO("byte " << v << " at " << at << " before " << int(after));
        CHECK(scan::first_flagged(scan::below(w, 0x20)) == first([](unsigned char c) { return c < 0x20; }));
        CHECK(scan::first_flagged(scan::equal(w, '<')) == first([](unsigned char c) { return c == '<'; }));
        CHECK(scan::visible_prefix(w) == first([](unsigned char c) { return c < 0x21 || c > 0x7E; }));
        CHECK(scan::ascii_prefix(w) == first([](unsigned char c) { return c >= 0x80; }));
      }
    }
  }
}
