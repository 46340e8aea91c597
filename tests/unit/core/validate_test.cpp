// validate() lives in core; its tests are here, where reports can be read from canonical JSON.
#include <doctest/doctest.h>

#include "informe/io.hpp"
#include "informe/validate.hpp"
#include "../canonical/sample_reports.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

report complete_header() {
  report r;
  r.program = "Fomento a la Microempresa";
  r.service = "SERVICIO DE COOPERACION TECNICA";
  r.cutoff_date = partial_date{2009, 6, 30};
  r.evaluation_year = 2000;
  return r;
}

row good_row(std::string number, int line) {
  row w;
  w.number = std::move(number);
  w.commitment = rich_text::paragraph("Se hará.");
  w.due = partial_date{2000, 12, 0};
  w.due_text = "Dic. 2000";
  w.status = compliance_status::fulfilled;
  w.status_text = "Cumplido";
  w.source = {line, 5, 0};
  return w;
}

std::vector<std::string> messages(const diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.all()) out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("validate: a complete report has no warnings") {
  report r = complete_header();
  r.rows = {good_row("1", 10), good_row("2", 20)};
  diagnostics diags;
  CHECK(validate(r, diags) == 0);
  CHECK(diags.empty());
}

TEST_CASE("validate: the example has only its repeated row 4") {
  diagnostics diags("fomento.json");
  report r = read_json(test::read_file(test::source_path("examples/fomento-microempresa-2009.json")), {}, diags);
  REQUIRE(diags.empty());
  CHECK(validate(r, diags) == 1);
  REQUIRE(diags.all().size() == 1);
  const auto& d = diags.all()[0];
  CHECK(d.level == severity::warning);
  CHECK(d.where == r.rows[4].source);
  CHECK(d.message == "row number \"4\" repeats the row at line " + std::to_string(r.rows[3].source.line));
}

TEST_CASE("validate: repeated row numbers name the first row's line") {
  report r = complete_header();
  r.rows = {good_row("4", 25), good_row("5", 30), good_row("4", 41)};
  diagnostics diags;
  CHECK(validate(r, diags) == 1);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "row number \"4\" repeats the row at line 25");
  CHECK(diags.all()[0].where == source_position{41, 5, 0});
  // Without positions, rows are named by order; PDF rows by page.
  r.rows[0].source = {};
  diagnostics by_order;
  validate(r, by_order);
  CHECK(by_order.all().at(0).message == "row number \"4\" repeats row 1");
  r.rows[0].source = {3, 0, 2};
  diagnostics by_page;
  validate(r, by_page);
  CHECK(by_page.all().at(0).message == "row number \"4\" repeats the row on page 2, line 3");
}

TEST_CASE("validate: rows without status") {
  report r = complete_header();
  r.rows = {good_row("1", 10), good_row("2", 20)};
  r.rows[0].status.reset();
  r.rows[0].status_text.clear();
  r.rows[1].status.reset();
  r.rows[1].status_text = "Cumplido a medias";
  diagnostics diags;
  CHECK(validate(r, diags) == 2);
  CHECK(messages(diags) == std::vector<std::string>{
                               "row \"1\" has no status (\"Calificación\")",
                               "row \"2\" has the status \"Cumplido a medias\", which is none of the known ones"});
  CHECK(diags.all()[0].where.line == 10);
  CHECK(diags.all()[1].where.line == 20);
}

TEST_CASE("validate: due_text present but due not parsed") {
  report r = complete_header();
  r.rows = {good_row("1", 10)};
  r.rows[0].due.reset();
  r.rows[0].due_text = "Dic. 200";
  diagnostics diags;
  CHECK(validate(r, diags) == 1);
  CHECK(diags.all().at(0).message == "row \"1\": the due date \"Dic. 200\" could not be read as a date");
  CHECK(diags.all().at(0).where.line == 10);
  // Neither due nor due_text: nothing to say.
  r.rows[0].due_text.clear();
  diagnostics none;
  CHECK(validate(r, none) == 0);
}

TEST_CASE("validate: due date before the evaluation year") {
  report r = complete_header();
  r.rows = {good_row("1", 10), good_row("2", 20)};
  r.rows[0].due = partial_date{1999, 12, 0};
  r.rows[1].due = partial_date{2000, 1, 0};  // the evaluation year itself is fine
  diagnostics diags;
  CHECK(validate(r, diags) == 1);
  CHECK(diags.all().at(0).message == "row \"1\": the due date 1999-12 is before the evaluation year 2000");
  // No evaluation year: no comparison.
  r.evaluation_year.reset();
  diagnostics none;
  CHECK(validate(r, none) == 0);
}

TEST_CASE("validate: missing header fields") {
  report r;
  diagnostics diags;
  CHECK(validate(r, diags) == 3);
  CHECK(messages(diags) == std::vector<std::string>{"the report has no program (\"Programa/Institución\")",
                                                    "the report has no service (\"Servicio\")",
                                                    "the report has no cut-off date (the date in its title)"});
  for (const auto& d : diags.all()) CHECK(d.level == severity::warning);
}

TEST_CASE("validate: empty rows and rows without number") {
  report r = complete_header();
  row empty;
  empty.source = {12, 3, 0};
  row numbered_only;
  numbered_only.number = "7";
  row unnumbered = good_row("", 30);
  r.rows = {empty, numbered_only, unnumbered};
  diagnostics diags;
  CHECK(validate(r, diags) == 3);
  CHECK(messages(diags) == std::vector<std::string>{"row 1 (no number) is empty", "row \"7\" is empty",
                                                    "row 3 (no number) has no number"});
  CHECK(diags.all()[0].where == source_position{12, 3, 0});
}

TEST_CASE("validate: positions come from the JSON the rows were read from") {
  diagnostics diags("a.json");
  report r = read_json(
      "{\"program\": \"P\", \"service\": \"S\", \"cutoff_date\": \"2009\",\n"
      " \"commitments\": [\n  {\"number\": \"1\", \"status\": \"fulfilled\"},\n"
      "  {\"number\": \"1\", \"status\": \"fulfilled\"}]}",
      {}, diags);
  REQUIRE(diags.empty());
  validate(r, diags);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].to_string() == "a.json:4:3: warning: row number \"1\" repeats the row at line 3");
}

TEST_CASE("validate: a row that repeats the number of the row before with no recommendation is another commitment") {
  report r = complete_header();
  r.rows = {good_row("1", 10), good_row("1", 20), good_row("1", 30), good_row("2", 40), good_row("1", 50)};
  r.rows[0].recommendation = rich_text::paragraph("Mejorar la gestión.");
  r.rows[1].recommendation = {};
  r.rows[1].responsible.clear();
  r.rows[2].recommendation = {};
  r.rows[4].recommendation = {};  // not after a row "1": a repeated number
  diagnostics diags;
  CHECK(validate(r, diags) == 1);
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "row number \"1\" repeats the row at line 10");
  CHECK(diags.all()[0].where == r.rows[4].source);
}
