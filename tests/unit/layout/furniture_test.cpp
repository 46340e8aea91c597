// Phase 2: page furniture, each rule, and its record as info diagnostics.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout/furniture.hpp"
#include "layout/lines.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::detail::layout;
using informe::test::page_maker;

namespace {

std::vector<std::vector<line>> marked(const std::vector<page>& pages) {
  std::vector<std::vector<line>> out;
  for (const auto& pg : pages) out.push_back(build_lines(pg));
  mark_furniture(out);
  return out;
}

std::string rule_of(const line& l) { return l.furniture ? l.furniture : ""; }

}  // namespace

TEST_CASE("a line repeated at the same height at the top of most pages is a running header") {
  std::vector<page> pages;
  for (int p = 1; p <= 3; ++p)
    pages.push_back(page_maker(p)
                        .at(40, 20, "Dirección de Presupuestos")
                        .at(40, 60, std::string(p == 1 ? "contenido uno" : p == 2 ? "el segundo" : "y tercero"))
                        .at(40, 72, "más texto distinto en la página " + std::string(p, 'x'))
                        .at(40, 800, "Sección " + std::to_string(p))  // digits ignored: repeats
                        .done());
  auto lines = marked(pages);
  for (std::size_t p = 0; p < 3; ++p) {
    REQUIRE(lines[p].size() == 4);
    CHECK(rule_of(lines[p][0]) == furniture_rule::running);
    CHECK(rule_of(lines[p][1]).empty());
    CHECK(rule_of(lines[p][2]).empty());
    CHECK(rule_of(lines[p][3]) == furniture_rule::running);
  }
}

TEST_CASE("the same text at another height, or on one page only, is not a running header") {
  std::vector<page> pages{page_maker(1).at(40, 20, "Dirección de Presupuestos").at(40, 60, "uno").done(),
                          page_maker(2).at(40, 300, "Dirección de Presupuestos").at(40, 320, "dos").done()};
  auto lines = marked(pages);
  CHECK(rule_of(lines[0][0]).empty());
  CHECK(rule_of(lines[1][0]).empty());
  auto single = marked({page_maker().at(40, 20, "Dirección de Presupuestos").done()});
  CHECK(rule_of(single[0][0]).empty());
}

TEST_CASE("page numbers at a page's top or foot") {
  auto lines = marked({page_maker(2)
                           .at(40, 20, "- 2 -")
                           .at(40, 60, "texto")
                           .at(40, 72, "Página 2 de 5")  // not among the last two lines
                           .at(40, 84, "más texto")
                           .at(40, 96, "y más")
                           .at(500, 800, "Página 2 de 5")
                           .done()});
  REQUIRE(lines[0].size() == 6);
  CHECK(rule_of(lines[0][0]) == furniture_rule::page_number);
  CHECK(rule_of(lines[0][2]).empty());
  CHECK(rule_of(lines[0][5]) == furniture_rule::page_number);
  CHECK(is_page_number_line("Página 2 de 5"));
  CHECK(is_page_number_line("PÁGINA 12 DE 40"));
  CHECK(is_page_number_line("3 / 9"));
  CHECK(is_page_number_line("Page 1 of 2"));
  CHECK_FALSE(is_page_number_line("2 compromisos"));
}

TEST_CASE("a row number's digit wrapped in a narrow column near a page's foot is not the page's number") {
  auto lines = marked({page_maker(1)
                           .at(40, 60, "texto")
                           .at(40, 760, "1  Mejorar el sistema.")
                           .at(40, 772, "1")  // row 11's second digit, the page's number by chance
                           .at(40, 800, "1")  // the page's number, set apart below the table
                           .done()});
  REQUIRE(lines[0].size() == 4);
  CHECK(rule_of(lines[0][2]).empty());
  CHECK(rule_of(lines[0][3]) == furniture_rule::page_number);
}

TEST_CASE("a sub-number's part wrapped after its period near a page's foot is not the page's number") {
  auto lines = marked({page_maker(1)
                           .at(40, 60, "texto")
                           .at(40, 760, "2.  Mejorar el sistema.")
                           .at(40, 772, "1")  // row 2.1's second part, the page's number by chance
                           .at(40, 800, "1")  // the page's number, set apart below the table
                           .done()});
  REQUIRE(lines[0].size() == 4);
  CHECK(rule_of(lines[0][2]).empty());
  CHECK(rule_of(lines[0][3]) == furniture_rule::page_number);
}

TEST_CASE("a Chromium-style print header and footer are print edges") {
  auto lines = marked({page_maker(1)
                           .at(20, 10, "11/30/26, 3:56 AM")
                           .at(280, 10, "Informe de Cumplimiento")
                           .at(40, 60, "texto del informe")
                           .at(40, 72, "30-06-2009 Cumplido")
                           .at(40, 84, "más texto")
                           .at(20, 820, "http://localhost:8000/informe.html")
                           .at(560, 820, "1/3")
                           .done()});
  REQUIRE(lines[0].size() == 5);
  CHECK(rule_of(lines[0][0]) == furniture_rule::print_edge);
  CHECK(lines[0][0].text == "11/30/26, 3:56 AM Informe de Cumplimiento");
  CHECK(rule_of(lines[0][1]).empty());
  CHECK(rule_of(lines[0][2]).empty());  // a date without a time is content (a cell's last line)
  CHECK(rule_of(lines[0][4]) == furniture_rule::print_edge);
  CHECK(lines[0][4].text == "http://localhost:8000/informe.html 1/3");
}

TEST_CASE("a cell's last line naming a web site at the page's foot is text, not a print edge") {
  auto lines = marked({page_maker(1)
                           .at(40, 60, "texto del informe")
                           .at(40, 72, "Fecha de Vencimiento: Junio de")
                           .at(300, 72, "Medios de Verificación: Balance 2007 del PAE,")
                           .at(40, 84, "2008")
                           .at(300, 84, "en www.junaeb.cl.")
                           .at(40, 800, "Organismo Responsable: ver http://www.junaeb.cl/transparencia para más")
                           .done()});
  REQUIRE(lines[0].size() == 4);
  CHECK(rule_of(lines[0][2]).empty());
  CHECK(lines[0][2].text == "2008 en www.junaeb.cl.");
  CHECK(rule_of(lines[0][3]).empty());  // an address inside the line's text
}

TEST_CASE("continuation marks, colophons and the writers' placeholder") {
  CHECK(is_continued_mark("(continúa)"));
  CHECK(is_continued_mark("(CONTINÚA)"));
  CHECK(is_continued_mark("(sigue)"));
  CHECK_FALSE(is_continued_mark("continúa el programa"));
  CHECK(is_colophon("Documento generado con informe 1.0"));
  CHECK_FALSE(is_colophon("El documento fue aprobado"));
  CHECK(is_no_status("Calificación: Sin calificación"));
}

TEST_CASE("furniture is recorded as info diagnostics with its text and position") {
  std::vector<page> pages;
  for (int p = 1; p <= 2; ++p) {
    page_maker m(p);
    m.at(20, 10, "11/30/26, 3:56 AM").at(280, 10, "Informe");
    if (p == 1) {
      informe::test::title_and_program(m, 40);
      m.at(40, 68, "Ministerio:").at(200, 68, "Ministerio de Educación");
      informe::test::table_header(m, 100);
      informe::test::table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
    } else {
      informe::test::table_line(m, 60, "2", "Evaluar.", "Contratar.", "Se contrató.");
    }
    m.at(500, 800, "Página " + std::to_string(p) + " de 2");
    pages.push_back(m.done());
  }
  auto res = informe::test::read_pages(pages);
  INFO(informe::test::describe(res.diags));
  REQUIRE_FALSE(res.refused);
  CHECK(res.r.program == "Programa de Becas");
  CHECK(res.r.ministry == "Ministerio de Educación");
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar.");
  std::vector<diagnostic> furniture;
  for (const auto& d : res.diags.all())
    if (d.code == diagnostic_code::page_furniture) furniture.push_back(d);
  REQUIRE(furniture.size() == 4);
  for (const auto& d : furniture) CHECK(d.level == severity::info);
  CHECK(furniture[0].content == "11/30/26, 3:56 AM Informe");
  CHECK(furniture[0].where.page == 1);
  CHECK(furniture[1].content == "Página 1 de 2");
  CHECK(furniture[1].where.page == 1);
  CHECK(furniture[1].where.line == 7);
  CHECK(furniture[3].content == "Página 2 de 2");
  CHECK(furniture[3].where.page == 2);
  // The rule is named in the message.
  CHECK(furniture[0].message.find(furniture_rule::running) != std::string::npos);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("the title and header fields in a page header: the first page's are the header block, the rest repeats") {
  // A Word page header with the title and five fields (more lines than a running header is looked
  // for in) on every page; a running line that is no header field is furniture on every page.
  std::vector<page> pages;
  for (int p = 1; p <= 3; ++p)
    pages.push_back(page_maker(p)
                        .at(40, 20, "Dirección de Presupuestos")
                        .at(40, 32, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
                        .at(40, 44, "Programa/Institución: Programa Vacaciones Tercera Edad")
                        .at(40, 56, "Ministerio: MINISTERIO DE ECONOMÍA")
                        .at(40, 68, "Servicio: SERVICIO NACIONAL DE TURISMO")
                        .at(40, 80, "Año: 2008")
                        .at(40, 120, std::string(p == 1 ? "contenido uno" : p == 2 ? "el segundo" : "y tercero"))
                        .done());
  auto lines = marked(pages);
  for (std::size_t p = 0; p < 3; ++p) {
    REQUIRE(lines[p].size() == 7);
    CHECK(rule_of(lines[p][0]) == furniture_rule::running);
    for (std::size_t i = 1; i <= 5; ++i) {
      INFO("page ", p + 1, " line ", i + 1);
      CHECK(rule_of(lines[p][i]) == (p == 0 ? "" : furniture_rule::running));
    }
    CHECK(rule_of(lines[p][6]).empty());
  }
}

TEST_CASE("a preformatted report's rules drawn with dashes are furniture: the table under them is read") {
  using informe::test::read_pages;
  const std::string rule(90, '-');
  page_maker m;
  informe::test::title_and_program(m);
  m.at(40, 80, rule);
  informe::test::table_header(m, 92);
  m.at(40, 104, rule);
  informe::test::table_line(m, 116, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  m.at(40, 128, rule);
  informe::test::table_line(m, 140, "2", "Evaluar el programa.", "Contratar.", "Se contrató.");
  m.at(40, 152, rule);
  auto res = read_pages({m.done()});
  INFO(informe::test::describe(res.diags));
  REQUIRE(!res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se contrató.");
  std::size_t rules = 0;
  for (const auto& x : res.diags.all()) rules += x.message.find(furniture_rule::ruling) != std::string::npos ? 1 : 0;
  CHECK(rules == 4);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("what is a rule drawn with characters") {
  CHECK(is_ruling_line("----------"));
  CHECK(is_ruling_line("==========  =========="));
  CHECK(is_ruling_line("\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80"));
  CHECK_FALSE(is_ruling_line("-"));
  CHECK_FALSE(is_ruling_line("----"));
  CHECK_FALSE(is_ruling_line("\xE2\x80\x94"));  // an em dash: a placeholder
  CHECK_FALSE(is_ruling_line("---------- 1"));
}

TEST_CASE("is_page_count_footer: footers that count the pages, not a lone number") {
  using informe::detail::layout::is_page_count_footer;
  CHECK(is_page_count_footer("                      Página 3 de 9"));
  CHECK(is_page_count_footer("PÁGINA 3 DE 9  "));
  CHECK(is_page_count_footer("Page 3 of 9"));
  CHECK(is_page_count_footer("   3 / 9"));
  CHECK(is_page_count_footer("http://www.dipres.cl/programas/informe.asp?id=x                          2/6"));
  CHECK_FALSE(is_page_count_footer("   4"));  // a row number alone on its line
  CHECK_FALSE(is_page_count_footer("http://www.dipres.cl/programas/informe.asp?id=x"));
  CHECK_FALSE(is_page_count_footer("     Se aplicó en 3 de 9 regiones."));
  CHECK_FALSE(is_page_count_footer(""));
}

TEST_CASE("lines alike but for numbers that neither stay the same nor follow the pages are no running header") {
  // "Compromiso 1" atop page 1, "Compromiso 3" atop page 2, "Compromiso 6" atop page 3: each page's
  // own text. "Informe 2008 · hoja 1" ... "hoja 3": a number that stays and one that follows.
  std::vector<page> pages;
  const int firsts[] = {1, 3, 6};
  for (int p = 1; p <= 3; ++p)
    pages.push_back(page_maker(p)
                        .at(40, 20, "Compromiso " + std::to_string(firsts[p - 1]) + " de la lista")
                        .at(40, 60, std::string(p == 1 ? "contenido uno" : p == 2 ? "el segundo" : "y tercero"))
                        .at(40, 72, "más texto distinto en la página " + std::string(p, 'x'))
                        .at(40, 800, "Informe 2008, hoja " + std::to_string(p))
                        .done());
  auto lines = marked(pages);
  for (std::size_t p = 0; p < 3; ++p) {
    REQUIRE(lines[p].size() == 4);
    CHECK(rule_of(lines[p][0]).empty());
    CHECK(rule_of(lines[p][3]) == furniture_rule::running);
  }
}
