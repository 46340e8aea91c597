// The format table the CLI picks from, and a lossless trip through its entries.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "informe/informe.hpp"
#include "test_files.hpp"

TEST_CASE("format names are unique and found case-insensitively") {
  std::set<std::string> names;
  for (const auto& f : informe::formats()) {
    CHECK(names.insert(std::string(f.name)).second);
    CHECK(informe::find_format(f.name) == &f);
    CHECK((f.read || f.write));
    CHECK_FALSE(f.description.empty());
  }
  for (const char* name : {"json", "xml", "text", "html", "pdf", "docx", "docx-xml"}) CHECK(names.count(name) == 1);
  CHECK(informe::find_format("JSON") == informe::find_format("json"));
  CHECK(informe::find_format("nosuch") == nullptr);
}

TEST_CASE("extensions pick the format") {
  CHECK(informe::format_for_path("a/b/report.json")->name == "json");
  CHECK(informe::format_for_path("REPORT.XML")->name == "xml");
  CHECK(informe::format_for_path("seed.txt")->name == "text");
  CHECK(informe::format_for_path("page.htm")->name == "html");
  CHECK(informe::format_for_path("page.HTML")->name == "html");
  CHECK(informe::format_for_path("x.pdf")->name == "pdf");
  CHECK(informe::format_for_path("x.docx")->name == "docx");
  CHECK(informe::format_for_path("x.unknown") == nullptr);
  CHECK(informe::format_for_path("json") == nullptr);
  CHECK(informe::find_format("pdf")->binary);
  CHECK(informe::find_format("docx")->binary);
  CHECK_FALSE(informe::find_format("json")->binary);
  const bool text_writable = informe::find_format("text")->write != nullptr;
  CHECK_FALSE(text_writable);
}

TEST_CASE("the example goes json -> xml -> json through the table, unchanged") {
  const std::string json = informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json"));
  const auto* as_json = informe::find_format("json");
  const auto* as_xml = informe::find_format("xml");
  informe::diagnostics diags("example.json");
  informe::report r = as_json->read(json, {}, diags);
  CHECK(diags.empty());
  REQUIRE(r.rows.size() == 13);
  CHECK(r.rows[3].number == "4");
  CHECK(r.rows[4].number == "4");
  CHECK(r.rows[12].responsible == "MINECON/CORFO/FOSIS/SERCOTEC");
  REQUIRE(r.rows[12].recommendation.blocks.size() == 2);
  CHECK(r.rows[12].recommendation.blocks[1].items.size() == 5);
  CHECK(r.rows[0].due_text == "Dic. 2000");
  CHECK(r.rows[0].due->to_iso() == "2000-12");

  std::string xml;
  as_xml->write(r, {}, xml, diags);
  informe::report back = as_xml->read(xml, {}, diags);
  CHECK(back == r);
  std::string json_again;
  as_json->write(back, {}, json_again, diags);
  CHECK(json_again == json);
  CHECK(diags.empty());
}

TEST_CASE("an input over the limit is refused with an informe::error") {
  const std::string json = informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json"));
  informe::read_options small;
  small.max_input_bytes = 100;
  informe::diagnostics diags("example.json");
  try {
    (void)informe::read_json(json, small, diags);
    FAIL("no error for an input over the limit");
  } catch (const informe::error& e) {
    CHECK(std::string(e.what()).find("error") != std::string::npos);
  }
}
