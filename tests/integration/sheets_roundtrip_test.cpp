// Spreadsheets out and back: every example, and a report holding every corner of the model, go
// JSON -> XLSX -> model and JSON -> CSV -> model unchanged; the XLSX bytes are reproducible.
#include <doctest/doctest.h>

#include <string>

#include "informe/informe.hpp"
#include "test_files.hpp"

namespace {

using namespace informe;

report load_json(const std::string& path) {
  diagnostics d(path);
  return read_json(test::read_file(path), {}, d);
}

// Every corner the cell encoding must survive.
report corner_cases() {
  report r;
  r.cutoff_date = partial_date{2009, 6, 0};
  r.issued_at = date_time{{2009, 10, 7}, 17, 6, 25};
  r.program = "=HYPERLINK(\"http://evil.example\",\"clic\")";
  r.ministry = "Ministerio; de \"Economía\", Fomento";
  r.service = "@SUM(A1)";
  r.evaluation_year = 2000;
  r.program_status = "-Egresado";
  r.exit_date = partial_date{2003, 0, 0};
  r.observation.add_paragraph("Primer párrafo.");
  r.observation.add_list({"uno", "dos"});
  r.observation.add_list({"tres"});
  r.observation.add_paragraph("Cierre 😀 con emoji.");

  row a;
  a.number = "4a";
  a.recommendation = rich_text::paragraph("+5 por ciento");
  a.commitment.add_list({"'=comilla", "''doble"});
  a.due = partial_date{2000, 12, 31};
  a.status = compliance_status::partially_fulfilled;  // no status_text
  a.verification = rich_text::paragraph("'texto con comilla");
  r.rows.push_back(a);

  row b;
  b.number = "007";
  b.due_text = "Primer semestre";  // no due
  b.status_text = "En proceso";    // no status
  b.compliance = rich_text::paragraph("\tcon tabulador inicial no queda: se limpia");
  r.rows.push_back(b);

  row c;
  c.number = "12";
  c.due = partial_date{2001, 0, 0};  // no due_text
  c.status = compliance_status::not_fulfilled;
  c.status_text = "NO CUMPLIDO.";
  c.responsible = "MINECON/CORFO";
  c.compliance_observation.add_list({"a"});
  r.rows.push_back(c);
  r.rows.push_back(row{});  // an empty row but for its number
  r.rows.back().number = "13";
  return r;
}

report through(const report& r, const char* format) {
  const auto* f = find_format(format);
  REQUIRE(f);
  std::string bytes;
  diagnostics w;
  write_options o;
  o.source_date_epoch = 1254935185;
  f->write(r, o, bytes, w);
  CHECK(w.warning_count() == 0);
  diagnostics d(std::string("out.") + format);
  report back = f->read(bytes, {}, d);
  for (const auto& m : d.all()) MESSAGE(m.to_string());
  CHECK(d.empty());
  return back;
}

void check_same(const report& a, const report& b) {
  // Row by row first, for a readable failure.
  REQUIRE(a.rows.size() == b.rows.size());
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    CAPTURE(i);
    CHECK(a.rows[i] == b.rows[i]);
  }
  CHECK(a == b);
}

}  // namespace

TEST_CASE("every example goes JSON -> XLSX -> JSON and JSON -> CSV -> JSON unchanged") {
  auto files = test::example_files();
  for (const char* extra : {"tests/data/html/legacy-fomento-2009.json", "tests/data/html/legacy-sin-charset-1252.json"})
    files.emplace_back(test::source_path(extra));
  // The models of the spreadsheet corpus too.
  for (const auto& e : std::filesystem::directory_iterator(test::source_path("tests/data/sheets")))
    if (e.path().string().ends_with(".expected.json")) files.push_back(e.path());
  REQUIRE(files.size() >= 10);
  for (const auto& path : files) {
    CAPTURE(path.string());
    report r = load_json(path.string());
    check_same(r, through(r, "xlsx"));
    check_same(r, through(r, "csv"));
    check_same(r, through(r, "csv-semicolon"));
  }
}

TEST_CASE("corner cases of the model survive XLSX and CSV") {
  report r = corner_cases();
  // The cleaned model is what the JSON reader would give: go through JSON first.
  std::string json;
  diagnostics d;
  write_json(r, {}, json, d);
  r = read_json(json, {}, d);
  check_same(r, through(r, "xlsx"));
  check_same(r, through(r, "csv"));
  check_same(r, through(r, "csv-semicolon"));
}

TEST_CASE("XLSX output is reproducible and guarded against formulas in CSV") {
  report r = corner_cases();
  write_options o;
  o.source_date_epoch = 1254935185;
  std::string a, b, csv;
  diagnostics d;
  write_xlsx(r, o, a, d);
  write_xlsx(r, o, b, d);
  CHECK(a == b);
  o.source_date_epoch = 1254935186 + 86400;
  std::string c;
  write_xlsx(r, o, c, d);
  CHECK(a != c);  // the time is in the package: the epoch is really used
  write_csv(r, o, csv, d);
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"\r\n") != std::string::npos);
  CHECK(csv.find(",'@SUM(A1)\r\n") != std::string::npos);
  CHECK(csv.find("\n=") == std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
}
