// The XLSX writer on the seed: the package's parts and what they declare (frozen row, autofilter,
// status list and colours, date formats, properties) and reproducibility.
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "seed_report.hpp"
#include "shared/zip/zip.hpp"

using namespace informe;

namespace {

std::string part(const std::string& xlsx, const std::string& name) {
  detail::zip_reader zip(xlsx, "test.xlsx");
  auto bytes = zip.read(name);
  REQUIRE_MESSAGE(bytes.has_value(), name);
  return *bytes;
}

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("the seed as XLSX: two sheets, frozen titles, autofilter, status list and colours, dates") {
  const report seed = test::seed_report();
  write_options o;
  o.source_date_epoch = 1254935185;
  std::string xlsx;
  diagnostics d;
  write_xlsx(seed, o, xlsx, d);
  CHECK(d.empty());
  const std::string workbook = part(xlsx, "xl/workbook.xml");
  CHECK(contains(workbook, R"(<sheet name="Compromisos" sheetId="1")"));
  CHECK(contains(workbook, R"(<sheet name="Informe" sheetId="2")"));
  const std::string sheet = part(xlsx, "xl/worksheets/sheet1.xml");
  CHECK(contains(sheet, R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
  CHECK(contains(sheet, R"(<autoFilter ref="A1:K14"/>)"));
  CHECK(contains(sheet, R"(<dataValidation type="list")"));
  CHECK(contains(sheet, R"(sqref="I2:I1001")"));
  CHECK(contains(sheet, "<formula1>\"Cumplido,Parcialmente cumplido,No cumplido\"</formula1>"));
  CHECK(contains(sheet, R"(<conditionalFormatting sqref="I2:I1001">)"));
  CHECK_FALSE(contains(sheet, "<f>"));
  const std::string styles = part(xlsx, "xl/styles.xml");
  CHECK(contains(styles, R"(formatCode="mm-yyyy")"));
  CHECK(contains(styles, R"(formatCode="dd-mm-yyyy hh:mm:ss")"));
  CHECK(contains(styles, "FFE4F2E8"));  // --ok-bg of templates/html/style.css
  const std::string core = part(xlsx, "docProps/core.xml");
  CHECK(contains(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2009-10-07T17:06:25Z</dcterms:created>"));
  CHECK(contains(core, "<dc:title>Fomento a la Microempresa</dc:title>"));

  std::string again;
  write_xlsx(seed, o, again, d);
  CHECK(again == xlsx);
}

TEST_CASE("a paragraph that reads back as a list item is announced") {
  report r;
  row x;
  x.number = "1";
  x.commitment = rich_text::paragraph("- sigue siendo un párrafo");
  r.rows.push_back(x);
  std::string out;
  diagnostics d;
  write_xlsx(r, {}, out, d);
  REQUIRE(d.warning_count() == 1);
  CHECK(contains(d.all()[0].message, "starts like a list item"));
}
