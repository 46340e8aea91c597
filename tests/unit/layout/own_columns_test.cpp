// Phase 3 and 5: columns of their own for fields the cells usually label: a due-date column
// ("Plazo", "FECHA DE" / "VENCIMIENTO") beside the commitment, a status column ("Calificación")
// after the compliance. Their text is the field's value, handed to the grammar with the field (its
// label as structure, never written as text).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "layout/columns.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::detail;
using namespace informe::detail::layout;
using namespace informe::test;

namespace {

// Where the synthetic five- and six-column tables' columns start.
constexpr double x_n = 40, x_rec = 70, x_com = 200, x_due = 330, x_cum = 400, x_sta = 530;

}  // namespace

TEST_CASE("a column title of a field the cells label names that field; the three columns' titles do not") {
  CHECK(match_column_title("Plazo").which == field::due);
  CHECK(match_column_title("FECHA DE VENCIMIENTO").which == field::due);
  CHECK(match_column_title("Fecha Vencimiento").which == field::due);
  CHECK(match_column_title("Vencimiento").which == field::due);
  CHECK(match_column_title("Calificación").which == field::status);
  CHECK(match_column_title("ESTADO").which == field::status);
  CHECK(match_column_title("Medios de Verificación").which == field::verification);
  CHECK(match_column_title("Compromiso").which == field::none);
  CHECK(match_column_title("Plazo de ejecución del compromiso").which == field::none);
  // The grammar's column-header test is the three columns' alone: a row "Plazo | Estado" is no
  // header row to skip.
  CHECK(column_header_cell("Plazo") == column_cell::other);
}

TEST_CASE("a header line with a due-date column among the titles and a status column after them") {
  page_maker m;
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_due, 100, "Plazo");
  m.at(x_cum, 100, "Cumplimiento").at(x_sta, 100, "Calificación");
  auto ls = build_lines(m.done());
  REQUIRE(ls.size() == 1);
  auto h = match_table_header(ls[0]);
  REQUIRE(h);
  CHECK(h->number);
  REQUIRE(h->groups.size() == 6);
  REQUIRE(h->holds.size() == 6);
  CHECK(h->holds[3] == field::due);
  CHECK(h->holds[5] == field::status);
  CHECK(h->holds[4] == field::none);
  columns c;
  c.number = true;
  c.bounds = {60, 190, 320, 390, 520};
  c.holds = h->holds;
  CHECK(c.cell_of(0) == 0);
  CHECK(c.cell_of(1) == 0);
  CHECK(c.cell_of(2) == 1);
  CHECK(c.cell_of(3) == 3);
  CHECK(c.cell_of(4) == 2);
  CHECK(c.cell_of(5) == 4);
  CHECK(c.field_of_cell(3) == field::due);
  CHECK(c.field_of_cell(4) == field::status);
  CHECK(c.table_column(3) == 1);
  CHECK(c.table_column(5) == 2);
}

TEST_CASE("a due-date column's and a status column's texts are the row's due date and status") {
  page_maker m;
  title_and_program(m);
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_due, 100, "Plazo");
  m.at(x_cum, 100, "Cumplimiento").at(x_sta, 100, "Calificación");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_due, 130, "31-03-2010").at(x_cum, 130, "Se diseñó el plan.").at(x_sta, 130, "Cumplido");
  m.at(x_cum, 142, "Observación: sin");
  m.at(x_n, 170, "2").at(x_rec, 170, "Evaluar el programa.").at(x_com, 170, "Contratar un estudio.");
  m.at(x_due, 170, "Sept.").at(x_cum, 170, "Se contrató.").at(x_sta, 170, "No cumplido");
  m.at(x_due, 182, "2010");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& r1 = res.r.rows[0];
  CHECK(r1.commitment.plain_text() == "Diseñar un plan.");
  CHECK(r1.due_text == "31-03-2010");
  REQUIRE(r1.due);
  CHECK(r1.due->year == 2010);
  CHECK(r1.compliance.plain_text() == "Se diseñó el plan.");
  CHECK(r1.compliance_observation.plain_text() == "sin");
  CHECK(r1.status_text == "Cumplido");
  CHECK(r1.status == compliance_status::fulfilled);
  const auto& r2 = res.r.rows[1];
  CHECK(r2.commitment.plain_text() == "Contratar un estudio.");
  CHECK(r2.due_text == "Sept. 2010");
  CHECK(r2.status == compliance_status::not_fulfilled);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a due-date column's title wrapped above and below the header line is one title, not a row") {
  page_maker m;
  title_and_program(m);
  m.at(x_due, 90, "FECHA DE");
  m.at(x_n, 100, "N°").at(x_rec, 100, "RECOMENDACIÓN").at(x_com, 100, "COMPROMISO").at(x_cum, 100, "CUMPLIMIENTO");
  m.at(x_due - 5, 110, "VENCIMIENTO");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_due, 130, "Junio 2010").at(x_cum, 130, "Se diseñó el plan.");
  m.at(x_cum, 142, "Calificación: Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 1);
  const auto& r = res.r.rows[0];
  CHECK(r.number == "1");
  CHECK(r.commitment.plain_text() == "Diseñar un plan.");
  CHECK(r.due_text == "Junio 2010");
  CHECK(r.compliance.plain_text() == "Se diseñó el plan.");
  CHECK(r.status == compliance_status::fulfilled);
  // The band's first line holds the header; its other lines are the header's furniture.
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  CHECK(std::count(furniture.begin(), furniture.end(), "VENCIMIENTO") == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a status wrapped in a narrow column of its own is one value, its words apart") {
  // "Parcialmente" fills the column: read as a paragraph, "cumplido" would join it as a word broken
  // at the column's edge.
  page_maker m;
  title_and_program(m);
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_cum, 100, "Cumplimiento");
  m.at(x_sta, 100, "Estado");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_cum, 130, "Se diseñó en parte.").at(x_sta, 130, "Parcialmente");
  m.at(x_sta, 142, "cumplido");
  m.at(x_n, 170, "2").at(x_rec, 170, "Evaluar el programa.").at(x_com, 170, "Contratar.");
  m.at(x_cum, 170, "Se contrató.").at(x_sta, 170, "Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].status_text == "Parcialmente cumplido");
  CHECK(res.r.rows[0].status == compliance_status::partially_fulfilled);
  CHECK(res.r.rows[0].compliance.plain_text() == "Se diseñó en parte.");
  CHECK(res.r.rows[1].status == compliance_status::fulfilled);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a column of its own's value reaches its field as structure, whatever the labels' wording") {
  // The user's labels word the status "Observación", as the observation is worded: written as text
  // before the value, that label would read as the observation's.
  const auto dir = std::filesystem::temp_directory_path() / "informe-layout-labelled-columns";
  std::filesystem::create_directories(dir / "common");
  std::ofstream(dir / "common" / "labels.json") << R"j({"status": "Observación"})j";
  read_options options;
  options.template_dir = dir.string();
  diagnostics scope_diags;
  reading_scope scope(options, scope_diags);
  std::filesystem::remove_all(dir);
  page_maker m;
  title_and_program(m);
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_due, 100, "Plazo");
  m.at(x_cum, 100, "Cumplimiento").at(x_sta, 100, "Estado");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_due, 130, "31-03-2010").at(x_cum, 130, "Se diseñó el plan.").at(x_sta, 130, "Cumplido");
  m.at(x_n, 170, "2").at(x_rec, 170, "Evaluar el programa.").at(x_com, 170, "Contratar un estudio.");
  m.at(x_due, 170, "Pronto").at(x_cum, 170, "Se contrató.").at(x_sta, 170, "En proceso");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  const auto& r1 = res.r.rows[0];
  CHECK(r1.due == partial_date{2010, 3, 31});
  CHECK(r1.status == compliance_status::fulfilled);
  CHECK(r1.status_text == "Cumplido");
  CHECK(r1.compliance_observation.empty());
  // values that read as no date and no status: kept as printed, each with a warning
  const auto& r2 = res.r.rows[1];
  CHECK_FALSE(r2.due);
  CHECK(r2.due_text == "Pronto");
  CHECK_FALSE(r2.status);
  CHECK(r2.status_text == "En proceso");
  CHECK(r2.compliance_observation.empty());
  CHECK(contents(res.diags, diagnostic_code::bad_date).size() == 1);
  CHECK(contents(res.diags, diagnostic_code::bad_status).size() == 1);
  CHECK(res.diags.warning_count() == 2);
}

TEST_CASE("a column of its own for a field of many paragraphs keeps them, and the office's column is its field") {
  // A spreadsheet's print: the responsible office, the observation and the means of verification
  // each in a column of its own.
  constexpr double a = 40, b = 70, c = 170, d = 240, e = 330, f = 420, g = 500;
  page_maker m(1, 8);
  title_and_program(m);
  m.at(a, 100, "N°").at(b, 100, "Recomendación").at(c, 100, "Responsable").at(d, 100, "Compromiso");
  m.at(e, 100, "Cumplimiento").at(f, 100, "Observaciones").at(g, 100, "Medios de Verificación");
  m.at(a, 130, "1").at(b, 130, "Mejorar el sistema.").at(c, 130, "SERNAM,").at(d, 130, "Diseñar un plan.");
  m.at(e, 130, "Se diseñó.").at(f, 130, "Sin reparos.").at(g, 130, "Informe final.");
  m.at(c, 140, "Departamento");
  m.at(g, 160, "Resolución N° 877.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 1);
  const auto& r = res.r.rows[0];
  CHECK(r.recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(r.responsible == "SERNAM, Departamento");
  CHECK(r.compliance.plain_text() == "Se diseñó.");
  CHECK(r.compliance_observation.plain_text() == "Sin reparos.");
  CHECK(r.verification.blocks.size() == 2);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a narrow five-column header cell: titles broken inside words over five lines, centred") {
  // As LibreOffice prints a legacy page: "N" / "°", "RECOMENDACI" / "ÓN", "FECHA DE" / "VENCIMIENT"
  // / "O", each title centred in the header row, half a line apart.
  page_maker m;
  title_and_program(m);
  m.at(x_due, 90, "FECHA DE");
  m.at(x_n, 96, "N").at(x_rec, 96, "RECOMENDACI");
  m.at(x_com, 102, "COMPROMISO").at(x_due - 2, 102, "VENCIMIENT").at(x_cum, 102, "CUMPLIMIENTO");
  m.at(x_n, 108, "°").at(x_rec + 20, 108, "ÓN");
  m.at(x_due + 20, 114, "O");
  m.at(x_n, 140, "1").at(x_rec, 140, "Mejorar el sistema.").at(x_com, 140, "Diseñar un plan.");
  m.at(x_due, 140, "31-03-2010").at(x_cum, 140, "Se diseñó el plan.");
  m.at(x_cum, 152, "Calificación: Cumplido");
  m.at(x_n, 180, "2").at(x_rec, 180, "Evaluar el programa.").at(x_com, 180, "Contratar.");
  m.at(x_due, 180, "Dic. 2010").at(x_cum, 180, "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(res.r.rows[0].due_text == "31-03-2010");
  CHECK(res.r.rows[0].status == compliance_status::fulfilled);
  CHECK(res.r.rows[1].due_text == "Dic. 2010");
  CHECK(res.r.rows[1].commitment.plain_text() == "Contratar.");
  // Every line of the band is the header's furniture, the first too: pieces of words are no
  // words of the labels.
  auto furniture = contents(res.diags, diagnostic_code::page_furniture);
  for (const char* piece : {"FECHA DE", "N RECOMENDACI", "COMPROMISO VENCIMIENT CUMPLIMIENTO", "° ÓN", "O"})
    CHECK(std::count(furniture.begin(), furniture.end(), piece) == 1);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a title's pieces are glued only where that makes a title") {
  page_maker m;
  m.at(x_rec, 100, "RECOMENDACI").at(x_com, 100, "COMPROMISO").at(x_cum, 100, "CUMPLIMIENTO");
  m.at(x_rec + 20, 110, "ÓN");
  m.at(x_rec, 200, "RECOMENDA").at(x_com, 200, "COMPROMISO").at(x_cum, 200, "CUMPLIMIENTO");
  m.at(x_rec + 20, 210, "ÓN");
  auto ls = build_lines(m.done());
  REQUIRE(ls.size() == 4);
  auto h = match_table_header(std::vector<const line*>{&ls[0], &ls[1]});
  REQUIRE(h);
  CHECK(h->groups[0].text == "RECOMENDACIÓN");
  CHECK_FALSE(match_table_header(std::vector<const line*>{&ls[2], &ls[3]}));
}

TEST_CASE("a status broken inside a word in a narrow column of its own reads as the status") {
  // LibreOffice breaks "Parcialmente" at the column's edge without a hyphen: "Parcialmen" / "te".
  page_maker m;
  title_and_program(m);
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_cum, 100, "Cumplimiento");
  m.at(x_sta, 100, "Calificación");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_cum, 130, "Se diseñó en parte.").at(x_sta, 130, "Parcialmen");
  m.at(x_sta + 10, 142, "te");
  m.at(x_sta, 154, "cumplido");
  m.at(x_n, 180, "2").at(x_rec, 180, "Evaluar el programa.").at(x_com, 180, "Contratar.");
  m.at(x_cum, 180, "Se contrató.").at(x_sta, 180, "Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].status_text == "Parcialmente cumplido");
  CHECK(res.r.rows[0].status == compliance_status::partially_fulfilled);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a header line grows by a status column's wrapped title and the number column's beside it") {
  // "N" / "°" and "Calificació" / "n" above and below the line of the three titles.
  page_maker m;
  title_and_program(m);
  m.at(x_n, 90, "N").at(x_sta, 90, "Calificació");
  m.at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_cum, 100, "Cumplimiento");
  m.at(x_n, 110, "°").at(x_sta + 20, 110, "n");
  m.at(x_n, 130, "1").at(x_rec, 130, "Mejorar el sistema.").at(x_com, 130, "Diseñar un plan.");
  m.at(x_cum, 130, "Se diseñó.").at(x_sta, 130, "Cumplido");
  m.at(x_n, 160, "2").at(x_rec, 160, "Evaluar el programa.").at(x_com, 160, "Contratar.");
  m.at(x_cum, 160, "No se contrató.").at(x_sta, 160, "No cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].number == "1");
  CHECK(res.r.rows[0].compliance.plain_text() == "Se diseñó.");
  CHECK(res.r.rows[0].status == compliance_status::fulfilled);
  CHECK(res.r.rows[1].compliance.plain_text() == "No se contrató.");
  CHECK(res.r.rows[1].status == compliance_status::not_fulfilled);
  CHECK(res.diags.warning_count() == 0);
}

TEST_CASE("a row's line of a word or two a column, as far apart as the columns, is the row's, not a note across them") {
  // Chromium's print of sag's row 16: "focalización. | programación 2008. | regiones. | cumplido" has
  // hardly a word space of its own; its gutters, a quarter of its gaps, were taken for its word space,
  // and the line for text across the table's columns: the table ended there (the rows below not read).
  page_maker m;
  title_and_program(m);
  m.at(x_n, 100, "N°").at(x_rec, 100, "Recomendación").at(x_com, 100, "Compromiso").at(x_due, 100, "Plazo");
  m.at(x_cum, 100, "Cumplimiento").at(x_sta, 100, "Calificación");
  m.at(x_n, 130, "1").at(x_rec, 130, "Aplicar los criterios de").at(x_com, 130, "Criterios aplicados en la");
  m.at(x_due, 130, "Abril").at(x_cum, 130, "Aplicados en 11 de 13").at(x_sta, 130, "Parcialmente");
  m.at(x_rec, 142, "focalización.").at(x_com, 142, "programación.").at(x_due, 142, "2008");
  m.at(x_cum, 142, "regiones.").at(x_sta, 142, "cumplido");
  m.at(x_n, 170, "2").at(x_rec, 170, "Revisar el programa.").at(x_com, 170, "Informe de vigilancia.");
  m.at(x_due, 170, "Julio 2008").at(x_cum, 170, "Se revisó.").at(x_sta, 170, "Cumplido");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE_FALSE(res.refused);
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Aplicar los criterios de focalización.");
  CHECK(res.r.rows[0].commitment.plain_text() == "Criterios aplicados en la programación.");
  CHECK(res.r.rows[0].due_text == "Abril 2008");
  CHECK(res.r.rows[0].status == compliance_status::partially_fulfilled);
  CHECK(res.r.rows[1].compliance.plain_text() == "Se revisó.");
  CHECK(res.diags.warning_count() == 0);
}
