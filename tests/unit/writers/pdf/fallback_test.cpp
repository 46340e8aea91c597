// Font fallback: characters the main face (Liberation) lacks come from the fallback face (DejaVu Sans),
// measured with its widths and embedded as a subset only when used; characters no font can draw are
// reported and leave no gap.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "pdf_test_support.hpp"
#include "writers/pdf/backend.hpp"
#include "writers/pdf/render.hpp"
#include "writers/pdf/style.hpp"

using namespace informe;
using detail::pdf::render_pdf;
using test::load_example;
using test::reproducible;
using test::save;

namespace {

struct font_row {
  std::string name, type, encoding;
  bool embedded = false, subset = false, unicode = false;
};

// pdffonts' table, one row per font.
std::vector<font_row> fonts_of(const std::string& path) {
  auto r = test::run("pdffonts '" + path + "'");
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::string header, rule, line;
  std::getline(lines, header);
  std::getline(lines, rule);
  const std::size_t type = header.find("type"), enc = header.find("encoding"), emb = header.find("emb");
  std::vector<font_row> out;
  auto field = [](const std::string& s, std::size_t from, std::size_t to) {
    std::string f = s.substr(from, to - from);
    while (!f.empty() && f.back() == ' ') f.pop_back();
    return f;
  };
  while (std::getline(lines, line)) {
    if (line.size() < emb + 11) continue;
    out.push_back(font_row{field(line, 0, type), field(line, type, enc), field(line, enc, emb),
                           line.substr(emb, 3) == "yes", line.substr(emb + 4, 3) == "yes",
                           line.substr(emb + 8, 3) == "yes"});
  }
  return out;
}

// Subset fonts of a base name ("DejaVuSans" matches "ABCDEF+DejaVuSans", not "...+DejaVuSans-Bold").
int subsets_named(const std::vector<font_row>& fonts, const std::string& base) {
  int n = 0;
  for (const auto& f : fonts) {
    auto plus = f.name.find('+');
    if (plus != std::string::npos && f.name.substr(plus + 1) == base) ++n;
  }
  return n;
}

struct word_box {
  std::string text;
  double x_min = 0, y_min = 0, x_max = 0;
};

// Words with their boxes from pdftotext -bbox.
std::vector<word_box> word_boxes(const std::string& path) {
  auto r = test::run("pdftotext -enc UTF-8 -bbox '" + path + "' -");
  std::vector<word_box> out;
  auto attr = [&](std::size_t at, const char* name) {
    std::size_t p = r.out.find(std::string(name) + "=\"", at);
    return std::stod(r.out.substr(p + std::string(name).size() + 2));
  };
  for (std::size_t at = r.out.find("<word "); at != std::string::npos; at = r.out.find("<word ", at + 1)) {
    std::size_t open = r.out.find('>', at), close = r.out.find("</word>", at);
    out.push_back(word_box{r.out.substr(open + 1, close - open - 1), attr(at, "xMin"), attr(at, "yMin"),
                           attr(at, "xMax")});
  }
  return out;
}

const word_box* find_word(const std::vector<word_box>& words, const std::string& text) {
  for (const auto& w : words)
    if (w.text == text) return &w;
  return nullptr;
}

// The space between two words on one line, in points.
double gap(const std::vector<word_box>& words, const std::string& a, const std::string& b) {
  const word_box* wa = find_word(words, a);
  const word_box* wb = find_word(words, b);
  REQUIRE_MESSAGE(wa, a);
  REQUIRE_MESSAGE(wb, b);
  CHECK_MESSAGE(wa->y_min == doctest::Approx(wb->y_min).epsilon(0.01), a << " and " << b << " on one line");
  return wb->x_min - wa->x_max;
}

// A style template directory holding `style` as pdf/style.json.
std::string style_dir(const std::string& name, const std::string& style) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("informe-pdf-fallback-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir / "pdf");
  test::write_file((dir / "pdf" / "style.json").string(), style);
  return dir.string();
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  const std::size_t at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  s.replace(at, from.size(), to);
  return s;
}

const char* const default_fallback = R"("fallback": { "family": "DejaVu Sans", "regular": "", "bold": "", "italic": "" })";

// Body text is 8.5 pt; a Liberation Sans space is 0.278 em, DejaVu Sans' U+2713 0.838 em.
constexpr double body = 8.5, space = 0.278 * body;

}  // namespace

TEST_CASE("characters Liberation lacks come from a DejaVu Sans subset, measured with its widths; the rest is reported") {
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(2);
  r.rows[1].source = {21, 1, 0};
  r.rows[1].compliance.blocks.clear();
  r.rows[1].compliance.add_paragraph("✓ kappa ☐ lambda");        // ✓ ☐: DejaVu Sans only
  r.rows[1].compliance.add_paragraph("Meta ≥ 95 % → listo");     // ≥ →: Liberation, outside WinAnsi
  r.rows[1].compliance.add_paragraph("alfa 中 omega 🚀");          // 中, 🚀: in no font
  r.rows[1].compliance.add_paragraph("中 sigma");                  // dropped at the start: no leading space
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);

  // Only the two characters no font holds are reported, each with its row and line.
  REQUIRE(d.warning_count() == 2);
  std::string han, rocket;
  for (const auto& m : d.all()) {
    CHECK(m.where.line == 21);
    CHECK(m.message.find("row 2") != std::string::npos);
    if (m.message.find("U+4E2D") != std::string::npos) han = m.message;
    if (m.message.find("U+1F680") != std::string::npos) rocket = m.message;
  }
  CHECK(han.find("\"中\" is in no font (Liberation Sans, DejaVu Sans); left out") != std::string::npos);
  CHECK(rocket.find("\"🚀\" is in no font (Liberation Sans, DejaVu Sans); left out") != std::string::npos);

  const std::string path = save("fallback.pdf", result.bytes);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);

  // Every font embedded; the fallback face only as a subset with its own encoding and a Unicode map;
  // the bold and italic fallbacks are not used, so not embedded; no whole (Identity-H) face.
  auto fonts = fonts_of(path);
  for (const auto& f : fonts) {
    CHECK_MESSAGE(f.embedded, f.name);
    CHECK_MESSAGE(f.subset, f.name);
    CHECK_MESSAGE(f.unicode, f.name);
    CHECK(f.encoding != "Identity-H");
  }
  CHECK(subsets_named(fonts, "DejaVuSans") == 1);
  CHECK(subsets_named(fonts, "DejaVuSans-Bold") == 0);
  CHECK(subsets_named(fonts, "DejaVuSans-Oblique") == 0);
  CHECK(subsets_named(fonts, "LiberationSans") == 2);  // WinAnsi, and one for ≥ →
  CHECK(result.bytes.size() < 100000);                  // DejaVuSans.ttf alone is 740 kB

  // The characters come back from pdftotext; what nothing can draw leaves no trace and no double space.
  auto text = test::run("pdftotext -enc UTF-8 '" + path + "' -");
  const std::string flat = test::flat(text.out);
  for (const char* s : {"✓ kappa ☐ lambda", "Meta ≥ 95 % → listo", "alfa omega", "sigma"})
    CHECK_MESSAGE(flat.find(s) != std::string::npos, s);
  CHECK(flat.find("中") == std::string::npos);
  CHECK(flat.find("🚀") == std::string::npos);

  // Widths: the PDF's width of ✓ is DejaVu's, and the layout placed "kappa" one space after it, so the
  // layout measured ✓ with the same width. A left-out character leaves one space, not two.
  auto words = word_boxes(path);
  const word_box* check_mark = find_word(words, "✓");
  REQUIRE(check_mark);
  CHECK(check_mark->x_max - check_mark->x_min == doctest::Approx(0.838 * body).epsilon(0.01));
  CHECK(gap(words, "✓", "kappa") == doctest::Approx(space).epsilon(0.02));
  CHECK(gap(words, "kappa", "☐") == doctest::Approx(space).epsilon(0.02));
  CHECK(gap(words, "☐", "lambda") == doctest::Approx(space).epsilon(0.02));
  CHECK(gap(words, "≥", "95") == doctest::Approx(space).epsilon(0.02));
  CHECK(gap(words, "alfa", "omega") == doctest::Approx(space).epsilon(0.02));
  // "sigma" starts its line like the other paragraphs: no space before it.
  CHECK(find_word(words, "sigma")->x_min == doctest::Approx(find_word(words, "alfa")->x_min).epsilon(0.001));

  // Reproducible: the same bytes again.
  diagnostics d2;
  CHECK(render_pdf(r, reproducible(), d2).bytes == result.bytes);
}

TEST_CASE("each face falls back to its own face; more characters than one subset holds take more subsets") {
  using namespace detail::pdf;
  const pdf_style style = load_style(template_set(), "");
  auto be = backend::create_podofo(style.fonts);
  CHECK(be->has_glyph(face::bold, U'★'));
  CHECK(be->has_glyph(face::regular, U'😀'));
  CHECK_FALSE(be->has_glyph(face::regular, U'中'));
  CHECK_FALSE(be->has_glyph(face::regular, U'🚀'));
  // Widths come from the face that draws the character: ✓ is 0.838 em in DejaVu Sans, 😀 1.042.
  CHECK(be->advance(face::regular, U'✓') == doctest::Approx(838).epsilon(0.01));
  CHECK(be->advance(face::regular, U'😀') == doctest::Approx(1042.5).epsilon(0.01));
  CHECK(be->advance(face::regular, U'🚀') == 0);

  std::string braille[2];  // U+2800..U+28FF: 256 characters, all in DejaVu Sans, none in Liberation
  for (char32_t c = 0x2800; c <= 0x28FF; ++c) informe::detail::append_utf8(braille[c >= 0x2880], c);
  page_ops ops;
  ops.texts.push_back(text_op{face::regular, 10, {}, 40, 60, "Regular ✓ ☐"});
  ops.texts.push_back(text_op{face::bold, 10, {}, 40, 80, "Bold ★ ✓"});
  ops.texts.push_back(text_op{face::italic, 10, {}, 40, 100, "Italic ☐ ✓"});
  ops.texts.push_back(text_op{face::regular, 4, {}, 40, 120, braille[0]});
  ops.texts.push_back(text_op{face::regular, 4, {}, 40, 130, braille[1]});
  be->draw_page(595.276, 841.89, ops);
  page_ops second;
  second.texts.push_back(text_op{face::regular, 10, {}, 40, 60, "Second ✓"});
  be->draw_page(595.276, 841.89, second);
  document_info info;
  info.lang = "es-CL";
  const std::string path = save("faces.pdf", be->finish(info));

  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
  auto fonts = fonts_of(path);
  for (const auto& f : fonts) CHECK_MESSAGE((f.embedded && f.subset && f.unicode), f.name);
  CHECK(subsets_named(fonts, "DejaVuSans") == 2);  // ✓ ☐ and 256 Braille patterns: 258 > 223 codes
  CHECK(subsets_named(fonts, "DejaVuSans-Bold") == 1);
  CHECK(subsets_named(fonts, "DejaVuSans-Oblique") == 1);

  auto text = test::flat(test::run("pdftotext -enc UTF-8 '" + path + "' -").out);
  for (const char* s : {"Regular ✓ ☐", "Bold ★ ✓", "Italic ☐ ✓", "Second ✓"})
    CHECK_MESSAGE(text.find(s) != std::string::npos, s);
  CHECK(text.find(braille[0]) != std::string::npos);  // in order, across the two subsets
  CHECK(text.find(braille[1]) != std::string::npos);
  // The second page names the fallback subset it uses in its own resources.
  auto page2 = test::flat(test::run("pdftotext -enc UTF-8 -f 2 -l 2 '" + path + "' -").out);
  CHECK(page2.find("Second ✓") != std::string::npos);
}

TEST_CASE("characters outside the BMP (emoji) come from the whole fallback face, only when a report holds them") {
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(2);
  r.rows[1].compliance = rich_text::paragraph("sonrisa 😀 gato 🐱 zorro");
  diagnostics d;
  auto result = render_pdf(r, reproducible(), d);
  CHECK(d.empty());
  const std::string path = save("emoji.pdf", result.bytes);
  auto check = test::run("qpdf --check '" + path + "' 2>&1");
  CHECK_MESSAGE(check.status == 0, check.out);
  auto text = test::flat(test::run("pdftotext -enc UTF-8 '" + path + "' -").out);
  CHECK(text.find("sonrisa 😀 gato 🐱 zorro") != std::string::npos);
  // PoDoFo 0.9.8's subsets and encodings are 16-bit: the whole DejaVu Sans, as an Identity-H font with our
  // widths and Unicode map for the glyphs drawn; every other font stays a subset.
  auto fonts = fonts_of(path);
  int whole = 0;
  for (const auto& f : fonts) {
    CHECK_MESSAGE((f.embedded && f.unicode), f.name);
    if (f.encoding == "Identity-H") {
      ++whole;
      CHECK(f.name == "DejaVuSans");
      CHECK_FALSE(f.subset);
    } else {
      CHECK_MESSAGE(f.subset, f.name);
    }
  }
  CHECK(whole == 1);
  auto words = word_boxes(path);
  const word_box* smile = find_word(words, "😀");
  REQUIRE(smile);
  CHECK(smile->x_max - smile->x_min == doctest::Approx(1.0425 * body).epsilon(0.01));
  CHECK(gap(words, "😀", "gato") == doctest::Approx(space).epsilon(0.02));
  CHECK(gap(words, "🐱", "zorro") == doctest::Approx(space).epsilon(0.02));
  diagnostics d2;
  CHECK(render_pdf(r, reproducible(), d2).bytes == result.bytes);
}

TEST_CASE("the fallback is chosen in the style template: a family, per-face files, or none") {
  const std::string style = test::read_file(test::source_path("templates/pdf/style.json"));
  REQUIRE(style.find(default_fallback) != std::string::npos);
  report r = load_example("fomento-microempresa-2009.json");
  r.rows.resize(1);
  r.rows[0].compliance = rich_text::paragraph("Hecho ✓ sí ⇒ fin");  // DejaVu Sans and Serif have ⇒, Serif lacks ✓

  SUBCASE("none: the character is reported, naming only the main family, and leaves one space") {
    write_options o = reproducible();
    o.template_dir = style_dir("none", replaced(style, default_fallback, R"("fallback": "")"));
    diagnostics d;
    auto result = render_pdf(r, o, d);
    REQUIRE(d.warning_count() == 2);
    CHECK(d.all()[0].message.find("U+2713 \"✓\" is in no font (Liberation Sans);") != std::string::npos);
    CHECK(d.all()[1].message.find("U+21D2") != std::string::npos);
    const std::string path = save("no-fallback.pdf", result.bytes);
    CHECK(subsets_named(fonts_of(path), "DejaVuSans") == 0);
    CHECK(gap(word_boxes(path), "Hecho", "sí") == doctest::Approx(space).epsilon(0.02));
  }
  SUBCASE("a family name, as a plain string") {
    write_options o = reproducible();
    o.template_dir = style_dir("serif", replaced(style, default_fallback, R"("fallback": "DejaVu Serif")"));
    diagnostics d;
    auto result = render_pdf(r, o, d);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].message.find("U+2713 \"✓\" is in no font (Liberation Sans, DejaVu Serif);") != std::string::npos);
    const std::string path = save("serif-fallback.pdf", result.bytes);
    auto fonts = fonts_of(path);
    CHECK(subsets_named(fonts, "DejaVuSerif") == 1);
    CHECK(subsets_named(fonts, "DejaVuSans") == 0);
    CHECK(test::flat(test::run("pdftotext -enc UTF-8 '" + path + "' -").out).find("Hecho sí ⇒ fin") != std::string::npos);
  }
  SUBCASE("a file for one face, no family: the other faces have no fallback") {
    write_options o = reproducible();
    o.template_dir = style_dir(
        "file", replaced(style, default_fallback,
                         R"("fallback": { "family": "", "regular": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf" })"));
    r.rows[0].number = "1★";  // the number is bold: ★ has no bold fallback now
    diagnostics d;
    auto result = render_pdf(r, o, d);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].message.find("U+2605") != std::string::npos);
    CHECK(d.all()[0].message.find("in no font (Liberation Sans)") != std::string::npos);
    auto fonts = fonts_of(save("file-fallback.pdf", result.bytes));
    CHECK(subsets_named(fonts, "DejaVuSansMono") == 1);
  }
  SUBCASE("an unknown family or a missing file is an error naming the template") {
    for (const char* bad : {R"("fallback": "No Such Family")",
                            R"("fallback": { "family": "DejaVu Sans", "bold": "/no/such/bold.ttf" })",
                            R"("fallback": 12)"}) {
      write_options o = reproducible();
      o.template_dir = style_dir("bad", replaced(style, default_fallback, bad));
      diagnostics d;
      try {
        render_pdf(r, o, d);
        FAIL("expected an error for " << bad);
      } catch (const error& e) {
        CHECK(e.file().find("style.json") != std::string::npos);
        CHECK(e.message().find("fallback") != std::string::npos);
      }
    }
  }
}
