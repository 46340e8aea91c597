// Phase 6: a cell's lines -> paragraphs and list items.
#include <doctest/doctest.h>

#include "diagnostic_messages.hpp"
#include "layout/cells.hpp"
#include "layout_maker.hpp"

using namespace informe;
using namespace informe::test;

namespace {

page_maker table_start() {
  page_maker m;
  title_and_program(m);
  table_header(m, 100);
  return m;
}

// A page of three rows whose cells set their paragraphs apart (a paragraph's spacing below each first
// paragraph), so that the document is known to space its paragraphs; the fourth row goes on below.
page_maker three_spaced_rows() {
  auto m = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 60;
    table_line(m, y, std::to_string(r + 1), "Mejorar la gestión de", "Se hará un plan de", "Se cumplió la");
    table_line(m, y + 12, "", "los predios.", "trabajo.", "meta.");
    table_line(m, y + 30, "", "Otro párrafo.", "Otro párrafo.", "Otro párrafo.");
  }
  return m;
}

}  // namespace

TEST_CASE("a vertical gap wider than the line spacing starts a paragraph; wrapped lines join") {
  auto m = table_start();
  table_line(m, 120, "1", "Primer párrafo de la", "Diseñar un plan de", "Se diseñó el plan");
  table_line(m, 132, "", "recomendación.", "trabajo para el", "de trabajo en");
  table_line(m, 144, "", "", "programa.", "marzo.");
  table_line(m, 164, "", "Segundo párrafo.", "", "");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& rec = res.r.rows[0].recommendation;
  INFO(describe(rec));
  REQUIRE(rec.blocks.size() == 2);
  CHECK(rec.blocks[0].text == "Primer párrafo de la recomendación.");
  CHECK(rec.blocks[1].text == "Segundo párrafo.");
  CHECK(res.r.rows[0].commitment.plain_text() == "Diseñar un plan de trabajo para el programa.");
}

TEST_CASE("bullets (including the Symbol font's U+F0B7) start list items; lines hanging at the text continue them") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "• Diseñar un plan", "Se diseñó.");
  m.at(col_com + 10, 132, "de trabajo.");
  m.at(col_com, 144, "\xEF\x82\xB7 Aplicarlo.");
  m.at(col_com, 156, "- Evaluarlo.");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 1);
  CHECK(com.blocks[0].type == block::kind::bullet_list);
  CHECK(com.blocks[0].items == std::vector<std::string>{"Diseñar un plan de trabajo.", "Aplicarlo.", "Evaluarlo."});
}

TEST_CASE("a typed bullet's item wraps back to the bullet: it runs on until it ends as items end") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Se aplicará en:", "Se diseñó.");
  m.at(col_com, 132, "• enseñanza básica, desde el");
  m.at(col_com, 144, "año escolar 2008;");  // lower case: runs on
  m.at(col_com, 156, "• educación parvularia (NT1 y");
  m.at(col_com, 168, "NT2), desde el año escolar");  // no room for "NT2)," above: runs on
  m.at(col_com, 180, "2009.");
  m.at(col_com, 192, "Se evaluará en 2010.");  // the item ended: a paragraph
  table_line(m, 230, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 3);
  CHECK(com.blocks[1].type == block::kind::bullet_list);
  CHECK(com.blocks[1].items ==
        std::vector<std::string>{"enseñanza básica, desde el año escolar 2008;",
                                 "educación parvularia (NT1 y NT2), desde el año escolar 2009."});
  CHECK(com.blocks[2].text == "Se evaluará en 2010.");
}

TEST_CASE("a short line ending in a colon goes on into the next line, unless a list item or a label starts there") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan de vacunación.", "Meta 2008:");
  table_line(m, 132, "", "", "Las metas son:", "90% de los predios.");
  table_line(m, 144, "", "", "a) la cobertura;", "Calificación:");
  table_line(m, 156, "", "", "b) los plazos.", "Cumplido");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& r = res.r.rows[0];
  INFO(describe(r.compliance));
  CHECK(r.compliance.plain_text() == "Meta 2008: 90% de los predios.");
  CHECK(r.status == compliance_status::fulfilled);
  INFO(describe(r.commitment));
  REQUIRE(r.commitment.blocks.size() == 3);  // an enumerated item after the colon starts a paragraph
  CHECK(r.commitment.blocks[0].text == "Diseñar un plan de vacunación. Las metas son:");
  CHECK(r.commitment.blocks[1].text == "a) la cobertura;");
}

TEST_CASE("over a page break, a line after a colon goes on unless it starts with a capital") {
  // "Resultados:" ends page 1's compliance; page 2 goes on with a figure: one paragraph. The
  // commitment's "Específicamente:" is followed by a capital on page 2: a new paragraph.
  auto one = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 60;
    table_line(one, y, std::to_string(r + 1), "Mejorar la gestión de", "Se hará un plan de", "Se cumplió la");
    table_line(one, y + 12, "", "los predios.", "trabajo.", "meta.");
  }
  table_line(one, 300, "4", "Evaluar el programa.", "Revisar los componentes.", "Se aplicó el protocolo.");
  table_line(one, 312, "", "", "Específicamente:", "Resultados:");
  page_maker two(2);
  table_header(two, 100);
  table_line(two, 120, "", "", "El componente se integrará.", "72% de las vías en buen estado.");
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 4);
  const auto& row = res.r.rows[3];
  INFO(describe(row.compliance));
  REQUIRE(row.compliance.blocks.size() == 1);
  CHECK(row.compliance.blocks[0].text == "Se aplicó el protocolo. Resultados: 72% de las vías en buen estado.");
  INFO(describe(row.commitment));
  REQUIRE(row.commitment.blocks.size() == 2);
  CHECK(row.commitment.blocks[1].text == "El componente se integrará.");
}

TEST_CASE("a number sign and its number wrap together: the line broke before the pair") {
  // "N° 1.245" is held together by a no-break space the PDF's text prints as a plain one: "N°" alone
  // would have fitted after "Resolución Exenta del año", the pair would not.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Se entregará a la Dirección esto:", "Se hizo.");
  m.at(col_com, 132, "\xE2\x80\xA2 Resolución Exenta del año");
  m.at(col_com, 144, "N\u00B0 1.245 de 2008;");
  m.at(col_com, 156, "\xE2\x80\xA2 Base de datos.");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 2);
  CHECK(com.blocks[1].type == block::kind::bullet_list);
  CHECK(com.blocks[1].items == std::vector<std::string>{"Resolución Exenta del año N\u00B0 1.245 de 2008;",
                                                        "Base de datos."});
}

TEST_CASE("a word processor's second-level bullet, the letter 'o' a tab apart from its text, starts an item") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "• Cubrir las comunas", "Se hizo.");
  m.at(col_com + 10, 132, "rurales, en particular:");
  m.at(col_com + 14, 144, "o").at(col_com + 28, 144, "las de Aysén;");
  m.at(col_com + 14, 156, "o").at(col_com + 28, 156, "las islas.");
  m.at(col_com + 14, 168, "o sea, las demás.");  // "o" one space from the text: a word
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() >= 1);
  CHECK(com.blocks[0].type == block::kind::bullet_list);
  REQUIRE(com.blocks[0].items.size() == 3);
  CHECK(com.blocks[0].items[0] == "Cubrir las comunas rurales, en particular:");
  CHECK(com.blocks[0].items[1] == "las de Aysén;");
  CHECK(com.blocks[0].items[2].starts_with("las islas."));
  CHECK(com.plain_text().find("o sea, las demás.") != std::string::npos);
}

TEST_CASE("a dash line after a line ending a clause starts an item, even where its first words would not have fitted") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se hizo.");
  m.at(col_cum, 132, "Medios de Verificación de los avances:");
  m.at(col_cum, 144, "\xE2\x80\x93 Reporte mensual del sistema «SIGA»,");
  m.at(col_cum, 156, "enero a junio de 2007;");
  m.at(col_cum, 168, "\xE2\x80\x93 Oficio Nº 2.317 de la Dirección");
  m.at(col_cum, 180, "Nacional.");
  table_line(m, 220, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 3);
  CHECK(cum.blocks[1].text == "Medios de Verificación de los avances:");
  CHECK(cum.blocks[2].type == block::kind::bullet_list);
  CHECK(cum.blocks[2].items == std::vector<std::string>{"Reporte mensual del sistema «SIGA», enero a junio de 2007;",
                                                        "Oficio Nº 2.317 de la Dirección Nacional."});
}

TEST_CASE("lines indented from the column's edge are list items whose markers were drawn") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se hizo lo siguiente:");
  m.at(col_cum + 12, 132, "revisar la norma;");
  m.at(col_cum + 12, 144, "aplicar una encuesta a los");  // full: the item goes on
  m.at(col_cum + 12, 156, "beneficiarios.");
  m.at(col_cum, 168, "Se cumplió.");
  // The column is wider than the first line: "revisar" would have fitted after "siguiente:".
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 3);
  CHECK(cum.blocks[0].text == "Se hizo lo siguiente:");
  CHECK(cum.blocks[1].items == std::vector<std::string>{"revisar la norma;", "aplicar una encuesta a los beneficiarios."});
  CHECK(cum.blocks[2].text == "Se cumplió.");
}

TEST_CASE("a one-line sub-item indented under a drawn list's item, then text at the margin: the list ends") {
  // A nested list whose markers were drawn: its sub-item is indented further than its siblings. One
  // indented line and a full line at the margin after it would be a paragraph's first-line indent,
  // but a first line follows no list item: here the list goes on, and the margin line starts a
  // paragraph after it.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "El manual define:");
  m.at(col_cum + 12, 132, "una visita semanal;");
  m.at(col_cum + 12, 144, "el perfil del cuidador:");
  m.at(col_cum + 24, 156, "experiencia de un año en la");
  m.at(col_cum, 168, "Las bases técnicas incorporaron los");
  m.at(col_cum, 180, "estándares.");
  table_line(m, 210, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 3);
  CHECK(cum.blocks[1].items ==
        std::vector<std::string>{"una visita semanal;", "el perfil del cuidador:", "experiencia de un año en la"});
  CHECK(cum.blocks[2].text == "Las bases técnicas incorporaron los estándares.");
}

TEST_CASE("an item whose marker was drawn goes on after a short line that ends in a function word") {
  // "primer" would have fitted after "del", yet no item ends in "del": the line in lower case goes on
  // with it. In a list whose items start in lower case, a line in lower case that would have fitted
  // after "informe," starts an item.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Medios de Verificación:");
  m.at(col_cum + 12, 132, "Manual del módulo de denuncias");
  m.at(col_cum + 12, 144, "Reporte de denuncias del");
  m.at(col_cum + 12, 156, "primer semestre de 2010");
  m.at(col_cum + 12, 168, "Acta de la sesión del comité");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se revisaron:");
  m.at(col_cum + 12, 212, "las fichas del informe,");
  m.at(col_cum + 12, 224, "las planillas de cupos");
  table_line(m, 250, "3", "Evaluar.", "Contratar.", "Se contrató a un panel externo de evaluación.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  const auto& ver = res.r.rows[0].verification;
  INFO(describe(ver));
  REQUIRE(ver.blocks.size() == 1);
  CHECK(ver.blocks[0].items == std::vector<std::string>{"Manual del módulo de denuncias",
                                                        "Reporte de denuncias del primer semestre de 2010",
                                                        "Acta de la sesión del comité"});
  const auto& cum = res.r.rows[1].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 2);
  CHECK(cum.blocks[1].items == std::vector<std::string>{"las fichas del informe,", "las planillas de cupos"});
}

TEST_CASE("an item whose marker was drawn and that starts with a capital goes on into a line in lower case") {
  // Its siblings start with capitals: "temporada 2009" would have fitted after "asignados," and
  // continues the item all the same.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Medios de Verificación:");
  m.at(col_cum + 12, 132, "Manual del sistema de inscripción");
  m.at(col_cum + 12, 144, "Reporte de cupos asignados,");
  m.at(col_cum + 12, 156, "temporada 2009");
  m.at(col_cum + 12, 168, "Acta de la sesión del comité");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo de evaluación.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& ver = res.r.rows[0].verification;
  INFO(describe(ver));
  REQUIRE(ver.blocks.size() == 1);
  CHECK(ver.blocks[0].items == std::vector<std::string>{"Manual del sistema de inscripción",
                                                        "Reporte de cupos asignados, temporada 2009",
                                                        "Acta de la sesión del comité"});
}

TEST_CASE("a paragraph does not end inside an open quotation: a short line there goes on in lower case") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se publicó el libro “Escuelas que");
  table_line(m, 132, "", "", "", "aprenden de su comunidad:");  // "once" would have fitted
  table_line(m, 144, "", "", "", "once experiencias”, con un tiraje");
  table_line(m, 156, "", "", "", "de 3.000 ejemplares.");
  table_line(m, 200, "2", "Evaluar.", "Contratar.", "Se contrató a un panel externo.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 1);
  CHECK(cum.blocks[0].text ==
        "Se publicó el libro “Escuelas que aprenden de su comunidad: once experiencias”, con un tiraje de 3.000 "
        "ejemplares.");
}

TEST_CASE("a date or a code broken after a hyphen, a word broken after a hyphen or slash, rejoin without a space") {
  auto m = table_start();
  table_line(m, 120, "1", "Fortalecer el desarrollo", "Diseñar un plan.", "Se diseñó el");
  table_line(m, 132, "", "económico-", "Fecha de Vencimiento: 31-03-", "plan MINECON/");
  table_line(m, 144, "", "social.", "2009", "CORFO (ID 587-112-");
  table_line(m, 156, "", "", "", "LP06).");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& r = res.r.rows[0];
  CHECK(r.recommendation.plain_text() == "Fortalecer el desarrollo económico-social.");
  CHECK(r.due_text == "31-03-2009");
  REQUIRE(r.due.has_value());
  CHECK(r.due->to_iso() == "2009-03-31");
  CHECK(r.compliance.plain_text() == "Se diseñó el plan MINECON/CORFO (ID 587-112-LP06).");
}

TEST_CASE("a line ending in an en dash set against its word joins the next without a space; one set apart does not") {
  // "2005–" / "2007" (a range), "CONADI–" / "INDAP" (two names the dash joins): no space; "convenio –" /
  // "firmado" (a dash set apart by spaces): a space.
  auto m = table_start();
  table_line(m, 120, "1", "Fortalecer el período 2005–", "Firmar el convenio CONADI–", "El convenio –");
  table_line(m, 132, "", "2007.", "INDAP.", "firmado.");
  table_line(m, 190, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  const auto& r = res.r.rows[0];
  CHECK(r.recommendation.plain_text() == "Fortalecer el período 2005–2007.");
  CHECK(r.commitment.plain_text() == "Firmar el convenio CONADI–INDAP.");
  CHECK(r.compliance.plain_text() == "El convenio – firmado.");
}

TEST_CASE("a word the producer broke at the column's right edge rejoins without a space") {
  auto m = table_start();
  table_line(m, 120, "1", "Coordinar con", "Diseñar un plan.", "Se diseñó.");
  table_line(m, 132, "", "FOSIS/SERCOTEC/COR", "", "");  // the widest line of the column
  table_line(m, 144, "", "FO el programa.", "", "");
  table_line(m, 180, "2", "Evaluar.", "Contratar.", "Se contrató.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].recommendation.plain_text() == "Coordinar con FOSIS/SERCOTEC/CORFO el programa.");
}

TEST_CASE("terse cells with a blank line between labelled paragraphs: the line spacing is the smallest recurring advance") {
  // A blank line (24) between the compliance's paragraphs is the most frequent advance; the wrapped
  // recommendations show the line spacing (12). A full line ending a sentence, then a blank line:
  // a new paragraph.
  auto m = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 90;
    table_line(m, y, std::to_string(r + 1), "Mejorar la gestión de", r == 0 ? "Se diseñará un plan en la región." : "Se hará.",
               "Se cumplió la meta.");
    table_line(m, y + 12, "", "los predios.", "", "");
    table_line(m, y + 24, "", "", r == 0 ? "Otro párrafo." : "", "Calificación: Cumplido");
    table_line(m, y + 48, "", "", "", "Medios de Verificación: Informe.");
  }
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  const auto& com = res.r.rows[0].commitment;
  INFO(describe(com));
  REQUIRE(com.blocks.size() == 2);
  CHECK(com.blocks[0].text == "Se diseñará un plan en la región.");
  CHECK(com.blocks[1].text == "Otro párrafo.");
  CHECK(res.r.rows[0].recommendation.plain_text() == "Mejorar la gestión de los predios.");
}

TEST_CASE("in a document that sets its paragraphs apart, a short line with no gap after it is a line broken on purpose") {
  // Paragraphs 18 apart, lines 12: "Meta 2008:" ends short, and the next line follows at 12.
  auto m = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 80;
    table_line(m, y, std::to_string(r + 1), "Mejorar la gestión de", "Se hará un plan de", "Se cumplió la meta.");
    table_line(m, y + 12, "", "los predios.", "trabajo.", "");
    table_line(m, y + 30, "", "Otro párrafo.", "Otro párrafo.", r == 0 ? "Meta 2008:" : "Otro párrafo.");
    table_line(m, y + 42, "", "", "", r == 0 ? "90% de los predios." : "");
  }
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 2);
  CHECK(cum.blocks[0].text == "Se cumplió la meta.");
  CHECK(cum.blocks[1].text == "Meta 2008: 90% de los predios.");
  CHECK(res.r.rows[0].recommendation.blocks.size() == 2);
}

TEST_CASE("over a page break, a line level with the row's other columns goes on with its paragraph where paragraphs are set apart") {
  // The commitment's last line on page 1 is full and ends a sentence; on page 2 its next line stands
  // level with the recommendation's: no paragraph spacing above it, one paragraph. The compliance
  // starts a paragraph's spacing lower: a new paragraph.
  auto one = three_spaced_rows();
  table_line(one, 300, "4", "Evaluar el programa de", "Se diseñará un plan en la región.", "Se contrató un estudio.");
  page_maker two(2);
  table_header(two, 100);
  table_line(two, 120, "", "la región.", "Se aplicará en marzo.", "");
  table_line(two, 138, "", "", "", "El estudio terminó.");
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 4);
  const auto& row = res.r.rows[3];
  INFO(describe(row.commitment));
  CHECK(row.commitment.blocks.size() == 1);
  CHECK(row.commitment.plain_text() == "Se diseñará un plan en la región. Se aplicará en marzo.");
  CHECK(row.compliance.blocks.size() == 2);
  CHECK(row.recommendation.plain_text() == "Evaluar el programa de la región.");
  // Producers drop a paragraph's spacing at a page's top: the join is said, at the new page's line.
  bool said = false;
  for (const auto& d : res.diags.all())
    said = said || (d.code == informe::diagnostic_code::layout_inferred && d.where.page == 2 &&
                    d.message.find("at the next page's top") != std::string::npos &&
                    d.message.find("\"Se aplicará en marzo.\"") != std::string::npos);
  CHECK(said);
}

TEST_CASE("over a page break, a typed enumerator after a sentence's end starts a paragraph") {
  // "i. Diseño ... recepcionados." ends page 1; "ii. Aplicación ..." starts page 2, level with the
  // row's other columns: nothing on the page tells, the typed list's next item does.
  auto one = three_spaced_rows();
  table_line(one, 300, "4", "Evaluar el programa de", "i. Diseño de un protocolo.", "Se contrató un estudio.");
  page_maker two(2);
  table_header(two, 100);
  table_line(two, 120, "", "la región.", "ii. Aplicación del protocolo.", "El estudio terminó.");
  auto res = read_pages({one.done(), two.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 4);
  CHECK(res.r.rows[3].commitment.plain_text(" | ") == "i. Diseño de un protocolo. | ii. Aplicación del protocolo.");
  CHECK(res.r.rows[3].recommendation.plain_text() == "Evaluar el programa de la región.");
}

TEST_CASE("a word alone on its line is broken at the column's edge only where it fills the column to the widest line") {
  // "especificaciones" ends 6 points short of the column's widest line, room for a character of
  // "técnicas." (5 points on average): a wrap between two words. "FOSIS/SERCOTECCORF" reaches the widest line's end: the
  // producer broke a word too wide for the column.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("especificaciones", col_com, 132, col_com + 154, 142);
  m.at(col_com, 144, "técnicas.");
  table_line(m, 170, "2", "Sumar socios.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("FOSIS/SERCOTECCORF", col_com, 182, col_com + 160, 192);
  m.at(col_com, 194, "O y otros.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se aplicará en la región del sur especificaciones técnicas.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se aplicará en la región del sur FOSIS/SERCOTECCORFO y otros.");
}

TEST_CASE("a word alone on a narrow column's full line, then a function word: two words, not one broken word") {
  // "vulnerabilidad" reaches the column's widest line as "FOSIS/SERCOTECCORF" does in the test above,
  // but what follows starts with "de" and more words: the producer wrapped before a word.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("vulnerabilidad", col_com, 132, col_com + 160, 142);
  m.at(col_com, 144, "de los adultos.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se aplicará en la región del sur vulnerabilidad de los adultos.");
}

TEST_CASE("a word filling a narrow column's line, then a function word alone on the next: two words, and said") {
  // LibreOffice wraps "y" whole after "dependencia" and breaks "Subsecretaría" inside: both leave a
  // word reaching the column's edge and a short line below it; only the letters could tell.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("dependencia", col_com, 132, col_com + 160, 142);
  m.at(col_com, 144, "y");
  m.word("vulnerabilidad", col_com, 156, col_com + 158, 166);
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se aplicará en la región del sur dependencia y vulnerabilidad");
  bool said = false;
  for (const auto& d : res.diags.all())
    said = said || (d.code == informe::diagnostic_code::layout_inferred &&
                    d.message.find("(\"dependencia\")") != std::string::npos &&
                    d.message.find("may be one word broken at the edge") != std::string::npos);
  CHECK(said);
}

TEST_CASE("a word ending in a stressed i, then \"a\" alone below it: \"-ía\" broken at the column's edge, one word") {
  // LibreOffice breaks "Subsecretaría" inside, short of the column's edge as measured: the letters tell.
  // "aquí" (too short) and a word whose line goes on ("Subsecretarí a" on one line) are left alone.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "SENAMA /", "Se cumplió.");
  m.at(col_com, 132, "Subsecretarí");
  m.at(col_com, 144, "a de Redes y de la Contralorí");
  m.at(col_com, 156, "as regionales; aquí");
  m.at(col_com, 168, "a la región.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].commitment.plain_text() ==
        "SENAMA / Subsecretaría de Redes y de la Contralorí as regionales; aquí a la región.");
}

TEST_CASE("a dash that starts a line opens an aside after a space, and closes a spaced one after a space") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "Medir el uso de las bibliotecas", "Se cumplió.");
  m.at(col_com, 132, "\xE2\x80\x94 horas de uso, usuarios nuevos");
  m.at(col_com, 144, "\xE2\x80\x94 y no sólo los equipos.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 1);
  CHECK(res.r.rows[0].commitment.plain_text() ==
        "Medir el uso de las bibliotecas \xE2\x80\x94 horas de uso, usuarios nuevos \xE2\x80\x94 y no sólo los equipos.");
}

TEST_CASE("a line that starts with a lone letter no word is continues the word alone on the line above") {
  // LibreOffice broke "establecimientos" at a narrow column's edge ("establecimiento" / "s"); on a
  // text grid the word ends short of the column's widest line, as "especificaciones" does above. A
  // lone "s" is no word: a word's tail. A lone "y" is a word.
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("establecimiento", col_com, 132, col_com + 140, 142);
  m.at(col_com, 144, "s adjudicados.");
  table_line(m, 170, "2", "Sumar socios.", "Se aplicará en la región del sur", "Se cumplió.");
  m.word("establecimientos", col_com, 182, col_com + 150, 192);
  m.at(col_com, 194, "y otros.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 2);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se aplicará en la región del sur establecimientos adjudicados.");
  CHECK(res.r.rows[1].commitment.plain_text() == "Se aplicará en la región del sur establecimientos y otros.");
}

namespace {

// Three rows, lines 12 apart; row 1's commitment: a line that fills the column and ends a sentence,
// then a line that starts with a capital.
layout_result full_sentence_then_capital() {
  auto m = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 80;
    table_line(m, y, std::to_string(r + 1), "Mejorar la gestión de", r == 0 ? "Se diseñó un plan con la región." : "Se hará.", "Se cumplió.");
    table_line(m, y + 12, "", "los predios.", r == 0 ? "El informe llegó." : "", "");
  }
  return read_pages({m.done()});
}

}  // namespace

TEST_CASE("where paragraphs are not set apart, a full line ending a sentence and a capital join, with a warning") {
  auto res = full_sentence_then_capital();
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].commitment.plain_text() == "Se diseñó un plan con la región. El informe llegó.");
  const auto warned = messages(res.diags, diagnostic_code::layout_inferred);
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].find("(\"…Se diseñó un plan con la región.\")") != std::string::npos);
  CHECK(warned[0].find("may be two: \"El informe llegó.\"") != std::string::npos);
}

TEST_CASE("where paragraphs are set apart, the same lines with no gap are one paragraph, and no warning") {
  // Every row shows paragraphs 18 apart: the document sets them apart, so no gap decides.
  auto m = table_start();
  for (int r = 0; r < 3; ++r) {
    const double y = 120 + r * 80;
    table_line(m, y, std::to_string(r + 1), "Mejorar la gestión de", r == 0 ? "Se diseñó un plan con la región." : "Se hará.", "Se cumplió.");
    table_line(m, y + 12, "", "los predios.", r == 0 ? "El informe llegó." : "", "");
    table_line(m, y + 30, "", "Otro párrafo.", "Otro párrafo.", "");
  }
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].commitment.blocks[0].text == "Se diseñó un plan con la región. El informe llegó.");
  CHECK(messages(res.diags, diagnostic_code::layout_inferred).empty());
}

namespace {

// Three rows, lines 12 apart, paragraphs not set apart. Row 1's compliance: its first line ends a
// sentence and is the column's widest (580), the next starts with a capital ("El", 10 wide); the
// paragraph after it wraps twice before a word in lower case: after "que el" (575) before `after_el`,
// and after "las" (560) before "egresadas." (50 wide).
layout_result widest_sentence_then_capital(std::string_view after_el) {
  auto m = table_start();
  table_line(m, 120, "1", "Medir la inserción.", "Se hará un estudio.", "Se contrató el estudio en junio.");
  table_line(m, 132, "", "", "", "El informe final muestra que el");
  table_line(m, 144, "", "", "", std::string(after_el) + " subió a un 58% de las");
  table_line(m, 156, "", "", "", "egresadas.");
  for (int r = 1; r < 3; ++r) table_line(m, 120 + r * 60, std::to_string(r + 1), "Mejorar.", "Se hará.", "Se cumplió.");
  return read_pages({m.done()});
}

}  // namespace

TEST_CASE("a sentence's end on the column's widest line: a capital word that would have fitted the measure starts a paragraph") {
  // A spreadsheet's cell wider than its text (LibreOffice Calc's print of a cell with a line break):
  // the widest line is no measure. "empleo" (30 wide) did not fit after "que el" (575): the measure is
  // below 575 + a space + 30, where "El" after the first line (580 + a space + 10) ends well inside it.
  auto res = widest_sentence_then_capital("empleo");
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 2);
  CHECK(cum.blocks[0].text == "Se contrató el estudio en junio.");
  CHECK(cum.blocks[1].text == "El informe final muestra que el empleo subió a un 58% de las egresadas.");
  CHECK(messages(res.diags, diagnostic_code::layout_inferred).empty());
}

TEST_CASE("a sentence's end on the column's widest line: a capital word past where a wrapped word ended joins, with a warning") {
  // "a" (5 wide) did not fit after "que el" (575): the measure is below 575 + a space + 5, short of
  // where "El" would have ended after the first line. The first line was full: one paragraph, or two.
  auto res = widest_sentence_then_capital("a");
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  const auto& cum = res.r.rows[0].compliance;
  INFO(describe(cum));
  REQUIRE(cum.blocks.size() == 1);
  CHECK(cum.blocks[0].text == "Se contrató el estudio en junio. El informe final muestra que el a subió a un 58% de las egresadas.");
  CHECK(messages(res.diags, diagnostic_code::layout_inferred).size() == 1);
}

TEST_CASE("an indented line that starts with a cell label starts its field, not a list item") {
  auto m = table_start();
  table_line(m, 120, "1", "Mejorar el sistema.", "Diseñar un plan.", "Se diseñó el plan.");
  m.at(col_cum + 16, 146, "Calificación: Cumplido");  // after a gap, shifted right by the producer
  table_line(m, 180, "2", "Evaluar.", "Contratar.", "Se revisó lo siguiente:");
  m.at(col_cum + 12, 192, "la norma;");
  m.at(col_cum + 12, 204, "Calificación: Parcialmente cumplido");  // inside a list known by its indent
  table_line(m, 240, "3", "Ampliar.", "Abrir.", "Se abrieron.");
  auto res = read_pages({m.done()});
  INFO(describe(res.diags));
  REQUIRE(res.r.rows.size() == 3);
  CHECK(res.r.rows[0].compliance.plain_text() == "Se diseñó el plan.");
  CHECK(res.r.rows[0].status == compliance_status::fulfilled);
  CHECK(res.r.rows[1].status == compliance_status::partially_fulfilled);
  REQUIRE(res.r.rows[1].compliance.blocks.size() == 2);
  CHECK(res.r.rows[1].compliance.blocks[1].items == std::vector<std::string>{"la norma;"});
}

TEST_CASE("a column of its own's value: \"-ía\" broken at its edge is one word, a line's last word before \"a\" is not") {
  auto make = [](const char* text) {
    detail::layout::cell_line l;
    l.text = text;
    return l;
  };
  const detail::layout::cell_line a = make("SENAMA /"), b = make("Subsecretarí"), c = make("a de Redes"), d = make("Asistenciales de la"),
                  e = make("Contralorí"), f = make("a y aquí"), g = make("a la región");
  CHECK(detail::layout::one_paragraph({&a, &b, &c, &d}, detail::field::responsible).fragments.at(0).text == "SENAMA / Subsecretaría de Redes Asistenciales de la");
  CHECK(detail::layout::one_paragraph({&e, &f, &g}, detail::field::responsible).fragments.at(0).text == "Contraloría y aquí a la región");
}
