// The ODS reader on hand-made packages: repeated rows and columns, date values with the precision
// shown, multi-paragraph cells, annotations, and its limits.
#include <doctest/doctest.h>

#include <string>

#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "shared/zip/zip.hpp"

using namespace informe;

namespace {

std::string ods(const std::string& rows) {
  std::string content =
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Hoja1">)" +
      rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
  return detail::write_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}},
                           {});
}

std::string text_cell(const std::string& t) {
  return R"(<table:table-cell office:value-type="string"><text:p>)" + t + "</text:p></table:table-cell>";
}

const std::string titles = "<table:table-row>" + text_cell("N°") + text_cell("Compromiso") +
                           text_cell("Fecha de Vencimiento") + R"(</table:table-row>)";

}  // namespace

TEST_CASE("ODS: repeats, dates as shown, paragraphs and lists, spaces, annotations") {
  std::string rows =
      R"(<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)" +
      titles +
      R"(<table:table-row><table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="string"><text:p>Uno<text:s text:c="3"/>dos</text:p><text:p>- a</text:p><text:p>- b</text:p>)"
      R"(<office:annotation><text:p>nota</text:p></office:annotation></table:table-cell>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2000-12-01"><text:p>12-2000</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)";
  diagnostics d("a.ods");
  report r = read_ods(ods(rows), {}, d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].number == "4");
  REQUIRE(r.rows[0].commitment.blocks.size() == 2);
  CHECK(r.rows[0].commitment.blocks[0].text == "Uno dos");
  CHECK(r.rows[0].commitment.blocks[1].items == std::vector<std::string>{"a", "b"});
  CHECK(r.rows[0].due == partial_date{2000, 12, 0});
  CHECK(r.rows[0].due_text == "12-2000");  // the date as the cell shows it
  CHECK(r.rows[0].source.line == 5);
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].to_string() == "a.ods:Hoja1!B5: warning: a comment on the cell is ignored");
}

TEST_CASE("ODS: content beyond the limits and foreign packages are refused") {
  auto refused = [](const std::string& bytes, const std::string& words) {
    diagnostics d;
    try {
      read_ods(bytes, {}, d);
    } catch (const error& e) {
      CHECK_MESSAGE(std::string(e.what()).find(words) != std::string::npos, e.what());
      return;
    }
    FAIL("accepted: " << words);
  };
  refused(
      ods(titles +
          R"(<table:table-row><table:table-cell table:number-columns-repeated="5000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>)"),
      "a cell beyond column 1024");
  refused(
      ods(titles + R"(<table:table-row table:number-rows-repeated="200000">)" + text_cell("x") + "</table:table-row>"),
      "more than 100000 rows");
  refused(detail::write_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}, {}),
          "not an ODS spreadsheet");
  // a mimetype of raw bytes, long and not UTF-8, is quoted as UTF-8 (the message was its first 80 bytes)
  std::string junk(78, 'x');
  junk += "\xE2\x80\x93 \xFF";
  try {
    diagnostics d;
    read_ods(detail::write_zip({{"mimetype", junk}, {"content.xml", "<x/>"}}, {}), {}, d);
    FAIL("accepted a foreign mimetype");
  } catch (const error& e) {
    CHECK(detail::is_valid_utf8(e.what()));
    CHECK(std::string(e.what()).find("xx…\")") != std::string::npos);
  }
}
