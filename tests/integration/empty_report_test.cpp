// A report without commitments (a follow-up opened before the service answered): every writer
// prints it, the PDF, HTML and DOCX with the note "Sin compromisos registrados." where the table would
// be, and every reader gives it back with no rows and no warning. Without the note, text with a header
// and no rows stays an error.
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "test_files.hpp"

namespace {

using writer = void (*)(const informe::report&, const informe::write_options&, std::string&, informe::diagnostics&);
using reader = informe::report (*)(std::string_view, const informe::read_options&, informe::diagnostics&);

informe::report without_rows() {
  informe::diagnostics d("seed");
  informe::report r = informe::read_json(
      informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json")), {}, d);
  r.rows.clear();
  return r;
}

std::string json_of(const informe::report& r) {
  std::string out;
  informe::diagnostics d;
  informe::write_json(r, {}, out, d);
  return out;
}

}  // namespace

TEST_CASE("a report without commitments goes through every writer and reads back with no rows") {
  const informe::report model = without_rows();
  const struct {
    const char* name;
    writer write;
    reader read;
  } formats[] = {
      {"pdf", informe::write_pdf, informe::read_pdf},         {"html", informe::write_html, informe::read_html},
      {"docx", informe::write_docx, informe::read_docx},      {"docx-xml", informe::write_docx_xml, informe::read_docx_xml},
      {"xlsx", informe::write_xlsx, informe::read_xlsx},      {"csv", informe::write_csv, informe::read_csv},
      {"xml", informe::write_xml, informe::read_xml},         {"json", informe::write_json, informe::read_json},
  };
  for (const auto& f : formats) {
    INFO(f.name);
    std::string bytes;
    informe::diagnostics wd;
    f.write(model, {}, bytes, wd);
    CHECK(wd.all().empty());
    informe::diagnostics rd(std::string("empty.") + f.name);
    informe::report back;
    CHECK_NOTHROW(back = f.read(bytes, {}, rd));
    for (const auto& m : rd.all()) CHECK_MESSAGE(m.level == informe::severity::info, m.to_string());
    CHECK(back.rows.empty());
    CHECK(json_of(back) == json_of(model));
  }
}

TEST_CASE("the PDF of a report without commitments prints the note, recognised as such on reading") {
  std::string pdf;
  informe::diagnostics wd;
  informe::write_pdf(without_rows(), {}, pdf, wd);
  informe::diagnostics rd("empty.pdf");
  informe::report back = informe::read_pdf(pdf, {}, rd);
  bool note = false;
  for (const auto& m : rd.all())
    note = note || (m.code == informe::diagnostic_code::page_furniture &&
                    m.message.find("note of a report without commitments") != std::string::npos);
  CHECK(note);
}

TEST_CASE("text with header fields and no rows, and no note saying so, is still an error") {
  const std::string text =
      "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009\n\n"
      "Programa/Institución: Fomento a la Microempresa\n"
      "Ministerio: MINISTERIO DE ECONOMIA\n";
  informe::diagnostics d("header-only.txt");
  CHECK_THROWS_AS(informe::read_text(text, {}, d), informe::error);
}
