// The summary and comparison API through the installed-shape library (informe::informe): the example
// read from its JSON and its PDF, summed up and compared, and each summary and diff writer run.
#include <doctest/doctest.h>

#include <string>

#include "informe/compare.hpp"
#include "informe/io.hpp"
#include "informe/summary.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

report example() {
  diagnostics diags("example.json");
  return read_json(test::read_file(test::source_path("examples/fomento-microempresa-2009.json")), {}, diags);
}

}  // namespace

TEST_CASE("summary of the example and a later cut-off of it") {
  report a = example();
  report b = a;
  b.cutoff_date = partial_date{2010, 6, 30};
  b.rows[0].status = compliance_status::not_fulfilled;
  b.rows[0].due = partial_date{2010, 1, 0};
  summary_builder builder;
  builder.add(a, "2009.json");
  builder.add(b, "2010.json");
  summary s = builder.result();
  REQUIRE(s.groups.size() == 2);
  CHECK(s.total.programs == 1);
  CHECK(s.total.reports == 2);
  CHECK(s.total.counts.total == 26);
  CHECK(s.total.counts.fulfilled == 25);
  CHECK(s.groups[1].overdue == 1);  // due January 2010, not fulfilled at June 2010
  CHECK(s.total.programs_without_status == 0);

  for (auto writer : {&write_summary_html, &write_summary_json, &write_summary_csv, &write_summary_xlsx}) {
    std::string out;
    writer(s, {}, out);
    CHECK(out.size() > 100);
  }
}

TEST_CASE("compare the example with itself read back from its PDF") {
  report a = example();
  diagnostics diags("example.pdf");
  std::string pdf;
  write_pdf(a, {}, pdf, diags);
  report b = read_pdf(pdf, {}, diags);
  report_diff d = compare(a, b);
  CHECK(d.empty());
  CHECK(a == b);

  b.rows[4].status = compliance_status::partially_fulfilled;
  d = compare(a, b);
  CHECK_FALSE(d.empty());
  CHECK(d.changed() == 1);
  std::string text, html, json;
  write_diff_text(d, a, b, {}, text);
  write_diff_html(d, a, b, {}, html);
  write_diff_json(d, a, b, {}, json);
  CHECK(text.find("{+Parcialmente cumplido+}") != std::string::npos);
  CHECK(html.find("<ins>Parcialmente cumplido</ins>") != std::string::npos);
  CHECK(json.find("\"partially_fulfilled\"") != std::string::npos);
}
