#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "informe/io.hpp"
#include "pdf_test_support.hpp"
#include "writers/pdf/render.hpp"
#include "writers/pdf/style.hpp"

using namespace informe;
using detail::pdf::render_pdf;
using test::load_example;
using test::reproducible;
using test::save;

namespace {

int page_count(const std::string& path) {
  auto info = test::run("pdfinfo '" + path + "'");
  auto at = info.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(info.out.substr(at + 6));
}

// Every line of pdffonts' table says "emb yes".
void check_fonts_embedded(const std::string& path, int at_least) {
  auto fonts = test::run("pdffonts '" + path + "'");
  REQUIRE(fonts.status == 0);
  std::istringstream lines(fonts.out);
  std::string line, header;
  std::getline(lines, header);
  const std::size_t emb = header.find("emb");
  REQUIRE(emb != std::string::npos);
  int n = 0;
  for (int i = 1; std::getline(lines, line); ++i) {
    if (i < 2 || line.empty()) continue;
    ++n;
    CHECK_MESSAGE(line.substr(emb, 3) == "yes", line);
  }
  CHECK(n >= at_least);
}

}  // namespace

TEST_CASE("the seed renders: qpdf is clean, every font embedded, every word of every field comes back") {
  report r = load_example("fomento-microempresa-2009.json");
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  CHECK(d.empty());
  const std::string path = save("seed.pdf", result.bytes);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
  CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);
  check_fonts_embedded(path, 3);
  auto fonts = test::run("pdffonts '" + path + "'");
  CHECK(fonts.out.find("WinAnsi") != std::string::npos);
  CHECK(fonts.out.find("Identity-H") == std::string::npos);  // no character outside WinAnsi: no whole face
  CHECK(fonts.out.find("Custom") == std::string::npos);      // ... and no extra subset
  CHECK(fonts.out.find("DejaVu") == std::string::npos);      // the fallback is embedded only when used

  auto text = test::run("pdftotext -enc UTF-8 '" + path + "' -");
  REQUIRE(text.status == 0);
  text.out = test::flat(text.out);
  auto missing = test::missing_words(test::model_words(r), test::pdf_words(path));
  CHECK_MESSAGE(missing.empty(), "missing words: " << [&] {
    std::string s;
    for (auto& w : missing) s += w + " ";
    return s;
  }());
  // Accents and labels come back exactly.
  for (const char* s : {"Informe de Cumplimiento de Compromisos al 30 de junio de 2009", "Recomendación", "Compromiso",
                        "Cumplimiento", "Organismo Responsable:", "Fecha de Vencimiento:", "Calificación:",
                        "Medios de Verificación:", "Observación:", "metodología", "Página 1 de",
                        "Resumen del cumplimiento", "(continúa)"})
    CHECK_MESSAGE(text.out.find(s) != std::string::npos, s);
  CHECK(result.pages == page_count(path));
  CHECK(result.pages >= 3);
  CHECK(result.bookmarks == 13);
  CHECK(result.stats.header_rows == result.pages);
}

TEST_CASE("write_pdf appends the document; the same input and SOURCE_DATE_EPOCH give the same bytes") {
  report r = load_example("fomento-microempresa-2009.json");
  diagnostics d;
  std::string a = "prefix", b;
  write_pdf(r, reproducible(), a, d);
  write_pdf(r, reproducible(), b, d);
  CHECK(a.rfind("prefix%PDF-", 0) == 0);
  CHECK(a.substr(6) == b);
  // Another epoch changes the dates (and the /ID), nothing else of the layout.
  write_options later = reproducible();
  later.source_date_epoch = 1262304000;  // 2010-01-01
  std::string c;
  write_pdf(r, later, c, d);
  CHECK(c != b);
  CHECK(c.find("D:20100101000000Z") != std::string::npos);
  CHECK(b.find("D:20091007170625Z") != std::string::npos);
  // Without an epoch, the report's issue date, never the clock; a local time, not marked as UTC.
  std::string e;
  write_pdf(r, {}, e, d);
  CHECK(e.find("D:20091007170625)") != std::string::npos);
  CHECK(e.find("D:20091007170625Z") == std::string::npos);
}

TEST_CASE("document info, XMP metadata, language, outline and paper size") {
  report r = load_example("fomento-microempresa-2009.json");
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  const std::string path = save("info.pdf", result.bytes);
  auto info = test::run("pdfinfo -enc UTF-8 '" + path + "'");
  info.out = test::flat(info.out);
  CHECK(info.out.find("Title: Informe de Cumplimiento de Compromisos al 30 de junio de 2009 — Fomento a la "
                      "Microempresa") != std::string::npos);
  CHECK(info.out.find("Author: SERVICIO DE COOPERACION TECNICA") != std::string::npos);
  CHECK(info.out.find("Subject: Fomento a la Microempresa") != std::string::npos);
  CHECK(info.out.find("Keywords:") != std::string::npos);
  CHECK(info.out.find("Metadata Stream: yes") != std::string::npos);
  CHECK(info.out.find("A4") != std::string::npos);
  auto meta = test::run("pdfinfo -meta '" + path + "'");
  CHECK(meta.out.find("<dc:title>") != std::string::npos);
  CHECK(meta.out.find("2009-10-07T17:06:25Z") != std::string::npos);
  CHECK(result.bytes.find("/Lang(es-CL)") != std::string::npos);
  CHECK(result.bytes.find("/Outlines") != std::string::npos);
  auto qpdf = test::run("qpdf --json --json-key=outlines '" + path + "'");
  CHECK(qpdf.out.find("\"title\": \"1. Actualizar la Matriz de Marco") != std::string::npos);
  CHECK(qpdf.out.find("\"title\": \"12. Se recomienda avanzar") != std::string::npos);

  write_options letter = reproducible();
  letter.paper = "letter";
  auto l = render_pdf(r, letter, d);
  auto linfo = test::run("pdfinfo '" + save("letter.pdf", l.bytes) + "'");
  CHECK(linfo.out.find("612 x 792 pts (letter)") != std::string::npos);
  write_options bad = reproducible();
  bad.paper = "a5";
  CHECK_THROWS_AS(render_pdf(r, bad, d), error);
}

TEST_CASE("characters outside WinAnsi get an embedded subset; characters in no font are reported, not boxed") {
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(2);
  r.rows[1].source = {12, 1, 0};
  r.rows[1].compliance = rich_text::paragraph("Meta ≥ 95 % — «Ω» ☃ listo 中 fin");
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  REQUIRE(d.warning_count() == 1);
  const auto& w = d.all()[0];
  CHECK(w.where.line == 12);
  CHECK(w.message.find("U+4E2D") != std::string::npos);
  CHECK(w.message.find("row 2") != std::string::npos);
  const std::string path = save("unicode.pdf", result.bytes);
  check_fonts_embedded(path, 4);
  auto fonts = test::run("pdffonts '" + path + "'");
  // ≥ and Ω from a Liberation subset, ☃ from a DejaVu Sans one: subsets with their own encoding, no whole face.
  CHECK(fonts.out.find("Identity-H") == std::string::npos);
  CHECK(fonts.out.find("+DejaVuSans ") != std::string::npos);
  CHECK(fonts.out.find("Custom") != std::string::npos);
  CHECK(result.bytes.size() < 120000);  // a whole DejaVu Sans alone is 740 kB
  auto text = test::run("pdftotext -enc UTF-8 '" + path + "' -");
  for (const char* s : {"≥", "«Ω»", "☃", "—", "listo", "fin"})
    CHECK_MESSAGE(text.out.find(s) != std::string::npos, s);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
}

TEST_CASE("the stress example: 100 rows, one longer than a page, header on every page, nothing lost") {
  report r = load_example("stress-100-rows.json");
  REQUIRE(r.rows.size() == 100);
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  CHECK(d.empty());
  const std::string path = save("stress.pdf", result.bytes);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
  check_fonts_embedded(path, 3);
  const int pages = page_count(path);
  CHECK(pages == result.pages);
  CHECK(pages > 20);
  CHECK(result.bookmarks == 100);
  CHECK(result.stats.split_rows >= 3);  // the long row alone spans more than two pages
  CHECK(result.stats.min_lines_at_split >= 2);
  for (int p = 1; p <= pages; ++p) {
    auto page = test::run("pdftotext -enc UTF-8 -f " + std::to_string(p) + " -l " + std::to_string(p) + " '" + path +
                          "' -");
    INFO("page " << p);
    CHECK(page.out.find("Recomendación") != std::string::npos);
    CHECK(page.out.find("Cumplimiento") != std::string::npos);
    CHECK(page.out.find("Página " + std::to_string(p) + " de " + std::to_string(pages)) != std::string::npos);
  }
  auto text = test::run("pdftotext -enc UTF-8 '" + path + "' -");
  text.out = test::flat(text.out);
  auto missing = test::missing_words(test::model_words(r), test::pdf_words(path));
  CHECK_MESSAGE(missing.empty(), "missing: " << (missing.empty() ? std::string() : missing.front()));
  CHECK(text.out.find("¿Se cumplió el plazo? ¡Sí! La «pauta» —según el pingüino") != std::string::npos);
}

TEST_CASE("an empty report and a report without dates still give a valid PDF, dated by a fixed date") {
  report empty;
  diagnostics d;
  auto result = render_pdf(empty, {}, d);
  CHECK(result.pages == 1);
  CHECK(result.bookmarks == 0);
  CHECK(result.stats.header_rows == 0);  // no rows: no table header alone
  CHECK(result.bytes.find("D:20000101000000)") != std::string::npos);  // fixed, no offset claimed
  const std::string path = save("empty.pdf", result.bytes);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
  auto text = test::run("pdftotext -enc UTF-8 '" + path + "' -");
  CHECK(text.out.find("Informe de Cumplimiento de Compromisos") != std::string::npos);

  report odd;
  odd.program = "Programa\tcon\nsaltos";
  row r;
  r.number = "1";
  r.recommendation = rich_text::paragraph(std::string(300, 'x'));  // one word wider than the column
  r.status = compliance_status::not_fulfilled;
  odd.rows.push_back(r);
  diagnostics d2;
  auto odd_result = render_pdf(odd, {}, d2);
  CHECK(d2.empty());
  const std::string odd_path = save("odd.pdf", odd_result.bytes);
  auto odd_text = test::flat(test::run("pdftotext -enc UTF-8 '" + odd_path + "' -").out);
  CHECK(odd_text.find("Programa con saltos") != std::string::npos);
  CHECK(odd_text.find("Calificación: No cumplido") != std::string::npos);
  auto w = test::pdf_words(odd_path);
  std::size_t xs = 0;
  for (const auto& [word, n] : w)
    if (word.find_first_not_of('x') == std::string::npos) xs += word.size() * static_cast<std::size_t>(n);
  CHECK(xs == 300);  // cut between characters, none lost
}

TEST_CASE("a header observation longer than a page splits across pages, nothing lost") {
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(1);
  r.observation = {};
  for (int i = 0; i < 40; ++i)
    r.observation.add_paragraph("Observación número " + std::to_string(i + 1) +
                                ": el seguimiento se hará mediante indicadores del presupuesto, acordados entre la "
                                "Institución y DIPRES, y presentados en el Presupuesto siguiente.");
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  CHECK(result.pages >= 2);
  const std::string path = save("observation.pdf", result.bytes);
  auto missing = test::missing_words(test::model_words(r), test::pdf_words(path));
  CHECK_MESSAGE(missing.empty(), "missing: " << (missing.empty() ? std::string() : missing.front()));
  // No text runs into the footer: every word of the body sits above the bottom margin (50 pt).
  auto bbox = test::run("pdftotext -bbox '" + path + "' -").out;
  int below = 0;
  for (std::size_t at = bbox.find("yMax=\""); at != std::string::npos; at = bbox.find("yMax=\"", at + 1)) {
    double y = std::stod(bbox.substr(at + 6));
    std::size_t open = bbox.find('>', at), close = bbox.find("</word>", at);
    std::string word = bbox.substr(open + 1, close - open - 1);
    const bool footer = word == "Página" || word == "de" || word == "SERVICIO" || word == "DE" ||
                        word == "COOPERACION" || word == "TECNICA" ||
                        word.find_first_not_of("0123456789") == std::string::npos;
    if (y > 841.89 - 50 && !footer) ++below;
  }
  CHECK(below == 0);
}

TEST_CASE("row numbers are never broken: the number column grows to the widest number") {
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(2);
  r.rows[0].number = "321";
  r.rows[1].number = "12345";
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  auto w = test::pdf_words(save("numbers.pdf", result.bytes));
  CHECK(w["321"] == 1);
  CHECK(w["12345"] == 1);
}

TEST_CASE("style templates: family names resolve to installed files; a bad font or colour names the template") {
  auto files = detail::pdf::font_family_files("DejaVu Serif");
  CHECK(files[0].find("DejaVuSerif.ttf") != std::string::npos);
  CHECK(files[2].find("DejaVuSerif-Italic.ttf") != std::string::npos);
  CHECK(detail::pdf::font_family_files("Liberation Sans")[1].find("LiberationSans-Bold.ttf") != std::string::npos);
  CHECK(detail::pdf::font_family_files("No Such Family")[0].empty());

  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "informe-pdf-style-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "pdf");
  const std::string style = test::read_file(test::source_path("templates/pdf/style.json"));
  report r = load_example("fomento-microempresa-2009.json");
  write_options o = reproducible();
  o.template_dir = dir.string();
  diagnostics d;

  std::string bad_font = style;
  bad_font.replace(bad_font.find("\"regular\": \"\""), 13, "\"regular\": \"/no/such/font.ttf\"");
  test::write_file((dir / "pdf" / "style.json").string(), bad_font);
  try {
    render_pdf(r, o, d);
    FAIL("expected an error");
  } catch (const error& e) {
    CHECK(e.file().find("style.json") != std::string::npos);
    CHECK(e.message().find("/no/such/font.ttf") != std::string::npos);
  }

  std::string bad_colour = style;
  // Colours come from common/theme.json; a "colours" object in style.json still overrides them for the PDF.
  bad_colour.replace(bad_colour.find("\"table\":"), 0, "\"colours\": {\"text\": \"red\"},\n  ");
  test::write_file((dir / "pdf" / "style.json").string(), bad_colour);
  CHECK_THROWS_AS(render_pdf(r, o, d), error);

  std::string serif = style;
  const std::string family = "\"family\": \"\"";  // empty: the theme's font
  REQUIRE(serif.find(family) != std::string::npos);
  serif.replace(serif.find(family), family.size(), "\"family\": \"DejaVu Serif\"");
  test::write_file((dir / "pdf" / "style.json").string(), serif);
  auto result = render_pdf(r, o, d);
  auto fonts = test::run("pdffonts '" + save("serif.pdf", result.bytes) + "'");
  CHECK(fonts.out.find("DejaVuSerif-Bold") != std::string::npos);
  CHECK(fonts.out.find("Liberation") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the PDF's font is the theme's (common/theme.json), as for HTML and DOCX") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "informe-pdf-theme-font-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "common");
  const report r = load_example("fomento-microempresa-2009.json");
  write_options o = reproducible();
  o.template_dir = dir.string();
  auto fonts_of = [&](const std::string& theme_font, diagnostics& d) {
    test::write_file((dir / "common" / "theme.json").string(), "{\"font\": \"" + theme_font + "\"}");
    return test::run("pdffonts '" + save("theme-font.pdf", render_pdf(r, o, d).bytes) + "'").out;
  };
  {
    // The built-in theme: Liberation Sans.
    diagnostics d;
    const std::string fonts = test::run("pdffonts '" + save("default-font.pdf", render_pdf(r, reproducible(), d).bytes) + "'").out;
    CHECK(fonts.find("LiberationSans-Bold") != std::string::npos);
    CHECK(d.empty());
  }
  {
    diagnostics d;
    const std::string fonts = fonts_of("DejaVu Serif", d);
    CHECK(fonts.find("DejaVuSerif-Bold") != std::string::npos);
    CHECK(fonts.find("DejaVuSerif") != std::string::npos);
    CHECK(fonts.find("Liberation") == std::string::npos);
    CHECK(d.empty());
  }
  {
    diagnostics d;
    const std::string fonts = fonts_of("Liberation Serif", d);
    CHECK(fonts.find("LiberationSerif-Bold") != std::string::npos);
    CHECK(fonts.find("LiberationSans") == std::string::npos);
  }
  {
    // A family the PDF has no files for: a warning naming theme.json, and Liberation Sans.
    diagnostics d;
    const std::string fonts = fonts_of("Una Fuente Inventada", d);
    CHECK(fonts.find("LiberationSans-Bold") != std::string::npos);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all().front().file.find("theme.json") != std::string::npos);
    CHECK(d.all().front().message.find("Una Fuente Inventada") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("tagged PDF: structure tree, marked content and artifacts; --pdf-standard adds PDF/A-2 identification") {
  const report r = load_example("fomento-microempresa-2009.json");
  diagnostics d;
  std::string plain;
  write_pdf(r, reproducible(), plain, d);
  CHECK(plain.rfind("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 0) == 0);
  for (const char* want : {"/StructTreeRoot", "/MarkInfo", "/ParentTree", "/Tabs/S", "/S/Table", "/S/THead", "/S/TH",
                           "/Scope/Column", "/Scope/Row", "/S/TD", "/S/H1", "/S/LBody", "pdfuaid:part>1<"}) {
    CAPTURE(want);
    CHECK(plain.find(want) != std::string::npos);
  }
  CHECK(plain.find("pdfaid") == std::string::npos);
  CHECK(plain.find("OutputIntents") == std::string::npos);
  const std::string path = save("tagged.pdf", plain);
  const std::string info = test::run("pdfinfo '" + path + "'").out;
  const std::size_t tagged = info.find("Tagged:");
  REQUIRE(tagged != std::string::npos);
  CHECK(info.substr(tagged, info.find('\n', tagged) - tagged).find("yes") != std::string::npos);
  // The structure tree holds the table, the first row's cells in order, and no page furniture.
  const std::string tree = test::run("pdfinfo -struct-text '" + path + "'").out;
  const std::size_t head = tree.find("THead"), rec = tree.find("Actualizar la Matriz"), com = tree.find("Se revisará");
  CHECK(head != std::string::npos);
  CHECK(rec != std::string::npos);
  CHECK(com > rec);
  CHECK(tree.find("Página 1 de") == std::string::npos);
  CHECK(tree.find("(continúa)") == std::string::npos);

  for (const char* standard : {"a-2b", "a-2u", "a-2a"}) {
    CAPTURE(standard);
    write_options o = reproducible();
    o.pdf_standard = standard;
    std::string pdfa;
    write_pdf(r, o, pdfa, d);
    const std::string level(1, static_cast<char>(std::toupper(static_cast<unsigned char>(standard[3]))));
    CHECK(pdfa.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(pdfa.find("<pdfaid:conformance>" + level + "</pdfaid:conformance>") != std::string::npos);
    CHECK(pdfa.find("/OutputIntents") != std::string::npos);
    CHECK(pdfa.find("/GTS_PDFA1") != std::string::npos);
    std::string again;
    write_pdf(r, o, again, d);
    CHECK(again == pdfa);
  }
  write_options bad = reproducible();
  bad.pdf_standard = "a-1b";
  std::string none;
  CHECK_THROWS_AS(write_pdf(r, bad, none, d), informe::error);
  CHECK(none.empty());
  CHECK(d.error_count() == 0);
}
