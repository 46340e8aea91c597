// The XLSX and ODS readers on hand-made packages: shared strings, date systems, formulas, positions,
// and hostile files (zip bombs, out-of-range indexes, DOCTYPEs, huge sheets).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "shared/zip/zip.hpp"

using namespace informe;

namespace {

const char* content_types =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const char* root_rels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* workbook_rels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
const char* styles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="mm\-yyyy"/><numFmt numFmtId="165" formatCode="dd\-mm\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>)";

std::string workbook_xml(bool date1904) {
  return std::string(
             R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
         (date1904 ? R"(<workbookPr date1904="1"/>)" : "") +
         R"(<sheets><sheet name="Mis datos" sheetId="1" r:id="rId1"/></sheets></workbook>)";
}

std::string shared(const std::vector<std::string>& strings) {
  std::string s =
      R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
  for (const auto& x : strings) s += "<si><t xml:space=\"preserve\">" + x + "</t></si>";
  return s + "</sst>";
}

std::string sheet(const std::string& rows) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

std::string xlsx(const std::string& sheet_xml, const std::vector<std::string>& strings, bool date1904 = false) {
  std::vector<detail::zip_entry> e{{"[Content_Types].xml", content_types},
                                   {"_rels/.rels", root_rels},
                                   {"xl/workbook.xml", workbook_xml(date1904)},
                                   {"xl/_rels/workbook.xml.rels", workbook_rels},
                                   {"xl/styles.xml", styles},
                                   {"xl/sharedStrings.xml", shared(strings)},
                                   {"xl/worksheets/sheet1.xml", sheet_xml}};
  return detail::write_zip(e, {});
}

// Titles in row 1 (shared strings 0-3), then the given data rows.
const std::vector<std::string> titles{"Nº",       "COMPROMISO", "fecha de vencimiento", "Calificación",
                                      "Cumplido", "Se hará.",   "Otra columna"};
const std::string title_row =
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>)";

report read(const std::string& bytes, diagnostics& d) { return read_xlsx(bytes, {}, d); }

bool has(const diagnostics& d, const std::string& text) {
  for (const auto& m : d.all())
    if (m.to_string().find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("date serials in the 1900 and 1904 systems, and the cell's format decides the precision") {
  // 36891 = 2000-12-31 (1900); 35429 = 2000-12-31 (1904). Style 1 = built-in d/m/y, 2 = mm-yyyy.
  std::string rows =
      title_row +
      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>36891</v></c><c r="D2" t="s"><v>4</v></c></row>)"
      R"(<row r="3"><c r="A3"><v>2</v></c><c r="C3" s="2"><v>36891</v></c></row>)";
  diagnostics d("a.xlsx");
  report r = read(xlsx(sheet(rows), titles), d);
  CHECK(d.empty());
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[0].due == partial_date{2000, 12, 31});
  CHECK(r.rows[0].due_text.empty());
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].due == partial_date{2000, 12, 0});

  std::string rows1904 =
      title_row +
      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>35429</v></c></row>)";
  diagnostics d2;
  report r2 = read(xlsx(sheet(rows1904), titles, true), d2);
  REQUIRE(r2.rows.size() == 1);
  CHECK(r2.rows[0].due == partial_date{2000, 12, 31});
  // Early 1900 serials: 59 = 1900-02-28, 61 = 1900-03-01 (Excel's 29-02-1900 is skipped).
  std::string early =
      title_row + R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>59</v></c></row>)"
                  R"(<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" s="1"><v>61</v></c></row>)";
  diagnostics d3;
  report r3 = read(xlsx(sheet(early), titles), d3);
  REQUIRE(r3.rows.size() == 2);
  CHECK(r3.rows[0].due == partial_date{1900, 2, 28});
  CHECK(r3.rows[1].due == partial_date{1900, 3, 1});
}

TEST_CASE("an analyst's columns of their own: \"Plazo\", \"Responsable\", \"Estado\"; a date cell reads as shown") {
  // 40268 = 2010-03-31. Style 3 = dd-mm-yyyy (custom), style 2 = mm-yyyy (custom), style 1 = built-in 14,
  // whose wording depends on the reader's locale.
  const std::vector<std::string> strings{"N°",          "Recomendación", "Responsable", "Compromiso",
                                         "Plazo",       "Cumplimiento",  "Estado",      "Focalizar.",
                                         "SERNAM",      "Se aplicará.",  "Hecho.",      "Cumplido",
                                         "Sept. 2010",  "Parcialmente cumplido"};
  std::string rows =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>)"
      R"(<c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>)"
      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="s"><v>8</v></c><c r="D2" t="s"><v>9</v></c>)"
      R"(<c r="E2" s="3"><v>40268</v></c><c r="F2" t="s"><v>10</v></c><c r="G2" t="s"><v>11</v></c></row>)"
      R"(<row r="3"><c r="A3"><v>2</v></c><c r="D3" t="s"><v>9</v></c><c r="E3" t="s"><v>12</v></c><c r="G3" t="s"><v>13</v></c></row>)"
      R"(<row r="4"><c r="A4"><v>3</v></c><c r="D4" t="s"><v>9</v></c><c r="E4" s="2"><v>40268</v></c></row>)"
      R"(<row r="5"><c r="A5"><v>4</v></c><c r="D5" t="s"><v>9</v></c><c r="E5" s="1"><v>40268</v></c></row>)";
  diagnostics d("a.xlsx");
  report r = read(xlsx(sheet(rows), strings), d);
  CHECK(d.empty());  // no column left unread
  REQUIRE(r.rows.size() == 4);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Focalizar.");
  CHECK(r.rows[0].responsible == "SERNAM");
  CHECK(r.rows[0].commitment.plain_text() == "Se aplicará.");
  CHECK(r.rows[0].due == partial_date{2010, 3, 31});
  CHECK(r.rows[0].due_text == "31-03-2010");
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].status_text == "Cumplido");
  CHECK(r.rows[1].due == partial_date{2010, 9, 0});
  CHECK(r.rows[1].due_text == "Sept. 2010");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[2].due == partial_date{2010, 3, 0});
  CHECK(r.rows[2].due_text == "03-2010");
  CHECK(r.rows[3].due == partial_date{2010, 3, 31});
  CHECK(r.rows[3].due_text.empty());  // a built-in format: what it shows depends on the locale
}

TEST_CASE("formulas are never evaluated: the cached value is read with a warning, none is left empty") {
  std::string rows =
      title_row +
      R"(<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>HYPERLINK("http://x","y")</f><v>y</v></c></row>)"
      R"(<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f>NOW()</f></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>)";
  diagnostics d("f.xlsx");
  report r = read(xlsx(sheet(rows), titles), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "2");
  CHECK(r.rows[0].commitment.plain_text() == "y");
  CHECK(r.rows[1].commitment.empty());
  CHECK(r.rows[1].status_text.empty());
  CHECK(has(d, "f.xlsx:'Mis datos'!A2: warning: a formula; its cached value is used"));
  CHECK(has(d, "f.xlsx:'Mis datos'!B3: warning: a formula without a cached value"));
  CHECK(has(d, "f.xlsx:'Mis datos'!D3: error: an error value \"#DIV/0!\" is left out"));
}

TEST_CASE("a shared-string index out of range is an error at its cell, not a crash") {
  std::string rows =
      title_row +
      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>99</v></c><c r="D2" t="s"><v>-1</v></c></row>)";
  diagnostics d("s.xlsx");
  report r = read(xlsx(sheet(rows), titles), d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].commitment.empty());
  CHECK(has(d, "s.xlsx:'Mis datos'!B2: error: shared string 99 does not exist (7 strings)"));
  CHECK(has(d, "s.xlsx:'Mis datos'!D2: error: shared string -1 does not exist"));
}

TEST_CASE("unknown columns and cells without a title are warnings with their cell") {
  std::string rows =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>6</v></c></row>)"
      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>4</v></c><c r="E2" t="s"><v>4</v></c></row>)";
  diagnostics d("u.xlsx");
  report r = read(xlsx(sheet(rows), titles), d);
  REQUIRE(r.rows.size() == 1);
  CHECK(has(d, "u.xlsx:'Mis datos'!C1: warning: unknown column \"Otra columna\""));
  CHECK(has(d, "u.xlsx:'Mis datos'!E2: warning: cell \"Cumplido\" has no column title: ignored"));
}

TEST_CASE("hostile packages are refused with a clear message") {
  auto refused = [](const std::string& bytes, const std::string& words) {
    diagnostics d;
    try {
      read_xlsx(bytes, {}, d);
    } catch (const error& e) {
      CHECK_MESSAGE(std::string(e.what()).find(words) != std::string::npos, e.what());
      return;
    }
    FAIL("accepted: " << words);
  };
  // A zip bomb: 200 MB of zeros in one entry deflate to about 200 KB.
  std::vector<detail::zip_entry> bomb{{"xl/workbook.xml", workbook_xml(false)},
                                      {"xl/worksheets/sheet1.xml", std::string(200u << 20, '\0')}};
  refused(detail::write_zip(bomb, {}), "zip bomb");
  refused("PK\x03\x04 not really a zip", "not an XLSX workbook");
  refused(xlsx(R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>)", titles),
          "DOCTYPE and ENTITY declarations are not allowed");
  refused(xlsx(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c>"), titles), "not well-formed XML");
  refused(xlsx(sheet(R"(<row r="1"><c r="ZZZZ1"><v>1</v></c></row>)"), titles), "bad cell reference");
  // No table of commitments at all.
  refused(xlsx(sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"), titles), "no table of commitments");
  // Too many rows: the limit stops the reader before memory does.
  std::string many = title_row;
  for (int i = 2; i <= 100002; ++i) many += "<row r=\"" + std::to_string(i) + "\"><c><v>1</v></c></row>";
  refused(xlsx(sheet(many), titles), "more than 100000 rows");
}

TEST_CASE("CSV: injection guards are undone, a quote never closed is an error with its line") {
  diagnostics d("x.csv");
  report r = read_csv("N°;Compromiso;Calificación\r\n1;'=HYPERLINK(\"x\");Cumplido\r\n", {}, d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].commitment.plain_text() == "=HYPERLINK(\"x\")");
  diagnostics d2("y.csv");
  try {
    read_csv("N°,Compromiso,Calificación\n1,\"never closed,x\n2,y,z\n", {}, d2);
    FAIL("accepted");
  } catch (const error& e) {
    CHECK(std::string(e.what()).find("never closed (it starts on line 2)") != std::string::npos);
  }
  diagnostics d4("w.csv");
  try {
    read_csv("N°,Compromiso,Calificación\n1,x,y\n\"2,\nz\n", {}, d4);
    FAIL("accepted");
  } catch (const error& e) {
    CHECK(std::string(e.what()).find("never closed (it starts on line 3)") != std::string::npos);
    CHECK(e.where().line == 3);
  }
  // An unknown status is kept as printed, with a warning naming line and column.
  diagnostics d3("z.csv");
  report r3 = read_csv("N°,Compromiso,Calificación\n1,x,En proceso\n", {}, d3);
  REQUIRE(r3.rows.size() == 1);
  CHECK_FALSE(r3.rows[0].status.has_value());
  CHECK(r3.rows[0].status_text == "En proceso");
  CHECK(has(d3, "z.csv:2: warning: column C: unknown status \"En proceso\" (kept as printed only)"));
}
