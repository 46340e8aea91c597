#include <doctest/doctest.h>

#include <string>

#include "core/encoding.hpp"

using namespace informe::detail;

TEST_CASE("byte order marks decide and are removed") {
  CHECK(strip_utf8_bom("\xEF\xBB\xBFhola") == "hola");
  CHECK(strip_utf8_bom("hola") == "hola");
  auto utf8 = decode_to_utf8("\xEF\xBB\xBF" "A\xC3\xB1o");
  CHECK(utf8.utf8 == "Año");
  CHECK(utf8.charset == "UTF-8");
  CHECK(utf8.had_bom);
  auto utf16 = decode_to_utf8(std::string("\xFF\xFE" "A\0\xF1\0o\0", 8));
  CHECK(utf16.utf8 == "Año");
  CHECK(utf16.charset == "UTF-16LE");
  auto utf16be = decode_to_utf8(std::string("\xFE\xFF\0A\0\xF1\0o", 8));
  CHECK(utf16be.utf8 == "Año");
}

TEST_CASE("well-formed UTF-8 is taken as it is") {
  auto d = decode_to_utf8("Calificación");
  CHECK(d.utf8 == "Calificación");
  CHECK(d.charset == "UTF-8");
  CHECK_FALSE(d.detected);
}

TEST_CASE("Latin-1 and Windows-1252 are detected and read as Windows-1252") {
  std::string latin1 = "**Programa/Instituci\xF3n:** Fomento a la Peque\xF1" "a Empresa\n**A\xF1o:** 2000\n"
                       "Recomendaci\xF3n\tCompromiso\tCumplimiento\n1. Dise\xF1" "ar una metodolog\xED" "a.\n";
  auto d = decode_to_utf8(latin1);
  CHECK(d.charset == "windows-1252");
  CHECK(d.detected);
  CHECK(d.utf8.find("Programa/Institución:") != std::string::npos);
  CHECK(d.utf8.find("metodología") != std::string::npos);
  CHECK(decode_to_utf8("\x93" "cita\x94 \xE9").utf8 == "“cita” é");
}

TEST_CASE("a declared charset is used; a BOM still wins") {
  CHECK(decode_to_utf8("A\xF1o", "ISO-8859-1").utf8 == "Año");
  CHECK(decode_to_utf8("\xEF\xBB\xBF" "A\xC3\xB1o", "ISO-8859-1").utf8 == "Año");
  CHECK(decode_to_utf8("A\xF1o", "no-such-charset").utf8 == "Año");  // detected instead
  CHECK_THROWS(decode_to_utf8("A\xF1o", "no-such-charset", true));
}
