// The seed's canonical JSON (examples/fomento-microempresa-2009.json) through the HTML writer.
#include <doctest/doctest.h>

#include "html_support.hpp"
#include "informe/io.hpp"
#include "seed_report.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

report read_example() {
  diagnostics diags("fomento-microempresa-2009.json");
  return read_json(test::read_file(test::source_path("examples/fomento-microempresa-2009.json")), {}, diags);
}

}  // namespace

TEST_CASE("the JSON example and this test's transcription of the seed agree") {
  const report example = read_example();
  const report mine = test::seed_report();
  CHECK(example.cutoff_date == mine.cutoff_date);
  CHECK(example.issued_at == mine.issued_at);
  CHECK(example.program == mine.program);
  CHECK(example.ministry == mine.ministry);
  CHECK(example.service == mine.service);
  CHECK(example.evaluation_year == mine.evaluation_year);
  CHECK(example.program_status == mine.program_status);
  CHECK(example.exit_date == mine.exit_date);
  CHECK(example.observation == mine.observation);
  REQUIRE(example.rows.size() == mine.rows.size());
  for (std::size_t i = 0; i < mine.rows.size(); ++i) {
    INFO("row " << i + 1);
    const row& a = example.rows[i];
    const row& b = mine.rows[i];
    CHECK(a.number == b.number);
    CHECK(a.recommendation == b.recommendation);
    CHECK(a.responsible == b.responsible);
    CHECK(a.commitment == b.commitment);
    CHECK(a.due == b.due);
    CHECK(a.due_text == b.due_text);
    CHECK(a.compliance == b.compliance);
    CHECK(a.compliance_observation == b.compliance_observation);
    CHECK(a.status == b.status);
    CHECK(a.status_text == b.status_text);
    CHECK(a.verification == b.verification);
  }
}

TEST_CASE("the JSON example renders, identically to the transcription") {
  write_options options;
  options.source_date_epoch = 1254935185;
  const std::string html = test::render_html(read_example(), options);
  CHECK(html == test::render_html(test::seed_report(), options));
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);
  CHECK(errors.messages.empty());
  CHECK(test::select(doc.get(), "//h:tbody/h:tr").size() == 13);
}
