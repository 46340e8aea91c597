// Lists typed by hand on legacy pages: "• " / "- " / "– " lines after a single <br> or at a
// paragraph's start, "o " sub-items inside such a list, lines that run on into an item; and every
// word still in the model (tests/data/corpus: junaeb-alimentacion-escolar-2006,
// registro-civil-atencion-publico-2005).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "informe/io.hpp"
#include "word_accounting.hpp"

namespace {

using informe::report;
using items = std::vector<std::string>;

std::string messages(const informe::diagnostics& d) {
  std::string out;
  for (const auto& m : d.all()) out += m.to_string() + "\n";
  return out;
}

std::string page(const std::string& body) {
  return "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n" + body + "\n</body></html>\n";
}

const std::string title = "<p><b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008</b></p>\n";

const std::string table_head =
    "<table border=1><tr><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n";

// One row: recommendation, commitment and compliance cells as given.
report read_row(const std::string& rec, const std::string& com, const std::string& cum, informe::diagnostics& d) {
  return informe::read_html(page(title + table_head + "<tr><td>" + rec + "</td><td>" + com + "</td><td>" + cum +
                                 "</td></tr></table>"),
                            {}, d);
}

}  // namespace

TEST_CASE("bulleted lines after a single <br> are a list, not a paragraph with its bullets inside") {
  informe::diagnostics diags;
  report r = read_row("1. Revisar la focalización.",
                      "Se aplicará el IVE-SINAE en los siguientes niveles:<br>\n"
                      "&#8226; enseñanza básica, desde el año escolar 2008;<br>\n"
                      "&#8226; enseñanza media, desde el año escolar 2009.<br><br>\n"
                      "Fecha de Vencimiento: Marzo de 2008",
                      "Se hizo.<br><br><b>Calificación:</b> CUMPLIDO<br><br>\n"
                      "<b>Medios de Verificación:</b><br>\n"
                      "&#8226; Resolución Exenta N°&nbsp;1.245 de 2008;<br>\n"
                      "&#8226; Base de datos de asignación 2008.",
                      diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].commitment.blocks;
  REQUIRE(c.size() == 2);
  CHECK(c[0].text == "Se aplicará el IVE-SINAE en los siguientes niveles:");
  CHECK(c[1].items == items{"enseñanza básica, desde el año escolar 2008;", "enseñanza media, desde el año escolar 2009."});
  CHECK(r.rows[0].due_text == "Marzo de 2008");
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  const auto& v = r.rows[0].verification.blocks;
  REQUIRE(v.size() == 1);
  CHECK(v[0].items == items{"Resolución Exenta N° 1.245 de 2008;", "Base de datos de asignación 2008."});
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("dashed items with indented \"o\" sub-items are one flat list, in the header and in cells") {
  const std::string list =
      "<p>&#8211; los tiempos de espera;<br>\n"
      "&#8211; la cobertura de las oficinas móviles, en particular:<br>\n"
      "&nbsp;&nbsp;&nbsp;&nbsp;o las comunas de Aysén y Magallanes;<br>\n"
      "&nbsp;&nbsp;&nbsp;&nbsp;o las localidades insulares de Los Lagos;<br>\n"
      "&#8211; la satisfacción de los usuarios.</p>\n";
  const items expected{"los tiempos de espera;", "la cobertura de las oficinas móviles, en particular:",
                       "las comunas de Aysén y Magallanes;", "las localidades insulares de Los Lagos;",
                       "la satisfacción de los usuarios."};
  informe::diagnostics diags;
  report r = informe::read_html(
      page(title + "<table><tr><td><b>PROGRAMA/INSTITUCIÓN:</b> Atención de Público<br>\n"
                   "<p><b>OBSERVACIÓN:</b> Con el corte al 30 de junio.</p>\n"
                   "<p>Los compromisos se relacionan con tres ámbitos:</p>\n" +
           list + "<p>El Servicio señala que el traslado se postergó.</p></td></tr></table>\n" + table_head +
           "<tr><td>1. Reducir los tiempos.</td><td><p>Se hará en:</p>" + list + "</td><td>Hecho.</td></tr></table>"),
      {}, diags);
  INFO(messages(diags));
  REQUIRE(r.observation.blocks.size() == 4);
  CHECK(r.observation.blocks[1].text == "Los compromisos se relacionan con tres ámbitos:");
  CHECK(r.observation.blocks[2].items == expected);
  CHECK(r.observation.blocks[3].text == "El Servicio señala que el traslado se postergó.");
  REQUIRE(r.rows.size() == 1);
  REQUIRE(r.rows[0].commitment.blocks.size() == 2);
  CHECK(r.rows[0].commitment.blocks[1].items == expected);
  // the sub-items' "o", a word, is recorded where it stands (a bullet or a dash is no word)
  int markers = 0;
  for (const auto& d : diags.all())
    if (d.content == "o" && d.level == informe::severity::info) ++markers;
  CHECK(markers == 4);
  const std::string visible =
      "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008 PROGRAMA/INSTITUCIÓN: Atención de Público "
      "OBSERVACIÓN: Con el corte al 30 de junio. Los compromisos se relacionan con tres ámbitos: "
      "– los tiempos de espera; – la cobertura de las oficinas móviles, en particular: o las comunas de Aysén y "
      "Magallanes; o las localidades insulares de Los Lagos; – la satisfacción de los usuarios. El Servicio señala "
      "que el traslado se postergó. Recomendación Compromiso Cumplimiento 1. Reducir los tiempos. Se hará en: "
      "– los tiempos de espera; – la cobertura de las oficinas móviles, en particular: o las comunas de Aysén y "
      "Magallanes; o las localidades insulares de Los Lagos; – la satisfacción de los usuarios. Hecho.";
  CHECK(informe::test::unaccounted_words(visible, r, diags).empty());
}

TEST_CASE("a typed item runs on into a line in lower case until it ends as items end; other lines end the list") {
  informe::diagnostics diags;
  report r = read_row("1. Hacer algo.",
                      "Se hará:<br>- enseñanza básica, desde el<br>año escolar 2008<br>"
                      "- enseñanza media<br>o bien técnica;<br>"  // "o": the Spanish "or" where the item runs on
                      "- parvularia<br>Esto queda fuera de la lista.",
                      "Reducción de costos:<br>-5% en 2008<br>o más en 2009.", diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].commitment.blocks;
  REQUIRE(c.size() == 3);
  CHECK(c[0].text == "Se hará:");
  CHECK(c[1].items == items{"enseñanza básica, desde el año escolar 2008", "enseñanza media o bien técnica;", "parvularia"});
  CHECK(c[2].text == "Esto queda fuera de la lista.");
  // a hyphen with no space after it is no marker, and "o" outside a list is a word
  CHECK(r.rows[0].compliance.plain_text() == "Reducción de costos: -5% en 2008 o más en 2009.");
  for (const auto& d : diags.all()) CHECK(d.content != "o");
}

TEST_CASE("a typed list may start on its label's line, in a cell and in the header") {
  informe::diagnostics diags;
  report r = informe::read_html(
      page(title + "<p><b>Programa:</b> Becas<br><b>Observación:</b> &#8226; primero;<br>&#8226; segundo.</p>\n" +
           table_head +
           "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.<br><b>Medios de Verificación:</b> &#8226; Acta 1;<br>"
           "&#8226; Acta 2.</td></tr><tr><td>2. Otra cosa.</td><td>Se hará.</td><td>Hecho.<br>"
           "Medios de Verificación: - Acta 3;<br>- Acta 4.</td></tr></table>"),
      {}, diags);
  INFO(messages(diags));
  REQUIRE(r.observation.blocks.size() == 1);
  CHECK(r.observation.blocks[0].items == items{"primero;", "segundo."});
  REQUIRE(r.rows.size() == 2);
  REQUIRE(r.rows[0].verification.blocks.size() == 1);
  CHECK(r.rows[0].verification.blocks[0].items == items{"Acta 1;", "Acta 2."});
  REQUIRE(r.rows[1].verification.blocks.size() == 1);
  CHECK(r.rows[1].verification.blocks[0].items == items{"Acta 3;", "Acta 4."});
  CHECK(r.rows[1].compliance.plain_text() == "Hecho.");
}

TEST_CASE("typed items one to a paragraph, or set apart by <br><br>, are one list") {
  informe::diagnostics diags;
  report r = read_row("1. Hacer algo.",
                      "<p class=MsoNormal>&#8226;&nbsp;&nbsp;uno;</p>\n<p class=MsoNormal>&#8226;&nbsp;&nbsp;dos.</p>\n"
                      "<p>Después de la lista.</p>",
                      "Hecho:<br><br>- tres;<br><br>- cuatro.<br><br>Fin.", diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].commitment.blocks;
  REQUIRE(c.size() == 2);
  CHECK(c[0].items == items{"uno;", "dos."});
  CHECK(c[1].text == "Después de la lista.");
  const auto& k = r.rows[0].compliance.blocks;
  REQUIRE(k.size() == 3);
  CHECK(k[0].text == "Hecho:");
  CHECK(k[1].items == items{"tres;", "cuatro."});
  CHECK(k[2].text == "Fin.");
}

TEST_CASE("a list in a page saved by Word: markers in elements of their own, in conditional comments") {
  // Word's "Save as Web Page": one <p> an item, the marker (Symbol "·", Courier New "o" for a
  // sub-item, "-") and its spacing in spans between <![if !supportLists]> and <![endif]>.
  auto item = [](const std::string& marker, const std::string& text) {
    return "<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
           "<span style='font-family:Symbol'>" +
           marker + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;\n</span></span>"
                    "<![endif]>" +
           text + "</p>\n";
  };
  informe::diagnostics diags;
  report r = read_row("1. Hacer algo.",
                      "<p class=MsoNormal>Se hará en:</p>\n" + item("·", "las oficinas de Santiago;") +
                          item("o", "la oficina de Ñuñoa;") + item("-", "las de regiones.") +
                          "<p class=MsoNormal>Otra cosa.</p>",
                      "Hecho.", diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].commitment.blocks;
  REQUIRE(c.size() == 3);
  CHECK(c[0].text == "Se hará en:");
  CHECK(c[1].items == items{"las oficinas de Santiago;", "la oficina de Ñuñoa;", "las de regiones."});
  CHECK(c[2].text == "Otra cosa.");
  int markers = 0;
  for (const auto& d : diags.all()) markers += d.content == "o";
  CHECK(markers == 1);
}

TEST_CASE("a dash alone in its element is a marker only when white space follows it") {
  informe::diagnostics diags;
  report r = read_row("1. Hacer algo.", "Metas:<br><b>-</b>&nbsp;uno;<br><b>-</b>5% de costo", "Hecho.", diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& c = r.rows[0].commitment.blocks;
  REQUIRE(c.size() == 3);
  CHECK(c[0].text == "Metas:");
  CHECK(c[1].items == items{"uno;"});
  CHECK(c[2].text == "-5% de costo");
}

TEST_CASE("a labelled line after a typed marker is no item: its label is read") {
  informe::diagnostics diags;
  report r = read_row("1. Hacer algo.", "Se hará.", "Hecho:<br>- uno;<br>- Calificación: Cumplido", diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  const auto& k = r.rows[0].compliance.blocks;
  REQUIRE(k.size() == 2);
  CHECK(k[0].text == "Hecho:");
  CHECK(k[1].items == items{"uno;"});
}
