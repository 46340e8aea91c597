// The PDF reader on hand-made PDFs (real poppler, no writer): an archived-style report with
// "Label: value" lines and "N." rows, a two-column header block, rows across pages with repeated
// page furniture, and the inputs that must fail cleanly.
#include <doctest/doctest.h>

#include <string>

#include "informe/io.hpp"
#include "pdf_maker.hpp"
#include "core/swapped_letters.hpp"
#include "readers/pdf/text_layer.hpp"
#include "readers/pdf/words.hpp"
#include "test_files.hpp"

using informe::test::make_pdf;
using informe::test::pdf_page_spec;
using informe::test::pdf_text;

namespace {

// The table header and two rows of an archived report (3 columns, "N." in the first).
void add_table(pdf_page_spec& p, double y) {
  p.texts.push_back({40, y, "Recomendación", 9, true});
  p.texts.push_back({230, y, "Compromiso", 9, true});
  p.texts.push_back({410, y, "Cumplimiento", 9, true});
  y += 20;
  p.texts.push_back({40, y, "1. Actualizar la Matriz de Marco"});
  p.texts.push_back({40, y + 11, "Lógico del programa."});
  p.texts.push_back({230, y, "Se revisará la matriz."});
  p.texts.push_back({230, y + 25, "Fecha de Vencimiento: Dic. 2000"});
  p.texts.push_back({410, y, "cumplido"});
  p.texts.push_back({410, y + 25, "Calificación: Cumplido"});
  y += 50;
  p.texts.push_back({40, y, "2. Diseñar una metodología de"});
  p.texts.push_back({40, y + 11, "seguimiento del Programa."});
  p.texts.push_back({40, y + 36, "Organismo Responsable: SERCOTEC"});
  p.texts.push_back({230, y, "Se diseñará una metodología."});
  p.texts.push_back({230, y + 25, "Fecha de Vencimiento: Dic 2001"});
  p.texts.push_back({410, y, "Calificación: Parcialmente cumplido"});
  p.texts.push_back({410, y + 25, "Medios de Verificación:"});
  p.texts.push_back({410, y + 37, "• Informe anual de"});
  p.texts.push_back({418, y + 48, "gestión."});
  p.texts.push_back({410, y + 60, "• Acta del comité."});
}

pdf_page_spec archived_page() {
  pdf_page_spec p;
  p.texts.push_back({110, 60, "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009", 11, true});
  p.texts.push_back({40, 84, "Fecha del Informe: 07-10-2009 ; 17:06:25", 9, true});
  p.texts.push_back({40, 104, "Programa/Institución: Fomento a la Microempresa"});
  p.texts.push_back({40, 116, "Ministerio: MINISTERIO DE ECONOMIA"});
  p.texts.push_back({40, 128, "Servicio: SERVICIO DE COOPERACION TECNICA"});
  p.texts.push_back({40, 140, "Año: 2000"});
  p.texts.push_back({40, 152, "Observación: El seguimiento se hará con indicadores del presupuesto, según"});
  p.texts.push_back({40, 164, "lo acordado con DIPRES."});
  add_table(p, 190);
  p.texts.push_back({480, 810, "Página 1 de 1", 8});
  return p;
}

informe::report read(const std::string& pdf, informe::diagnostics& d) {
  return informe::read_pdf(pdf, {}, d);
}

void check_rows(const informe::report& r) {
  REQUIRE(r.rows.size() == 2);
  const auto& a = r.rows[0];
  CHECK(a.number == "1");
  CHECK(a.recommendation == informe::rich_text::paragraph("Actualizar la Matriz de Marco Lógico del programa."));
  CHECK(a.commitment == informe::rich_text::paragraph("Se revisará la matriz."));
  CHECK(a.due_text == "Dic. 2000");
  REQUIRE(a.due.has_value());
  CHECK(a.due->to_iso() == "2000-12");
  CHECK(a.compliance == informe::rich_text::paragraph("cumplido"));
  CHECK(a.status == informe::compliance_status::fulfilled);
  CHECK(a.responsible.empty());
  const auto& b = r.rows[1];
  CHECK(b.number == "2");
  CHECK(b.recommendation == informe::rich_text::paragraph("Diseñar una metodología de seguimiento del Programa."));
  CHECK(b.responsible == "SERCOTEC");
  CHECK(b.due_text == "Dic 2001");
  CHECK(b.status == informe::compliance_status::partially_fulfilled);
  CHECK(b.status_text == "Parcialmente cumplido");
  informe::rich_text list;
  list.add_list({"Informe anual de gestión.", "Acta del comité."});
  CHECK(b.verification == list);
}

// A one-row report whose compliance cell ends in "Medios de Verificación:" at (410, 182): the tests of
// drawn bullets add the list below it and its markers' drawing.
pdf_page_spec verification_list_page() {
  pdf_page_spec p;
  p.texts.push_back({110, 60, "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009", 11, true});
  p.texts.push_back({40, 104, "Programa/Institución: Fomento a la Microempresa"});
  p.texts.push_back({40, 116, "Servicio: SERVICIO DE COOPERACION TECNICA"});
  p.texts.push_back({40, 150, "Recomendación", 9, true});
  p.texts.push_back({230, 150, "Compromiso", 9, true});
  p.texts.push_back({410, 150, "Cumplimiento", 9, true});
  p.texts.push_back({40, 170, "1. Coordinar el programa con"});
  p.texts.push_back({40, 181, "la Comisión Nacional de Riego."});
  p.texts.push_back({230, 170, "Se cruzarán las bases."});
  p.texts.push_back({230, 195, "Fecha de Vencimiento: Dic. 2008"});
  p.texts.push_back({410, 170, "Calificación: Cumplido"});
  p.texts.push_back({410, 182, "Medios de Verificación:"});
  return p;
}

}  // namespace

TEST_CASE("an archived-style PDF: \"Label: value\" lines, numbered rows, a bulleted list") {
  informe::diagnostics d("archived.pdf");
  auto r = read(make_pdf({archived_page()}), d);
  REQUIRE(r.cutoff_date.has_value());
  CHECK(r.cutoff_date->to_iso() == "2009-06-30");
  REQUIRE(r.issued_at.has_value());
  CHECK(r.issued_at->to_iso() == "2009-10-07T17:06:25");
  CHECK(r.program == "Fomento a la Microempresa");
  CHECK(r.ministry == "MINISTERIO DE ECONOMIA");
  CHECK(r.service == "SERVICIO DE COOPERACION TECNICA");
  CHECK(r.evaluation_year == 2000);
  CHECK(r.observation == informe::rich_text::paragraph(
                             "El seguimiento se hará con indicadores del presupuesto, según lo acordado con DIPRES."));
  check_rows(r);
  for (const auto& m : d.all()) MESSAGE(m.to_string());
  CHECK(d.empty());
}

TEST_CASE("a two-column header block, furniture on every page, a row continued on the next page") {
  pdf_page_spec one, two;
  for (auto* p : {&one, &two}) {
    p->texts.push_back({40, 30, "Fomento a la Microempresa", 7.5});
    p->texts.push_back({440, 30, "Informe al 30-06-2009", 7.5});
  }
  one.texts.push_back({480, 810, "Página 1 de 2", 7.5});
  two.texts.push_back({480, 810, "Página 2 de 2", 7.5});
  one.texts.push_back({60, 70, "Informe de Cumplimiento de Compromisos al 30 de junio", 13, true});
  one.texts.push_back({60, 86, "de 2009", 13, true});
  one.texts.push_back({40, 110, "Programa/Institución:", 9, true});
  one.texts.push_back({160, 110, "Fomento a la Microempresa"});
  one.texts.push_back({40, 122, "Calificación:", 9, true});
  one.texts.push_back({160, 122, "Egresado"});
  one.texts.push_back({40, 134, "Observación:", 9, true});
  one.texts.push_back({160, 134, "Primera línea de la observación que sigue"});
  one.texts.push_back({160, 145, "en la línea siguiente."});
  one.texts.push_back({40, 170, "Resumen del cumplimiento", 10, true});
  one.texts.push_back({60, 184, "Compromisos 2", 8});
  one.texts.push_back({40, 210, "Recomendación", 9, true});
  one.texts.push_back({230, 210, "Compromiso", 9, true});
  one.texts.push_back({410, 210, "Cumplimiento", 9, true});
  one.texts.push_back({40, 230, "1. Primera recomendación que sigue"});
  one.texts.push_back({230, 230, "Un compromiso."});
  one.texts.push_back({410, 230, "Calificación: No cumplido"});
  two.texts.push_back({40, 70, "Recomendación", 9, true});
  two.texts.push_back({230, 70, "Compromiso", 9, true});
  two.texts.push_back({410, 70, "Cumplimiento", 9, true});
  two.texts.push_back({40, 90, "en la página siguiente."});
  two.texts.push_back({410, 90, "Medios de Verificación: Acta."});
  two.texts.push_back({40, 115, "2. Segunda."});
  two.texts.push_back({230, 115, "Otro compromiso."});
  two.texts.push_back({410, 115, "Calificación: Cumplido"});

  informe::diagnostics d("two-pages.pdf");
  auto r = read(make_pdf({one, two}), d);
  for (const auto& m : d.all()) MESSAGE(m.to_string());
  CHECK(d.empty());
  REQUIRE(r.cutoff_date.has_value());
  CHECK(r.cutoff_date->to_iso() == "2009-06-30");
  CHECK(r.program == "Fomento a la Microempresa");
  CHECK(r.program_status == "Egresado");
  CHECK(r.observation ==
        informe::rich_text::paragraph("Primera línea de la observación que sigue en la línea siguiente."));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation ==
        informe::rich_text::paragraph("Primera recomendación que sigue en la página siguiente."));
  CHECK(r.rows[0].status == informe::compliance_status::not_fulfilled);
  CHECK(r.rows[0].verification == informe::rich_text::paragraph("Acta."));
  CHECK(r.rows[0].source.page == 1);
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation == informe::rich_text::paragraph("Segunda."));
  CHECK(r.rows[1].source.page == 2);
}

TEST_CASE("a paragraph split across pages after a colon stays one paragraph; after a full stop it ends") {
  // Row 1's first column is full at the foot of page 1 ("...socios:" reaches the next column), so
  // the next word could not have fitted: only the punctuation tells a wrap from a paragraph's end.
  pdf_page_spec one, two;
  for (auto* p : {&one, &two}) {
    p->texts.push_back({40, 70, "Recomendación", 9, true});
    p->texts.push_back({230, 70, "Compromiso", 9, true});
    p->texts.push_back({410, 70, "Cumplimiento", 9, true});
  }
  one.texts.push_back({40, 90, "1. Incorporar a los socios del comité"});
  one.texts.push_back({40, 101, "con el objeto de sumar nuevos socios:"});
  one.texts.push_back({230, 90, "Se modificará el convenio del comité"});
  one.texts.push_back({230, 101, "con las entidades públicas del sector."});
  one.texts.push_back({410, 90, "Calificación: Cumplido"});
  two.texts.push_back({40, 90, "INDAP, SENCE y los Gobiernos Regionales."});
  two.texts.push_back({230, 90, "Otro párrafo del compromiso."});
  two.texts.push_back({40, 115, "2. Segunda."});
  two.texts.push_back({230, 115, "Otro compromiso."});
  two.texts.push_back({410, 115, "Calificación: Cumplido"});

  informe::diagnostics d("split.pdf");
  auto r = read(make_pdf({one, two}), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation ==
        informe::rich_text::paragraph("Incorporar a los socios del comité con el objeto de sumar nuevos socios: INDAP, "
                                      "SENCE y los Gobiernos Regionales."));
  informe::rich_text two_paragraphs;
  two_paragraphs.add_paragraph("Se modificará el convenio del comité con las entidades públicas del sector.");
  two_paragraphs.add_paragraph("Otro párrafo del compromiso.");
  CHECK(r.rows[0].commitment == two_paragraphs);
}

TEST_CASE("a word broken at the column's edge, and a closing dash wrapped to the next line, join back") {
  // As Chromium and LibreOffice print a narrow column: "FOSIS/SERCOTECCORFO/MI" alone on its line up
  // to the column's edge, then "NECON, ..."; and "del año" then "— quedó" (the dash closes an aside).
  pdf_page_spec p;
  p.texts.push_back({40, 70, "Recomendación", 9, true});
  p.texts.push_back({230, 70, "Compromiso", 9, true});
  p.texts.push_back({410, 70, "Cumplimiento", 9, true});
  p.texts.push_back({40, 90, "1. Sumar a los socios del comité que hoy"});
  p.texts.push_back({40, 101, "son FOSIS/SERCOTEC y CORFO, junto a"});
  p.texts.push_back({40, 112, "FOSIS/SERCOTECCORFOMINECONXYZW"});
  p.texts.push_back({40, 123, "ABCDE, como se acordó."});
  p.texts.push_back({230, 90, "La pauta —según el pingüino del año"});
  p.texts.push_back({230, 101, "— quedó lista en Ñuñoa."});
  p.texts.push_back({410, 90, "Calificación: Cumplido"});
  informe::diagnostics d("edge.pdf");
  auto r = read(make_pdf({p}), d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation ==
        informe::rich_text::paragraph("Sumar a los socios del comité que hoy son FOSIS/SERCOTEC y CORFO, junto a "
                                      "FOSIS/SERCOTECCORFOMINECONXYZWABCDE, como se acordó."));
  CHECK(r.rows[0].commitment ==
        informe::rich_text::paragraph("La pauta —según el pingüino del año— quedó lista en Ñuñoa."));
}

TEST_CASE("header paragraphs are told from wrapped lines by the producer's own line height") {
  // A browser's line height (1.5 x 9 pt): a wrapped line after a full stop continues the paragraph,
  // a paragraph's spacing (1.85 x) starts a new one.
  pdf_page_spec p;
  p.texts.push_back({40, 60, "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009", 9, true});
  p.texts.push_back({40, 73.5, "Programa/Institución: Fomento a la Microempresa"});
  p.texts.push_back({40, 87, "Observación: Texto adicional que mueve la paginación."});
  p.texts.push_back({40, 100.5, "Texto adicional que mueve la paginación."});
  p.texts.push_back({40, 114, "Fin del primer párrafo."});
  p.texts.push_back({40, 130.6, "Segundo párrafo."});
  add_table(p, 170);
  informe::diagnostics d("browser.pdf");
  auto r = read(make_pdf({p}), d);
  informe::rich_text want;
  want.add_paragraph("Texto adicional que mueve la paginación. Texto adicional que mueve la paginación. Fin del primer párrafo.");
  want.add_paragraph("Segundo párrafo.");
  CHECK(r.observation == want);
  check_rows(r);
}

TEST_CASE("a PDF without a text layer is a scan") {
  pdf_page_spec scan;
  scan.image_only = true;
  informe::diagnostics d;
  try {
    read(make_pdf({scan, scan}), d);
    FAIL("no error");
  } catch (const informe::error& e) {
    CHECK(e.message().find("no text layer; the PDF looks scanned") != std::string::npos);
  }
}

TEST_CASE("broken, truncated, empty, non-PDF and oversized inputs are clear errors") {
  const std::string good = make_pdf({archived_page()});
  informe::diagnostics d;
  CHECK_THROWS_AS(read("", d), informe::error);
  CHECK_THROWS_WITH_AS(read("hello, world", d), doctest::Contains("not a PDF"), informe::error);
  CHECK_THROWS_AS(read("%PDF-1.4\n", d), informe::error);
  // Truncated anywhere: an error or a (partial) report, never a crash.
  for (std::size_t cut : {good.size() / 5, good.size() / 3, good.size() / 2, good.size() - 40}) {
    try {
      informe::diagnostics dd;
      informe::read_pdf(std::string_view(good).substr(0, cut), {}, dd);
    } catch (const informe::error& e) {
      CHECK(!e.message().empty());
    }
  }
  informe::read_options small;
  small.max_input_bytes = 100;
  CHECK_THROWS_WITH_AS(informe::read_pdf(good, small, d), doctest::Contains("limit"), informe::error);
}

TEST_CASE("poppler's messages never reach stderr; they become diagnostics") {
  // A PDF without its cross-reference table: poppler complains and reconstructs it.
  std::string pdf = make_pdf({archived_page()});
  auto at = pdf.rfind("xref\n0 ");
  REQUIRE(at != std::string::npos);
  pdf = pdf.substr(0, at) + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
  informe::diagnostics d;
  auto r = informe::read_pdf(pdf, {}, d);
  CHECK(r.rows.size() == 2);
  bool poppler = false;
  for (const auto& m : d.all()) poppler = poppler || m.message.find("poppler") != std::string::npos;
  CHECK(poppler);
}

TEST_CASE("a page turned by /Rotate reads as the upright page, whichever the turn") {
  for (int rotate : {90, 180, 270}) {
    CAPTURE(rotate);
    pdf_page_spec page = archived_page();
    page.rotate = rotate;
    informe::diagnostics d("turned.pdf");
    auto r = read(make_pdf({page}), d);
    CHECK(r.program == "Fomento a la Microempresa");
    CHECK(r.service == "SERVICIO DE COOPERACION TECNICA");
    check_rows(r);
    for (const auto& m : d.all()) MESSAGE(m.to_string());
    CHECK(d.empty());
  }
}

TEST_CASE("a page over its budget is an error naming the page and the budget") {
  informe::diagnostics d;
  const std::string pdf = make_pdf({archived_page(), archived_page()});
  informe::detail::pdfin::page_budget few_characters;
  few_characters.characters = 100;
  CHECK_THROWS_WITH_AS(informe::detail::pdfin::extract_words(pdf, d, few_characters),
                       doctest::Contains("page 1 of the PDF is not read: it draws more than 100 characters"), informe::error);
  informe::detail::pdfin::page_budget no_time;
  no_time.seconds = 0;
  CHECK_THROWS_WITH_AS(informe::detail::pdfin::extract_words(pdf, d, no_time),
                       doctest::Contains("reading it takes more than 0 seconds"), informe::error);
  informe::detail::pdfin::page_budget small_streams;
  small_streams.content_bytes = 1000;
  CHECK_THROWS_WITH_AS(informe::detail::pdfin::extract_words(pdf, d, small_streams),
                       doctest::Contains("its content streams are more than 1,000 bytes decoded"), informe::error);
  CHECK(informe::detail::pdfin::extract_words(pdf, d).size() == 2);
}

TEST_CASE("a list's bullets drawn as discs, not characters, start its items") {
  // Chromium draws a disc marker as a filled circle. The first item fills its line and ends in no
  // punctuation: only the drawn bullet tells that "Oficio" starts the next item. A disc with no text
  // beside it (a decoration) is no bullet.
  pdf_page_spec p = verification_list_page();
  p.texts.push_back({420, 194, "Informe del cruce de bases de"});
  p.texts.push_back({420, 205, "Oficio N° 2.406 a la Contraloría"});
  p.texts.push_back({420, 216, "General de la República"});
  p.drawing = informe::test::disc(414, 191, 3) + informe::test::disc(414, 202, 3) + informe::test::disc(300, 500, 3);
  informe::diagnostics d;
  const auto r = read(make_pdf({p}), d);
  REQUIRE(r.rows.size() == 1);
  const auto& v = r.rows[0].verification;
  REQUIRE(v.blocks.size() == 1);
  CHECK(v.blocks[0].type == informe::block::kind::bullet_list);
  CHECK(v.blocks[0].items == std::vector<std::string>{"Informe del cruce de bases de",
                                                      "Oficio N° 2.406 a la Contraloría General de la República"});
  std::size_t bullets = 0;
  informe::diagnostics words_d;
  const auto pages = informe::detail::pdfin::extract_words(make_pdf({p}), words_d);
  for (const auto& w : pages.front().words) bullets += w.text == "\u2022" ? 1 : 0;
  CHECK(bullets == 2);  // the two beside text
}

TEST_CASE("a nested list's bullets drawn as hollow circles and filled squares start items of the one list") {
  // Browsers draw a second level's bullet as a stroked circle and a third level's as a filled square,
  // no glyph in the text. The sub-items' lines hang right of their item's text: without their drawn
  // bullets they would run on into it. The model's lists are flat: each is an item of the one list.
  pdf_page_spec p = verification_list_page();
  p.texts.push_back({420, 194, "Informe del cruce de bases:"});
  p.texts.push_back({432, 205, "planilla de cupos"});
  p.texts.push_back({444, 216, "hoja de firmas"});
  p.texts.push_back({432, 227, "acta de entrega"});
  p.drawing = informe::test::disc(414, 191, 3) + informe::test::circle(426, 202, 3) +
              informe::test::square(438, 213, 2.5) + informe::test::circle(426, 224, 3);
  informe::diagnostics d;
  const auto r = read(make_pdf({p}), d);
  REQUIRE(r.rows.size() == 1);
  const auto& v = r.rows[0].verification;
  REQUIRE(v.blocks.size() == 1);
  CHECK(v.blocks[0].type == informe::block::kind::bullet_list);
  CHECK(v.blocks[0].items == std::vector<std::string>{"Informe del cruce de bases:", "planilla de cupos",
                                                      "hoja de firmas", "acta de entrega"});
}

TEST_CASE("a text layer whose glyphs map to characters no Spanish word holds is named in one warning") {
  using informe::detail::pdfin::check_text_layer;
  using informe::detail::mixes_foreign_glyphs;
  CHECK(mixes_foreign_glyphs("Cali\xE6\x98\x80\xE6\xA4\x80" "cación:"));  // Ghostscript's "fi": U+6600 U+6900
  CHECK(mixes_foreign_glyphs("of\xEE\x80\x81" "cio"));                    // a private-use code point inside a word
  CHECK_FALSE(mixes_foreign_glyphs("\xEF\x82\xB7"));                      // a Symbol-font bullet alone
  CHECK_FALSE(mixes_foreign_glyphs("Peñalolén"));
  CHECK_FALSE(mixes_foreign_glyphs("“Mi"));
  CHECK_FALSE(mixes_foreign_glyphs("\xE6\x98\x80"));                      // an ideograph alone: not mixed

  std::vector<informe::detail::layout::page> pages(2);
  pages[0].number = 1;
  pages[1].number = 2;
  pages[0].words.push_back({"Definir"});
  pages[1].words.push_back({"De\xE6\x98\x80\xE6\xA4\x80" "nir"});
  pages[1].words.push_back({"Cali\xE6\x98\x80\xE6\xA4\x80" "cación:"});
  informe::diagnostics diags;
  check_text_layer(pages, diags);
  REQUIRE(diags.all().size() == 1);
  const auto& d = diags.all().front();
  CHECK(d.code == informe::diagnostic_code::encoding);
  CHECK(d.where.page == 2);
  CHECK(d.message.find("2 words mix") == 0);
  CHECK(d.message.find("De\xE6\x98\x80\xE6\xA4\x80" "nir") != std::string::npos);

  informe::diagnostics clean;
  pages[1].words.clear();
  check_text_layer(pages, clean);
  CHECK(clean.all().empty());
}

TEST_CASE("letters a text layer gives in the wrong byte order are put right, and said once") {
  using informe::detail::pdfin::repair_swapped_letters;
  std::vector<informe::detail::layout::page> pages(2);
  pages[0].number = 1;
  pages[1].number = 2;
  pages[0].words.push_back({"Definir"});
  pages[1].words.push_back({"Cali\xE6\x98\x80\xE6\xA4\x80" "cación:"});  // "fi" as U+6600 U+6900
  pages[1].words.push_back({"\xE6\x98\x80\xE6\xA4\x80" "n"});          // "fin"
  pages[1].words.push_back({"\xE6\x98\x80\xE6\xA4\x80"});              // no Latin letter beside: no mix
  pages[1].words.push_back({"of\xEE\x80\x81" "cio"});                    // a private-use code point: left
  pages[1].words.push_back({"De\xE6\x98\x80\xE4\xB8\x81" "nir"});     // U+4E01 is no letter: left whole
  informe::diagnostics diags;
  repair_swapped_letters(pages, diags);
  CHECK(pages[0].words[0].text == "Definir");
  CHECK(pages[1].words[0].text == "Calificación:");
  CHECK(pages[1].words[1].text == "fin");
  CHECK(pages[1].words[2].text == "\xE6\x98\x80\xE6\xA4\x80");
  CHECK(pages[1].words[3].text == "of\xEE\x80\x81" "cio");
  CHECK(pages[1].words[4].text == "De\xE6\x98\x80\xE4\xB8\x81" "nir");
  REQUIRE(diags.all().size() == 1);
  const auto& d = diags.all().front();
  CHECK(d.level == informe::severity::info);
  CHECK(d.code == informe::diagnostic_code::encoding);
  CHECK(d.where.page == 2);
  CHECK(d.message.find("2 words read with letters") == 0);
  CHECK(d.message.find("\"Calificación:\"") != std::string::npos);

  informe::diagnostics none;
  repair_swapped_letters(pages, none);
  CHECK(none.all().empty());
}

TEST_CASE("an invisible text layer (OCR over a scan) is read, with one warning that the words are an OCR's") {
  pdf_page_spec p;
  p.texts.push_back({40, 60, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2000", 11, true});
  p.texts.push_back({40, 80, "Programa/Institución: Programa de Prueba"});
  add_table(p, 120);
  informe::diagnostics seen;
  const auto visible = informe::read_pdf(make_pdf({p}), {}, seen);
  for (const auto& d : seen.all()) CHECK(d.message.find("OCR") == std::string::npos);

  p.invisible = true;
  informe::diagnostics diags;
  const auto r = informe::read_pdf(make_pdf({p}), {}, diags);
  check_rows(visible);
  check_rows(r);
  CHECK(r.program == "Programa de Prueba");
  int ocr = 0;
  for (const auto& d : diags.all())
    if (d.message.find("a scan read by OCR") != std::string::npos) {
      ++ocr;
      CHECK(d.where.page == 1);
    }
  CHECK(ocr == 1);
}

TEST_CASE("on an OCR's page, the vertical bars it read in the table's rulings are furniture, not text") {
  pdf_page_spec p;
  p.invisible = true;
  p.texts.push_back({40, 60, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2000", 11, true});
  p.texts.push_back({40, 80, "Programa/Institución: Programa de Prueba"});
  add_table(p, 120);
  // Rulings between the columns, read as bars: alone, and run into a cell's first word.
  for (double y : {140.0, 151.0, 165.0, 190.0}) p.texts.push_back({222, y, "|"});
  p.texts.push_back({402, 190, "|"});
  for (auto& t : p.texts)
    if (t.text == "Se revisará la matriz.") {
      t.text = "|Se revisará la matriz.";  // the bar in the gutter (Helvetica's is 0.26 em), the letters at the column
      t.x -= 0.26 * t.size;
    }
  informe::diagnostics diags;
  const auto r = informe::read_pdf(make_pdf({p}), {}, diags);
  INFO(diags.all().size());
  check_rows(r);
  std::size_t bars = 0;
  for (const auto& d : diags.all())
    if (d.level == informe::severity::info && d.content == "|") ++bars;
  CHECK(bars == 6);
}
