// The grammar driven directly with fragments, as the HTML and PDF readers will drive it.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "grammar/grammar.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

fragment text(const char* t, int line = 1, int column = 1) { return {fragment::kind::text, t, {line, column, 0}, false}; }

table_row make_row(std::initializer_list<fragment> a, std::initializer_list<fragment> b,
                   std::initializer_list<fragment> c, int line = 1) {
  table_row r;
  r.cells[0].fragments = a;
  r.cells[1].fragments = b;
  r.cells[2].fragments = c;
  r.where = {line, 1, 0};
  return r;
}

}  // namespace

TEST_CASE("to_rich_text: runs concatenate, soft breaks join mid-sentence, forced breaks never join") {
  const fragment end_of_paragraph{fragment::kind::paragraph_break, "", {}, false};
  auto item = [](const char* s) { return fragment{fragment::kind::list_item, s, {}, false}; };
  std::vector<fragment> f{text("Uno <"), text("b>"), text("dos"), end_of_paragraph, text("tres."),
                          end_of_paragraph, text("cuatro"),
                          {fragment::kind::paragraph_break, "", {}, true}, text("cinco"),
                          item("- a"), item("  • b "),
                          end_of_paragraph, item("c")};
  rich_text t = to_rich_text(f);
  rich_text want;
  want.add_paragraph("Uno <b>dos tres.");
  want.add_paragraph("cuatro");
  want.add_paragraph("cinco");
  want.add_list({"a", "b"});
  want.add_list({"c"});
  CHECK(t == want);
}

TEST_CASE("builder: header lines split by the reader or by the grammar") {
  diagnostics diags;
  report_builder b(diags);
  b.add_header_line({"", "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL", {1, 1, 0}, {}});
  b.add_header_line({"", "30-06-2009", {2, 1, 0}, {}});
  b.add_header_line({"Ministerio:", "MINISTERIO DE ECONOMIA", {3, 1, 0}, {3, 20, 0}});
  b.add_header_line({"", "Observación: Primera línea de la", {4, 1, 0}, {}});
  b.add_header_line({"", "observación, que sigue.", {5, 1, 0}, {}});
  b.add_header_line({"Año", "dos mil", {6, 1, 0}, {6, 10, 0}});
  b.add_header_line({"Color:", "azul", {7, 1, 0}, {7, 10, 0}});
  b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text("Algo.")}));
  report r = b.finish();
  CHECK(r.cutoff_date == partial_date{2009, 6, 30});
  CHECK(r.ministry == "MINISTERIO DE ECONOMIA");
  CHECK(r.observation == rich_text::paragraph("Primera línea de la observación, que sigue."));
  CHECK_FALSE(r.evaluation_year);
  REQUIRE(diags.warning_count() == 2);
  CHECK(diags.all()[0].where == source_position{7, 1, 0});  // unknown label, at the line
  CHECK(diags.all()[1].where == source_position{6, 10, 0});  // the year, at its value
}

TEST_CASE("builder: a header field's value may hold a bulleted list") {
  diagnostics diags;
  report_builder b(diags);
  header_line item{"", "\xE2\x80\xA2 Indicadores de desempeño.", {2, 1, 0}, {}};
  item.list_item = true;
  b.add_header_line({"Observación:", "El seguimiento se hará así:", {1, 1, 0}, {1, 20, 0}});
  b.add_header_line(item);
  item.text = "Metas anuales.";  // a reader may remove the marker itself
  b.add_header_line(item);
  b.add_header_line({"", "Fin de la observación.", {4, 1, 0}, {}});
  b.add_header_line({"", "Calificación: \xE2\x80\xA2 Egresado", {5, 1, 0}, {}});  // a bullet opens the value
  b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text("Algo.")}));
  report r = b.finish();
  rich_text want;
  want.add_paragraph("El seguimiento se hará así:");
  want.add_list({"Indicadores de desempeño.", "Metas anuales."});
  want.add_paragraph("Fin de la observación.");
  CHECK(r.observation == want);
  CHECK(r.program_status == "Egresado");
  CHECK(diags.empty());
}

TEST_CASE("builder: rows continue across pages cell by cell, and labels pair up across the break") {
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row({text("Recomendación")}, {text("Compromiso")}, {text("Cumplimiento")}, 1));
  b.add_row(make_row({text("7. Poner en marcha la", 2)},
                     {text("Se hará.  Fecha de Vencimiento:", 2, 30)},
                     {text("cumplido  Calificación: Cumplido  Medios de Verificación:", 2, 60)}, 2));
  table_row cont = make_row({text("herramienta.", 5)}, {text("Sep. 2007", 5, 20)}, {text("Memoria 2000.", 5, 40)}, 5);
  cont.after_page_break = true;
  b.add_row(std::move(cont));
  b.add_row(make_row({text("8. Otra.", 6)}, {text("Otro.", 6)}, {text("Nada.  Calificación: En veremos", 6, 10)}, 6));
  CHECK(b.row_count() == 2);
  report r = b.finish();
  REQUIRE(r.rows.size() == 2);
  const row& x = r.rows[0];
  CHECK(x.number == "7");
  CHECK(x.recommendation == rich_text::paragraph("Poner en marcha la herramienta."));
  CHECK(x.commitment == rich_text::paragraph("Se hará."));
  CHECK(x.due == partial_date{2007, 9, 0});
  CHECK(x.compliance == rich_text::paragraph("cumplido"));
  CHECK(x.status == compliance_status::fulfilled);
  CHECK(x.verification == rich_text::paragraph("Memoria 2000."));
  CHECK(x.source.line == 2);
  CHECK_FALSE(r.rows[1].status);
  CHECK(r.rows[1].status_text == "En veremos");
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].where == source_position{6, 32, 0});  // "En veremos": byte 22 of the run at column 10
}

TEST_CASE("builder: positions in PDF terms (page and line) pass through") {
  diagnostics diags;
  report_builder b(diags);
  table_row r = make_row({{fragment::kind::text, "1. Algo.", {3, 0, 2}}}, {{fragment::kind::text, "Algo. Fecha de Vencimiento: pronto", {3, 0, 2}}},
                         {{fragment::kind::text, "Hecho.", {3, 0, 2}}});
  r.where = {3, 0, 2};
  b.add_row(std::move(r));
  report out = b.finish();
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].where.page == 2);
  CHECK(diags.all()[0].where.line == 3);
  CHECK(out.rows[0].due_text == "pronto");
}

TEST_CASE("builder: text before the first numbered row, repeated labels") {
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row({text("sin número", 2)}, {}, {}, 2));
  b.add_row(make_row({text("1. Uno. Organismo Responsable: A. Organismo Responsable: B.", 3)}, {}, {}, 3));
  report r = b.finish();
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number.empty());
  CHECK(r.rows[1].responsible == "A.");
  CHECK(r.rows[1].recommendation == rich_text::paragraph("Uno."));
  CHECK(diags.warning_count() == 2);
}

TEST_CASE("builder: nothing found is an error") {
  diagnostics diags;
  report_builder b(diags);
  CHECK_THROWS_AS(b.finish(), error);
}

TEST_CASE("builder: a due date whose year wrapped into the next paragraph is one date; other years are text") {
  const fragment end_of_paragraph{fragment::kind::paragraph_break, "", {}, true};
  diagnostics diags;
  report_builder b(diags);
  b.add_header_line({"", "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009", {1, 1, 0}, {}});
  b.add_row(make_row({text("1. Capacitar.")},
                     {text("Se realizarán talleres."), end_of_paragraph, text("Fecha de Vencimiento: Sept."),
                      end_of_paragraph, text("2006")},
                     {text("Calificación: Cumplido")}));
  b.add_row(make_row({text("2. Medir.")},
                     {text("Fecha de Vencimiento: Marzo de"), end_of_paragraph, text("2007. Se medirá en 2008.")},
                     {text("Calificación: Cumplido")}));
  // A complete date: the year below is the commitment's text.
  b.add_row(make_row({text("3. Publicar.")},
                     {text("Fecha de Vencimiento: Dic. 2007"), end_of_paragraph, text("2008")},
                     {text("Calificación: Cumplido")}));
  report r = b.finish();
  for (const auto& d : diags.all()) MESSAGE(d.to_string());
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].due_text == "Sept. 2006");
  CHECK(r.rows[0].due == partial_date{2006, 9, 0});
  CHECK(r.rows[0].commitment == rich_text::paragraph("Se realizarán talleres."));
  CHECK(r.rows[1].due_text == "Marzo de 2007.");
  CHECK(r.rows[1].due == partial_date{2007, 3, 0});
  CHECK(r.rows[1].commitment == rich_text::paragraph("Se medirá en 2008."));
  CHECK(r.rows[2].due_text == "Dic. 2007");
  CHECK(r.rows[2].commitment == rich_text::paragraph("2008"));
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("builder: a row number seen before is named with where it first was, in order or not") {
  diagnostics diags;
  report_builder b(diags);
  int line = 10;
  auto add = [&](const char* number) {
    const std::string first = std::string(number) + ". Algo.";
    b.add_row(make_row({text(first.c_str(), line, 1)}, {text("Algo.", line, 20)}, {text("Algo.", line, 40)}, line));
    ++line;
  };
  for (const char* n : {"1", "2", "3", "2", "04", "4", "9", "04", "9", "3", "5"}) add(n);
  CHECK(b.finish().rows.size() == 11);
  std::vector<std::string> repeats;
  for (const auto& d : diags.all())
    if (d.message.find("appears again") != std::string::npos) repeats.push_back(d.message);
  CHECK(repeats == std::vector<std::string>{
                       "row number 2 appears again (first at line 11); both rows are kept",
                       "row number 04 appears again (first at line 14); both rows are kept",
                       "row number 9 appears again (first at line 16); both rows are kept",
                       "row number 3 appears again (first at line 12); both rows are kept"});
}

TEST_CASE("builder: another commitment of a recommendation repeats its number without a warning") {
  // Row "1" with its recommendation, then two commitments printed with the number again and no
  // recommendation (or marked by the reader); a later "1" with a recommendation of its own repeats.
  diagnostics diags;
  report_builder b(diags);
  auto numbered = [](const char* number, const char* rec, int line) {
    table_row r = make_row({}, {text("Se hará.", line, 20)}, {text("Hecho.", line, 40)}, line);
    if (*rec) r.cells[0].fragments = {text(rec, line, 1)};
    r.number = number;
    return r;
  };
  b.add_row(numbered("1", "Mejorar.", 10));
  b.add_row(numbered("1", "", 11));
  table_row marked = numbered("1", "", 12);
  marked.same_recommendation = true;
  b.add_row(std::move(marked));
  b.add_row(numbered("2", "Evaluar.", 13));
  b.add_row(numbered("1", "Otra vez.", 14));
  CHECK(b.finish().rows.size() == 5);
  std::vector<std::string> repeats;
  for (const auto& d : diags.all())
    if (d.message.find("appears again") != std::string::npos) repeats.push_back(d.message);
  CHECK(repeats == std::vector<std::string>{"row number 1 appears again (first at line 10); both rows are kept"});
}

TEST_CASE("builder: a row numbered as structure is never taken for a repeated column-header row") {
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row({text("1. Uno.")}, {text("Algo.")}, {text("Hecho.")}, 1));
  b.add_row(make_row({text("Recomendación")}, {text("Compromiso")}, {text("Cumplimiento")}, 2));  // skipped
  table_row numbered = make_row({text("Recomendación")}, {text("Compromiso")}, {text("Cumplimiento")}, 3);
  numbered.number = "2";  // a number column's "2" beside cells that read as the titles
  b.add_row(std::move(numbered));
  report r = b.finish();
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Uno."));
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation == rich_text::paragraph("Recomendación"));
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("builder: a report's date with no title above it leaves the cut-off date empty and says so") {
  // fosis-apoyo-microemprendimiento-2007's LibreOffice PDF (corpus): LibreOffice left the title out of a
  // page Word saved; the report's date and the header fields are printed.
  for (bool titled : {false, true}) {
    diagnostics diags;
    report_builder b(diags);
    if (titled) b.add_header_line({"", "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009", {1, 1, 0}, {}});
    b.add_header_line({"", "Fecha del Informe: 04-08-2009 ; 09:47:15", {2, 1, 0}, {}});
    b.add_header_line({"", "Ministerio: MINISTERIO DE PLANIFICACIÓN", {3, 1, 0}, {}});
    b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text("Algo.")}));
    report r = b.finish();
    CHECK(r.issued_at.has_value());
    CHECK(r.cutoff_date.has_value() == titled);
    CHECK(diags.warning_count() == (titled ? 0U : 1U));
    if (!titled && !diags.all().empty()) CHECK(diags.all()[0].where.line == 2);  // at the report's date
  }
}

TEST_CASE("builder: with no title in the text, the document's title in its properties gives the cut-off date, with a warning") {
  // The same LibreOffice PDF keeps the page's <title> in its /Info /Title. A title in the text wins;
  // a document title that is no report title ("Microsoft Word - informe.doc") gives nothing.
  struct example {
    const char* property;
    bool titled_text;
    bool dated;
    const char* said;
  };
  for (const example& e : {example{"INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009", false, true, "properties"},
                           example{"INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2010", true, true, nullptr},
                           example{"Microsoft Word - informe.doc", false, false, "left empty"},
                           example{"", false, false, "left empty"}}) {
    CAPTURE(e.property);
    diagnostics diags;
    report_builder b(diags);
    b.document_title(e.property);
    if (e.titled_text) b.add_header_line({"", "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009", {1, 1, 0}, {}});
    b.add_header_line({"", "Fecha del Informe: 04-08-2009 ; 09:47:15", {2, 1, 0}, {}});
    b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text("Algo.")}));
    report r = b.finish();
    REQUIRE(r.cutoff_date.has_value() == e.dated);
    if (e.dated) CHECK(r.cutoff_date->to_iso() == "2009-06-30");  // the text's title wins over the properties'
    if (e.said) {
      REQUIRE(diags.all().size() == 1);
      CHECK(diags.all()[0].message.find(e.said) != std::string::npos);
    } else {
      CHECK(diags.all().empty());
    }
  }
}

TEST_CASE("builder: a due date whose month's name a narrow column's edge broke in two is read whole") {
  // dga-fiscalizacion-policia-aguas-2009's LibreOffice PDF (corpus): "Diciemb" over "re 2010" in the due
  // date's own column. Two words that are no month's name each stay apart.
  for (const auto& [printed, want_text] : {std::pair{"Diciemb re 2010", "Diciembre 2010"}, std::pair{"Sept iembre 2010", "Septiembre 2010"}}) {
    diagnostics diags;
    report_builder b(diags);
    const std::string com = "Algo. Fecha de Vencimiento: " + std::string(printed);
    b.add_row(make_row({text("1. Algo.")}, {text(com.c_str())}, {text("Algo.")}));
    report r = b.finish();
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].due_text == want_text);
    REQUIRE(r.rows[0].due.has_value());
    CHECK(r.rows[0].due->year == 2010);
    CHECK(diags.warning_count() == 0);
  }
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row({text("1. Algo.")}, {text("Algo. Fecha de Vencimiento: Fin de año 2010")}, {text("Algo.")}));
  report r = b.finish();
  CHECK(r.rows[0].due_text == "Fin de año 2010");
  CHECK_FALSE(r.rows[0].due.has_value());
  CHECK(diags.warning_count() == 1);
}

TEST_CASE("builder: a label broken over two paragraphs ('Medios de' / 'Verificación: ...') is one label") {
  // dga-fiscalizacion-policia-aguas-2009's LibreOffice -layout text (corpus): the label's second line
  // stands a character left of its first, and the layout engine starts a paragraph there.
  const fragment end_of_paragraph{fragment::kind::paragraph_break, "", {}, true};
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row({text("1. Controlar.")}, {text("Se exigirá.")},
                     {text("Se instalaron."), end_of_paragraph, text("Medios de"), end_of_paragraph,
                      text("Verificación: Catastro de pozos.")}));
  // "Medios de" as the last words of a paragraph, not the whole of it, is text.
  b.add_row(make_row({text("2. Medir.")}, {text("Se medirá.")},
                     {text("Se revisaron los medios de"), end_of_paragraph, text("Verificación: Actas.")}));
  report r = b.finish();
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].compliance.plain_text() == "Se instalaron.");
  CHECK(r.rows[0].verification.plain_text() == "Catastro de pozos.");
  CHECK(r.rows[1].verification.plain_text().empty());
}

TEST_CASE("builder: a status column's 'cumplido' in lower case is read and named in a warning (its first word may be lost)") {
  // dga-fiscalizacion-policia-aguas-2009's Chromium -layout text (corpus): "Parcialmente" went into the
  // compliance column beside the status's own, "cumplido" alone stayed in it. After a printed label
  // ("Calificación: cumplido") the case tells nothing.
  const fragment status_column{fragment::kind::label, {}, {1, 40, 0}, false, field::status};
  for (const char* printed : {"cumplido", "Cumplido", "CUMPLIDO"}) {
    for (bool by_column : {true, false}) {
      diagnostics diags;
      report_builder b(diags);
      const std::string labelled = "Calificación: " + std::string(printed);
      if (by_column) {
        b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text("Hecho."), status_column, text(printed)}));
      } else {
        b.add_row(make_row({text("1. Algo.")}, {text("Algo.")}, {text(("Hecho. " + labelled).c_str())}));
      }
      report r = b.finish();
      REQUIRE(r.rows.size() == 1);
      INFO(printed, " by column: ", by_column);
      CHECK(r.rows[0].status == compliance_status::fulfilled);
      CHECK(diags.warning_count() == (by_column && std::string(printed) == "cumplido" ? 1U : 0U));
    }
  }
}
