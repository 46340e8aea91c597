// The seed against its hand transcription (examples/fomento-microempresa-2009.json), field by field.
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "test_files.hpp"
#include "text_support.hpp"

using namespace informe;
using informe::test::describe;

namespace {

std::string opt(const std::optional<partial_date>& d) { return d ? d->to_iso() : "(none)"; }
std::string opt(const std::optional<date_time>& d) { return d ? d->to_iso() : "(none)"; }
std::string opt(const std::optional<compliance_status>& s) { return s ? std::string(to_string(*s)) : "(none)"; }

}  // namespace

TEST_CASE("the seed reads to its hand transcription, field by field") {
  diagnostics text_diags("fomento-microempresa-2009.txt");
  report got = read_text(test::read_file(test::source_path("examples/fomento-microempresa-2009.txt")), {}, text_diags);
  diagnostics json_diags("fomento-microempresa-2009.json");
  report want = read_json(test::read_file(test::source_path("examples/fomento-microempresa-2009.json")), {}, json_diags);
  REQUIRE(json_diags.error_count() == 0);

  CHECK_MESSAGE(got.cutoff_date == want.cutoff_date, "cutoff_date: ", opt(got.cutoff_date), " vs ", opt(want.cutoff_date));
  CHECK_MESSAGE(got.issued_at == want.issued_at, "issued_at: ", opt(got.issued_at), " vs ", opt(want.issued_at));
  CHECK_MESSAGE(got.program == want.program, "program: ", got.program);
  CHECK_MESSAGE(got.ministry == want.ministry, "ministry: ", got.ministry);
  CHECK_MESSAGE(got.service == want.service, "service: ", got.service);
  CHECK_MESSAGE(got.evaluation_year == want.evaluation_year, "evaluation_year");
  CHECK_MESSAGE(got.program_status == want.program_status, "program_status: ", got.program_status);
  CHECK_MESSAGE(got.exit_date == want.exit_date, "exit_date: ", opt(got.exit_date), " vs ", opt(want.exit_date));
  CHECK_MESSAGE(got.observation == want.observation, "observation: ", describe(got.observation));

  REQUIRE(got.rows.size() == want.rows.size());
  for (std::size_t i = 0; i < want.rows.size(); ++i) {
    const row& g = got.rows[i];
    const row& w = want.rows[i];
    std::string where = "row " + std::to_string(i + 1) + " (number " + w.number + "): ";
    CHECK_MESSAGE(g.number == w.number, where, "number: ", g.number);
    CHECK_MESSAGE(g.recommendation == w.recommendation, where, "recommendation:\n got  ",
                  describe(g.recommendation), "\n want ", describe(w.recommendation));
    CHECK_MESSAGE(g.responsible == w.responsible, where, "responsible: \"", g.responsible, "\" vs \"", w.responsible, "\"");
    CHECK_MESSAGE(g.commitment == w.commitment, where, "commitment:\n got  ", describe(g.commitment), "\n want ",
                  describe(w.commitment));
    CHECK_MESSAGE(g.due == w.due, where, "due: ", opt(g.due), " vs ", opt(w.due));
    CHECK_MESSAGE(g.due_text == w.due_text, where, "due_text: \"", g.due_text, "\" vs \"", w.due_text, "\"");
    CHECK_MESSAGE(g.compliance == w.compliance, where, "compliance:\n got  ", describe(g.compliance), "\n want ",
                  describe(w.compliance));
    CHECK_MESSAGE(g.compliance_observation == w.compliance_observation, where, "compliance_observation:\n got  ",
                  describe(g.compliance_observation), "\n want ", describe(w.compliance_observation));
    CHECK_MESSAGE(g.status == w.status, where, "status: ", opt(g.status), " vs ", opt(w.status));
    CHECK_MESSAGE(g.status_text == w.status_text, where, "status_text: \"", g.status_text, "\" vs \"", w.status_text, "\"");
    CHECK_MESSAGE(g.verification == w.verification, where, "verification:\n got  ", describe(g.verification),
                  "\n want ", describe(w.verification));
    CHECK_MESSAGE(g.source.line > 0, where, "source line");
  }
  CHECK(got == want);

  // The only warning the seed deserves: the repeated number 4, at the second row 4's line.
  INFO(describe(text_diags));
  CHECK(text_diags.error_count() == 0);
  REQUIRE(text_diags.warning_count() == 1);
  const auto& d = text_diags.all().front();
  CHECK(d.message.find("row number 4") != std::string::npos);
  CHECK(d.where.line == 26);
  CHECK(d.where.column == 1);
}

TEST_CASE("the seed's rows start where they are printed") {
  diagnostics diags;
  report r = read_text(test::read_file(test::source_path("examples/fomento-microempresa-2009.txt")), {}, diags);
  REQUIRE(r.rows.size() == 13);
  CHECK(r.rows[0].source.line == 18);
  CHECK(r.rows[3].source.line == 23);
  CHECK(r.rows[4].source.line == 26);
  CHECK(r.rows[12].source.line == 44);
}
