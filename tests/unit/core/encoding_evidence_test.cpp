#include <doctest/doctest.h>

#include <string>

#include "core/encoding.hpp"

using namespace informe::detail;

TEST_CASE("one bad byte in a UTF-8 text keeps it UTF-8, and says where") {
  // Issue 19: one invalid byte made the whole file Windows-1252 (mojibake in every field).
  std::string text = "Programa/Institución: Fomento\nAño: 2000\nRecomendación \xFF mala\nCompromiso: revisión\n";
  auto d = decode_to_utf8(text);
  CHECK(d.charset == "UTF-8");
  CHECK(d.detected);
  CHECK(d.utf8.find("Programa/Institución: Fomento") != std::string::npos);
  CHECK(d.utf8.find("Recomendación \xEF\xBF\xBD mala") != std::string::npos);
  CHECK(d.first_invalid_utf8 == text.find('\xFF'));
  CHECK(d.invalid_utf8 == 1);
}

TEST_CASE("Latin-1 text is still read as Windows-1252, first bad byte recorded") {
  std::string latin1 = "Instituci\xF3n: Peque\xF1" "a Empresa\nA\xF1o: 2000\n";
  auto d = decode_to_utf8(latin1);
  CHECK(d.charset == "windows-1252");
  CHECK(d.utf8 == "Institución: Pequeña Empresa\nAño: 2000\n");
  CHECK(d.first_invalid_utf8 == latin1.find('\xF3'));
  CHECK(d.invalid_utf8 == 3);
}

TEST_CASE("declared UTF-8 with Latin-1 bytes throughout is read from the bytes") {
  std::string latin1 = "Instituci\xF3n: Peque\xF1" "a Empresa, A\xF1o 2000";
  auto d = decode_to_utf8(latin1, "utf-8");
  CHECK(d.charset == "windows-1252");
  CHECK(d.detected);
  CHECK(d.utf8 == "Institución: Pequeña Empresa, Año 2000");
  // A declared UTF-8 with a stray bad byte stays UTF-8, the byte replaced and counted.
  auto stray = decode_to_utf8("Año, Institución, revisión \x80 fin", "utf-8");
  CHECK(stray.charset == "UTF-8");
  CHECK(stray.invalid_utf8 == 1);
  CHECK(stray.utf8 == "Año, Institución, revisión \xEF\xBF\xBD fin");
}
