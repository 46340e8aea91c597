// The number column on a `pdftotext -layout` grid: it holds the rows' numbers, and the recommendation's
// lines beside it, which the extractor shifts sideways from page to page, stay the recommendation's.
#include <doctest/doctest.h>

#include <string>

#include "text_support.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

// Row `n`: its number right-aligned to end at `number_end`, one blank or more before the recommendation
// at `rec`; the commitment at 45 and the compliance at 79 on every page.
std::string grid_row(int n, std::size_t number_end, std::size_t rec) {
  const std::string number = std::to_string(n);
  std::string t;
  t += test::grid_line({{number_end + 1 - number.size(), number},
                        {rec, "Revisar el registro de"},
                        {45, "Se revisará el"},
                        {79, "Se revisó el registro."}});
  t += test::grid_line({{rec, "las denuncias de cada"}, {45, "registro en 2010."}});
  t += test::grid_line({{rec, "región del país."}});
  t += test::grid_line({{rec + 2, "Organismo Responsable:"}});
  t += test::grid_line({{rec + 2, "Departamento de Control"}});
  return t;
}

}  // namespace

TEST_CASE("a -layout grid: the recommendation's lines shifted left toward the number column stay the recommendation's") {
  // Page 1 sets the recommendation at 9, page 2 at 11 (more lines than the column starts tracked),
  // page 3 at 8, halfway between where the number column and the recommendation were last seen to
  // start: a word there that is no number stays out of the number column. Read into the number
  // column, the recommendation's line run on into the commitment with one blank ran across the
  // table's columns and ended the table there, its later rows unread.
  std::string text;
  text += test::grid_line({{4, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011"}});
  text += test::grid_line({{4, "Programa/Institución:"}, {30, "Programa de prueba"}});
  text += "\n";
  text += test::grid_line({{4, "N°"}, {14, "Recomendación"}, {48, "Compromiso"}, {80, "Cumplimiento"}});
  int n = 0;
  for (int i = 0; i < 4; ++i) text += grid_row(++n, 5, 9);
  text += "\f";
  for (int i = 0; i < 8; ++i) text += grid_row(++n, 5, 11);
  text += "\f";
  text += test::grid_line({{5, std::to_string(++n)},
                           {8, "Coordinar la fiscalización con la"},
                           {45, "Se firmará un convenio"},
                           {79, "El convenio se firmó."}});
  text += test::grid_line({{8, "Superintendencia de Servicios"}, {38, "colaboración con la SISS."}});
  text += test::grid_line({{8, "Sanitarios."}});
  text += test::grid_line({{10, "Organismo Responsable:"}});
  text += test::grid_line({{10, "Dirección General"}});
  for (int i = 0; i < 3; ++i) text += grid_row(++n, 6, 8);
  diagnostics diags("grid.txt");
  report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 16);
  CHECK(r.rows[12].number == "13");
  CHECK(r.rows[12].recommendation.plain_text() ==
        "Coordinar la fiscalización con la Superintendencia de Servicios Sanitarios.");
  CHECK(r.rows[12].commitment.plain_text() == "Se firmará un convenio colaboración con la SISS.");
  CHECK(r.rows[12].responsible == "Dirección General");
  CHECK(r.rows[15].number == "16");
  CHECK(r.rows[15].recommendation.plain_text() == "Revisar el registro de las denuncias de cada región del país.");
  CHECK(r.rows[15].responsible == "Departamento de Control");
  CHECK(test::find_diagnostic(diags, "across the table's columns") == nullptr);
}

TEST_CASE("a narrow number column that wraps a sub-number at its point (\"1\" / \".\" / \"1\") reads it whole") {
  // LibreOffice's print of conadi's page in the dga shape, through pdftotext -layout: "1.1", "1.2" and
  // "2.1" each on three lines of the number column; before, each piece started a row ("1" twice, warned) and
  // the point went into the recommendation ("criterios. explícitos").
  const std::string text = R"grid(             INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2008

                                                                            Fecha del Informe: 14-08-2008 ; 10:22:47
Programa/Institución:       Ministerio:                         Servicio:


Fondo de Tierras y          MINISTERIO DE PLANIFICACIÓN         CORPORACIÓN NACIONAL DE
Aguas Indígenas             Y COOPERACIÓN                       DESARROLLO INDÍGENA


Año:                        Calificación:


2006                        En Seguimiento


Observación:


Las recomendaciones del panel se desglosan en subcompromisos numerados (1.1, 1.2, …); cada
subcompromiso tiene su propio plazo y su propia calificación.


N      Recomendaci                                                                                 Calificació
                              Compromiso         Plazo            Cumplimiento
°          ón                                                                                           n


1      Definir criterios   Se elaborará un        Junio     El reglamento fue                        Cumplido
.      explícitos y        reglamento de          2007      aprobado por el Consejo
1      públicos de         priorización de las              Nacional de CONADI en
       priorización de     solicitudes de                   su sesión de mayo de
       las solicitudes     compra de predios                2007 y publicado en el
       de compra de        en conflicto.                    sitio web de la
       tierras por el                                       Corporación.
       artículo 20
       letra b) de la                                       Medios de Verificación:
       Ley N° 19.253.                                       Acta de la sesión del
                                                            Consejo Nacional;
       Organismo                                            Resolución Exenta N°
       Responsable:                                         1.046 que aprueba el
       CONADI,                                              reglamento.
       Unidad de
       Tierras y
       Aguas


1      Publicar            Se publicará en el     Dic.      La nómina 2007 fue                     Parcialmen
.      anualmente la       sitio web la nómina    2007      publicada en diciembre                 te cumplido
2      lista de            de solicitudes                   con 312 solicitudes de
       comunidades         pendientes con su                comunidades de las
       con solicitudes     puntaje.                         regiones del Biobío, La
       pendientes y el                                      Araucanía y Los Lagos.
       puntaje que
       cada una                                             La nómina 2008 se
       obtiene según                                        encuentra en preparación;
       esos criterios.                                      su publicación se retrasó
                                                            por la revisión de los
       Organismo                                            títulos de merced de
       Responsable:                                         Cañete y Tirúa.
       CONADI,
       Unidad de                                            Observación: La
       Tierras y                                            Corporación informa que
       Aguas                                                la publicación de 2008 se
                                                        hará en el segundo
                                                        semestre.

                                                        Medios de Verificación:
                                                        Nómina 2007 publicada
                                                        en www.conadi.cl.


2   Establecer una    Se diseñará una          31-03-   La ficha fue diseñada      Cumplido
.   línea base de     ficha de                  2007    con el apoyo del
1   la situación      caracterización
)grid";
  diagnostics diags("sub-numbers.txt");
  const report r = test::read_grid(text, diags);
  INFO(test::describe(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].number == "1.1");
  CHECK(r.rows[1].number == "1.2");
  CHECK(r.rows[2].number == "2.1");
  CHECK(r.rows[0].recommendation.plain_text().starts_with("Definir criterios explícitos y públicos de priorización"));
  CHECK(r.rows[1].recommendation.plain_text().starts_with("Publicar anualmente la lista de comunidades"));
  CHECK(test::describe(diags).find("appears again") == std::string::npos);
}
