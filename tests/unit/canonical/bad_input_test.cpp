// Hostile and broken inputs: each ends in informe::error or error diagnostics with a position (how
// quickly the hostile ones are refused: the pathological suite, xml-billion-laughs, xml-network-dtd).
#include <doctest/doctest.h>

#include <thread>

#include "informe/io.hpp"
#include "sample_reports.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

std::string data(const std::string& name) { return test::read_file(test::source_path("tests/data/canonical/" + name)); }

using reader = report (*)(std::string_view, const read_options&, diagnostics&);

// Reads `input` expecting informe::error; returns it.
error refused(reader read, const std::string& input, diagnostics& diags, const read_options& options = {}) {
  try {
    read(input, options, diags);
  } catch (const error& e) {
    return e;
  }
  FAIL("no informe::error");
  return error("unreachable");
}

const diagnostic* find(const diagnostics& diags, const std::string& text) {
  for (const auto& d : diags.all()) {
    if (d.message.find(text) != std::string::npos) return &d;
  }
  return nullptr;
}

}  // namespace

// ---- JSON ----

TEST_CASE("JSON: an empty file is an error") {
  diagnostics diags("empty.json");
  auto e = refused(read_json, data("empty.json"), diags);
  CHECK(e.message().find("empty input") != std::string::npos);
  CHECK(e.to_string().rfind("empty.json: error: empty input", 0) == 0);
}

TEST_CASE("JSON: whitespace only is an error") {
  diagnostics diags;
  auto e = refused(read_json, data("whitespace.json"), diags);
  CHECK(e.message().find("empty input") != std::string::npos);
}

TEST_CASE("JSON: wrong types are positioned errors; the reader keeps what it can") {
  diagnostics diags("wrong-types.json");
  report r = read_json(data("wrong-types.json"), {}, diags);
  CHECK(r.program.empty());
  CHECK_FALSE(r.evaluation_year);
  CHECK(r.observation.empty());
  REQUIRE(r.rows.size() == 2);  // the string is no row
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].number.empty());
  CHECK(r.rows[1].recommendation == rich_text::paragraph("ok"));

  auto* program = find(diags, "program: expected a string or null, found a number");
  REQUIRE(program);
  CHECK(program->level == severity::error);
  CHECK(program->where == source_position{2, 14, 0});
  auto* year = find(diags, "evaluation_year: expected a number (the year) or null, found a string");
  REQUIRE(year);
  CHECK(year->where == source_position{3, 22, 0});
  auto* observation = find(diags, "observation: expected a string, an array");
  REQUIRE(observation);
  CHECK(observation->where.line == 4);
  auto* number = find(diags, "commitments[0].number: expected a string or null, found a number");
  REQUIRE(number);
  CHECK(number->where == source_position{6, 16, 0});
  auto* row = find(diags, "commitments[1]: expected an object, found a string");
  REQUIRE(row);
  CHECK(row->where == source_position{7, 5, 0});
  auto* item = find(diags, "commitments[2].recommendation[1]: expected a string (a paragraph)");
  REQUIRE(item);
  CHECK(item->where.line == 8);
  CHECK(find(diags, "commitments[2].recommendation[2].list: expected an array of strings"));
  auto* due = find(diags, "commitments[2].due: expected a date string");
  REQUIRE(due);
  CHECK(due->where.line == 8);
  CHECK(due->to_string().rfind("wrong-types.json:8:", 0) == 0);
  CHECK(diags.error_count() == 8);
  // In document order.
  for (std::size_t i = 1; i < diags.all().size(); ++i) {
    CHECK(diags.all()[i - 1].where.line <= diags.all()[i].where.line);
  }
}

TEST_CASE("JSON: an object for commitments is an error") {
  diagnostics diags;
  report r = read_json(data("commitments-object.json"), {}, diags);
  CHECK(r.rows.empty());
  CHECK(r.program == "P");
  auto* d = find(diags, "commitments: expected an array or null, found an object");
  REQUIRE(d);
  CHECK(d->where == source_position{1, 33, 0});
}

TEST_CASE("JSON: invalid dates are positioned errors") {
  diagnostics diags;
  report r = read_json(data("invalid-dates.json"), {}, diags);
  CHECK_FALSE(r.cutoff_date);
  CHECK_FALSE(r.issued_at);
  REQUIRE(r.rows.size() == 2);
  CHECK_FALSE(r.rows[0].due);
  CHECK_FALSE(r.rows[1].due);
  CHECK(r.rows[1].due_text == "Dic. 2000");
  CHECK(diags.error_count() == 4);
  auto* cutoff = find(diags, "cutoff_date: invalid date \"2009-02-30\"");
  REQUIRE(cutoff);
  CHECK(cutoff->where == source_position{2, 18, 0});
  CHECK(find(diags, "issued_at: invalid date and time \"07-10-2009 17:06:25\""));
  auto* month = find(diags, "commitments[0].due: invalid date \"2000-13\"");
  REQUIRE(month);
  CHECK(month->where == source_position{5, 28, 0});
  auto* wording = find(diags, "commitments[1].due: invalid date \"Dic. 2000\"");
  REQUIRE(wording);
  CHECK(wording->where.line == 6);
}

TEST_CASE("JSON: unknown keys are warnings that name them") {
  diagnostics diags;
  report r = read_json(data("unknown-keys.json"), {}, diags);
  CHECK(diags.error_count() == 0);
  CHECK(diags.warning_count() == 3);
  auto* top = find(diags, "unknown key \"foo\" at the top level");
  REQUIRE(top);
  CHECK(top->level == severity::warning);
  CHECK(top->where == source_position{3, 3, 0});
  auto* row = find(diags, "unknown key \"colour\" in commitments[2]");
  REQUIRE(row);
  CHECK(row->where.line == 7);
  CHECK(find(diags, "unknown key \"style\" in commitments[2].recommendation[0]"));
  CHECK(r.rows.at(2).recommendation.blocks.at(0).items == std::vector<std::string>{"a"});
}

TEST_CASE("JSON: repeated keys are warnings; the last one counts") {
  diagnostics diags;
  report r = read_json("{\"program\": \"A\",\n \"program\": \"B\"}", {}, diags);
  CHECK(r.program == "B");
  auto* d = find(diags, "repeated key \"program\"");
  REQUIRE(d);
  CHECK(d->where == source_position{2, 2, 0});
}

TEST_CASE("JSON: a truncated document is an error at its end") {
  diagnostics diags;
  auto e = refused(read_json, data("truncated.json"), diags);
  CHECK(e.message().rfind("invalid JSON:", 0) == 0);
  CHECK(e.where().line == 4);
  CHECK(e.where().column > 40);
}

TEST_CASE("JSON: binary garbage is an error") {
  diagnostics diags;
  auto e = refused(read_json, data("garbage.bin"), diags);
  CHECK(e.where().line == 1);
  CHECK(e.message().find("invalid UTF-8") != std::string::npos);
  // Garbage that is valid UTF-8 is a syntax error.
  auto e2 = refused(read_json, std::string("\x01\x02PK\x03\x04 zip?", 12), diags);
  CHECK(e2.message().rfind("invalid JSON:", 0) == 0);
  CHECK(e2.where() == source_position{1, 1, 0});
}

TEST_CASE("JSON: invalid UTF-8 is an error with its position") {
  diagnostics diags;
  auto e = refused(read_json, data("invalid-utf8.json"), diags);
  CHECK(e.message() == "invalid UTF-8 (byte 0xED, offset 19)");
  CHECK(e.where() == source_position{1, 20, 0});
}

TEST_CASE("JSON: a top level that is not an object is an error") {
  diagnostics diags;
  auto e = refused(read_json, "\n  [1, 2]", diags);
  CHECK(e.message() == "the JSON document must be an object, not an array");
  CHECK(e.where() == source_position{2, 3, 0});
}

TEST_CASE("JSON: inputs over the size limit are refused before parsing") {
  diagnostics diags;
  read_options small;
  small.max_input_bytes = 10;
  auto e = refused(read_json, "{\"program\": \"more than ten bytes\"}", diags, small);
  CHECK(e.message().find("over the limit of 10 bytes") != std::string::npos);
  // Even when the input is not JSON at all: the size is checked first.
  auto e2 = refused(read_json, std::string(11, '\xff'), diags, small);
  CHECK(e2.message().find("over the limit") != std::string::npos);
}

TEST_CASE("JSON: deep nesting and huge numbers are errors, not crashes") {
  diagnostics diags;
  auto e = refused(read_json, std::string(100000, '[') + std::string(100000, ']'), diags);
  CHECK(e.message().find("nested deeper") != std::string::npos);
  CHECK(e.where() == source_position{1, 65, 0});
  auto e2 = refused(read_json, "{\"evaluation_year\": 1e400}", diags);
  CHECK(e2.message().find("number overflow") != std::string::npos);
  CHECK(e2.where().line == 1);
  report r = read_json("{\"evaluation_year\": 18446744073709551615}", {}, diags);
  CHECK_FALSE(r.evaluation_year);
  CHECK(find(diags, "outside 1-9999"));
}

TEST_CASE("JSON: control characters are removed with a warning") {
  diagnostics diags;
  report r = read_json("{\"program\": \"A\\u0001B\\uFFFF\"}", {}, diags);
  CHECK(r.program == "AB");
  CHECK(diags.warning_count() == 1);
}

// ---- XML ----

TEST_CASE("XML: a DOCTYPE is refused before libxml2 sees it") {
  diagnostics diags("doctype.xml");
  auto e = refused(read_xml, data("doctype.xml"), diags);
  CHECK(e.message().find("DOCTYPE declarations are not allowed") != std::string::npos);
  CHECK(e.where() == source_position{3, 1, 0});
  CHECK(e.to_string().rfind("doctype.xml:3:1: error: DOCTYPE", 0) == 0);
}

TEST_CASE("XML: an external entity is refused, nothing is read") {
  diagnostics diags;
  auto e = refused(read_xml, data("external-entity.xml"), diags);
  CHECK(e.message().find("DOCTYPE") != std::string::npos);
  CHECK(e.where().line == 2);
  CHECK(std::string(e.what()).find("root:") == std::string::npos);  // no /etc/passwd content
}

TEST_CASE("XML: an external DTD is refused, no network") {
  diagnostics diags;
  auto e = refused(read_xml, data("network-dtd.xml"), diags);
  CHECK(e.where().line == 2);
}

TEST_CASE("XML: a billion-laughs bomb is refused at once") {
  diagnostics diags;
  auto e = refused(read_xml, data("billion-laughs.xml"), diags);
  CHECK(e.where().line == 2);
  // Also with the DOCTYPE hidden after a BOM, comments and processing instructions.
  std::string hidden = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x --><?pi y?>\n" + data("billion-laughs.xml").substr(22);
  auto e2 = refused(read_xml, hidden, diags);
  CHECK(e2.message().find("DOCTYPE") != std::string::npos);
  CHECK(e2.where() == source_position{3, 1, 0});
}

TEST_CASE("XML: an undeclared entity is an error with its line, not a lookup") {
  diagnostics diags;
  auto e = refused(read_xml, data("undeclared-entity.xml"), diags);
  CHECK(e.where().line == 3);
  CHECK(e.message().find("xxe") != std::string::npos);
  CHECK(diags.error_count() >= 1);
}

TEST_CASE("XML: a truncated document is an error with its line") {
  diagnostics diags;
  auto e = refused(read_xml, data("truncated.xml"), diags);
  CHECK(e.message().rfind("invalid XML", 0) == 0);
  CHECK(e.where().line == 5);
  CHECK(diags.error_count() >= 1);
}

TEST_CASE("XML: binary garbage, empty input and invalid UTF-8 are errors") {
  diagnostics diags;
  CHECK(refused(read_xml, data("garbage.bin"), diags).message().find("invalid UTF-8") != std::string::npos);
  CHECK(refused(read_xml, "", diags).message().find("empty input") != std::string::npos);
  CHECK(refused(read_xml, " \n ", diags).message().find("empty input") != std::string::npos);
  auto e = refused(read_xml, data("invalid-utf8.xml"), diags);
  CHECK(e.message() == "invalid UTF-8 (byte 0xED, offset 88)");
  CHECK(e.where() == source_position{3, 18, 0});
  auto e2 = refused(read_xml, "not xml at all", diags);
  CHECK(e2.where().line == 1);
  // UTF-16 is refused (its BOM is not UTF-8).
  CHECK(refused(read_xml, std::string("\xFF\xFE<\0i\0", 6), diags).message().find("UTF-8") != std::string::npos);
}

TEST_CASE("XML: another root or namespace is a schema error") {
  diagnostics diags;
  auto e = refused(read_xml, data("wrong-namespace.xml"), diags);
  CHECK(e.message().find("schema") != std::string::npos);
  CHECK(e.where().line == 2);
}

TEST_CASE("XML: inputs over the size limit are refused before parsing") {
  diagnostics diags;
  read_options small;
  small.max_input_bytes = 16;
  auto e = refused(read_xml, "<informe xmlns='urn:informe:1'/>", diags, small);
  CHECK(e.message().find("over the limit of 16 bytes") != std::string::npos);
}

TEST_CASE("XML: deep nesting is an error, not a crash") {
  diagnostics diags;
  std::string deep = "<informe xmlns='urn:informe:1'><observation>";
  for (int i = 0; i < 100000; ++i) deep += "<p>";
  auto e = refused(read_xml, deep, diags);
  CHECK(e.where().line == 1);
}

TEST_CASE("XML: messages go to the diagnostics of their own thread's reader") {
  const std::string inputs[] = {data("truncated.xml"), data("undeclared-entity.xml"),
                                data("wrong-namespace.xml"), "<informe xmlns='urn:informe:1'><program/></informe>"};
  const int expected_lines[] = {5, 3, 2, 1};
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        diagnostics diags;
        try {
          read_xml(inputs[t], {}, diags);
        } catch (const error& e) {
          bool mine = e.where().line == expected_lines[t] && diags.error_count() >= 1;
          for (const auto& d : diags.all()) mine = mine && d.where.line == expected_lines[t];
          if (!mine) return;
        }
      }
      ok[t] = 1;
    });
  }
  for (auto& th : threads) th.join();
  CHECK(ok == std::vector<int>{1, 1, 1, 1});
}

TEST_CASE("JSON: messages quote values on one printable line") {
  diagnostics diags;
  read_json("{\"a\\u0000\\nb\": 1, \"cutoff_date\": \"" + std::string(100, 'x') + "\"}", {}, diags);
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].message == "unknown key \"a\\u0000\\u000Ab\" at the top level");
  CHECK(diags.all()[1].message == "cutoff_date: invalid date \"" + std::string(40, 'x') +
                                      "...\" (expected YYYY, YYYY-MM or YYYY-MM-DD)");
}
