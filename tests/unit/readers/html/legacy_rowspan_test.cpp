// Several commitments per recommendation on a legacy page: the number and recommendation cells span
// the commitment rows (rowspan), so that a continuation <tr> holds only the commitment and compliance
// cells. Each commitment is a row of its own in the model, a continuation repeating the number with
// no recommendation and no responsible (tests/data/corpus: indap-riego-campesino-2007, and
// junaeb-alimentacion-escolar-2006's row "3" twice). Spans over a repeated header row, to the table's
// end and past it, and markup whose spans do not add up: every word in the model or in a warning.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "informe/io.hpp"
#include "word_accounting.hpp"

namespace {

using informe::report;

std::string messages(const informe::diagnostics& d) {
  std::string out;
  for (const auto& m : d.all()) out += m.to_string() + "\n";
  return out;
}

std::string page(const std::string& body) {
  return "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n"
         "<p><b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008</b></p>\n"
         "<p><b>Programa/Institución:</b> Riego Campesino</p>\n" +
         body + "\n</body></html>\n";
}

// The page's words as a reader sees them: the body without its tags (the pages here use no entities).
std::string visible_text(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (char c : html.substr(html.find("<body>"))) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') {
      in_tag = false;
      out += ' ';
    }
  }
  return out;
}

const std::string head_row = "<tr><th>N°</th><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n";
const std::string table_head = "<table border=1>\n" + head_row;

// A commitment row's two cells.
std::string commitment(const std::string& what, const std::string& due, const std::string& status) {
  return "<td>" + what + "<br><br><b>Fecha de Vencimiento:</b> " + due + "</td><td>Hecho " + what +
         "<br><br><b>Calificación:</b> " + status + "</td>";
}

// The rows of the model as "number|recommendation|responsible|commitment|due_text|status_text".
std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w + " ";
  return out;
}

std::vector<std::string> rows_of(const report& r) {
  std::vector<std::string> out;
  for (const auto& row : r.rows)
    out.push_back(row.number + "|" + row.recommendation.plain_text() + "|" + row.responsible + "|" +
                  row.commitment.plain_text() + "|" + row.due_text + "|" + row.status_text);
  return out;
}

struct reading {
  report model;
  informe::diagnostics diags;
  std::vector<std::string> lost;
};

reading read(const std::string& html) {
  reading out;
  out.model = informe::read_html(html, {}, out.diags);
  out.lost = informe::test::unaccounted_words(visible_text(html), out.model, out.diags);
  return out;
}

// The messages (warnings and errors) whose text holds `part`.
int warnings_with(const informe::diagnostics& d, const std::string& part) {
  int n = 0;
  for (const auto& m : d.all())
    if (m.level != informe::severity::info && m.message.find(part) != std::string::npos) ++n;
  return n;
}

const std::vector<std::string> three_groups = {
    "1|Ordenar los concursos.|INDAP|Estudio|Dic. 2007|Cumplido",
    "1|||Plan regional|Junio 2008|Parcialmente cumplido",
    "1|||Bases 2009|31-03-2009|No cumplido",
    "2|Seguir las obras.|INDAP|Módulo SIGER|Dic. 2008|Cumplido",
    "3|Medir el impacto.||Línea base|2008|Cumplido",
    "3|||Encuesta|Noviembre 2008|No cumplido",
};

}  // namespace

TEST_CASE("number and recommendation cells spanning two and three rows: a row per commitment") {
  const std::string html = page(
      table_head +
      "<tr><td rowspan=\"3\">1</td><td rowspan=\"3\">Ordenar los concursos.<br><br><b>Organismo Responsable:</b> INDAP</td>" +
      commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr>" +
      commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n<tr>" +
      commitment("Bases 2009", "31-03-2009", "No cumplido") + "</tr>\n" +
      "<tr><td>2</td><td>Seguir las obras.<br><br><b>Organismo Responsable:</b> INDAP</td>" +
      commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n" +
      "<tr><td rowspan=\"2\">3</td><td rowspan=\"2\">Medir el impacto.</td>" + commitment("Línea base", "2008", "Cumplido") +
      "</tr>\n<tr>" + commitment("Encuesta", "Noviembre 2008", "No cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == three_groups);
  CHECK(r.model.rows[1].compliance.plain_text() == "Hecho Plan regional");
  CHECK(r.model.rows[1].source.line == 7);  // each commitment's row where its <tr> is
  CHECK(r.lost.empty());
  // a number repeated by a span is repeated by design: no warning
  CHECK(r.diags.warning_count() == 0);
}

TEST_CASE("without a number column the number comes from the spanning recommendation's text") {
  const std::string html = page(
      "<table border=1><tr><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n"
      "<tr><td rowspan=2>1. Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n"
      "<tr>" + commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n"
      "<tr><td>2. Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|Parcialmente cumplido",
                                "2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                            });
  CHECK(r.lost.empty());
}

TEST_CASE("a span over a repeated header row, counted with it or without it, reads the same") {
  // a generator counts the commitments (rowspan 3 over four <tr>, one of them the header) or, as a
  // browser does, every row (rowspan 4); either way the third commitment continues row 1
  for (const char* span : {"3", "4"}) {
    CAPTURE(span);
    const std::string html = page(
        table_head + "<tr><td rowspan=" + span + ">1</td><td rowspan=" + span +
        ">Ordenar los concursos.<br><br><b>Organismo Responsable:</b> INDAP</td>" +
        commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr>" +
        commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n" + head_row + "<tr>" +
        commitment("Bases 2009", "31-03-2009", "No cumplido") + "</tr>\n" +
        "<tr><td>2</td><td>Seguir las obras.<br><br><b>Organismo Responsable:</b> INDAP</td>" +
        commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n" +
        "<tr><td rowspan=\"2\">3</td><td rowspan=\"2\">Medir el impacto.</td>" + commitment("Línea base", "2008", "Cumplido") +
        "</tr>\n<tr>" + commitment("Encuesta", "Noviembre 2008", "No cumplido") + "</tr>\n</table>");
    reading r = read(html);
    INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
    INFO("lost: " << joined(r.lost));
    CHECK(rows_of(r.model) == three_groups);
    CHECK(r.lost.empty());
    CHECK(r.diags.warning_count() == 0);  // the markup is as such pages are
  }
}

TEST_CASE("a span to the table's end, past it, and rowspan=0") {
  for (const char* span : {"2", "5", "0"}) {
    CAPTURE(span);
    const std::string html = page(
        table_head + "<tbody><tr><td>1</td><td>Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") +
        "</tr>\n<tr><td rowspan=" + span + ">2</td><td rowspan=" + span + ">Seguir las obras.</td>" +
        commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n<tr>" +
        commitment("Visitas", "Sept. 2008", "No cumplido") + "</tr></tbody>\n</table>");
    reading r = read(html);
    INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
    INFO("lost: " << joined(r.lost));
    CHECK(rows_of(r.model) == std::vector<std::string>{
                                  "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                  "2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                                  "2|||Visitas|Sept. 2008|No cumplido",
                              });
    CHECK(r.lost.empty());
  }
}

TEST_CASE("a span does not run from one <tbody> into the next") {
  const std::string html = page(
      "<table border=1><thead>" + head_row + "</thead>\n<tbody><tr><td rowspan=3>1</td><td rowspan=3>Ordenar.</td>" +
      commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr></tbody>\n<tbody><tr><td>2</td><td>Seguir las obras.</td>" +
      commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr></tbody>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar.||Estudio|Dic. 2007|Cumplido",
                                "2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                            });
  CHECK(r.diags.warning_count() == 0);
  CHECK(r.lost.empty());
}

TEST_CASE("a span over a row that has a cell for every column ends above it, and says so") {
  // rowspan 3 where the group has two commitments: the next recommendation's row is read whole
  const std::string html = page(
      table_head + "<tr><td rowspan=3>1</td><td rowspan=3>Ordenar los concursos.</td>" +
      commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr>" +
      commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n" +
      "<tr><td>2</td><td>Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|Parcialmente cumplido",
                                "2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                            });
  CHECK(r.lost.empty());
  bool named = false;
  for (const auto& d : r.diags.all())
    if (d.message.find("spanning rows from line 6") != std::string::npos && d.where.line == 8) named = true;
  CHECK(named);
}

TEST_CASE("a cell past the table's last column is named in a warning") {
  const std::string html = page(
      table_head + "<tr><td rowspan=2>1</td><td rowspan=2>Ordenar los concursos.</td>" +
      commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr>" +
      commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "<td>Nota suelta al margen</td></tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|Parcialmente cumplido",
                            });
  bool named = false;
  for (const auto& d : r.diags.all())
    if (d.content == "Nota suelta al margen" && d.where.line == 7 && d.level == informe::severity::warning) named = true;
  CHECK(named);
  CHECK(r.lost.empty());
}

TEST_CASE("a number cell that holds no number is kept as text") {
  const std::string html = page(
      table_head + "<tr><td>1</td><td>Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") +
      "</tr>\n<tr><td>Anexo A</td><td>Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") +
      "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  REQUIRE(r.model.rows.size() == 1);  // no number: the row continues row 1, as the grammar reads such rows
  CHECK(r.model.rows[0].recommendation.plain_text().find("Anexo A Seguir las obras.") != std::string::npos);
  CHECK(r.lost.empty());
}

TEST_CASE("a compliance cell spanning two commitments is read once, with the first") {
  const std::string html = page(
      table_head + "<tr><td rowspan=2>1</td><td rowspan=2>Ordenar los concursos.</td>"
                   "<td>Estudio<br><br><b>Fecha de Vencimiento:</b> Dic. 2007</td>"
                   "<td rowspan=2>Ambos hechos.<br><br><b>Calificación:</b> Cumplido</td></tr>\n"
                   "<tr><td>Plan regional<br><br><b>Fecha de Vencimiento:</b> Junio 2008</td></tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|",
                            });
  CHECK(r.lost.empty());
}

TEST_CASE("column titles over two lines: titles spanning both, a note under one of them") {
  const std::string two_line_head =
      "<tr><th rowspan=2>N°</th><th rowspan=2>Recomendación</th><th>Compromiso</th><th rowspan=2>Cumplimiento</th></tr>\n"
      "<tr><th>(Fecha de vencimiento)</th></tr>\n";
  const std::string html = page(
      "<table border=1>\n" + two_line_head + "<tr><td rowspan=2>1</td><td rowspan=2>Ordenar los concursos.</td>" +
      commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr>" +
      commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n" + two_line_head +
      "<tr><td>2</td><td>Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|Parcialmente cumplido",
                                "2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                            });
  CHECK(r.lost.empty());
  int notes = 0;
  for (const auto& d : r.diags.all())
    if (d.content == "(Fecha de vencimiento)" && d.level == informe::severity::info) ++notes;
  CHECK(notes == 2);
  CHECK(r.diags.warning_count() == 0);
}

TEST_CASE("a span from a recommendation without a number joins its rows, and says so") {
  const std::string html = page(
      "<table border=1><tr><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n"
      "<tr><td>1. Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n"
      "<tr><td rowspan=2>Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n"
      "<tr>" + commitment("Visitas", "Sept. 2008", "No cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  INFO("lost: " << joined(r.lost));
  CHECK(r.model.rows.size() == 1);
  CHECK(r.lost.empty());
  bool named = false;
  for (const auto& d : r.diags.all())
    if (d.message.find("continues the recommendation at line 6, which has no number") != std::string::npos &&
        d.where.line == 7)
      named = true;
  CHECK(named);
}

TEST_CASE("a number printed again in its own cell with no recommendation is another commitment, as a span is") {
  // junaeb-alimentacion-escolar-2006's row "3" twice: the same model, and no warning (the grammar
  // reads a row that repeats the number before it with no recommendation as the model does)
  const std::string html = page(
      table_head + "<tr><td>1</td><td>Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") +
      "</tr>\n<tr><td>1</td><td>&nbsp;</td>" + commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") +
      "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  CHECK(rows_of(r.model) == std::vector<std::string>{
                                "1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                "1|||Plan regional|Junio 2008|Parcialmente cumplido",
                            });
  CHECK(warnings_with(r.diags, "appears again") == 0);
}

TEST_CASE("a row with nothing but its number is named in a warning") {
  const std::string html = page(table_head + "<tr><td>1</td><td>Ordenar los concursos.</td>" +
                                commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n<tr><td>5</td></tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  CHECK(r.model.rows.size() == 1);
  bool named = false;
  for (const auto& d : r.diags.all())
    if (d.content == "5" && d.where.line == 7 && d.level == informe::severity::warning) named = true;
  CHECK(named);
  CHECK(r.lost.empty());
}

TEST_CASE("a number column's number is the row's, as structure: with empty cells beside it the row is named, as without them") {
  const std::string html = page(table_head + "<tr><td>1</td><td>Ordenar los concursos.</td>" +
                                commitment("Estudio", "Dic. 2007", "Cumplido") +
                                "</tr>\n<tr><td>2</td><td>Seguir.</td>" + commitment("Obras", "Dic. 2008", "Cumplido") +
                                "</tr>\n<tr><td>5</td><td></td><td></td><td></td></tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  CHECK(rows_of(r.model) == std::vector<std::string>{"1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                                     "2|Seguir.||Obras|Dic. 2008|Cumplido"});
  bool named = false;
  for (const auto& d : r.diags.all())
    if (d.content == "5" && d.where.line == 8 && d.level == informe::severity::warning) named = true;
  CHECK(named);
  CHECK(r.lost.empty());
}

TEST_CASE("without a number column a sub-number typed in the spanning recommendation numbers its commitments") {
  const std::string html = page(
      "<table border=1><tr><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n"
      "<tr><td>1.1 Ordenar los concursos.</td>" + commitment("Estudio", "Dic. 2007", "Cumplido") + "</tr>\n"
      "<tr><td rowspan=2>1.2 Seguir las obras.</td>" + commitment("Módulo SIGER", "Dic. 2008", "Cumplido") + "</tr>\n"
      "<tr>" + commitment("Plan regional", "Junio 2008", "Parcialmente cumplido") + "</tr>\n</table>");
  reading r = read(html);
  INFO(messages(r.diags));
  CHECK(rows_of(r.model) == std::vector<std::string>{"1.1|Ordenar los concursos.||Estudio|Dic. 2007|Cumplido",
                                                     "1.2|Seguir las obras.||Módulo SIGER|Dic. 2008|Cumplido",
                                                     "1.2|||Plan regional|Junio 2008|Parcialmente cumplido"});
  CHECK(r.lost.empty());
  CHECK(r.diags.warning_count() == 0);
}
