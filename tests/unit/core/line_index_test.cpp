#include <doctest/doctest.h>

#include <string>

#include "core/line_index.hpp"

using informe::detail::line_index;

namespace {

// The definition: lines end at \n, \r\n or a lone \r; columns count UTF-8 lead bytes; a BOM takes none.
informe::source_position naive(std::string_view s, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && !(i < 3 && s.substr(0, 3) == "\xEF\xBB\xBF")) {
      ++column;
    }
  }
  return {line, column, 0};
}

}  // namespace

TEST_CASE("line_index agrees with counting from the start, at every offset") {
  std::string text = "\xEF\xBB\xBF{\"a\":\r\n\"\xC3\xB1";
  text += std::string(700, 'x') + "\r" + std::string(300, 'y') + "\xE2\x82\xAC\n" + std::string(1000, 'z');
  for (std::string s : {text, text.substr(3), std::string("a\nbc"), std::string()}) {
    line_index lines(s);
    const bool bom = s.substr(0, 3) == "\xEF\xBB\xBF";
    for (std::size_t i = 0; i <= s.size() + 1; ++i) {
      if (bom && (i == 1 || i == 2)) continue;  // inside the BOM: no position of a character
      auto want = naive(s, i);
      auto got = lines.at(i);
      INFO("offset " << i);
      REQUIRE(got.line == want.line);
      REQUIRE(got.column == want.column);
    }
  }
}

TEST_CASE("line_index lookups on one long line do not count from the line start") {
  // 20 MB on one line, a lookup every 100 bytes, in order: the columns are right. (Quadratic
  // counting took minutes here; speed itself is measured by tests/bench, not by a timed test.)
  std::string s(20'000'000, 'a');
  line_index lines(s);
  long long sum = 0;
  for (std::size_t i = 0; i < s.size(); i += 100) sum += lines.at(i).column;
  CHECK(lines.at(s.size() - 1).column == 20'000'000);
  // Columns 1, 101, 201, ...: the sum of the arithmetic series.
  const long long n = 200'000;
  CHECK(sum == n + 100 * n * (n - 1) / 2);
}

TEST_CASE("line_index agrees with the definition across runs of ASCII taken eight bytes at a time") {
  // Long ASCII runs (taken in blocks), line ends, tabs, accents and a BOM, at every offset.
  const std::string pieces[] = {"abcdefghijklmnopqrstuvwxyz0123456789", "\n", "\r\n", "\r", "\t", "ñ", "é ", "  "};
  std::string text = "\xEF\xBB\xBF";
  unsigned seed = 7;
  while (text.size() < 3000) {
    seed = seed * 1103515245u + 12345u;
    text += pieces[(seed >> 16) % std::size(pieces)];
  }
  const line_index lines(text);
  for (std::size_t i = 3; i <= text.size(); ++i) {  // from the first byte after the BOM
    const informe::source_position got = lines.at(i), want = naive(text, i);
    CAPTURE(i);
    REQUIRE(got.line == want.line);
    REQUIRE(got.column == want.column);
  }
}

TEST_CASE("line_index counts columns eight bytes at a time through accents, symbols and stray bytes") {
  // Blocks of eight with two-, three- and four-byte characters, lone continuation bytes and invalid
  // lead bytes (each a column but a continuation byte), line ends between them, several checkpoints.
  const std::string pieces[] = {"abcdefgh", "ñandú ", "€uro", "\xF0\x9F\x98\x80", "\x80", "\xBF\xBF", "\xC3",
                                "\xFF", "\n", "\r\n", "\r", "Recomendación: ", "\t"};
  for (unsigned seed : {1u, 5u, 11u}) {
    std::string text;
    while (text.size() < 4000) {
      seed = seed * 1103515245u + 12345u;
      const std::size_t k = (seed >> 16) % std::size(pieces);
      text += pieces[k];
      if (k >= 8 && k <= 10 && (seed >> 8) % 4 != 0) text += std::string(300, 'x');  // long lines too
    }
    const line_index lines(text);
    for (std::size_t i = 0; i <= text.size(); ++i) {
      const informe::source_position got = lines.at(i), want = naive(text, i);
      CAPTURE(seed);
      CAPTURE(i);
      REQUIRE(got.line == want.line);
      REQUIRE(got.column == want.column);
    }
  }
}

TEST_CASE("line_index answers lookups in any order: forwards, backwards, far and near") {
  // Lookups count on from the last one, from the line start, or from checkpoints counted once far
  // lookups have cost enough: every path agrees with the definition.
  std::string text = "\xEF\xBB\xBF";
  for (int k = 0; k < 30; ++k) text += std::string(static_cast<std::size_t>(k * 37 % 500), 'a') + "ñ€\r\n" + "x\r";
  text += std::string(5000, 'b') + "é";
  for (unsigned seed : {2u, 9u}) {
    const line_index lines(text);
    for (int n = 0; n < 3000; ++n) {
      seed = seed * 1103515245u + 12345u;
      std::size_t i = (seed >> 8) % (text.size() + 2);
      if (i == 1 || i == 2) i = 0;  // inside the BOM: no position of a character
      const informe::source_position got = lines.at(i), want = naive(text, i);
      CAPTURE(i);
      REQUIRE(got.line == want.line);
      REQUIRE(got.column == want.column);
    }
  }
}
