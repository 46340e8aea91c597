// Phase 5: the table's lines -> rows.
#include <doctest/doctest.h>

#include <algorithm>

#include "diagnostic_messages.hpp"
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

TEST_CASE("one-digit numbers on adjacent lines of a compact table are two rows, not one wrapped number") {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Mejorar.", "Plan.", "Hecho.");
  table_line(m, 132, "2", "Evaluar.", "Contratar.", "Se contrató.");
  table_line(m, 144, "3", "Ampliar.", "Abrir.", "Se abrió.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar.");
  CHECK(res.r.rows[2].number == "3");
}

TEST_CASE("a number wrapped in a narrow number column across a page break ('1' | '2' after row 11) is one number") {
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100);
  table_line(p1, 120, "1", "Mejorar el sistema.", "Plan.", "Hecho.");
  table_line(p1, 132, "1", "", "", "");  // near the page's foot, and "1" as the page is
  table_line(p1, 160, "1", "Considerar la situación de", "Se ofrecerá un", "El subsidio se incorporó");  // its foot
  page_maker p2(2);
  table_header(p2, 40);
  table_line(p2, 60, "2", "los jóvenes.", "subsidio.", "en 2011.");
  table_line(p2, 90, "1", "Coordinar el programa.", "Firmar.", "No se firmó.");
  table_line(p2, 102, "3", "", "", "");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "11");
  CHECK(res.r.rows[1].number == "12");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Considerar la situación de los jóvenes.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se ofrecerá un subsidio.");
  CHECK(res.r.rows[2].number == "13");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a row at a page's foot and the next at the next page's top keep their numbers when they follow each other") {
  for (auto [first, second] : {std::pair{"1", "2"}, std::pair{"5", "6"}}) {
    page_maker p1(1);
    title_and_program(p1);
    table_header(p1, 100);
    if (std::string(first) == "5") table_line(p1, 120, "4", "Mejorar.", "Plan.", "Hecho.");
    table_line(p1, 150, first, "Evaluar.", "Contratar.", "Se contrató.");  // the page's foot
    page_maker p2(2);
    table_header(p2, 40);
    table_line(p2, 60, second, "Ampliar.", "Abrir.", "Se abrió.");
    auto res = read_pages({p1.done(), p2.done()});
    INFO(describe(res.diags));
    REQUIRE(res.r.rows.size() >= 2);
    CHECK(res.r.rows[res.r.rows.size() - 2].number == first);
    CHECK(res.r.rows.back().number == second);
    CHECK(res.r.rows.back().commitment.plain_text() == "Abrir.");
  }
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

TEST_CASE("a commitment column that goes on after its due date beside a spanned recommendation: a row of its own") {
  // One recommendation (a cell spanning two commitments' rows) whose text runs on beside the second
  // commitment, which starts a gap below the first's due date, level with its compliance.
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Elaborar un diagnóstico de", "Se contratará un estudio.", "El estudio fue entregado.");
  table_line(m, 132, "", "la demanda potencial, por", "Fecha de Vencimiento: Dic.", "Calificación: Cumplido");
  table_line(m, 144, "", "región y por tipo de obra,", "2007", "");
  table_line(m, 156, "", "que permita ordenar los", "", "");
  table_line(m, 168, "", "concursos.", "Se elaborará un plan regional.", "Los planes fueron aprobados.");
  table_line(m, 180, "", "", "Fecha de Vencimiento: Junio 2008", "Calificación: Parcialmente cumplido");
  table_line(m, 192, "", "Organismo Responsable: INDAP", "", "");
  table_line(m, 214, "", "", "Se ajustarán las bases.", "");
  table_line(m, 226, "", "", "Fecha de Vencimiento: 31-03-2009", "");
  table_line(m, 250, "2", "Establecer un sistema.", "Se diseñará un módulo.", "El módulo opera.");
  table_line(m, 262, "", "", "Fecha de Vencimiento: Dic. 2008", "Calificación: Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 4);
  const auto& first = res.r.rows[0];
  CHECK(first.number == "1");
  CHECK(first.recommendation.plain_text() ==
        "Elaborar un diagnóstico de la demanda potencial, por región y por tipo de obra, que permita ordenar los concursos.");
  CHECK(first.responsible == "INDAP");
  CHECK(first.commitment.plain_text() == "Se contratará un estudio.");
  CHECK(first.due_text == "Dic. 2007");
  CHECK(first.status == compliance_status::fulfilled);
  const auto& second = res.r.rows[1];
  CHECK(second.number == "1");
  CHECK(second.recommendation.empty());
  CHECK(second.responsible.empty());
  CHECK(second.commitment.plain_text() == "Se elaborará un plan regional.");
  CHECK(second.due_text == "Junio 2008");
  CHECK(second.compliance.plain_text() == "Los planes fueron aprobados.");
  CHECK(second.status == compliance_status::partially_fulfilled);
  const auto& third = res.r.rows[2];
  CHECK(third.number == "1");
  CHECK(third.commitment.plain_text() == "Se ajustarán las bases.");
  CHECK(third.due_text == "31-03-2009");
  CHECK(third.compliance.empty());
  CHECK(res.r.rows[3].number == "2");
  CHECK(res.diags.warning_count() == 0);  // the number repeats by design
}

TEST_CASE("a due date whose value goes on below its label, on the next line or the next page, starts no commitment") {
  // "Fecha de Vencimiento:" alone, its value a gap lower; "Vencimiento: 30" at a page's foot, "de
  // junio de 2008" on the next page.
  page_maker one;
  title_and_program(one);
  table_header(one, 100);
  table_line(one, 120, "1", "Mejorar la gestión.", "Se hará un plan.", "Se cumplió.");
  table_line(one, 132, "", "", "Fecha de Vencimiento:", "Calificación: Cumplido");
  table_line(one, 154, "", "", "Marzo 2005", "");
  table_line(one, 180, "2", "Evaluar el programa.", "Se contratará un estudio.", "Se contrató.");
  table_line(one, 192, "", "", "Fecha de", "Calificación: Cumplido");
  table_line(one, 204, "", "", "Vencimiento: 30", "");
  page_maker two(2);
  table_header(two, 100);
  table_line(two, 120, "", "", "de junio de 2008", "");
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].due_text == "Marzo 2005");
  CHECK(res.r.rows[1].due_text == "30 de junio de 2008");
}

TEST_CASE("sub-numbers in the number column ('1.1', '1.2', '2.1') number the rows") {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1.1", "Definir criterios.", "Se hará.", "Hecho.");
  table_line(m, 150, "1.2", "Publicar la lista.", "Se publicará.", "Publicada.");
  table_line(m, 180, "2.1.", "Establecer una línea", "Se diseñará.", "Diseñada.");
  table_line(m, 192, "", "base.", "", "");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "1.1");
  CHECK(res.r.rows[1].number == "1.2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Publicar la lista.");
  CHECK(res.r.rows[2].number == "2.1");
  CHECK(res.r.rows[2].recommendation.plain_text() == "Establecer una línea base.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a sub-number wrapped in a narrow number column after its period ('1.' / '1') is one number") {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1.", "Definir criterios", "Se hará.", "Hecho.");
  table_line(m, 132, "1", "explícitos.", "", "");
  table_line(m, 160, "1.", "Publicar la lista.", "Se publicará.", "Publicada.");
  table_line(m, 172, "2", "", "", "");
  table_line(m, 184, "", "", "", "Cumplido");  // the wrapped "2" is not the page's last line
  table_line(m, 210, "2.", "Establecer una línea", "Se diseñará.", "Diseñada.");
  table_line(m, 222, "1", "base.", "", "");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "1.1");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Definir criterios explícitos.");
  CHECK(res.r.rows[1].number == "1.2");
  CHECK(res.r.rows[2].number == "2.1");
  CHECK(res.r.rows[2].recommendation.plain_text() == "Establecer una línea base.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a sub-number typed before the recommendation starts a row; figures at a line start in sequence or not do not") {
  auto m = three_column_start();
  table_line(m, 120, "", "1.1 Definir criterios según la", "Se elaborará un", "Se aprobó por");
  table_line(m, 132, "", "Ley N° 19.253 y su reglamento.", "reglamento.", "el Consejo.");
  table_line(m, 144, "", "2.5 millones de pesos para", "", "");
  table_line(m, 156, "", "1.236 obras.", "", "");
  table_line(m, 168, "", "31.12.2008 es el plazo.", "", "");
  table_line(m, 190, "", "1.2 Publicar la lista.", "Se publicará.", "Publicada.");
  table_line(m, 220, "", "2.1 Establecer una línea base.", "Se diseñará.", "Diseñada.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "1.1");
  CHECK(res.r.rows[0].recommendation.plain_text(" ") ==
        "Definir criterios según la Ley N° 19.253 y su reglamento. 2.5 millones de pesos para 1.236 obras. "
        "31.12.2008 es el plazo.");
  CHECK(res.r.rows[1].number == "1.2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Publicar la lista.");
  CHECK(res.r.rows[2].number == "2.1");
  CHECK(res.r.rows[2].commitment.plain_text() == "Se diseñará.");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a figure wrapped at a line start just below a row's sub-number, in the number column's place, is the row's text") {
  // "19.253" wrapped into a line of its own at the recommendation's left, after a finished sentence
  auto m = three_column_start();
  table_line(m, 120, "", "1.1 Aplicar la Ley N°", "Se elaborará.", "Hecho.");
  table_line(m, 132, "", "19.253.", "", "");
  table_line(m, 150, "", "1.2 Publicar.", "Se publicará.", "Publicada.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Aplicar la Ley N° 19.253.");
  CHECK(res.r.rows[1].number == "1.2");
}

TEST_CASE("a sub-number broken over a page with its row ('2.' | '2' after row 2.1) is one number") {
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100);
  table_line(p1, 120, "2.", "Establecer una línea", "Se diseñará.", "Diseñada.");
  table_line(p1, 132, "1", "base.", "", "");
  table_line(p1, 160, "2.", "Acompañar la entrega", "Se firmará un", "El convenio");
  table_line(p1, 172, "", "de tierras con", "convenio con el", "fue firmado");  // the page's foot
  page_maker p2(2);
  table_header(p2, 40);
  table_line(p2, 60, "2", "asistencia técnica.", "INDAP.", "en agosto.");
  table_line(p2, 90, "2.", "Medir el cambio.", "Se aplicará.", "No se hizo.");
  table_line(p2, 102, "3", "", "", "");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].number == "2.1");
  CHECK(res.r.rows[1].number == "2.2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Acompañar la entrega de tierras con asistencia técnica.");
  CHECK(res.r.rows[1].compliance.plain_text() == "El convenio fue firmado en agosto.");
  CHECK(res.r.rows[2].number == "2.3");
  CHECK(res.diags.warning_count() == 0);

  // an integer printed again on the next page, its row marked to go on ("(continúa)"): not a part
  page_maker q1(1);
  title_and_program(q1);
  table_header(q1, 100);
  table_line(q1, 120, "1.", "Mejorar el sistema", "Diseñar un", "Se diseñó");
  table_line(q1, 132, "", "de información", "plan", "en marzo");
  q1.at(col_rec, 150, "(continúa)");
  page_maker q2(2);
  table_header(q2, 40);
  table_line(q2, 60, "1.", "y de pagos.", "de trabajo.", "de 2009.");
  table_line(q2, 90, "2.", "Evaluar.", "Contratar.", "Se contrató.");
  auto again = read_pages({q1.done(), q2.done()});
  INFO(describe(again.diags));
  REQUIRE(again.r.rows.size() == 2);
  CHECK(again.r.rows[0].number == "1");
  CHECK(again.r.rows[0].recommendation.plain_text() == "Mejorar el sistema de información y de pagos.");
  CHECK(again.r.rows[1].number == "2");
}

TEST_CASE("a sub-number out of sequence starts a row only where the layout shows a row boundary, with a warning") {
  auto m = three_column_start();
  table_line(m, 120, "", "1.1 Definir criterios.", "Se elaborará.", "Hecho.");
  table_line(m, 150, "", "1.2 Publicar la lista.", "Se publicará.", "Publicada.");
  table_line(m, 180, "", "1.4 Evaluar el programa.", "Se evaluará.", "Evaluado.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[2].number == "1.4");
  CHECK(res.r.rows[2].recommendation.plain_text() == "Evaluar el programa.");
  CHECK(has_warning_with(res.diags, "row number 1.4 breaks the sequence (the previous row is 1.2)"));

  // out of sequence, no gap, and the other columns go on: text of the row above
  auto n = three_column_start();
  table_line(n, 120, "", "1.1 Asignar", "Se asignarán", "Se asignaron");
  table_line(n, 132, "", "2.5 millones de pesos.", "los fondos.", "en marzo.");
  auto res2 = read_pages({n.done()});
  INFO(describe(res2.diags));
  REQUIRE(res2.r.rows.size() == 1);
  CHECK(res2.r.rows[0].recommendation.plain_text() == "Asignar 2.5 millones de pesos.");
  CHECK(res2.diags.warning_count() == 0);
}

TEST_CASE("a number out of sequence in the number column is the recommendation's text unless the layout shows a row boundary") {
  // "2004." wrapped to a line start in the number column's place, right below row 1's first line:
  // no gap, an unfinished sentence above, no new cells beside it.
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 150, "2", "Según el estudio del año", "Contratar una", "Se contrató");
  table_line(m, 162, "2004.", "los resultados bajan", "evaluación.", "en marzo.");
  table_line(m, 190, "3", "Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text(" ") == "Según el estudio del año 2004. los resultados bajan");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar una evaluación.");
  CHECK(res.r.rows[2].number == "3");
  CHECK(res.diags.warning_count() == 0);

  // Out of sequence below a finished sentence and a gap, with new cells beside it: a row, and a warning.
  page_maker n;
  title_and_program(n);
  table_header(n, 100);
  table_line(n, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(n, 150, "7", "Evaluar el programa.", "Contratar.", "Se contrató.");
  auto res2 = read_pages({n.done()});
  INFO(describe(res2.diags));
  REQUIRE(res2.r.rows.size() == 2);
  CHECK(res2.r.rows[1].number == "7");
  CHECK(res2.r.rows[1].recommendation.plain_text() == "Evaluar el programa.");
  CHECK(has_warning_with(res2.diags, "row number 7 breaks the sequence (the previous row is 1)"));
}

TEST_CASE("text above a later page's first row, in the first column whose cell had ended on the page before, is named and not read") {
  // Row 1's recommendation ends far above page 1's foot (its compliance goes on to it); page 2 opens
  // with a page header at the left, above the table's column titles and row 2.
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100, false);
  table_line(p1, 120, "", "1. Actualizar la Matriz.", "Se revisará.", "Cumplido");
  for (double y : {132, 144, 156, 168, 180}) p1.at(col_cum, y, "texto del cumplimiento");
  page_maker p2(2);
  p2.at(col_n, 20, "Encabezado");
  table_header(p2, 60);
  table_line(p2, 80, "2", "Otra recomendación.", "Otro compromiso.", "No cumplido.");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Actualizar la Matriz.");
  CHECK(res.r.rows[1].number == "2");
  CHECK(res.r.rows[1].recommendation.plain_text() == "Otra recomendación.");
  CHECK(has_warning_with(res.diags, "text above the table's first row on page 2"));
  auto unplaced = contents(res.diags, diagnostic_code::unplaced_text);
  CHECK(std::count(unplaced.begin(), unplaced.end(), "Encabezado") == 1);
}

TEST_CASE("in the number column, the first sub-number under a row's number ('2.1' after '2') starts a row without a warning") {
  // A recommendation's row, then its commitments' rows numbered under it, rows close together.
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 132, "2", "Evaluar el programa", "", "");
  table_line(m, 144, "2.1", "y sus componentes:", "Contratar.", "Se contrató.");
  table_line(m, 156, "2.2", "los costos.", "Medir.", "Se midió.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 4);
  CHECK(res.r.rows[2].number == "2.1");
  CHECK(res.r.rows[2].commitment.plain_text() == "Contratar.");
  CHECK(res.r.rows[3].number == "2.2");
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("in the number column, a number out of sequence at the top of a page, with new cells beside it, is a row and a warning") {
  page_maker p1(1);
  title_and_program(p1);
  table_header(p1, 100);
  table_line(p1, 120, "4", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó.");
  table_line(p1, 150, "5", "Evaluar el programa.", "Contratar.", "Se contrató.");
  page_maker p2(2);
  table_line(p2, 40, "7", "Ampliar la cobertura.", "Abrir oficinas.", "Se abrieron.");
  auto res = read_pages({p1.done(), p2.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el programa.");
  CHECK(res.r.rows[2].number == "7");
  CHECK(res.r.rows[2].recommendation.plain_text() == "Ampliar la cobertura.");
  CHECK(has_warning_with(res.diags, "row number 7 breaks the sequence (the previous row is 5); read as a new row"));
}

TEST_CASE("a header repeated mid-page does not take the row above's last cell label for a column of its own") {
  // wkhtmltopdf, landscape: row 1's compliance ends with a bare "Medios de Verificación:" at the
  // column's left, two lines above the repeated header, whose "Cumplimiento" is centred further right.
  page_maker m;
  title_and_program(m);
  auto header = [&m](double y) {
    m.at(col_n, y, "N°").at(col_rec + 40, y, "Recomendación").at(col_com + 30, y, "Compromiso").at(col_cum + 130, y,
                                                                                                    "Cumplimiento");
  };
  header(100);
  table_line(m, 120, "1", "Mejorar la gestión.", "Se hará un plan.", "Se cumplió la meta.");
  table_line(m, 132, "", "", "", "Calificación: Cumplido");
  table_line(m, 150, "", "", "", "Medios de Verificación:");
  header(170);
  table_line(m, 190, "2", "Evaluar el plan", "Se hará un estudio", "Se contrató el estudio de");
  table_line(m, 202, "", "regional.", "en la región.", "resultados de Paine y Vicente.");
  table_line(m, 214, "", "", "", "Calificación: Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[1].recommendation.plain_text() == "Evaluar el plan regional.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se hará un estudio en la región.");
  CHECK(res.r.rows[1].compliance.plain_text() == "Se contrató el estudio de resultados de Paine y Vicente.");
  CHECK(res.r.rows[1].status == compliance_status::fulfilled);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a cell's first line set a little above its row's number (a list with no top margin) is that row's") {
  // LibreOffice Writer gives a list no top margin where it gives a paragraph one: row 2's commitment,
  // a list, starts six points above the "2" and its recommendation. Rows do not overlap: a line whose
  // text reaches below the next number's top is the next row's.
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  table_line(m, 120, "1", "Mejorar la gestión.", "Se hará un plan.", "Se cumplió la meta.");
  table_line(m, 132, "", "", "Fecha de Vencimiento: Dic. 2009", "Calificación: Cumplido");
  m.at(col_com, 154, "\u2022 Se diseñará un formato.");
  table_line(m, 160, "2", "Controlar el gasto.", "", "Se aplica desde enero.");
  table_line(m, 172, "", "", "Fecha de Vencimiento: Dic. 2010", "Calificación: Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se hará un plan.");
  CHECK(res.r.rows[1].commitment.plain_text(" | ") == "Se diseñará un formato.");
  CHECK(res.r.rows[1].commitment.blocks.front().type == informe::block::kind::bullet_list);
  CHECK(res.r.rows[1].due_text == "Dic. 2010");
}
