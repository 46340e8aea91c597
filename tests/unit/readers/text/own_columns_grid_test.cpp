// A `pdftotext -layout` grid with a status column of its own ("Calificación"), through the layout
// engine: the extractor sets the compliance's text one blank from the status.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "test_files.hpp"
#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

TEST_CASE("a -layout grid's status column: a status one blank from the compliance's text, a word right below it") {
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2008"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Fondo de Tierras"}});
  text += "\n";
  text += test::grid_line({{4, "N°"}, {17, "Recomendación"}, {54, "Compromiso"}, {90, "Cumplimiento"}, {122, "Calificación"}});
  text += test::grid_line({{4, "1."}, {10, "Definir criterios explícitos."}, {46, "Se elaborará un reglamento."}, {78, "El reglamento fue aprobado por el"}, {124, "Cumplido"}});
  text += test::grid_line({{46, "Fecha de Vencimiento: Junio"}, {78, "Consejo Nacional en mayo de 2007."}});
  text += test::grid_line({{46, "2007"}});
  text += "\n";
  text += test::grid_line({{4, "2."}, {10, "Acompañar la entrega de"}, {46, "Se firmará un convenio con"}, {78, "El convenio fue firmado en agosto de Parcialmente"}});
  text += test::grid_line({{10, "tierras con asistencia."}, {46, "el INDAP."}, {78, "2007. Al 30 de junio de 2008, 620 de"}, {121, "cumplido"}});
  text += test::grid_line({{46, "Fecha de Vencimiento: Junio"}, {78, "las 1.184 familias participan en el"}});
  text += test::grid_line({{46, "2008"}, {78, "PDTI."}});
  text += "\n";
  text += test::grid_line({{4, "3."}, {10, "Evaluar el programa."}, {46, "Contratar un estudio."}, {78, "Se contrató."}, {124, "Cumplido"}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].compliance.plain_text() == "El reglamento fue aprobado por el Consejo Nacional en mayo de 2007.");
  CHECK(r.rows[1].status_text == "Parcialmente cumplido");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[1].compliance.plain_text() ==
        "El convenio fue firmado en agosto de 2007. Al 30 de junio de 2008, 620 de las 1.184 familias participan en el PDTI.");
  CHECK(r.rows[1].due_text == "Junio 2008");
  CHECK(r.rows[2].status == compliance_status::fulfilled);
}

TEST_CASE("a -layout grid's status column: a figure one blank from the compliance's text, no status beside it, stays") {
  // Word-LibreOffice's print of conadi-tierras-aguas-indigenas-2006 through pdftotext -layout (corpus),
  // its rows 1.1 to 3.1: row 3.1 has no status, and its compliance's first line runs to "48", one blank
  // left of where the status column starts. A status's wording starts with a capital: a figure is the
  // compliance's.
  diagnostics diags("layout-status-column-figure.txt");
  const std::string text = test::read_file(test::source_path("tests/data/text/layout-status-column-figure.txt"));
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 6);
  CHECK(r.rows[5].number == "3.1");
  CHECK(r.rows[5].compliance.plain_text().rfind("Se han inscrito los derechos de 48 de los 73 predios.", 0) == 0);
  CHECK_FALSE(r.rows[5].status.has_value());
  CHECK(r.rows[5].status_text.empty());
  CHECK(r.rows[4].status == compliance_status::not_fulfilled);
}

TEST_CASE("a -layout grid's status column: a status centred in its cell starts left of the column's boundary") {
  // dga-fiscalizacion-policia-aguas-2009's Chromium -layout text (corpus), row 17: the status, centred in
  // its narrow cell, starts "Parcialmente" a character left of where the compliance's longest lines end
  // (the column boundary), two blanks after the compliance's words; most of the word lies in the status
  // column.
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Programa de Fiscalización"}});
  text += "\n";
  text += test::grid_line({{4, "N°"}, {17, "Recomendación"}, {48, "Compromiso"}, {84, "Cumplimiento"}, {114, "Calificación"}});
  text += test::grid_line({{4, "1"}, {10, "Elaborar un plan nacional."}, {46, "Se elaborará el plan."}, {78, "El plan fue aprobado por Resolución"}, {117, "Cumplido"}});
  text += test::grid_line({{10, "Con metas por región."}, {46, "Con metas."}, {78, "DGA N° 412, de marzo de 2010, que"}});
  text += test::grid_line({{78, "fija 1.450 fiscalizaciones en 2010."}});
  text += "\n";
  text += test::grid_line({{4, "2"}, {10, "Elaborar un plan regional."}, {46, "Se aprobará el plan."}, {78, "Se ejecutaron en total 117 de las"}, {113, "Parcialmente"}});
  text += test::grid_line({{10, "En la Región de Los Lagos."}, {46, "Con avance trimestral."}, {78, "132 fiscalizaciones programadas."}, {118, "cumplido"}});
  text += "\n";
  text += test::grid_line({{4, "3"}, {10, "Evaluar el programa."}, {46, "Contratar un estudio."}, {78, "Se contrató un estudio externo que"}, {117, "Cumplido"}});
  text += test::grid_line({{78, "entregó su informe final en 2011."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[1].compliance.plain_text() == "Se ejecutaron en total 117 de las 132 fiscalizaciones programadas.");
  CHECK(r.rows[1].status_text == "Parcialmente cumplido");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[2].status == compliance_status::fulfilled);
}

TEST_CASE("a -layout grid's due date column: the commitment's words lined up one blank from it start no column") {
  // LibreOffice's print of dga-fiscalizacion-policia-aguas-2009 through pdftotext -layout (corpus), row
  // 51: the commitment's lines start a word at one place by chance ("encuesta", "a", "2010.") eight
  // characters and more left of the due date's column, which the block's own line shows ("2011"). Taken
  // for the block's start of the due date's column, it squeezes the commitment's column by half and
  // sends the commitment's last words into the due date.
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2011"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Fiscalización y Policía de Aguas"}});
  text += "\n";
  text += test::grid_line({{0, "N°"}, {4, "Recomendación"}, {28, "Compromiso"}, {56, "Plazo"}, {66, "Cumplimiento"}});
  text += "\n";
  text += test::grid_line({{0, "1."}, {4, "Medir la satisfacción"}, {28, "Se aplicará una encuesta"}, {56, "30-04-"}, {66, "La encuesta se aplicó a"}});
  text += test::grid_line({{4, "de los denunciantes"}, {28, "de satisfacción a los"}, {57, "2011"}, {66, "318 denunciantes."}});
  text += test::grid_line({{4, "con la atención."}, {28, "denunciantes de 2010."}});
  text += "\n";
  text += test::grid_line({{0, "2."}, {4, "Evaluar el programa."}, {28, "Se contratará un estudio."}, {56, "Junio"}, {66, "Se contrató."}});
  text += test::grid_line({{57, "2011"}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].commitment.plain_text() == "Se aplicará una encuesta de satisfacción a los denunciantes de 2010.");
  CHECK(r.rows[0].due_text == "30-04-2011");
  CHECK(r.rows[1].due_text == "Junio 2011");
}

TEST_CASE("a -layout grid's status column: a status's second word one blank from the compliance's last words is the status's") {
  // Chromium's print of dga-fiscalizacion-policia-aguas-2009 through pdftotext -layout (corpus), row 53:
  // "Parcialmente" one blank from the compliance's first line, "cumplido" one blank from its second, two
  // characters right of where the status column's lines start. A status's wording there is a cue: the
  // status's, not the compliance's text run long.
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2011"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Fiscalización y Policía de Aguas"}});
  text += "\n";
  text += test::grid_line({{0, "N°"}, {4, "Recomendación"}, {30, "Compromiso"}, {56, "Plazo"}, {66, "Cumplimiento"}, {93, "Calificación"}});
  text += "\n";
  text += test::grid_line({{0, "1."}, {4, "Evaluar el programa."}, {30, "Se contratará un estudio."}, {56, "Junio"}, {66, "Se contrató el estudio."}, {92, "Cumplido"}});
  text += test::grid_line({{57, "2011"}});
  text += "\n";
  text += test::grid_line({{0, "2."}, {4, "Estudiar la dotación."}, {30, "Se realizará un estudio."}, {56, "Junio"}, {66, "El estudio concluyó que se"}, {93, "Parcialmente"}});
  text += test::grid_line({{57, "2011"}, {66, "requieren 18 fiscalizadores"}, {94, "cumplido"}});
  text += test::grid_line({{66, "adicionales."}});
  text += "\n";
  text += test::grid_line({{0, "3."}, {4, "Medir la satisfacción."}, {30, "Se aplicará una encuesta."}, {56, "Abril"}, {66, "Se aplicó."}, {93, "Cumplido"}});
  text += test::grid_line({{57, "2011"}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[1].compliance.plain_text() == "El estudio concluyó que se requieren 18 fiscalizadores adicionales.");
  CHECK(r.rows[1].status_text == "Parcialmente cumplido");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
}

TEST_CASE("a -layout grid's status column: a capitalised word run long from the compliance, well left of the status, is the compliance's") {
  // LibreOffice's print of dga-fiscalizacion-policia-aguas-2009 through pdftotext -layout (corpus), row
  // 50: below "No" / "cumplido", the compliance's line "revisión en la División" runs past the status
  // column's boundary, its last word starting five characters left of where the line above started
  // the status. No status's wording starts there: the word is the compliance's.
  std::string text;
  text += test::grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2011"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}, {24, "Fiscalización y Policía de Aguas"}});
  text += "\n";
  text += test::grid_line({{0, "N°"}, {4, "Recomendación"}, {30, "Compromiso"}, {56, "Plazo"}, {66, "Cumplimiento"}, {84, "Calificación"}});
  text += "\n";
  text += test::grid_line({{0, "1."}, {4, "Evaluar el programa."}, {30, "Se contratará un estudio."}, {56, "Junio"}, {66, "Se contrató un"}, {86, "Cumplido"}});
  text += test::grid_line({{57, "2011"}, {66, "estudio."}});
    text += "\n";
  text += test::grid_line({{0, "2."}, {4, "Medir la satisfacción."}, {30, "Se aplicará una encuesta."}, {56, "Abril"}, {66, "Se aplicó la"}, {86, "Cumplido"}});
  text += test::grid_line({{57, "2011"}, {66, "encuesta."}});
    text += "\n";
  text += test::grid_line({{0, "3."}, {4, "Proponer cambios."}, {30, "Se enviará una propuesta."}, {56, "Marzo"}, {66, "Observación: La"}, {88, "No"}});
  text += test::grid_line({{57, "2011"}, {66, "propuesta está en"}, {86, "cumplido"}});
  text += test::grid_line({{66, "revisión en la División"}});
  text += test::grid_line({{66, "Jurídica del"}});
  text += test::grid_line({{66, "Ministerio."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[2].compliance_observation.plain_text() == "La propuesta está en revisión en la División Jurídica del Ministerio.");
  CHECK(r.rows[2].status_text == "No cumplido");
  CHECK(r.rows[2].status == compliance_status::not_fulfilled);
}
