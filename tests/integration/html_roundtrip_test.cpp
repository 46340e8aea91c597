// model -> write_html -> read_html -> model: this library's own HTML output reads back losslessly.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../unit/canonical/sample_reports.hpp"
#include "informe/io.hpp"
#include "test_files.hpp"

namespace {

using informe::report;

std::string json_of(const report& r) {
  std::string out;
  informe::diagnostics d;
  informe::write_json(r, {}, out, d);
  return out;
}

// Writes `r` as HTML and reads it back; the diagnostics of the reading are returned in `diags`.
report through_html(const report& r, informe::diagnostics& diags, const informe::write_options& options = {}) {
  std::string html;
  informe::diagnostics write_diags;
  informe::write_html(r, options, html, write_diags);
  REQUIRE(!html.empty());
  return informe::read_html(html, {}, diags);
}

void check_round_trip(const report& r, const std::string& name) {
  INFO(name);
  informe::diagnostics diags(name + ".html");
  report back = through_html(r, diags);
  CHECK(json_of(back) == json_of(r));  // readable difference first
  CHECK(back == r);
  for (const auto& d : diags.all()) INFO(d.to_string());
  CHECK(diags.empty());
}

}  // namespace

TEST_CASE("every example reads back from its HTML unchanged") {
  auto files = informe::test::example_files();
  REQUIRE(!files.empty());
  for (const auto& path : files) {
    informe::diagnostics diags(path.string());
    report r = informe::read_json(informe::test::read_file(path.string()), {}, diags);
    REQUIRE(!r.rows.empty());
    check_round_trip(r, path.filename().string());
  }
}

TEST_CASE("reports with every shape of field read back from HTML unchanged") {
  check_round_trip(informe::test::rich_report(), "rich_report");
  check_round_trip(informe::test::bare_report(), "bare_report");
  check_round_trip(report{}, "empty report");

  report r = informe::test::rich_report();
  r.rows[0].due_text.clear();          // due shown from the parsed date (data-derived)
  r.rows[1].status_text.clear();       // status shown from its key (data-derived)
  r.rows[2].due.reset();               // a due date that could not be parsed, kept as printed
  r.rows[2].due_text = "a fines de 2002";
  r.rows[3].status_text = "En proceso"; // unknown wording, no status
  r.rows[3].number = "12";
  r.rows[3].recommendation.add_paragraph("Organismo Responsable: no es una etiqueta aquí.");
  r.rows[3].compliance.add_paragraph("4. Calificación: tampoco; Fecha de Vencimiento: Dic. 2000");
  r.cutoff_date = informe::partial_date{2009, 0, 0};
  r.exit_date = informe::partial_date{2003, 6, 0};
  r.observation.add_list({"uno", "dos"});
  check_round_trip(r, "derived and odd values");
}

TEST_CASE("the round trip does not depend on the timestamp of the output") {
  informe::write_options options;
  options.source_date_epoch = 0;
  informe::diagnostics diags;
  report r = informe::test::rich_report();
  CHECK(through_html(r, diags, options) == r);
}

TEST_CASE("without its data attributes, our own HTML still reads by its printed labels") {
  // The legacy path (labels, column headers "N° | Recomendación | ...", <dl> header) on our output.
  informe::diagnostics json_diags;
  report r = informe::read_json(
      informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json")), {}, json_diags);
  std::string html;
  informe::diagnostics write_diags;
  informe::write_html(r, {}, html, write_diags);
  // drop every data-* attribute
  std::string stripped;
  for (std::size_t i = 0; i < html.size();) {
    if (html.compare(i, 6, " data-") == 0) {
      std::size_t j = i + 6;
      while (j < html.size() && html[j] != '=' && html[j] != ' ' && html[j] != '>') ++j;
      if (j < html.size() && html[j] == '=' && j + 1 < html.size() && html[j + 1] == '"') j = html.find('"', j + 2) + 1;
      i = j;
      continue;
    }
    stripped += html[i++];
  }
  REQUIRE(stripped.find("data-") == std::string::npos);
  informe::diagnostics diags;
  report back = informe::read_html(stripped, {}, diags);
  REQUIRE(back.rows.size() == r.rows.size());
  for (auto& row : back.rows) row.verification = {};  // the "—" shown for none is printed text here
  for (auto& row : r.rows) row.verification = {};
  CHECK(json_of(back) == json_of(r));
}
