// One small case per rule of the text reader (issue 3), so the reader is not tuned to the seed.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "informe/io.hpp"
#include "test_files.hpp"
#include "text_support.hpp"

using namespace informe;
using informe::test::describe;
using informe::test::find_diagnostic;
using informe::test::with_table;

namespace {

report read_data(const std::string& name, diagnostics& diags) {
  return read_text(test::read_file(test::source_path("tests/data/text/" + name)), {}, diags);
}

rich_text paragraphs(std::initializer_list<const char*> ps) {
  rich_text t;
  for (const char* p : ps) t.add_paragraph(p);
  return t;
}

}  // namespace

TEST_CASE("page breaks: continuation rows, mid-sentence joins, labels whose value follows the break") {
  diagnostics diags("page_breaks.txt");
  report r = read_data("page_breaks.txt", diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 4);

  SUBCASE("header") {
    CHECK(r.cutoff_date == partial_date{2008, 12, 31});
    REQUIRE(r.issued_at);
    CHECK(r.issued_at->to_iso() == "2009-01-15T09:30:00");
    CHECK(r.program == "Programa de Prueba");
    CHECK(r.ministry == "MINISTERIO DE PRUEBAS");
    CHECK(r.service == "SERVICIO DE PRUEBAS");
    CHECK(r.evaluation_year == 2005);
    CHECK(r.program_status == "En seguimiento");
    CHECK(r.exit_date == partial_date{2007, 12, 31});
    CHECK(r.observation == rich_text::paragraph("Una observación."));
  }
  SUBCASE("a fragment ending mid-sentence joins the next page's fragment in one paragraph") {
    const row& x = r.rows[0];
    CHECK(x.number == "1");
    CHECK_MESSAGE(x.recommendation == rich_text::paragraph("Revisar la matriz del programa y sus indicadores de propósito."),
                  describe(x.recommendation));
    CHECK(x.responsible == "SUBSECRETARÍA");
  }
  SUBCASE("\"Fecha de Vencimiento:\" then \"Sep. 2007\" after the break pairs up") {
    const row& x = r.rows[0];
    CHECK(x.commitment == rich_text::paragraph("Se revisará la matriz."));
    CHECK(x.due_text == "Sep. 2007");
    CHECK(x.due == partial_date{2007, 9, 0});
    CHECK(x.compliance == rich_text::paragraph("cumplido"));
    CHECK(x.status == compliance_status::fulfilled);
    CHECK(x.verification == rich_text::paragraph("Informe de la matriz."));
  }
  SUBCASE("a finished sentence before the break starts a new paragraph; the header line repeated on the "
          "next page and the separator line are not rows") {
    const row& x = r.rows[1];
    CHECK(x.number == "2");
    CHECK_MESSAGE(x.recommendation == paragraphs({"Crear un sistema de información.", "Ampliar el sistema a regiones."}),
                  describe(x.recommendation));
    CHECK(x.commitment == paragraphs({"Se creará el sistema.", "Se ampliará el sistema."}));
    CHECK(x.due == partial_date{2007, 12, 0});
    CHECK(x.due_text == "Diciembre 2007");
    CHECK(x.compliance == rich_text::paragraph("En proceso."));
    CHECK(x.status == compliance_status::partially_fulfilled);  // "CALIFICACIÓN:" in capitals
    CHECK(x.status_text == "Parcialmente Cumplido");
  }
  SUBCASE("entities and a <ul><li> list with its markers removed") {
    const row& x = r.rows[2];
    rich_text want = rich_text::paragraph("Medir la satisfacción & la calidad óptima.");
    want.add_list({"Encuesta anual.", "Grupos focales."});
    CHECK_MESSAGE(x.recommendation == want, describe(x.recommendation));
  }
  SUBCASE("an unreadable due date: due null, due_text kept, warning at its line and column") {
    const row& x = r.rows[2];
    CHECK_FALSE(x.due);
    CHECK(x.due_text == "primer semestre 2008");
    const diagnostic* d = find_diagnostic(diags, "cannot read the due date");
    REQUIRE(d != nullptr);
    CHECK(d->message.find("\"primer semestre 2008\"") != std::string::npos);
    CHECK(d->where.line == 25);
    CHECK(d->where.column == 170);  // in characters: the line's accents before it take one column each
    CHECK(d->to_string().rfind("page_breaks.txt:25:170: warning:", 0) == 0);
  }
  SUBCASE("unknown status wording: status null, wording kept, warning with position") {
    const row& x = r.rows[2];
    CHECK_FALSE(x.status);
    CHECK(x.status_text == "Cumplido con observaciones");  // "Calificacion:" without accent
    const diagnostic* d = find_diagnostic(diags, "unknown status");
    REQUIRE(d != nullptr);
    CHECK(d->where.line == 25);
    CHECK(d->where.column == 229);
  }
  SUBCASE("a repeated number keeps both rows and warns; a row without Calificación has no status") {
    CHECK(r.rows[3].number == "3");
    CHECK(r.rows[3].recommendation == rich_text::paragraph("Repetir la medición."));
    CHECK(r.rows[3].due == partial_date{2008, 6, 30});
    CHECK_FALSE(r.rows[3].status);
    CHECK(r.rows[3].status_text.empty());
    const diagnostic* d = find_diagnostic(diags, "row number 3 appears again");
    REQUIRE(d != nullptr);
    CHECK(d->where.line == 26);
    CHECK(d->where.column == 1);
  }
  SUBCASE("exactly the expected warnings, each with line and column") {
    CHECK(diags.warning_count() == 3);
    for (const auto& d : diags.all()) {
      CHECK(d.where.line > 0);
      CHECK(d.where.column > 0);
    }
  }
}

TEST_CASE("Latin-1 / Windows-1252 input is detected and decoded") {
  diagnostics diags;
  report r = read_data("latin1.txt", diags);
  INFO(describe(diags));
  CHECK(diags.empty());
  CHECK(r.program == "Programa de Riego");
  CHECK(r.evaluation_year == 2005);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Diseñar un plan de gestión."));
  CHECK(r.rows[0].commitment == rich_text::paragraph("Se elaborará el plan."));
  CHECK(r.rows[0].compliance == rich_text::paragraph("El plan está aprobado “en regla”."));
  CHECK(r.rows[0].status == compliance_status::fulfilled);
}

TEST_CASE("UTF-8 with a BOM and CRLF line ends") {
  diagnostics diags;
  report r = read_data("bom_crlf.txt", diags);
  INFO(describe(diags));
  CHECK(diags.empty());
  CHECK(r.program == "Programa de Caminos");
  CHECK(r.service == "DIRECCIÓN DE VIALIDAD");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Mejorar la mantención de"));
  CHECK(r.rows[0].due == partial_date{2007, 9, 0});
  CHECK(r.rows[0].due_text == "Sep. 2007");
  CHECK(r.rows[0].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[1].due == partial_date{2007, 6, 30});
  CHECK(r.rows[1].status == compliance_status::not_fulfilled);
  CHECK(r.rows[1].status_text == "NO CUMPLIDO");
  CHECK(r.rows[1].source.line == 8);
}

TEST_CASE("each date form of the reports") {
  struct form {
    const char* printed;
    partial_date want;
  };
  const form forms[] = {
      {"Dic. 2000", {2000, 12, 0}},   {"Dic 2001", {2001, 12, 0}},       {"Junio 2001", {2001, 6, 0}},
      {"Jun. 2001", {2001, 6, 0}},    {"Sep. 2007", {2007, 9, 0}},       {"Diciembre 2007", {2007, 12, 0}},
      {"30-06-2007", {2007, 6, 30}},  {"30-06-2003 0:00:00", {2003, 6, 30}},
  };
  for (const auto& f : forms) {
    CAPTURE(f.printed);
    diagnostics diags;
    report r = test::read(with_table(std::string("1. Algo.\tAlgo.  <u>Fecha de Vencimiento:</u> ") + f.printed +
                                     "\tcumplido  <u>Calificación:</u> Cumplido\n"),
                          diags);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].due == f.want);
    CHECK(r.rows[0].due_text == f.printed);
    CHECK(diags.empty());
  }
  diagnostics diags;
  report r = test::read("**Fecha del Informe: 07-10-2009 ; 17:06:25**\n**Fecha Egreso:** 30-06-2003 0:00:00\n"
                        "Recomendación\tCompromiso\tCumplimiento\n1. Algo.\tAlgo.\tcumplido\n",
                        diags);
  REQUIRE(r.issued_at);
  CHECK(r.issued_at->to_iso() == "2009-10-07T17:06:25");
  CHECK(r.exit_date == partial_date{2003, 6, 30});
}

TEST_CASE("labels are matched without regard to case or accents") {
  diagnostics diags;
  report r = test::read(with_table("1. Algo.  ORGANISMO RESPONSABLE: DIPRES\tAlgo.  fecha de vencimiento: Dic. 2000\t"
                                   "Hecho.  <u>CALIFICACIÓN:</u> cumplido  MEDIOS DE VERIFICACION: Acta.  "
                                   "observacion: Bien.\n"
                                   "2. Otra.\tOtro.\tHecho.  Calificacion: Cumplido\n"),
                        diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Algo."));
  CHECK(r.rows[0].responsible == "DIPRES");
  CHECK(r.rows[0].due == partial_date{2000, 12, 0});
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].status_text == "cumplido");
  CHECK(r.rows[0].verification == rich_text::paragraph("Acta."));
  CHECK(r.rows[0].compliance_observation == rich_text::paragraph("Bien."));
  CHECK(r.rows[1].status == compliance_status::fulfilled);
  CHECK(diags.empty());
}

TEST_CASE("separator lines and repeated column headers are not rows; blank lines are page breaks") {
  diagnostics diags;
  report r = test::read(with_table("1. Uno.\tA.\tB.\n"
                                   "--\t---\t----\n"
                                   "\n"
                                   "**Recomendación**\t**Compromiso**\t**Cumplimiento**\n"
                                   "2. Dos.\tC.\tD.\n"),
                        diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].compliance == rich_text::paragraph("B."));
  CHECK(r.rows[1].number == "2");
  CHECK(diags.empty());
}

TEST_CASE("a repeated row number keeps both rows and warns at the second") {
  diagnostics diags;
  report r = test::read(with_table("1. Uno.\tA.\tB.\n1. Otra vez uno.\tC.\tD.\n"), diags);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[1].recommendation == rich_text::paragraph("Otra vez uno."));
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].where.line == 5);
  CHECK(diags.all()[0].where.column == 1);
}

TEST_CASE("a row without Calificación has a null status and no warning from the reader") {
  diagnostics diags;
  report r = test::read(with_table("1. Uno.\tA.  <u>Fecha de Vencimiento:</u> Dic. 2000\tEn curso.\n"), diags);
  REQUIRE(r.rows.size() == 1);
  CHECK_FALSE(r.rows[0].status);
  CHECK(r.rows[0].status_text.empty());
  CHECK(r.rows[0].compliance == rich_text::paragraph("En curso."));
  CHECK(diags.empty());
}

TEST_CASE("mid-sentence fragments join, finished sentences and colons start paragraphs") {
  diagnostics diags;
  report r = test::read(with_table("<p>1. Primera parte sin punto</p> <p>sigue aquí.</p> <p>Otra frase:</p> "
                                   "<p>lista de cosas; </p> <p>fin!</p> <p>Último</p>\tA.\tB.\n"),
                        diags);
  REQUIRE(r.rows.size() == 1);
  CHECK_MESSAGE(r.rows[0].recommendation ==
                    paragraphs({"Primera parte sin punto sigue aquí.", "Otra frase:", "lista de cosas;", "fin!", "Último"}),
                describe(r.rows[0].recommendation));
}

TEST_CASE("entities, <u> and stray tags inside cells") {
  diagnostics diags;
  report r = test::read(with_table("1. Caf&eacute; &amp; t&#233; &lt;b&gt; &quot;x&quot;&nbsp;y\t<u>Se</u> <b>hará</b>.\t<i>ok</i>\n"),
                        diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Café & té <b> \"x\" y"));
  CHECK_MESSAGE(r.rows[0].commitment == rich_text::paragraph("Se hará."), describe(r.rows[0].commitment));
  CHECK(r.rows[0].compliance == rich_text::paragraph("ok"));
}

TEST_CASE("text is NFC-normalised and white space collapsed") {
  diagnostics diags;
  report r = test::read(with_table("1.   Evaluacio\xCC\x81n   del\xC2\xA0programa.  \tA.\tB.\n"), diags);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Evaluación del programa."));
}

TEST_CASE("inputs that are not a report, and inputs over the size limit, are refused clearly") {
  diagnostics diags;
  CHECK_THROWS_WITH_AS(test::read("", diags), doctest::Contains("empty"), error);
  CHECK_THROWS_WITH_AS(test::read("hola mundo\nnada por aquí\n", diags), doctest::Contains("no report found"), error);
  read_options small;
  small.max_input_bytes = 10;
  CHECK_THROWS_WITH_AS(read_text("**Programa/Institución:** X\n", small, diags),
                       doctest::Contains("more than the limit"), error);
}

TEST_CASE("a header without a table is an error at the header's first line") {
  diagnostics diags;
  try {
    test::read("\n**Programa/Institución:** Solo cabecera\n", diags);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.message().find("no commitments table found") != std::string::npos);
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("a table's text with no column layout is refused with the remedy, its titles broken inside a word or missing") {
  // pdftotext (default or -raw) of LibreOffice's print of a narrow table: a title broken inside its
  // word at the column's edge ("RECOMENDACI" / "ÓN"); and a page range without the titles, its cells'
  // labels left. Either text puts each cell's lines one after another: no column can be told.
  const std::string broken =
      "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2010\n\nPrograma/\nInstitución\n:\n\nPrograma Mujeres\n\n"
      "N\n°\n\nRECOMENDACI\nÓN\n\n1\n\nFocalizar el\nprograma.\n\nCOMPROMISO\n\nSe aplicará un\ninstrumento.\n\n"
      "CUMPLIMIENTO\n\nSe aplicó.\n";
  const std::string untitled = "Programa/Institución: Programa Mujeres\n\n1. Focalizar el programa.\nSe aplicará un\n"
                               "instrumento.\nFecha de Vencimiento: Dic. 2009\nSe aplicó.\nCalificación: Cumplido\n";
  for (const auto& [text, line] : {std::pair{broken, 12}, std::pair{untitled, 6}}) {
    diagnostics diags;
    try {
      test::read(text, diags);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.message().find("cannot be told apart") != std::string::npos);
      CHECK(e.message().find("pdftotext -layout") != std::string::npos);
      CHECK(e.where().line == line);
    }
  }
}

TEST_CASE("malformed HTML in a cell is recovered, reported with a position, never printed") {
  diagnostics diags;
  report r = test::read(with_table("1. Uno <p>dos</x> &bogus; tres\tA.\tB.\n"), diags);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Uno dos &bogus; tres"));
  const diagnostic* d = find_diagnostic(diags, "Unexpected end tag");
  REQUIRE(d != nullptr);
  CHECK(d->where.column > 13);  // at or just after "</x>" (column 14)
  for (const auto& each : diags.all()) {
    CHECK(each.where.line == 4);
    CHECK(each.where.column >= 1);
  }
}

TEST_CASE("positions stay exact far into a long HTML cell") {
  std::string filler;
  for (int i = 0; i < 200; ++i) filler += "palabra ";  // 1600 bytes: libxml2 shrinks its buffer meanwhile
  std::string line = "1. Algo.\t<p>" + filler + "fin.</p> <p><u>Fecha de Vencimiento:</u> pronto</p>\tHecho.\n";
  diagnostics diags;
  report r = test::read(with_table(line), diags);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].due_text == "pronto");
  const diagnostic* d = find_diagnostic(diags, "cannot read the due date");
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 4);
  CHECK(d->where.column == static_cast<int>(line.find("pronto")) + 1);
}

TEST_CASE("readers on several threads at once give the same report") {
  std::string seed = test::read_file(test::source_path("examples/fomento-microempresa-2009.txt"));
  diagnostics one;
  report want = read_text(seed, {}, one);
  std::vector<report> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got)
    threads.emplace_back([&seed, &g] {
      diagnostics d;
      for (int i = 0; i < 5; ++i) g = read_text(seed, {}, d);
    });
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == want);
}

TEST_CASE("page furniture between rows: the header block printed again, page numbers") {
  diagnostics diags;
  report r = test::read("**INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL  \n30-06-2009**\n\n"
                        "**Programa/Institución:** Programa de prueba\n\n"
                        "Recomendación\tCompromiso\tCumplimiento\n"
                        "1. Revisar el programa y\tA.\tB.\n"
                        "Página 1 de 2\n\n"
                        "**INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL  \n30-06-2009**\n"
                        "**Programa/Institución:** Programa de prueba\n"
                        "Recomendación\tCompromiso\tCumplimiento\n"
                        "sus componentes.\t\t\n"
                        "2. Otra.\tC.\tD.\n"
                        "**PÁGINA 2**\n",
                        diags);
  INFO(describe(diags));
  CHECK(diags.empty());
  CHECK(r.cutoff_date == partial_date{2009, 6, 30});
  CHECK(r.program == "Programa de prueba");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Revisar el programa y sus componentes."));
  CHECK(r.rows[1].compliance == rich_text::paragraph("D."));
}

TEST_CASE("a header field printed again with another value keeps the first and warns") {
  diagnostics diags;
  report r = test::read(with_table("1. Uno.\tA.\tB.\n**Programa/Institución:** Otro programa\n2. Dos.\tC.\tD.\n"), diags);
  CHECK(r.program == "Programa de prueba");
  REQUIRE(r.rows.size() == 2);
  const diagnostic* d = find_diagnostic(diags, "appears again");
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 5);
}

TEST_CASE("one byte that is not UTF-8 in a UTF-8 text: read as UTF-8, one warning at the byte") {
  diagnostics diags;
  report r = test::read(with_table("1. Diseñar un plan.\tSe elaborará\xFF el plan.\tCumplido.\n"), diags);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.program == "Programa de prueba");
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Diseñar un plan."));
  CHECK(r.rows[0].commitment == rich_text::paragraph("Se elaborará\xEF\xBF\xBD el plan."));
  const diagnostic* d = find_diagnostic(diags, "byte 0xFF is not UTF-8: the text is read as UTF-8");
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 4);
  CHECK(d->where.column == 33);  // in characters: "ñ" and "á" count once
  CHECK(diags.warning_count() == 1);
}

TEST_CASE("a text cut short inside a row's first or second cell is a warning; a last row without a line end is not") {
  diagnostics cut;
  report r = test::read(with_table("1. Uno.\tA.\tB.\n2. Dos, cortado a la mi"), cut);
  CHECK(r.rows.size() == 2);
  const diagnostic* d = find_diagnostic(cut, "the text ends in the middle of a table row");
  REQUIRE(d != nullptr);
  CHECK(d->where.line == 5);
  diagnostics whole;
  test::read(with_table("1. Uno.\tA.\tB.\n2. Dos.\tC.\tD."), whole);
  CHECK(find_diagnostic(whole, "ends in the middle") == nullptr);
  diagnostics ended;
  test::read(with_table("1. Uno.\tA.\tB.\n2. Dos, sin celdas\n"), ended);
  CHECK(find_diagnostic(ended, "ends in the middle") == nullptr);
}

TEST_CASE("a number out of sequence at a line start: text of the row above, or a row where cells stand beside it, with a warning") {
  // "2004." wrapped to the start of a line of the recommendation (issue #12: it became row 2004)
  diagnostics diags("t.txt");
  report r = test::read(with_table("1. Según el estudio del año\tDiseñar un plan.\tSe diseñó.\n"
                                   "2004. los resultados bajan.\n"
                                   "2. Evaluar.\tContratar.\tSe contrató.\n"),
                        diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text(" ") == "Según el estudio del año 2004. los resultados bajan.");
  CHECK(r.rows[1].number == "2");
  const diagnostic* d = find_diagnostic(diags, "row number 2004 breaks the sequence (the previous row is 1); read as text");
  REQUIRE(d);
  CHECK(d->where.line == 5);

  // with cells of its own beside it: a row, said so
  diagnostics diags2("t.txt");
  report r2 = test::read(with_table("1. Mejorar.\tPlan.\tHecho.\n"
                                    "7. Evaluar.\tContratar.\tSe contrató.\n"),
                         diags2);
  INFO(describe(diags2));
  REQUIRE(r2.rows.size() == 2);
  CHECK(r2.rows[1].number == "7");
  CHECK(r2.rows[1].commitment.plain_text() == "Contratar.");
  CHECK(find_diagnostic(diags2, "row number 7 breaks the sequence (the previous row is 1); read as a new row"));
}
