#include <doctest/doctest.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "html_support.hpp"
#include "informe/io.hpp"
#include "seed_report.hpp"
#include "test_files.hpp"

using namespace informe;
namespace fs = std::filesystem;

TEST_CASE("the seed renders to a standalone HTML5 document") {
  const report seed = test::seed_report();
  write_options options;
  options.source_date_epoch = 1254935185;
  const std::string html = test::render_html(seed, options);
  // Kept for looking at it (screenshots, print to PDF).
  test::write_file((fs::temp_directory_path() / "informe-seed.html").string(), html);

  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"") != std::string::npos);
  CHECK(html.find("<meta charset=\"utf-8\" />") != std::string::npos);
  CHECK(html.find("<title>Informe de Cumplimiento de Compromisos al 30 de junio de 2009</title>") != std::string::npos);
  CHECK(html.find("<style>") != std::string::npos);
  // No external resources.
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
}

namespace {

report seed_with_epoch(write_options& options) {
  options.source_date_epoch = 1254935185;
  return test::seed_report();
}

// Finds each of `texts` in `haystack` after the previous one; reports the first that is missing.
void check_in_order(const std::string& haystack, const std::vector<std::string>& texts, const std::string& where) {
  std::size_t pos = 0;
  for (const auto& t : texts) {
    if (t.empty()) continue;
    const auto found = haystack.find(t, pos);
    INFO(where << ": \"" << t << "\" after offset " << pos);
    REQUIRE(found != std::string::npos);
    pos = found + t.size();
  }
}

void add_rich(std::vector<std::string>& out, const rich_text& text) {
  for (const auto& b : text.blocks) {
    if (b.type == block::kind::paragraph) {
      out.push_back(b.text);
    } else {
      for (const auto& item : b.items) out.push_back(item);
    }
  }
}

}  // namespace

TEST_CASE("the seed's HTML parses with libxml2 without errors") {
  write_options options;
  const report seed = seed_with_epoch(options);
  const std::string html = test::render_html(seed, options);

  test::parse_errors xml_errors;
  auto xml = test::parse_xml(html, xml_errors);
  REQUIRE(xml);
  INFO("XML errors: " << (xml_errors.messages.empty() ? "" : xml_errors.messages.front()));
  CHECK(xml_errors.messages.empty());

  // libxml2 2.9's HTML parser predates HTML5: it flags main/section/header/time as unknown tags, and
  // nothing else may be wrong.
  test::parse_errors html_errors;
  auto doc = test::parse_html(html, html_errors);
  REQUIRE(doc);
  std::vector<std::string> real;
  for (std::size_t i = 0; i < html_errors.codes.size(); ++i) {
    if (html_errors.codes[i] != XML_HTML_UNKNOWN_TAG) real.push_back(html_errors.messages[i]);
  }
  INFO("HTML errors: " << (real.empty() ? "" : real.front()));
  CHECK(real.empty());
}

TEST_CASE("tidy reports no errors nor warnings on the seed's HTML") {
  REQUIRE_MESSAGE(test::have_program("tidy"), "tidy is missing (scripts/packages.txt)");
  write_options options;
  const report seed = seed_with_epoch(options);
  auto dir = test::scratch_dir("tidy");
  const auto path = (dir / "seed.html").string();
  test::write_file(path, test::render_html(seed, options));
  std::string out;
  const int status = test::run("tidy -q -e '" + path + "' 2>&1", out);
  INFO(out);
  CHECK(status == 0);  // 1 would be warnings, 2 errors
  CHECK(out.find("Error") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("every field's text appears, in order") {
  write_options options;
  const report seed = seed_with_epoch(options);
  const std::string html = test::render_html(seed, options);
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);

  auto mains = test::select(doc.get(), "//h:main");
  REQUIRE(mains.size() == 1);
  const std::string all = test::squeeze(test::text_of(mains[0]));

  std::vector<std::string> header{"Informe de Cumplimiento de Compromisos al 30 de junio de 2009",
                                  "Fecha del Informe: 7 de octubre de 2009, 17:06:25",
                                  "Programa/Institución", seed.program, "Ministerio", seed.ministry,
                                  "Servicio", seed.service, "Año", "2000", "Calificación", seed.program_status,
                                  "Fecha Egreso", "30 de junio de 2003", "Observación"};
  add_rich(header, seed.observation);
  header.insert(header.end(), {"Resumen del cumplimiento", "Compromisos", "13", "Cumplido", "13", "Porcentaje cumplido",
                               "Recomendación", "Compromiso", "Cumplimiento"});
  check_in_order(all, header, "header");

  // Rows, in order, each field in order inside its row.
  auto rows = test::select(doc.get(), "//h:table[@class='commitments']/h:tbody/h:tr");
  CHECK(test::select(doc.get(), "//h:tbody/h:tr").size() == 13);  // the seed's 13 commitments, no other body rows
  REQUIRE(rows.size() == seed.rows.size());
  std::vector<std::string> row_texts;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const row& r = seed.rows[i];
    CHECK(test::attribute(rows[i], "data-row") == std::to_string(i + 1));
    std::vector<std::string> fields{r.number};
    add_rich(fields, r.recommendation);
    if (!r.responsible.empty()) fields.insert(fields.end(), {"Organismo Responsable:", r.responsible});
    add_rich(fields, r.commitment);
    if (!r.due_text.empty()) fields.insert(fields.end(), {"Fecha de Vencimiento:", r.due_text});
    add_rich(fields, r.compliance);
    if (!r.compliance_observation.empty()) fields.push_back("Observación:");
    add_rich(fields, r.compliance_observation);
    fields.insert(fields.end(), {"Calificación:", r.status_text, "Medios de Verificación:"});
    add_rich(fields, r.verification);
    check_in_order(test::squeeze(test::text_of(rows[i])), fields, "row " + std::to_string(i + 1));
    row_texts.push_back(r.recommendation.blocks.front().text);
  }
  check_in_order(all, row_texts, "rows");
}

TEST_CASE("fields are marked up so that a reader finds them back") {
  write_options options;
  const report seed = seed_with_epoch(options);
  const std::string html = test::render_html(seed, options);
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);
  auto one = [&](const std::string& xpath) {
    auto nodes = test::select(doc.get(), xpath);
    REQUIRE(nodes.size() == 1);
    return nodes[0];
  };
  CHECK(test::attribute(one("//h:time[@data-field='cutoff_date']"), "datetime") == "2009-06-30");
  CHECK(test::attribute(one("//h:time[@data-field='issued_at']"), "datetime") == "2009-10-07T17:06:25");
  CHECK(test::attribute(one("//h:time[@data-field='exit_date']"), "datetime") == "2003-06-30");
  CHECK(test::text_of(one("//*[@data-field='program']")) == seed.program);
  CHECK(test::text_of(one("//*[@data-field='evaluation_year']")) == "2000");
  CHECK(test::select(doc.get(), "//*[@data-field='observation']/h:p").size() == 1);

  auto due = test::select(doc.get(), "//h:tr/h:td/h:p/h:time[@data-field='due']");
  REQUIRE(due.size() == 13);
  CHECK(test::attribute(due[0], "datetime") == "2000-12");
  CHECK(test::text_of(due[0]) == "Dic. 2000");
  CHECK(test::text_of(due[12]) == "Junio 2001");
  CHECK(test::select(doc.get(), "//*[@data-derived]").empty());

  auto statuses = test::select(doc.get(), "//h:span[@data-field='status']");
  REQUIRE(statuses.size() == 13);
  CHECK(test::attribute(statuses[0], "data-status") == "fulfilled");
  CHECK(test::text_of(statuses[0]) == "Cumplido");

  auto numbers = test::select(doc.get(), "//h:tbody/h:tr/h:th[@scope='row'][@data-field='number']");
  REQUIRE(numbers.size() == 13);
  CHECK(test::text_of(numbers[4]) == "4");
  CHECK(test::text_of(numbers[5]) == "5");

  // Row 12: a paragraph, a five-item list, the responsible.
  auto rec12 = one("//h:tr[@data-row='13']//*[@data-field='recommendation']");
  CHECK(test::select(doc.get(), "//h:tr[@data-row='13']//*[@data-field='recommendation']/h:ul/h:li").size() == 5);
  CHECK(test::text_of(rec12).find("por ejemplo:") != std::string::npos);
  CHECK(test::text_of(one("//h:tr[@data-row='13']//*[@data-field='responsible']")) == "MINECON/CORFO/FOSIS/SERCOTEC");
  CHECK(test::select(doc.get(), "//*[@data-field='compliance_observation']").size() == 1);
  CHECK(test::select(doc.get(), "//*[@data-field='verification']").size() == 7);
  CHECK(test::select(doc.get(), "//*[@data-field='responsible']").size() == 10);

  // Table semantics.
  CHECK(test::select(doc.get(), "//h:table/h:thead/h:tr/h:th[@scope='col']").size() == 4);
}

TEST_CASE("conversions in parallel threads give the same page") {
  write_options options;
  const report seed = seed_with_epoch(options);
  const std::string expected = test::render_html(seed, options);
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (auto& out : outputs) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) out = test::render_html(seed, options);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& out : outputs) CHECK(out == expected);
}
