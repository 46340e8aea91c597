// Phase 5: the table's lines -> rows.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

// A three-column table (no number column): the rows start at "N." at the recommendation's left.
page_maker three_column_start() {
  page_maker m;
  title_and_program(m);
  table_header(m, 100, false);
  return m;
}

bool has_warning_with(const diagnostics& d, std::string_view text) {
  for (const auto& x : d.all())
    if (x.level == severity::warning && x.message.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a year wrapped at a line start inside a paragraph does not start a row") {
  auto m = three_column_start();
  table_line(m, 120, "", "1. Según el estudio del año", "Diseñar un plan", "Se diseñó el plan.");
  table_line(m, 132, "", "2004. los resultados bajan", "de trabajo.", "");
  table_line(m, 144, "", "en la región.", "", "");
  table_line(m, 170, "", "2. Evaluar el programa.", "Contratar.", "Se contrató.");
  table_line(m, 200, "", "3. Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].recommendation.plain_text() ==
        "Según el estudio del año 2004. los resultados bajan en la región.");
  CHECK(res.r.rows[0].commitment.plain_text() == "Diseñar un plan de trabajo.");
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el programa.");
  CHECK(res.r.rows[2].number == "3");
  CHECK(res.r.rows[2].compliance.plain_text() == "Se abrieron.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a real next number directly below a finished sentence starts a row") {
  // No vertical gap: the finished sentence above and the other columns' new cells show the boundary.
  auto m = three_column_start();
  table_line(m, 120, "", "1. Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 132, "", "2. Evaluar el programa.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar.");
}

TEST_CASE("a number out of sequence starts a row only where the layout shows a row boundary, with a warning") {
  auto m = three_column_start();
  table_line(m, 120, "", "1. Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 150, "", "7. Evaluar el programa.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "7");
  CHECK(has_warning_with(res.diags, "row number 7 breaks the sequence"));

  // Out of sequence, no gap, and the other columns go on: text of the row above.
  auto n = three_column_start();
  table_line(n, 120, "", "1. Mejorar el sistema según la ley", "Diseñar un plan", "Se diseñó el plan");
  table_line(n, 132, "", "19. de la República.", "de trabajo.", "en marzo.");
  auto res2 = read_pages({n.done()});
  INFO(describe(res2.diags));
  REQUIRE(res2.r.rows.size() == 1);
  CHECK(res2.r.rows[0].recommendation.plain_text() == "Mejorar el sistema según la ley 19. de la República.");
  CHECK(res2.diags.warning_count() == 0);
}

TEST_CASE("'(continúa)' and the row's number printed again on the next page: one row") {
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100);
  table_line(p1, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(p1, 150, "2", "Evaluar el programa", "Contratar una", "Se contrató");
  table_line(p1, 162, "", "en su conjunto", "evaluación", "");
  p1.at(col_rec, 180, "(continúa)");
  page_maker p2(2);
  table_header(p2, 40);
  table_line(p2, 60, "2", "y sus componentes.", "externa.", "a un panel.");
  table_line(p2, 90, "3", "Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron.");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el programa en su conjunto y sus componentes.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar una evaluación externa.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se contrató a un panel.");
  CHECK(res.r.rows[2].number == "3");
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  CHECK(std::count(furniture.begin(), furniture.end(), "(continúa)") == 1);
  CHECK(std::count(furniture.begin(), furniture.end(), "N° Recomendación Compromiso Cumplimiento") == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a row's text continues at the top of the next page without a number") {
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100);
  table_line(p1, 120, "1", "Mejorar el sistema", "Diseñar un plan", "Se diseñó");
  page_maker p2(2);
  table_header(p2, 40);
  table_line(p2, 60, "", "de información.", "de trabajo.", "en marzo.");
  table_line(p2, 90, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema de información.");
  CHECK(res.r.rows[0].compliance.plain_text() == "Se diseñó en marzo.");
}

TEST_CASE("a number wrapped in a narrow number column ('1' / '0') is one number") {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "9", "Mejorar.", "Plan.", "Hecho.");
  table_line(m, 150, "1", "Evaluar el programa.", "Contratar.", "Se contrató.");
  table_line(m, 162, "0", "", "de trabajo.", "");
  table_line(m, 174, "", "", "", "Cumplido");  // the wrapped "0" is not the page's last line
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].number == "10");
}

TEST_CASE("text across the columns below the table is named in a warning, as is text after it") {
  // The table fills enough lines on its header's page that the gutters are measured there; the
  // note is on the next page.
  page_maker m(1);
  title_and_program(m);
  table_header(m, 100);
  for (int k = 0; k < 6; ++k)
    table_line(m, 120 + 12 * k, k == 0 ? "1" : "", "Mejorar el sistema de gestión", "Diseñar un plan", "Se diseñó");
  page_maker n(2);
  table_line(n, 40, "", "final.", "de trabajo.", "en marzo.");
  n.at(40, 60, "Nota: los compromisos fueron revisados por el panel de expertos en diciembre.");
  table_line(n, 80, "", "Texto suelto", "", "");
  n.at(40, 100, "Documento generado con informe");
  auto res = read_pages({m.done(), n.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].commitment.plain_text() ==
        "Diseñar un plan Diseñar un plan Diseñar un plan Diseñar un plan Diseñar un plan Diseñar un plan de trabajo.");
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  REQUIRE(unplaced.size() == 2);
  CHECK(unplaced[0] == "Nota: los compromisos fueron revisados por el panel de expertos en diciembre.");
  CHECK(unplaced[1] == "Texto suelto");
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  CHECK(std::count(furniture.begin(), furniture.end(), "Documento generado con informe") == 1);
  for (const auto& d : res.diags.all())
    if (d.code == diagnostic_code::unplaced_text) {
      CHECK(d.level == severity::warning);
      CHECK(d.where.page == 2);
      CHECK(d.where.line > 1);
    }
}

TEST_CASE("a page whose table starts without a header row, its columns laid out apart from the last header's page, is measured on its own lines") {
  // A browser sizes each page's part of an auto-width table on its own: on page 2 the commitment
  // and compliance columns start where page 1's gutters ran.
  auto m = three_column_start();
  table_line(m, 120, "", "1. Mejorar el sistema de", "Diseñar un plan de", "Se diseñó el plan de");
  table_line(m, 132, "", "registro de los usuarios", "trabajo con las", "trabajo con las");
  table_line(m, 144, "", "del programa en todas", "regiones y sus", "regiones en marzo");
  table_line(m, 156, "", "las regiones del país y", "servicios.", "de 2006.");
  table_line(m, 168, "", "en sus oficinas.", "", "");
  table_line(m, 180, "", "Se pide un informe.", "", "");
  page_maker p2(2);
  auto line2 = [&p2](double y, std::string_view rec, std::string_view com, std::string_view cum) {
    if (!rec.empty()) p2.at(col_rec, y, rec);
    if (!com.empty()) p2.at(222, y, com);
    if (!cum.empty()) p2.at(372, y, cum);
  };
  line2(40, "2. Incorporar en el", "Se presentará una", "La propuesta no");
  line2(52, "cálculo del aporte", "propuesta de ajuste", "fue presentada en");
  line2(64, "un ajuste por edad", "por edad.", "el plazo.");
  line2(76, "y sexo.", "", "");
  line2(100, "3. Ampliar la", "Abrir oficinas en", "Se abrieron dos.");
  line2(112, "cobertura regional.", "cada región.", "");
  auto res = read_pages({m.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() ==
        "Incorporar en el cálculo del aporte un ajuste por edad y sexo.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se presentará una propuesta de ajuste por edad.");
  CHECK(res.r.rows[1].compliance.plain_text() == "La propuesta no fue presentada en el plazo.");
  CHECK(res.r.rows[2].commitment.plain_text() == "Abrir oficinas en cada región.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a row whose full cells stand closer than a word group's gap counts in measuring the gutters") {
  // A browser's tight table: word spaces of 2.5 points, cells 7 points apart. The full line must not
  // be taken for a note running across the columns, or the gutter is measured as the middle of the
  // other lines' ragged right edges, and its last word of the commitment runs over it.
  page_maker m;
  title_and_program(m);
  table_header(m, 100, false);
  auto place = [&m](double x, double y, std::string_view text) {
    double pos = x;
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = std::min(text.find(' ', i), text.size());
      const std::string w(text.substr(i, j - i));
      const double width = 5.0 * static_cast<double>(code_points(w));
      m.word(w, pos, y, pos + width, y + 10);
      pos += width + 2.5;
      i = j + 1;
    }
  };
  auto row_line = [&](double y, std::string_view rec, std::string_view com, std::string_view cum) {
    if (!rec.empty()) place(col_rec, y, rec);
    if (!com.empty()) place(col_com, y, com);
    if (!cum.empty()) place(col_cum, y, cum);
  };
  // col_rec 70, col_com 250, col_cum 420: 32 characters of 5 points and their spaces fill a cell.
  row_line(120, "1. Considerar la situación de", "Se ofrecerá un subsidio de", "El subsidio se incorporó.");
  row_line(132, "los jóvenes con hijos.", "cuidado infantil.", "");
  row_line(144, "", "", "");
  // Cells 7.5 points apart: the whole line is one run of words at a group's gap.
  row_line(170, "2. Revisar el valor hora de cada curso", "Se revisará el precio por encuestas", "Se revisó en marzo.");
  row_line(182, "de capacitación.", "a los alumnos.", "");
  row_line(210, "3. Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron dos.");
  row_line(222, "En todo el país.", "En cada región.", "");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Revisar el valor hora de cada curso de capacitación.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se revisará el precio por encuestas a los alumnos.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se revisó en marzo.");
  CHECK(res.diags.warning_count() == 0);
}
