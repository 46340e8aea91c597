// A `pdftotext -layout` grid whose lines run two columns' texts together one blank apart, through the
// layout engine: where the run is cut.
#include <doctest/doctest.h>

#include <string>

#include "diagnostic_messages.hpp"
#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

std::string header() {
  std::string text;
  text += test::grid_line({{30, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2010"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}});
  text += test::grid_line({{7, "Programa de Enfermedades Respiratorias"}});
  text += "\n";
  text += test::grid_line({{2, "N°"}, {19, "Recomendación"}, {60, "Compromiso"}, {82, "Cumplimiento"}});
  text += "\n";
  return text;
}

// A second row whose block the extractor set narrower: its compliance starts at 78, where the page's
// boundary between the commitment and the compliance falls.
std::string narrow_row() {
  std::string text;
  text += "\n";
  text += test::grid_line({{2, "2"}, {7, "Evaluar el impacto de las salas ERA en las"}});
  text += test::grid_line({{44, "Se realizará un estudio de"}, {78, "El estudio se licitó en octubre de 2009 y el informe final"}});
  text += test::grid_line({{7, "hospitalizaciones por neumonía."}, {44, "evaluación de impacto que compare"}, {78, "fue entregado en abril de 2010."}});
  text += test::grid_line({{44, "comunas con y sin sala ERA, con"}});
  text += test::grid_line({{44, "egresos hospitalarios."}, {78, "Calificación: Cumplido"}});
  text += test::grid_line({{44, "Fecha de Vencimiento: Marzo"}});
  text += test::grid_line({{44, "2010"}});
  return text;
}

}  // namespace

TEST_CASE("a -layout grid: a run cut where the line above or below starts the next column, a dozen characters from the boundary") {
  // After wkhtmltopdf's minsal-enfermedades-respiratorias-2008 through pdftotext -layout, row 1: the
  // row's compliance starts at 87, more than grid_drift right of the page's boundary (where the
  // narrower second row puts it); the first and third lines run the commitment into it one blank apart.
  std::string text = header();
  text += test::grid_line({{2, "1"}, {7, "Definir la población objetivo"},
                           {49, "Se elaborará una norma técnica que La norma técnica fue aprobada por la Resolución Exenta"}});
  text += test::grid_line({{7, "con criterios de riesgo."}, {49, "defina la población objetivo y los"},
                           {87, "N° 311 de mayo de 2009 y distribuida a los 29 Servicios"}});
  text += test::grid_line({{49, "criterios de ingreso a las salas ERA. de Salud."}});
  text += test::grid_line({{49, "Fecha de Vencimiento: Junio"}, {86, "Observación:"}});
  text += test::grid_line({{49, "2009"}});
  text += test::grid_line({{7, "Organismo Responsable: DIVAP"}, {86, "Calificación: Cumplido"}});
  text += narrow_row();
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  // The third line: "ERA. | de Salud.", "de" right below where the line above starts the compliance.
  // The first, a row's: "que | La norma", the capital before "norma", which stands right above where
  // the line below starts the compliance.
  // (The cells' labels read as text of their own here, on lines after it.)
  auto first_line = [](const rich_text& t) {
    const std::string all = t.plain_text();
    return all.substr(0, all.find('\n'));
  };
  CHECK(first_line(r.rows[0].commitment) ==
        "Se elaborará una norma técnica que defina la población objetivo y los criterios de ingreso a las salas ERA.");
  CHECK(first_line(r.rows[0].compliance) ==
        "La norma técnica fue aprobada por la Resolución Exenta N° 311 de mayo de 2009 y distribuida a los 29 Servicios "
        "de Salud.");
  CHECK(first_line(r.rows[1].compliance) ==
        "El estudio se licitó en octubre de 2009 y el informe final fue entregado en abril de 2010.");
}

TEST_CASE("a -layout grid: a word run together from two columns' words where the row's next column starts") {
  // wkhtmltopdf's minsal-enfermedades-respiratorias-2008 through pdftotext -layout, row 3: the
  // commitment starts at 44 on the lines above and below "mayorescomunas", which the extractor wrote
  // with no blank at the recommendation's end; the row's first line holds the recommendation alone,
  // its last words past 44, the commitment starting a line lower with a capital.
  std::string text;
  text += test::grid_line({{30, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2010"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}});
  text += test::grid_line({{7, "Programa de Enfermedades Respiratorias"}});
  text += "\n";
  text += test::grid_line({{2, "N°"}, {19, "Recomendación"}, {64, "Compromiso"}, {111, "Cumplimiento"}});
  text += "\n";
  text += test::grid_line({{2, "1"}, {7, "Evaluar el impacto de las salas ERA en las"}});
  text += test::grid_line({{44, "Se realizará un estudio de"}, {80, "El estudio se licitó en octubre de 2009 y el informe final"}});
  text += test::grid_line({{7, "hospitalizaciones por neumonía y por evaluación de impacto que compare fue entregado en abril de 2010."}});
  text += test::grid_line({{7, "exacerbaciones de EPOC de los mayorescomunas con y sin sala ERA, con los"}});
  text += test::grid_line({{7, "de 65 años."}, {44, "egresos hospitalarios 2004–2009."}, {80, "El estudio, realizado por el"}});
  text += test::grid_line({{80, "Departamento de Salud Pública de la Universidad de la"}});
  text += test::grid_line({{7, "Se recomienda revisar"}, {44, "Los términos de referencia serán"}, {80, "Frontera, comparó 96 comunas."}});
  text += test::grid_line({{7, "los egresos."}, {44, "revisados por la DIPRES."}});
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation.plain_text() ==
        "Evaluar el impacto de las salas ERA en las hospitalizaciones por neumonía y por exacerbaciones de EPOC de los "
        "mayores de 65 años.\nSe recomienda revisar los egresos.");
  CHECK(r.rows[0].commitment.plain_text() ==
        "Se realizará un estudio de evaluación de impacto que compare comunas con y sin sala ERA, con los egresos "
        "hospitalarios 2004–2009.\nLos términos de referencia serán revisados por la DIPRES.");
}

namespace {

// One row whose recommendation's second line runs into the commitment one blank apart, its sentence's
// last word over the boundary, the blank nearest the boundary before it. `continued`: the
// recommendation goes on on the line below.
std::string sentence_over_boundary(bool continued) {
  std::string text;
  text += test::grid_line({{30, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2012"}});
  text += "\n";
  text += test::grid_line({{0, "Programa/Institución:"}});
  text += test::grid_line({{7, "Fondo para la Educación Previsional"}});
  text += "\n";
  text += test::grid_line({{2, "N°"}, {19, "Recomendación"}, {55, "Compromiso"}, {90, "Cumplimiento"}});
  text += "\n";
  text += test::grid_line({{2, "1"}, {7, "Coordinar el fondo con los módulos del"}, {49, "Se firmará un convenio con la"},
                           {82, "El convenio se firmó en marzo"}});
  // The boundary is where the commitment's lines start; "(IPS)." reaches four characters past it.
  text += test::grid_line({{7, "previsional del Instituto de Previsión (IPS). Dirección del Trabajo."}, {82, "de 2011."}});
  if (continued) text += test::grid_line({{7, "en las regiones."}});
  text += test::grid_line({{82, "Calificación: Cumplido"}});
  // A second row, its columns apart: the recommendation's lines end two blanks left of the commitment's.
  text += "\n";
  text += test::grid_line({{2, "2"}, {7, "Publicar los materiales que producen los"}, {49, "Se habilitará una sección del"},
                           {82, "La sección está en línea."}});
  text += test::grid_line({{7, "proyectos para su uso por otras personas"}, {49, "sitio web con los materiales."}});
  return text;
}

}  // namespace

TEST_CASE("a -layout grid: a paragraph's last line run into the next column keeps its sentence's end") {
  // After LibreOffice Calc's subprev-educacion-previsional-2010 through pdftotext -layout, row 4: the
  // recommendation's last line runs into the next column one blank apart, and the blank nearest the
  // boundary falls before its last word "(IPS).". Nothing of the recommendation is below it: its
  // paragraph ends there, with its sentence, and the next column's text starts after "(IPS).".
  diagnostics diags("grid.txt");
  report r = test::read_grid(sentence_over_boundary(false), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() ==
        "Coordinar el fondo con los módulos del previsional del Instituto de Previsión (IPS).");
  CHECK(r.rows[0].commitment.plain_text() ==
        "Se firmará un convenio con la Dirección del Trabajo.");
}

TEST_CASE("a -layout grid: a paragraph that goes on below is cut at the blank nearest the boundary") {
  // The same line with the recommendation going on below it: no paragraph ends there, the sentence end
  // is no cue, and the run is cut at the blank nearest the boundary.
  diagnostics diags("grid.txt");
  report r = test::read_grid(sentence_over_boundary(true), diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() ==
        "Coordinar el fondo con los módulos del previsional del Instituto de Previsión en las regiones.");
  CHECK(r.rows[0].commitment.plain_text() ==
        "Se firmará un convenio con la (IPS). Dirección del Trabajo.");
}

TEST_CASE("a run cut at its nearest blank with another a character further, before no capital: said") {
  // wkhtmltopdf's print of minvu, row 1: "las comunas con menos de a 96 comités ..." runs the commitment
  // ("... con menos de") into the compliance ("a 96 comités ...") one blank apart; the blank nearest the
  // boundary is one character nearer than the one the text was cut at: the cut is a guess, and said.
  // The rows' other runs cut before a capital ("reglamento | El D.S.", "con | En el") are not.
  const std::string text = header() + R"grid( N°         RECOMENDACIÓN                     COMPROMISO                                             CUMPLIMIENTO
 1    Revisar el mecanismo de           Se modificará el reglamento El D.S. N° 54 (V. y U.) de 2008 modificó el reglamento del programa, y su
      selección de los proyectos. El    del programa en tres         aplicación se reguló por la Res. Ex. N° 123 de la Subsecretaría, de 15 de julio
      panel constató que el puntaje     aspectos:                    de 2008.
      asignado al aporte de los                                      Los tres cambios comprometidos rigen desde el 18° llamado.
      vecinos favorece a los comités    1) un puntaje adicional para
      de sectores de mayores            los comités de sectores con En el 18° llamado se seleccionaron 1.312 proyectos. El 35% de ellos
      ingresos, y que el Art. 5 del     un 40% o más de hogares      corresponde a comités de sectores con un 40% o más de hogares en los dos
      reglamento no considera la        en los dos primeros          primeros quintiles, frente a un
      antigüedad de la postulación.     quintiles;                   21% en el 17° llamado. El aporte de los vecinos bajó de un promedio de $
                                                                     14.800 a $ 9.300 por vivienda en las comunas pequeñas.
      Se recomienda ponderar la         2) la reducción del aporte
      vulnerabilidad de los hogares     mínimo de los vecinos en     SERVIU Región del Biobío informa que la nueva regla de antigüedad benefició
      según la Ficha de Protección      las comunas con menos de a 96 comités que habían postulado tres o más veces sin ser seleccionados.
      Social.                           20.000 habitantes;
                                                                     Observaciones:
      Organismo Responsable:            3) un puntaje por
      Subsecretaría de Vivienda y       antigüedad de la             Calificación: Cumplido
      Urbanismo / SERVIU                postulación.
                                                                     Medios de Verificación:
                                        Fecha de Vencimiento: 30            D.S. N° 54 (V. y U.) de 2008;
                                        de junio de 2008                    Res. Ex. N° 123 de 2008;
                                                                            Nómina de proyectos seleccionados en el 18° llamado.
)grid";
  diagnostics diags("runs.txt");
  const report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 1);
  const auto warned = test::messages(diags, diagnostic_code::layout_inferred);
  int cuts = 0;
  for (const auto& m : warned) cuts += m.find("runs from one column into the next") != std::string::npos ? 1 : 0;
  CHECK(cuts == 1);
  CHECK(test::describe(diags).find("cut at \"…menos de a | 96 comités que…\": a word beside the cut may be the other "
                                   "column's") != std::string::npos);
}
