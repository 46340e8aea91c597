// A user's partial labels.json changing five terms: every writer prints them, and the seed written
// as PDF, HTML and DOCX reads back exact when the reader is given the same labels
// (read_options::template_dir), and not without them.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "informe/io.hpp"
#include "test_files.hpp"

namespace fs = std::filesystem;

namespace {

const char* const five_terms = R"j({
  "title": "Reporte de Avance de Compromisos",
  "responsible": "Unidad a Cargo",
  "due": "Plazo",
  "verification": "Evidencia",
  "none": "(ninguno)"
})j";

fs::path user_labels() {
  fs::path dir = fs::temp_directory_path() / "informe-five-terms";
  fs::create_directories(dir / "common");
  std::ofstream(dir / "common" / "labels.json") << five_terms;
  return dir;
}

informe::report seed() {
  informe::diagnostics d("seed");
  return informe::read_json(informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json")),
                            {}, d);
}

std::string json_of(const informe::report& r) {
  std::string out;
  informe::diagnostics d;
  informe::write_json(r, {}, out, d);
  return out;
}

using writer = void (*)(const informe::report&, const informe::write_options&, std::string&, informe::diagnostics&);
using reader = informe::report (*)(std::string_view, const informe::read_options&, informe::diagnostics&);

// `by_words`: the reader recognises the output by its words (PDF, DOCX), not by markup (our HTML's
// data-field attributes), so that without the labels it must fail to read it exact.
void check_round_trip(const char* name, writer write, reader read, bool by_words) {
  INFO(name);
  const fs::path dir = user_labels();
  const informe::report model = seed();
  informe::write_options w;
  w.template_dir = dir.string();
  std::string bytes;
  informe::diagnostics wd;
  write(model, w, bytes, wd);
  CHECK(wd.all().empty());

  informe::read_options r;
  r.template_dir = dir.string();
  informe::diagnostics rd;
  const informe::report back = read(bytes, r, rd);
  for (const auto& m : rd.all()) {
    if (m.level == informe::severity::info) continue;
    CHECK_MESSAGE(m.message.find("appears again") != std::string::npos, m.to_string());  // the seed's two "4"
  }
  CHECK(json_of(back) == json_of(model));

  if (!by_words) return;
  // Without the labels the words are not recognised: the output really uses them.
  informe::diagnostics plain_diags;
  std::string plain;
  try {
    plain = json_of(read(bytes, {}, plain_diags));
  } catch (const informe::error&) {
  }
  CHECK(plain != json_of(model));
}

}  // namespace

TEST_CASE("five user terms: PDF reads back exact with the labels given on read") {
  check_round_trip("pdf", &informe::write_pdf, &informe::read_pdf, true);
}

TEST_CASE("five user terms: HTML reads back exact with the labels given on read") {
  check_round_trip("html", &informe::write_html, &informe::read_html, false);
}

TEST_CASE("five user terms: DOCX reads back exact with the labels given on read") {
  check_round_trip("docx", &informe::write_docx, &informe::read_docx, true);
}

TEST_CASE("five user terms appear in every writer's output") {
  const fs::path dir = user_labels();
  informe::write_options w;
  w.template_dir = dir.string();
  const informe::report model = seed();
  for (auto [name, write] : {std::pair<const char*, writer>{"html", &informe::write_html},
                             std::pair<const char*, writer>{"docx_xml", &informe::write_docx_xml},
                             std::pair<const char*, writer>{"csv", &informe::write_csv}}) {
    INFO(name);
    std::string out;
    informe::diagnostics d;
    write(model, w, out, d);
    CHECK(out.find("Evidencia") != std::string::npos);
    CHECK(out.find("Plazo") != std::string::npos);
    CHECK(out.find("Unidad a Cargo") != std::string::npos);
    if (std::string(name) != "csv") {
      CHECK(out.find("Reporte de Avance de Compromisos") != std::string::npos);
      CHECK(out.find("(ninguno)") != std::string::npos);
      CHECK(out.find("Medios de Verificación") == std::string::npos);
    }
  }
}

TEST_CASE("a misspelt key in the user's labels is a warning naming the file, for every writer") {
  fs::path dir = fs::temp_directory_path() / "informe-misspelt-label";
  fs::create_directories(dir / "common");
  std::ofstream(dir / "common" / "labels.json") << R"j({"verificaton": "Evidencia"})j";
  informe::write_options w;
  w.template_dir = dir.string();
  const informe::report model = seed();
  for (writer write : {writer{&informe::write_html}, writer{&informe::write_docx}, writer{&informe::write_pdf}}) {
    std::string out;
    informe::diagnostics d;
    write(model, w, out, d);
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].file == (dir / "common" / "labels.json").string());
    CHECK(d.all()[0].message.find("\"verificaton\"") != std::string::npos);
  }
  fs::remove_all(dir);
}
