// A `pdftotext -layout` grid's paragraphs, through the layout engine: a paragraph's spacing shows only
// as blank rows, where the document sets its paragraphs apart.
#include <doctest/doctest.h>

#include <string>

#include "diagnostic_messages.hpp"
#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

// The report's title, its program and the table's column titles (the compliance's at character 62).
std::string title_and_columns() {
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2010"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Programa de Pavimentación"}});
  text += "\n";
  text += test::grid_line({{0, "N°"}, {5, "Recomendación"}, {35, "Compromiso"}, {62, "Cumplimiento"}});
  return text;
}

// Three rows whose compliance has two paragraphs, with a blank row between them (in the compliance's
// column: the recommendation, which ends no sentence there, goes on beside it) or not; row 1's first paragraph has a short line that
// ends a sentence, then a line that starts with a capital on the next row.
std::string three_rows(bool blank_rows) {
  std::string text = title_and_columns();
  for (int r = 1; r <= 3; ++r) {
    const std::string n = std::to_string(r);
    text += test::grid_line({{0, n + "."}, {5, "Revisar el mecanismo de"}, {35, "Se modificará el"},
                             {62, "El decreto modificó el reglamento del programa y su"}});
    text += test::grid_line({{5, "selección de los"}, {35, "reglamento."}, {62, "aplicación se reguló por una resolución de la"}});
    if (r == 1) {
      text += test::grid_line({{5, "proyectos del"}, {62, "Subsecretaría, de julio de 2008."}});
      text += test::grid_line({{5, "programa, y se"}, {62, "Los tres cambios rigen desde el llamado."}});
    } else {
      text += test::grid_line({{5, "proyectos del"}, {62, "Subsecretaría, de julio de 2008."}});
      text += test::grid_line({{5, "programa, y se"}});
    }
    if (blank_rows) text += test::grid_line({{5, "recomienda"}});
    text += test::grid_line({{5, blank_rows ? "ponderar." : "recomienda"}, {62, "En el llamado se seleccionaron 1.312 proyectos."}});
    if (!blank_rows) text += test::grid_line({{5, "ponderar."}});
    text += "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a grid whose paragraphs stand over blank rows: a short line ending a sentence with none after it goes on") {
  // As a browser's print of a page that sets its paragraphs apart: the line after "de julio de 2008."
  // was broken on purpose (a <br>), the paragraph goes on.
  diagnostics diags("spaced.txt");
  const report r = test::read_grid(three_rows(true), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  const auto& cum = r.rows[0].compliance;
  INFO(test::describe(cum));
  REQUIRE(cum.blocks.size() == 2);
  CHECK(cum.blocks[0].text ==
        "El decreto modificó el reglamento del programa y su aplicación se reguló por una resolución de la "
        "Subsecretaría, de julio de 2008. Los tres cambios rigen desde el llamado.");
  CHECK(cum.blocks[1].text == "En el llamado se seleccionaron 1.312 proyectos.");
  CHECK(r.rows[1].compliance.blocks.size() == 2);
}

TEST_CASE("a grid whose paragraphs do not stand over blank rows: a short line ending a sentence ends its paragraph") {
  // The same text with no blank rows: the grid shows no paragraph spacing, and the next line's first
  // word would have fitted on the short line.
  diagnostics diags("unspaced.txt");
  const report r = test::read_grid(three_rows(false), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  const auto& cum = r.rows[0].compliance;
  INFO(test::describe(cum));
  REQUIRE(cum.blocks.size() == 3);
  CHECK(cum.blocks[1].text == "Los tres cambios rigen desde el llamado.");
  CHECK(r.rows[1].compliance.blocks.size() == 2);
}

namespace {

// One row; the compliance's widest line ends a sentence and the next starts with a capital, on
// consecutive rows of a grid that shows no paragraph spacing anywhere; then drawn-bullet items (only
// indented) whose first does not end as items end and is followed by a line with a capital.
std::string full_lines() {
  std::string text = title_and_columns();
  text += test::grid_line({{0, "1."}, {5, "Revisar el mecanismo."}, {35, "Se modificará."}, {62, "El decreto modificó el reglamento del programa."}});
  text += test::grid_line({{62, "Los cambios rigen desde el llamado."}});
  text += test::grid_line({{62, "Medios de Verificación:"}});
  text += test::grid_line({{67, "Informes de aptitud del SAG y de INDAP"}});
  text += test::grid_line({{67, "Oficio N° 2.318 de la"}});
  text += test::grid_line({{67, "Dirección Nacional"}});
  return text;
}

}  // namespace

TEST_CASE("a grid whose paragraphs do not stand over blank rows: joins that nothing tells are named in warnings") {
  diagnostics diags("full.txt");
  const report r = test::read_grid(full_lines(), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 1);
  // A full line ending a sentence, then a capital: one paragraph, or two.
  CHECK(r.rows[0].compliance.plain_text() == "El decreto modificó el reglamento del programa. Los cambios rigen desde el llamado.");
  // An item whose bullet the grid lost, not ended as items end, then a capital: one item, or two. After
  // "de la" the capital goes on with no doubt.
  INFO(test::describe(r.rows[0].verification));
  REQUIRE(r.rows[0].verification.blocks.size() == 1);
  CHECK(r.rows[0].verification.blocks[0].items ==
        std::vector<std::string>{"Informes de aptitud del SAG y de INDAP Oficio N° 2.318 de la Dirección Nacional"});
  const auto warned = test::messages(diags, diagnostic_code::layout_inferred);
  REQUIRE(warned.size() == 2);
  CHECK(warned[0].find("(\"…modificó el reglamento del programa.\")") != std::string::npos);
  CHECK(warned[0].find("the text's grid keeps no paragraph spacing, so they may be two: \"Los cambios rigen") !=
        std::string::npos);
  CHECK(warned[1].find("a list item whose bullet is not in the text (\"…Informes de aptitud del SAG y de INDAP\")") !=
        std::string::npos);
  CHECK(warned[1].find("they may be two: \"Oficio N° 2.318 de la\"") != std::string::npos);
}

namespace {

// One row whose verification is a list of documents with its bullets lost (only indented): an item
// that ends in lower case, then one that starts with a capital; an item whose name wraps after a
// capital ("Contraloría" / "General ..."), and one that wraps before an acronym ("firmado" / "SERNAM").
std::string documents_list() {
  std::string text = title_and_columns();
  text += test::grid_line({{0, "1."}, {5, "Revisar el mecanismo."}, {35, "Se modificará."}, {62, "El decreto modificó el reglamento."}});
  text += test::grid_line({{62, "Medios de Verificación:"}});
  text += test::grid_line({{67, "Informe del cruce de bases de datos"}});
  text += test::grid_line({{67, "Oficio N° 2.406 a la Contraloría"}});
  text += test::grid_line({{67, "General de la República"}});
  text += test::grid_line({{67, "Convenio de colaboración firmado"}});
  text += test::grid_line({{67, "SERNAM e INDAP en 2009"}});
  return text;
}

}  // namespace

TEST_CASE("a grid's list whose bullets were lost: a word in lower case, then a capital, ends an item (said)") {
  diagnostics diags("documents.txt");
  const report r = test::read_grid(documents_list(), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 1);
  INFO(test::describe(r.rows[0].verification));
  REQUIRE(r.rows[0].verification.blocks.size() == 1);
  CHECK(r.rows[0].verification.blocks[0].items ==
        std::vector<std::string>{"Informe del cruce de bases de datos",
                                 "Oficio N° 2.406 a la Contraloría General de la República",
                                 "Convenio de colaboración firmado SERNAM e INDAP en 2009"});
  const auto warned = test::messages(diags, diagnostic_code::layout_inferred);
  // The split, the join after a capital ("Contraloría" / "General"), and the join before an acronym.
  REQUIRE(warned.size() == 3);
  CHECK(warned[0].find("(\"…Informe del cruce de bases de datos\") ends in lower case and the next line starts with "
                       "a capital: read as two items; they may be one: \"Oficio N° 2.406 a la Contraloría\"") !=
        std::string::npos);
  CHECK(warned[1].find("were read as one item; they may be two: \"General de la República\"") != std::string::npos);
  CHECK(warned[2].find("were read as one item; they may be two: \"SERNAM e INDAP en 2009\"") != std::string::npos);
}
