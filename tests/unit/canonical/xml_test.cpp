#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "informe/io.hpp"
#include "sample_reports.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

std::string to_xml(const report& r) {
  diagnostics diags;
  std::string out;
  write_xml(r, {}, out, diags);
  CHECK(diags.empty());
  return out;
}

std::string to_json(const report& r) {
  diagnostics diags;
  std::string out;
  write_json(r, {}, out, diags);
  return out;
}

// Runs xmllint --schema on `xml`; returns its exit status and leaves its messages in `messages`.
int xmllint(const std::string& xml, std::string& messages) {
  auto dir = std::filesystem::temp_directory_path();
  std::string base = (dir / ("informe-xml-" + std::to_string(::getpid()))).string();
  test::write_file(base + ".xml", xml);
  std::string command = "xmllint --noout --nonet --schema '" + test::source_path("schema/informe.xsd") +
                        "' '" + base + ".xml' > '" + base + ".log' 2>&1";
  int status = std::system(command.c_str());
  messages = test::read_file(base + ".log");
  std::filesystem::remove(base + ".xml");
  std::filesystem::remove(base + ".log");
  return status;
}

}  // namespace

TEST_CASE("the XML writer mirrors the JSON keys, leaves absent values out, writes rich text as p and list") {
  std::string out = to_xml(test::rich_report());
  CHECK(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<informe xmlns=\"urn:informe:1\">\n", 0) == 0);
  CHECK(out.find("  <cutoff_date>2009-06-30</cutoff_date>\n") != std::string::npos);
  CHECK(out.find("<issued_at>2009-10-07T17:06:25</issued_at>") != std::string::npos);
  CHECK(out.find("<evaluation_year>2000</evaluation_year>") != std::string::npos);
  CHECK(out.find("<item>Ñandú &amp; &lt;co&gt;</item>") != std::string::npos);
  CHECK(out.find("<status>partially_fulfilled</status>") != std::string::npos);
  CHECK(out.find("<due>2001</due>") != std::string::npos);
  CHECK(out.find("🎉") != std::string::npos);
  CHECK(out.find("<row/>") != std::string::npos);  // the empty row
  CHECK(out.find("<responsible>") == out.rfind("<responsible>"));  // only row 2 has one
  CHECK(out.back() == '\n');
  CHECK(to_xml(report{}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<informe xmlns=\"urn:informe:1\">\n  <commitments/>\n</informe>\n");
}

TEST_CASE("xmllint accepts everything the XML writer writes") {
  std::string example = test::read_file(test::source_path("examples/fomento-microempresa-2009.json"));
  diagnostics diags;
  report from_example = read_json(example, {}, diags);
  for (const auto& r : {test::rich_report(), test::bare_report(), report{}, from_example}) {
    std::string messages;
    CHECK_MESSAGE(xmllint(to_xml(r), messages) == 0, messages);
  }
}

TEST_CASE("xmllint and read_xml both refuse what the schema forbids") {
  std::string bad =
      "<?xml version=\"1.0\"?>\n<informe xmlns=\"urn:informe:1\">\n  <program></program>\n"
      "  <commitments>\n    <row><status>done</status></row>\n    <row><due>2000-13</due></row>\n"
      "  </commitments>\n  <extra/>\n</informe>\n";
  std::string messages;
  CHECK(xmllint(bad, messages) != 0);
  diagnostics diags("bad.xml");
  CHECK_THROWS_AS(read_xml(bad, {}, diags), error);
  // Every schema error is a diagnostic with its line.
  REQUIRE(diags.error_count() >= 4);
  CHECK(diags.all()[0].where.line == 3);
  CHECK(diags.all()[1].where.line == 5);
  CHECK(diags.all()[1].message.find("status") != std::string::npos);
  CHECK(diags.all()[2].where.line == 6);
  CHECK(diags.all()[3].where.line == 8);
  CHECK(diags.all()[3].message.find("extra") != std::string::npos);
  CHECK(diags.all()[0].to_string().rfind("bad.xml:3:", 0) == 0);
}

TEST_CASE("model -> XML -> model is identical") {
  for (const auto& r : {test::rich_report(), test::bare_report(), report{}}) {
    std::string xml = to_xml(r);
    diagnostics diags;
    report back = read_xml(xml, {}, diags);
    CHECK(diags.empty());
    CHECK(back == r);
    CHECK(to_xml(back) == xml);
  }
}

TEST_CASE("JSON -> XML -> JSON gives the example back byte for byte") {
  std::string example = test::read_file(test::source_path("examples/fomento-microempresa-2009.json"));
  diagnostics diags;
  report r = read_json(example, {}, diags);
  std::string xml = to_xml(r);
  report back = read_xml(xml, {}, diags);
  CHECK(diags.empty());
  CHECK(back == r);
  CHECK(to_json(back) == example);
  // Rows carry their XML line.
  REQUIRE(back.rows.size() == 13);
  CHECK(back.rows[0].source.line > 10);
  CHECK(back.rows[1].source.line > back.rows[0].source.line);
}

TEST_CASE("the XML reader cleans text, ignores comments and accepts CDATA") {
  diagnostics diags;
  report r = read_xml(
      "<informe xmlns='urn:informe:1'><!-- c --><program>  Fomento\n   a la <![CDATA[Micro<empresa>]]> </program>"
      "<evaluation_year> 2000 </evaluation_year><commitments><row><number>4</number>"
      "<recommendation><p>Uno</p><list><item> a </item><item>b</item></list></recommendation></row>"
      "</commitments></informe>",
      {}, diags);
  CHECK(diags.empty());
  CHECK(r.program == "Fomento a la Micro<empresa>");
  CHECK(r.evaluation_year == 2000);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation.blocks.size() == 2);
  CHECK(r.rows[0].recommendation.blocks[1].items == std::vector<std::string>{"a", "b"});
}

TEST_CASE("the XML reader reports dates the schema lets through but the model refuses") {
  diagnostics diags;
  report r = read_xml(
      "<informe xmlns='urn:informe:1'>\n<issued_at>2009-10-07T24:00:00</issued_at>\n</informe>", {}, diags);
  CHECK_FALSE(r.issued_at);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].where.line == 2);
}

TEST_CASE("the XML reader reads UTF-8 whatever the declaration says") {
  diagnostics diags;
  report r = read_xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<informe xmlns=\"urn:informe:1\">"
                      "<program>Economía</program></informe>",
                      {}, diags);
  CHECK(r.program == "Economía");
}
