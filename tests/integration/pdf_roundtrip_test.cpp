// model -> write_pdf -> read_pdf gives the same fields, for every example (seed and 100-row stress),
// and the same for the PDF made from other texts. Derived values are the writer's own: when a row has
// no status_text or due_text the PDF prints the status label or the short date, which then reads
// back as printed.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "informe/io.hpp"
#include "test_files.hpp"

namespace {

void check_same(const informe::report& want, const informe::report& got) {
  CHECK(got.cutoff_date == want.cutoff_date);
  CHECK(got.issued_at == want.issued_at);
  CHECK(got.program == want.program);
  CHECK(got.ministry == want.ministry);
  CHECK(got.service == want.service);
  CHECK(got.evaluation_year == want.evaluation_year);
  CHECK(got.program_status == want.program_status);
  CHECK(got.exit_date == want.exit_date);
  CHECK(got.observation == want.observation);
  REQUIRE(got.rows.size() == want.rows.size());
  for (std::size_t i = 0; i < want.rows.size(); ++i) {
    const auto& w = want.rows[i];
    const auto& g = got.rows[i];
    INFO("row " << i + 1 << " (number " << w.number << ")");
    CHECK(g.number == w.number);
    CHECK(g.recommendation == w.recommendation);
    CHECK(g.responsible == w.responsible);
    CHECK(g.commitment == w.commitment);
    CHECK(g.due == w.due);
    if (!w.due_text.empty()) CHECK(g.due_text == w.due_text);
    CHECK(g.compliance == w.compliance);
    CHECK(g.compliance_observation == w.compliance_observation);
    CHECK(g.status == w.status);
    if (!w.status_text.empty()) CHECK(g.status_text == w.status_text);
    CHECK(g.verification == w.verification);
    CHECK(g.source.page > 0);
  }
}

}  // namespace

TEST_CASE("every example reads back from our own PDF with the same fields") {
  auto files = informe::test::example_files();
  REQUIRE(files.size() >= 2);  // the seed and the stress example
  for (const auto& path : files) {
    INFO(path.filename().string());
    informe::diagnostics d(path.string());
    informe::report model = informe::read_json(informe::test::read_file(path.string()), {}, d);
    std::string pdf;
    informe::write_pdf(model, {}, pdf, d);
    informe::diagnostics back("back.pdf");
    informe::report read = informe::read_pdf(pdf, {}, back);
    for (const auto& m : back.all()) {
      if (m.level == informe::severity::info) continue;  // furniture records
      // Only the repeated row numbers the examples really have ("4", "4" in the seed).
      CHECK_MESSAGE(m.message.find("appears again") != std::string::npos, m.to_string());
    }
    check_same(model, read);
  }
}

TEST_CASE("a report without statuses, due dates or header fields reads back too") {
  informe::report r;
  r.program = "Programa mínimo";
  for (int i = 1; i <= 3; ++i) {
    informe::row row;
    row.number = std::to_string(i);
    row.recommendation = informe::rich_text::paragraph("Recomendación " + std::to_string(i) + " sin más.");
    row.commitment.add_paragraph("Primer párrafo del compromiso.");
    row.commitment.add_list({"Un punto con guion-medio.", "Otro punto."});
    row.commitment.add_paragraph("Cierre del compromiso sin punto final");
    r.rows.push_back(row);
  }
  informe::diagnostics d;
  std::string pdf;
  informe::write_pdf(r, {}, pdf, d);
  informe::diagnostics back;
  informe::report read = informe::read_pdf(pdf, {}, back);
  for (const auto& m : back.all()) MESSAGE(m.to_string());
  CHECK(back.empty());
  check_same(r, read);
  for (const auto& row : read.rows) {
    CHECK(row.status_text.empty());  // "Sin calificación" is the writer's placeholder, not a status
    CHECK(!row.status.has_value());
  }
}

TEST_CASE("sub-numbered rows (\"1.1\", \"1.2\", \"2.1\") read back from our own PDF with their numbers") {
  const std::string path =
      informe::test::source_path("tests/data/corpus/reports/conadi-tierras-aguas-indigenas-2006.json");
  informe::diagnostics d(path);
  informe::report model = informe::read_json(informe::test::read_file(path), {}, d);
  REQUIRE(model.rows.size() == 8);
  REQUIRE(model.rows[1].number == "1.2");
  std::string pdf;
  informe::write_pdf(model, {}, pdf, d);
  informe::diagnostics back("back.pdf");
  informe::report read = informe::read_pdf(pdf, {}, back);
  for (const auto& m : back.all()) CHECK_MESSAGE(m.level == informe::severity::info, m.to_string());
  check_same(model, read);
}

// Another producer's PDF: headless Chromium's print of our HTML of the stress example (its own running
// header and footer). On its last page the columns stand apart from the other pages' and the page's
// gutters fall in the word spaces of the colophon centred below the table, whose words once went into
// the last rows' cells with exit 0 (tests/data/pdf/stress-100-rows.chromium.pdf, printed by
// `chromium --headless --print-to-pdf` from `informe convert examples/stress-100-rows.json -o report.html`).
TEST_CASE("a Chromium print of the stress example reads back the same, the colophon below the table included") {
  informe::diagnostics d;
  const informe::report model =
      informe::read_json(informe::test::read_file(informe::test::source_path("examples/stress-100-rows.json")), {}, d);
  informe::diagnostics back("stress-100-rows.chromium.pdf");
  const informe::report read = informe::read_pdf(
      informe::test::read_file(informe::test::source_path("tests/data/pdf/stress-100-rows.chromium.pdf")), {}, back);
  check_same(model, read);
  bool colophon = false;
  for (const auto& m : back.all())
    colophon = colophon || m.message.find("Documento generado con informe") != std::string::npos;
  CHECK(colophon);  // named, as furniture or text left unread, not read into a cell
}

// Rows split across pages at every kind of place: the header grows by one sentence at a time, so the
// table's page breaks move through the rows. A paragraph that ends exactly at a page break, and one
// that wraps there after a full stop, must both come back as they were (our writer keeps the
// paragraph spacing at the top of a continued cell, and the reader measures it).
TEST_CASE("our own PDFs read back the same wherever the page breaks fall") {
  for (const char* name : {"fomento-microempresa-2009.json", "stress-100-rows.json"}) {
    informe::diagnostics d(name);
    const informe::report base =
        informe::read_json(informe::test::read_file(informe::test::source_path(std::string("examples/") + name)), {}, d);
    const int variants = std::string(name).rfind("stress", 0) == 0 ? 12 : 24;
    for (int n = 1; n <= variants; ++n) {
      informe::report model = base;
      std::string extra;
      for (int k = 0; k < n; ++k) extra += (k ? " " : "") + std::string("Texto adicional que mueve la paginación.");
      model.observation.add_paragraph(extra);
      std::string pdf;
      informe::write_pdf(model, {}, pdf, d);
      informe::diagnostics back("back.pdf");
      informe::report read = informe::read_pdf(pdf, {}, back);
      INFO(name << " with " << n << " extra sentences");
      check_same(model, read);
    }
  }
}

TEST_CASE("a bulleted list in the header's observation reads back as a list") {
  informe::diagnostics d;
  informe::report base = informe::read_json(
      informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json")), {}, d);
  std::vector<informe::rich_text> observations(3);
  observations[0].add_paragraph("El seguimiento se hará así:");
  observations[0].add_list({"Indicadores de desempeño.", "Metas anuales."});
  observations[0].add_paragraph("Fin de la observación.");
  observations[1].add_list({"Un elemento largo que ocupa más de una línea en la columna de valores del encabezado, "
                            "para probar el sangrado francés de la lista.",
                            "Otro elemento."});
  observations[2].add_paragraph("Texto previo.");
  observations[2].add_list({"Uno.", "Dos."});
  for (const auto& observation : observations) {
    informe::report model = base;
    model.observation = observation;
    std::string pdf;
    informe::write_pdf(model, {}, pdf, d);
    informe::diagnostics back("back.pdf");
    informe::report read = informe::read_pdf(pdf, {}, back);
    check_same(model, read);
  }
}
