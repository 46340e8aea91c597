// The CSV writer on the seed: the header rows, the table and the bytes (BOM, CRLF, ',' or ';').
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "seed_report.hpp"

using namespace informe;

namespace {

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("the seed as CSV: BOM, CRLF, header rows, an empty row, the table; ';' on request") {
  const report seed = test::seed_report();
  std::string csv, es;
  diagnostics d;
  write_csv(seed, {}, csv, d);
  write_csv_semicolon(seed, {}, es, d);
  CHECK(d.empty());
  CHECK(csv.rfind("\xEF\xBB\xBFInforme de Cumplimiento de Compromisos al,30-06-2009\r\n"
                  "Fecha del Informe,07-10-2009 17:06:25\r\n"
                  "Programa/Institución,Fomento a la Microempresa\r\n"
                  "Ministerio,\"MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION\"\r\n",
                  0) == 0);
  CHECK(contains(csv,
                 "\r\n\r\nN°,Recomendación,Organismo Responsable,Compromiso,Fecha de Vencimiento,"
                 "Fecha de Vencimiento (texto),Cumplimiento,Observación,Calificación,Calificación (texto),"
                 "Medios de Verificación\r\n1,"));
  CHECK(contains(csv, ",12-2000,Dic. 2000,cumplido,,Cumplido,Cumplido,\r\n"));
  CHECK(contains(es, "Ministerio;MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION\r\n"));
  CHECK(contains(es, ";12-2000;Dic. 2000;cumplido;;Cumplido;Cumplido;\r\n"));
}

TEST_CASE("a paragraph that reads back as a list item is announced") {
  report r;
  row x;
  x.number = "1";
  x.commitment = rich_text::paragraph("- sigue siendo un párrafo");
  r.rows.push_back(x);
  std::string out;
  diagnostics d;
  write_csv(r, {}, out, d);
  REQUIRE(d.warning_count() == 1);
  CHECK(contains(d.all()[0].message, "starts like a list item"));
}
