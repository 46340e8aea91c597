#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "informe/diagnostics.hpp"
#include "informe/validate.hpp"

using namespace informe;

namespace {

constexpr int last_code = static_cast<int>(diagnostic_code::write_failed);

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every diagnostic code has its own stable snake_case name, listed in docs/cli.md") {
  const char* source = std::getenv("INFORME_SOURCE_DIR");
  REQUIRE(source);
  const std::string docs = read_file(std::string(source) + "/docs/cli.md");
  REQUIRE(!docs.empty());
  std::set<std::string> names;
  for (int i = 0; i <= last_code; ++i) {
    std::string name(code_name(static_cast<diagnostic_code>(i)));
    CAPTURE(i);
    CAPTURE(name);
    CHECK(names.insert(name).second);
    CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos);
    CHECK(docs.find("| `" + name + "` |") != std::string::npos);
  }
  // Names never change: programs match on them.
  CHECK(code_name(diagnostic_code::other) == "other");
  CHECK(code_name(diagnostic_code::page_furniture) == "page_furniture");
  CHECK(code_name(diagnostic_code::unplaced_text) == "unplaced_text");
  CHECK(code_name(diagnostic_code::bad_date) == "bad_date");
  CHECK(code_name(diagnostic_code::bad_status) == "bad_status");
  CHECK(code_name(diagnostic_code::row_sequence) == "row_sequence");
  CHECK(code_name(diagnostic_code::limit_exceeded) == "limit_exceeded");
  CHECK(code_name(diagnostic_code::io_error) == "io_error");
}

TEST_CASE("warnings, errors and informe::error carry their code") {
  diagnostics diags("r.txt");
  diags.warning({3, 1, 0}, "cannot read the due date", diagnostic_code::bad_date);
  diags.error({}, "unknown status", diagnostic_code::bad_status);
  diags.warning({}, "something else");
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.all()[0].code == diagnostic_code::bad_date);
  CHECK(diags.all()[1].code == diagnostic_code::bad_status);
  CHECK(diags.all()[2].code == diagnostic_code::other);

  error e("too large", {}, {}, diagnostic_code::limit_exceeded);
  CHECK(e.code() == diagnostic_code::limit_exceeded);
  CHECK(e.with_file("r.txt").code() == diagnostic_code::limit_exceeded);
  CHECK(e.with_file("r.txt").file() == "r.txt");
  CHECK(error("plain").code() == diagnostic_code::other);
}

TEST_CASE("validate gives its findings their codes") {
  report r;
  r.service = "Servicio";
  r.cutoff_date = partial_date::from_iso("2009-06-30");
  row a;
  a.number = "1";
  a.commitment = rich_text::paragraph("Hacer algo");
  a.status = compliance_status::fulfilled;
  a.due_text = "Dic 20O0";
  row b = a;
  b.due_text.clear();
  r.rows = {a, b};
  diagnostics diags;
  validate(r, diags);
  std::multiset<diagnostic_code> codes;
  for (const auto& d : diags.all()) codes.insert(d.code);
  CHECK(codes.count(diagnostic_code::validation) == 1);    // no program
  CHECK(codes.count(diagnostic_code::bad_date) == 1);      // "Dic 20O0"
  CHECK(codes.count(diagnostic_code::row_sequence) == 1);  // "1" twice
  CHECK(codes.size() == 3);
}
