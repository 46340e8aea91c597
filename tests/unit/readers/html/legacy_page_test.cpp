// Legacy report pages written by hand for these tests (tests/data/html/legacy-*.html) against their
// golden models, and the page shapes the reader must find wherever they sit.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "test_files.hpp"

namespace {

using informe::report;

std::string data(const std::string& name) { return informe::test::read_file(informe::test::source_path("tests/data/html/" + name)); }

report golden(const std::string& name) {
  informe::diagnostics d(name);
  return informe::read_json(data(name), {}, d);
}

std::string json_of(const report& r) {
  std::string out;
  informe::diagnostics d;
  informe::write_json(r, {}, out, d);
  return out;
}

std::string messages(const informe::diagnostics& d) {
  std::string out;
  for (const auto& m : d.all()) out += m.to_string() + "\n";
  return out;
}

report read(const std::string& html, informe::diagnostics& d) { return informe::read_html(html, {}, d); }

// A page around the given body, in UTF-8.
std::string page(const std::string& body) {
  return "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n" + body + "\n</body></html>\n";
}

const std::string table_head =
    "<table border=1><tr><th>Recomendación</th><th>Compromiso</th><th>Cumplimiento</th></tr>\n";

}  // namespace

TEST_CASE("a legacy ISO-8859-1 page with layout tables reads as its golden model") {
  informe::diagnostics diags("legacy-fomento-2009.html");
  report r = read(data("legacy-fomento-2009.html"), diags);
  report expected = golden("legacy-fomento-2009.json");
  CHECK(json_of(r) == json_of(expected));
  CHECK(r == expected);
  INFO(messages(diags));
  CHECK(diags.error_count() == 0);
  // the only messages are libxml2's about the "</TD>" inside the page's script, where they are
  CHECK(diags.warning_count() > 0);
  for (const auto& d : diags.all()) {
    if (d.level == informe::severity::info) continue;  // the page's navigation and footer, recorded as furniture
    CHECK(d.message.find("HTML: Element script embeds close tag") == 0);
    CHECK(d.where.line == 10);
  }
  // rows keep where they start in the page
  REQUIRE(r.rows.size() == 5);
  CHECK(r.rows[0].source.line == 54);
  CHECK(r.rows[1].source.line > r.rows[0].source.line);
}

TEST_CASE("a page without a declared charset is detected as Windows-1252") {
  informe::diagnostics diags("legacy-sin-charset-1252.html");
  std::string bytes = data("legacy-sin-charset-1252.html");
  REQUIRE(bytes.find('\x93') != std::string::npos);  // a Windows-1252 quotation mark, raw
  report r = read(bytes, diags);
  report expected = golden("legacy-sin-charset-1252.json");
  CHECK(json_of(r) == json_of(expected));
  CHECK(r == expected);
  CHECK(diags.error_count() == 0);
}

TEST_CASE("header fields as 'Label: value' lines, bold labels and definition lists") {
  informe::diagnostics diags;
  report r = read(page("<p><b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008</b></p>\n"
                       "<p><b>Programa:</b> Becas<br><b>Ministerio:</b> EDUCACION<br>\n"
                       "<b>Servicio:</b> JUNAEB<br>Año: 2005</p>\n"
                       "<dl><dt>Calificación</dt><dd>Egresado</dd><dt>Fecha de Egreso</dt><dd>31-12-2007</dd></dl>\n"
                       "<p><b>Observación:</b> Primera frase<br>sigue aquí.<br><br>Segundo párrafo.</p>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho. Calificación: Cumplido</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.cutoff_date == informe::partial_date{2008, 12, 31});
  CHECK(r.program == "Becas");
  CHECK(r.ministry == "EDUCACION");
  CHECK(r.service == "JUNAEB");
  CHECK(r.evaluation_year == 2005);
  CHECK(r.program_status == "Egresado");
  CHECK(r.exit_date == informe::partial_date{2007, 12, 31});
  REQUIRE(r.observation.blocks.size() == 2);
  CHECK(r.observation.blocks[0].text == "Primera frase sigue aquí.");
  CHECK(r.observation.blocks[1].text == "Segundo párrafo.");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
}

TEST_CASE("header labels in <th> cells padded with no-break spaces, their colon inside the padding") {
  informe::diagnostics diags;
  report r = read(page("<table>\n"
                       "<tr><th align=left nowrap>&nbsp;Programa/Instituci&oacute;n:&nbsp;</th><td>&nbsp;&nbsp;Fondo "
                       "Previsional&nbsp;&nbsp;</td></tr>\n"
                       "<tr><th>&nbsp;Servicio:&nbsp;&nbsp;</th><td>&nbsp;&nbsp;SUBSECRETAR&Iacute;A</td></tr>\n"
                       "<tr><th>&nbsp;Calificaci&oacute;n&nbsp;</th><td>&nbsp;Egresado</td></tr>\n"
                       "<tr><th>&nbsp;Observaci&oacute;n:&nbsp;</th><td>&nbsp;&nbsp;<p>Un p&aacute;rrafo.</p><p>Otro.</p></td></tr>\n"
                       "</table>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.program == "Fondo Previsional");
  CHECK(r.service == "SUBSECRETARÍA");
  CHECK(r.program_status == "Egresado");  // a label without its colon gets one, as before
  REQUIRE(r.observation.blocks.size() == 2);
  CHECK(r.observation.blocks[0].text == "Un párrafo.");
  CHECK(r.observation.blocks[1].text == "Otro.");
}

TEST_CASE("a page Word saved: label cells holding a label paragraph closed by <o:p></o:p>") {
  // fosis-apoyo-microemprendimiento-2007's legacy page (corpus): Word's "Guardar como página web".
  informe::diagnostics diags;
  report r = read(page("<table class=MsoTableGrid border=1>\n"
                       "<tr><td valign=top style='background:#D9D9D9'>\n<p class=MsoNormal><b>Programa/Instituci&oacute;n:"
                       "</b><o:p></o:p></p>\n</td>\n<td valign=top>\n<p class=MsoNormal>Programa de Apoyo al\n"
                       "Microemprendimiento<o:p></o:p></p>\n</td></tr>\n"
                       "<tr><td><p class=MsoNormal><b>Ministerio:</b><o:p></o:p></p></td>\n"
                       "<td><p class=MsoNormal>MINISTERIO DE PLANIFICACI&Oacute;N<o:p></o:p></p></td></tr>\n"
                       "<tr><td><p class=MsoNormal><b>Observaci&oacute;n:</b><o:p></o:p></p></td>\n"
                       "<td><p class=MsoNormal>Un p&aacute;rrafo.<o:p></o:p></p><p class=MsoNormal>Otro.<o:p></o:p></p>"
                       "</td></tr>\n</table>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.program == "Programa de Apoyo al Microemprendimiento");
  CHECK(r.ministry == "MINISTERIO DE PLANIFICACIÓN");
  REQUIRE(r.observation.blocks.size() == 2);
  CHECK(r.observation.blocks[0].text == "Un párrafo.");
  CHECK(r.observation.blocks[1].text == "Otro.");
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("a header laid across: a row of labels, each value in the row below it, in the cell under its label") {
  // dga-fiscalizacion-policia-aguas-2009's legacy page (corpus); the last value cell spans to the edge.
  informe::diagnostics diags;
  report r = read(page("<table border=1>\n"
                       "<tr><td><b>Programa/Instituci&oacute;n:</b></td><td><b>Ministerio:</b></td>"
                       "<td><b>Servicio:</b></td></tr>\n"
                       "<tr><td>Programa de Fiscalizaci&oacute;n</td><td>MINISTERIO DE OBRAS P&Uacute;BLICAS</td>"
                       "<td>DIRECCI&Oacute;N GENERAL DE AGUAS</td></tr>\n"
                       "<tr><td><b>A&ntilde;o:</b></td><td colspan=2><b>Calificaci&oacute;n:</b></td></tr>\n"
                       "<tr><td>2009</td><td colspan=2>Egresado</td></tr>\n"
                       "</table>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.program == "Programa de Fiscalización");
  CHECK(r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(r.evaluation_year == 2009);
  CHECK(r.program_status == "Egresado");
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("a header laid across with one label: its value below it, unless that starts with a label of its own") {
  // The rule the docx reader (header_lines) and the layout reader (unfold_header_across) follow: a label
  // alone over a cell reads as that label's value; a cell that starts with a header label ("Servicio:
  // X" under "Observación:") is a field line of its own, not the value of the label above it.
  informe::diagnostics diags;
  report r = read(page("<table border=1>\n"
                       "<tr><td><b>Ministerio:</b></td><td>MINISTERIO DE OBRAS P&Uacute;BLICAS</td></tr>\n"
                       "<tr><td><b>Calificaci&oacute;n:</b></td></tr>\n"
                       "<tr><td>Egresado</td></tr>\n"
                       "<tr><td><b>Observaci&oacute;n:</b></td></tr>\n"
                       "<tr><td>Servicio: DIRECCI&Oacute;N GENERAL DE AGUAS</td></tr>\n"
                       "</table>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(r.program_status == "Egresado");
  CHECK(r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(r.observation.plain_text().empty());
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("a header laid across with an empty cell between its labels: a spacer, its cell below empty too") {
  // As the docx reader's is_label_row: label cells and empty ones; a value under an empty cell is no
  // header laid across (the rows are read as they stand).
  informe::diagnostics diags;
  report r = read(page("<table border=1>\n"
                       "<tr><td><b>Ministerio:</b></td><td>&nbsp;</td><td><b>Servicio:</b></td></tr>\n"
                       "<tr><td>MINISTERIO DE OBRAS P&Uacute;BLICAS</td><td></td><td>DIRECCI&Oacute;N GENERAL DE AGUAS</td></tr>\n"
                       "</table>\n" +
                       table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  CHECK(r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(diags.warning_count() == 0);

  informe::diagnostics diags2;
  report r2 = read(page("<table border=1>\n"
                        "<tr><td><b>Ministerio:</b></td><td></td></tr>\n"
                        "<tr><td>MINISTERIO DE OBRAS P&Uacute;BLICAS</td><td>Texto suelto</td></tr>\n"
                        "</table>\n" +
                        table_head + "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>"),
                   diags2);
  INFO(messages(diags2));
  CHECK(r2.ministry != "MINISTERIO DE OBRAS PÚBLICAS");
}

TEST_CASE("the commitments table is found by its column headers, with a number column and in any case") {
  informe::diagnostics diags;
  report r = read(page("<table><tr><td><table><tr><td>\n"
                       "<table><tr><td>Nº</td><td>RECOMENDACIONES</td><td>compromisos</td><td>CUMPLIMIENTO:</td></tr>\n"
                       "<tr><td>7</td><td>Mejorar <font color=red>el</font> <u>sistema</u>.</td><td>Se mejorará.<br>"
                       "Fecha de Vencimiento: Dic. 2001</td><td>No se hizo.<br><br>Calificación: No cumplido</td></tr>\n"
                       "<tr><td colspan=4>Página 2 de 2</td></tr>\n"
                       "<tr><td>8.</td><td><ul><li>- uno</li><li>dos</li></ul></td><td></td><td>Calificación: Parcialmente cumplido</td></tr>\n"
                       "</table></td></tr></table></td></tr></table>"),
                  diags);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "7");
  CHECK(r.rows[0].recommendation.plain_text() == "Mejorar el sistema.");
  CHECK(r.rows[0].commitment.plain_text() == "Se mejorará.");
  CHECK(r.rows[0].due == informe::partial_date{2001, 12, 0});
  CHECK(r.rows[0].status == informe::compliance_status::not_fulfilled);
  CHECK(r.rows[1].number == "8");
  REQUIRE(r.rows[1].recommendation.blocks.size() == 1);
  CHECK(r.rows[1].recommendation.blocks[0].items == std::vector<std::string>{"uno", "dos"});
  CHECK(r.rows[1].status == informe::compliance_status::partially_fulfilled);
  // the row spanning every column is not a commitment, and says so where it is
  bool skipped = false;
  for (const auto& d : diags.all())
    if (d.message.find("Página 2 de 2") != std::string::npos && d.where.line == 5) skipped = true;
  INFO(messages(diags));
  CHECK(skipped);
}

TEST_CASE("<br><br> and <p> break paragraphs, one <br> is a space; scripts and styles are not text") {
  informe::diagnostics diags;
  report r = read(page(table_head +
                       "<tr><td>1. Primera parte<br>de la frase.<br><br>Segundo párrafo.<p>Tercero.</p>"
                       "<script>var a = '4. no';</script><style>td{}</style></td><td>x</td><td>y</td></tr></table>"),
                  diags);
  REQUIRE(r.rows.size() == 1);
  const auto& blocks = r.rows[0].recommendation.blocks;
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].text == "Primera parte de la frase.");
  CHECK(blocks[1].text == "Segundo párrafo.");
  CHECK(blocks[2].text == "Tercero.");
}

TEST_CASE("columns headed by a cell label feed that field") {
  informe::diagnostics diags;
  report r = read(page("<table><tr><td>N°</td><td>Recomendación</td><td>Compromiso</td><td>Fecha de Vencimiento</td>"
                       "<td>Cumplimiento</td><td>Calificación:</td><td>Medios de Verificación</td></tr>\n"
                       "<tr><td>3</td><td>Hacer.</td><td>Se hará.</td><td>Jun. 2001</td><td>Hecho.</td><td>Cumplido</td>"
                       "<td>Acta <b>N° 5</b>.</td></tr>\n"
                       "<tr><td>4</td><td>Otra.</td><td>Otro.</td><td></td><td>Nada.</td><td>No cumplido</td><td></td></tr></table>"),
                  diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "3");
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[0].due == informe::partial_date{2001, 6, 0});
  CHECK(r.rows[0].due_text == "Jun. 2001");
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  CHECK(r.rows[0].verification.plain_text() == "Acta N° 5.");
  CHECK(!r.rows[1].due.has_value());
  CHECK(r.rows[1].status == informe::compliance_status::not_fulfilled);
  CHECK(r.rows[1].verification.empty());
}

TEST_CASE("columns with a title of their own for a cell field: \"Plazo\", \"Responsable\", \"Estado\"") {
  informe::diagnostics diags;
  report r = read(page("<table><tr><td>N°</td><td>Recomendación</td><td>Responsable</td><td>Compromiso</td>"
                       "<td>PLAZO</td><td>Cumplimiento</td><td>Estado</td></tr>\n"
                       "<tr><td>1</td><td>Hacer.</td><td>SERNAM</td><td>Se hará.</td><td>31-03-2010</td>"
                       "<td>El plazo: marzo.</td><td>Cumplido</td></tr></table>"),
                  diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation.plain_text() == "Hacer.");
  CHECK(r.rows[0].responsible == "SERNAM");
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[0].due == informe::partial_date{2010, 3, 31});
  CHECK(r.rows[0].due_text == "31-03-2010");
  CHECK(r.rows[0].compliance.plain_text() == "El plazo: marzo.");
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  CHECK(diags.empty());
}

TEST_CASE("a column of its own's value reaches its field as structure: no status, twice, and labels worded as another field's") {
  const std::string table =
      "<table><tr><td>N°</td><td>Recomendación</td><td>Compromiso</td><td>Plazo</td><td>Cumplimiento</td><td>Estado</td></tr>\n"
      "<tr><td>1</td><td>Hacer.</td><td>Se hará.</td><td>Pronto</td><td>Hecho.</td><td>En proceso</td></tr>\n"
      "<tr><td>2</td><td>Otra.</td><td>Otro.</td><td>Dic. 2009</td><td>Nada. Calificación: Cumplido</td>\n"
      "<td>No cumplido</td></tr></table>";
  {
    informe::diagnostics diags;
    report r = read(page(table), diags);
    INFO(messages(diags));
    REQUIRE(r.rows.size() == 2);
    // a value that reads as no status nor date: kept as printed, each with a warning at its cell
    CHECK_FALSE(r.rows[0].due);
    CHECK(r.rows[0].due_text == "Pronto");
    CHECK_FALSE(r.rows[0].status);
    CHECK(r.rows[0].status_text == "En proceso");
    CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
    // given by a label in the cell and by the column: the first is kept, the second named where it is
    CHECK(r.rows[1].due == informe::partial_date{2009, 12, 0});
    CHECK(r.rows[1].status == informe::compliance_status::fulfilled);
    CHECK(r.rows[1].compliance.plain_text() == "Nada.");
    REQUIRE(diags.warning_count() == 3);
    CHECK(diags.all()[0].code == informe::diagnostic_code::bad_date);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[1].code == informe::diagnostic_code::bad_status);
    CHECK(diags.all()[1].where.line == 3);
    CHECK(diags.all()[2].code == informe::diagnostic_code::unplaced_text);
    CHECK(diags.all()[2].content == "No cumplido");
    CHECK(diags.all()[2].where.line == 5);
    CHECK(diags.all()[2].message.find("(in the text, then in its column)") != std::string::npos);
  }
  // The user's labels word the status "Observación", as the observation is worded: written as text
  // before the value, that label would read as the observation's.
  const auto dir = std::filesystem::temp_directory_path() / "informe-html-labelled-columns";
  std::filesystem::create_directories(dir / "common");
  informe::test::write_file((dir / "common" / "labels.json").string(), R"j({"status": "Observación"})j");
  informe::read_options options;
  options.template_dir = dir.string();
  informe::diagnostics diags;
  report r = informe::read_html(page(table), options, diags);
  std::filesystem::remove_all(dir);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].status_text == "En proceso");
  CHECK(r.rows[0].compliance_observation.empty());
  CHECK(r.rows[1].status == informe::compliance_status::fulfilled);
  CHECK(diags.warning_count() == 3);
}

TEST_CASE("a message quoting unread text cuts it on a character boundary (fuzz_html_reader)") {
  // Byte 60 of each text falls inside a three-byte dash: the messages once cut the text there and
  // were not UTF-8 (tests/data/fuzz-crashes/html_reader/).
  std::string words = "ab";
  for (int i = 0; i < 20; ++i) words += " ñ–";
  REQUIRE((static_cast<unsigned char>(words[60]) & 0xC0) == 0x80);  // a continuation byte
  informe::diagnostics diags;
  report r = read(page("<p><b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008</b></p>\n<p>" + words +
                       "</p>\n<p><b>Programa:</b> Becas</p>\n" + table_head +
                       "<tr><td>1. Hacer algo.</td><td>Se hará.</td><td>Hecho.</td></tr></table>\n<p>" + words + "</p>"),
                  diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 1);
  int quoted = 0;
  for (const auto& d : diags.all()) {
    CHECK(informe::detail::is_valid_utf8(d.message));
    if (d.message.find("was not read: \"ab ñ– ñ–") != std::string::npos) {
      ++quoted;
      CHECK(d.message.find("…\"") != std::string::npos);
    }
  }
  CHECK(quoted == 2);
}

TEST_CASE("a number column of sub-numbers (\"1.1\", \"1.2\", \"3.1\") numbers the rows, in sequence or not; a figure opening a cell does not") {
  informe::diagnostics diags;
  report r = read(page("<table><tr><td>N°</td><td>Recomendación</td><td>Compromiso</td><td>Cumplimiento</td></tr>\n"
                       "<tr><td>1.1</td><td>Definir criterios.</td><td>Se hará.</td><td>Hecho.</td></tr>\n"
                       "<tr><td>1.2.</td><td>2.5 millones de pesos para la Ley N°<br>19.253.</td><td>Se pagará.</td><td>Pagado.</td></tr>\n"
                       "<tr><td>3.1</td><td>1.236 obras.</td><td>Se harán.</td><td>Hechas.</td></tr>\n"
                       "</table>"),
                  diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].number == "1.1");
  CHECK(r.rows[0].recommendation.plain_text() == "Definir criterios.");
  CHECK(r.rows[1].number == "1.2");
  CHECK(r.rows[1].recommendation.plain_text() == "2.5 millones de pesos para la Ley N° 19.253.");
  CHECK(r.rows[1].commitment.plain_text() == "Se pagará.");
  CHECK(r.rows[2].number == "3.1");  // a number cell is structure: out of sequence, still a row
  CHECK(r.rows[2].recommendation.plain_text() == "1.236 obras.");
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("commitments printed as fichas, a label | value table each, are read field by field") {
  const auto ficha = [](const std::string& rows) { return "<table border=1>" + rows + "</table>\n<br>\n"; };
  const auto row = [](const std::string& label, const std::string& value) {
    return "<tr><td bgcolor=\"#E6E6E6\"><b>" + label + "</b></td><td>" + value + "</td></tr>\n";
  };
  const std::string body =
      "<b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2008</b><br>\n"
      "<table><tr><td><b>Programa/Institución:</b></td><td>Previene</td></tr>"
      "<tr><td><b>Ministerio:</b></td><td>INTERIOR</td></tr></table>\n" +
      ficha(row("N°", "1") + row("Recomendación", "Elaborar una matriz.") + row("Organismo Responsable", "Área") +
            row("Compromiso", "Se elaborará.<br><br>Con metas.") + row("Fecha de Vencimiento", "Junio 2007") +
            row("Calificación", "Cumplido") + row("Cumplimiento", "Validada.") + row("Observación", "&nbsp;") +
            row("Medios de Verificación", "<ul><li>Matriz;</li><li>Oficio.</li></ul>")) +
      ficha(row("N°:", "2") + row("Recomendación:", "Focalizar.") + row("Compromiso:", "Se construirá.") +
            row("Cumplimiento:", "&nbsp;") + row("Calificación:", "&nbsp;"));
  informe::diagnostics d;
  const report r = read(page(body), d);
  INFO(messages(d));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.ministry == "INTERIOR");
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Elaborar una matriz.");
  CHECK(r.rows[0].responsible == "Área");
  CHECK(r.rows[0].commitment.blocks.size() == 2);
  CHECK(r.rows[0].due_text == "Junio 2007");
  CHECK(r.rows[0].compliance.plain_text() == "Validada.");  // printed after the status: still its own field
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  CHECK(r.rows[0].compliance_observation.empty());
  REQUIRE(r.rows[0].verification.blocks.size() == 1);
  CHECK(r.rows[0].verification.blocks[0].items.size() == 2);
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].compliance.empty());
  CHECK(!r.rows[1].status);
  CHECK(d.warning_count() == 0);

  // With a commitments table on the page, a label | value table is no ficha.
  informe::diagnostics d2;
  const report r2 = read(page(body + table_head + "<tr><td>3. Medir.</td><td>Se medirá.</td><td>Medido.</td></tr></table>"), d2);
  CHECK(r2.rows.size() == 1);
}

TEST_CASE("a report printed as preformatted text in a <pre> block is read from its spacing, and says so") {
  const std::string pre =
      "<pre>\n"
      "        INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2007\n"
      "\n"
      "Programa/Institución:   Escuelas Deportivas\n"
      "Ministerio:             SEGEGOB\n"
      "\n"
      "----------------------------------------------------------------------\n"
      "N°   RECOMENDACIÓN          COMPROMISO             CUMPLIMIENTO\n"
      "----------------------------------------------------------------------\n"
      "1    Definir la             Se elaborará un        Aprobado en\n"
      "     población.             documento.             noviembre.\n"
      "\n"
      "                            Fecha de               Calificación:\n"
      "                            Vencimiento: Dic.      Cumplido\n"
      "                            2006\n"
      "----------------------------------------------------------------------\n"
      "2    Medir &amp; evaluar.       Se medirá.\n"
      "----------------------------------------------------------------------\n"
      "</pre>\n";
  informe::diagnostics d;
  const report r = read(page("<p>Volver</p>\n" + pre), d);
  INFO(messages(d));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.program == "Escuelas Deportivas");
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Definir la población.");
  CHECK(r.rows[0].commitment.plain_text() == "Se elaborará un documento.");
  CHECK(r.rows[0].due_text == "Dic. 2006");
  CHECK(r.rows[0].compliance.plain_text() == "Aprobado en noviembre.");
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
  CHECK(r.rows[1].recommendation.plain_text() == "Medir & evaluar.");
  bool said = false, volver = false;
  for (const auto& x : d.all()) {
    said = said || (x.code == informe::diagnostic_code::layout_inferred && x.message.find("<pre>") != std::string::npos &&
                    x.where.line == 3);
    volver = volver || x.content == "Volver";
  }
  CHECK(said);
  CHECK(volver);  // text outside the block is named
}
