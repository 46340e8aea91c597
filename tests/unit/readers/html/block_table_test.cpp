// Commitments tables built of block elements (lib/readers/html/block_table.hpp): rows and cells found
// by the page's structure whatever its element names and classes, read as a <table>'s rows are; what
// does not fit (missing cells, cells past the titles, text between the rows) is named.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "informe/io.hpp"
#include "readers/html/block_table.hpp"
#include "readers/html/html_document.hpp"
#include "test_files.hpp"

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
         "<p><b>Programa:</b> Becas<br><b>Ministerio:</b> EDUCACION<br><b>Servicio:</b> JUNAEB</p>\n" +
         body + "\n</body></html>\n";
}

// A row of floated cells, as the page's template writes them: class "celda" and one of its own, an
// empty <div class="fin"> clearing the floats.
std::string fila(const std::vector<std::string>& cells, const std::string& extra_class = "fila") {
  std::string out = "<div class=\"" + extra_class + "\">\n";
  for (std::size_t i = 0; i < cells.size(); ++i)
    out += "<div class=\"celda c" + std::to_string(i) + "\">" + cells[i] + "</div>\n";
  return out + "<div class=\"fin\"></div></div>\n";
}

const std::vector<std::string> titles{"N&deg;", "Recomendaci&oacute;n", "Compromiso", "Cumplimiento"};

int warnings_with(const informe::diagnostics& d, const std::string& words) {
  int n = 0;
  for (const auto& m : d.all())
    if (m.level == informe::severity::warning && m.message.find(words) != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("a table of floated <div>s with a title row reads as a <table> does, labels, lists and paragraphs included") {
  const std::string divs =
      "<div id=\"compromisos\">\n" + fila(titles, "fila titulos") +
      fila({"1", "Hacer un catastro.<br><br><b>Organismo Responsable:</b> Departamento A",
            "Se hará:<ol type=\"a\"><li>primero;</li><li>segundo.</li></ol><b>Fecha de Vencimiento:</b> Junio 2008",
            "Hecho en mayo.<br><br>Segundo párrafo.<br><br><b>Calificaci&oacute;n:</b> Cumplido<br><br>"
            "<b>Medios de Verificaci&oacute;n:</b> Informe final."}) +
      fila({"2", "Revisar el modelo.", "Se revisará.<br><br><b>Fecha de Vencimiento:</b> 2009", "&nbsp;"}) + "</div>";
  informe::diagnostics diags;
  report r = informe::read_html(page(divs), {}, diags);
  INFO(messages(diags));
  CHECK(diags.warning_count() == 0);
  CHECK(r.program == "Becas");
  REQUIRE(r.rows.size() == 2);
  const auto& a = r.rows[0];
  CHECK(a.number == "1");
  CHECK(a.recommendation.plain_text() == "Hacer un catastro.");
  CHECK(a.responsible == "Departamento A");
  REQUIRE(a.commitment.blocks.size() == 2);
  CHECK(a.commitment.blocks[0].text == "Se hará:");
  CHECK(a.commitment.blocks[1].items == std::vector<std::string>{"primero;", "segundo."});
  CHECK(a.due == informe::partial_date{2008, 6, 0});
  CHECK(a.due_text == "Junio 2008");
  REQUIRE(a.compliance.blocks.size() == 2);
  CHECK(a.compliance.blocks[1].text == "Segundo párrafo.");
  CHECK(a.status == informe::compliance_status::fulfilled);
  CHECK(a.verification.plain_text() == "Informe final.");
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].due_text == "2009");
  CHECK(r.rows[1].compliance.empty());
  // rows keep where they start in the page
  CHECK(r.rows[1].source.line > r.rows[0].source.line);
}

TEST_CASE("a row with a cell missing is read and named: placed by the class it shares with a title cell, else from the left") {
  SUBCASE("by class") {
    // row 1 lacks its commitment cell (class c2): its compliance is c3's
    std::string row1 = "<div class=\"fila\"><div class=\"celda c0\">1</div><div class=\"celda c1\">Hacer algo.</div>"
                       "<div class=\"celda c3\">Hecho.</div><div class=\"fin\"></div></div>\n";
    informe::diagnostics diags;
    report r = informe::read_html(page("<div>" + fila(titles) + row1 + "</div>"), {}, diags);
    INFO(messages(diags));
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].recommendation.plain_text() == "Hacer algo.");
    CHECK(r.rows[0].commitment.empty());
    CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
    CHECK(warnings_with(diags, "this row has 3 cells where the column titles have 4; its cells are placed under the "
                               "titles whose classes they share, nothing is read under \"Compromiso\"") == 1);
  }
  SUBCASE("from the left") {
    // no classes to tell the columns by: the last column is left empty, and said
    std::string html = "<div><div><div>Recomendación</div><div>Compromiso</div><div>Cumplimiento</div></div>\n"
                       "<div><div>1. Hacer algo.</div><div>Se hará.</div></div></div>";
    informe::diagnostics diags;
    report r = informe::read_html(page(html), {}, diags);
    INFO(messages(diags));
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].number == "1");
    CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
    CHECK(warnings_with(diags, "its cells are read from the left, nothing is read under \"Cumplimiento\"") == 1);
  }
}

TEST_CASE("without a title row a container of <div>s is no commitments table: refused as a <table> without titles is") {
  // Numbered rows of four <div>s could be read by their places, but nothing else tells them from the
  // page's layout (menus, header blocks): as with <table> markup, the titles are what make it a table.
  std::string html = "<div>" + fila({"1", "Hacer algo.", "Se hará.", "Hecho."}) + fila({"2", "Otra.", "Se hará.", "No."}) +
                     "</div>";
  informe::diagnostics diags;
  try {
    (void)informe::read_html(page(html), {}, diags);
    FAIL("no error");
  } catch (const informe::error& e) {
    CHECK(e.message().find("no commitments table found") != std::string::npos);
    CHECK(e.message().find("block elements") != std::string::npos);
  }
}

TEST_CASE("wrappers around a row's cells and inside them are read through") {
  // a wrapper <div> around the cells of every row (two in the second, the outer one clearing floats); the
  // cells' text inside <div>s and <p>s of their own;
  // <br class="clear"> between rows and cells
  std::string html =
      "<section class=\"tabla\"><div class=\"tabla-interior\">\n"
      "<div class=\"tr\"><div class=\"envoltorio\"><div class=\"th\"><span>Recomendación</span></div>"
      "<div class=\"th\">Compromiso</div><div class=\"th\">Cumplimiento</div></div></div><br class=\"clear\">\n"
      "<div class=\"tr\"><div class=\"envoltorio\" style=\"clear: both\"><div class=\"otro\"><div class=\"td\"><div class=\"texto\"><p>1. Hacer algo.</p>"
      "<p><b>Organismo Responsable:</b> Unidad B</p></div></div><br>"
      "<div class=\"td\"><div class=\"texto\">Se hará.</div></div>"
      "<div class=\"td\"><div class=\"texto\">Hecho.</div><div class=\"texto\">Calificación: Cumplido</div></div>"
      "</div></div></div><br class=\"clear\">\n"
      "</div></section>";
  informe::diagnostics diags;
  report r = informe::read_html(page(html), {}, diags);
  INFO(messages(diags));
  CHECK(diags.warning_count() == 0);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Hacer algo.");
  CHECK(r.rows[0].responsible == "Unidad B");
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
  CHECK(r.rows[0].status == informe::compliance_status::fulfilled);
}

TEST_CASE("display: table-row / table-cell markup, <ul>/<li> rows, repeated titles, and what does not fit") {
  SUBCASE("a list of rows of <span>s") {
    std::string html = "<ul class=\"compromisos\">\n"
                       "<li><span>Nº</span> <span>Recomendación</span> <span>Compromiso</span> <span>Cumplimiento</span></li>\n"
                       "<li><span>1</span> <span>Hacer algo.</span> <span>Se hará.</span> <span>Hecho.</span></li>\n"
                       "<li><span>Nº</span> <span>Recomendación</span> <span>Compromiso</span> <span>Cumplimiento</span></li>\n"
                       "<li><span>2</span> <span>Otra cosa.</span> <span>Se verá.</span> <span>Nada.</span></li>\n"
                       "</ul>";
    informe::diagnostics diags;
    report r = informe::read_html(page(html), {}, diags);
    INFO(messages(diags));
    CHECK(diags.warning_count() == 0);
    REQUIRE(r.rows.size() == 2);  // the titles repeated are passed over
    CHECK(r.rows[1].number == "2");
    CHECK(r.rows[1].compliance.plain_text() == "Nada.");
  }
  SUBCASE("text between the rows and a cell past the titles are named") {
    std::string html = "<div style=\"display:table\">\n"
                       "<div style=\"display:table-row\"><div style=\"display:table-cell\">Recomendación</div>"
                       "<div style=\"display:table-cell\">Compromiso</div><div style=\"display:table-cell\">Cumplimiento</div></div>\n"
                       "Una nota suelta entre las filas.\n"
                       "<p>Otra nota, en su párrafo.</p>\n"
                       "<div style=\"display:table-row\"><div style=\"display:table-cell\">1. Hacer algo.</div>"
                       "<div style=\"display:table-cell\">Se hará.</div><div style=\"display:table-cell\">Hecho.</div>"
                       "<div style=\"display:table-cell\">Celda de más.</div></div>\n"
                       "</div>";
    informe::diagnostics diags;
    report r = informe::read_html(page(html), {}, diags);
    INFO(messages(diags));
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
    CHECK(warnings_with(diags, "outside its rows was not read: \"Una nota suelta entre las filas.\"") == 1);
    CHECK(warnings_with(diags, "outside its rows was not read: \"Otra nota, en su párrafo.\"") == 1);
    CHECK(warnings_with(diags, "a cell outside the table's columns was not read: \"Celda de más.\"") == 1);
  }
}

TEST_CASE("block_cells leaves out what clears floats, keeps empty cells") {
  using namespace informe::detail;
  informe::diagnostics d;
  html_document doc("<html><body><div id=r><div class='c a'>x</div><div class='c b'>&nbsp;</div><div class=fin></div>"
                    "<div style='clear: both'></div><br><hr></div></body></html>",
                    d);
  const xmlNode* row = nullptr;
  walk(
      doc.root(),
      [&](const xmlNode* n) {
        std::string id;
        if (attribute(n, "id", id) && id == "r") row = n;
        return n->type == XML_ELEMENT_NODE;
      },
      [](const xmlNode*) {});
  REQUIRE(row != nullptr);
  const auto cells = block_cells(row);
  REQUIRE(cells.size() == 2);  // the empty "c b" shares the class "c": an empty cell, kept
  CHECK(block_grid(row).width() == 1);  // as a title row: no title, no column, past the last
}

TEST_CASE("fichas built of block elements: a label | value row each, as a ficha <table> reads") {
  auto ficha = [](const std::string& n, const std::string& rec, const std::string& status) {
    return "<div class=\"ficha\">\n"
           "<div class=\"par\"><div class=\"et\">N°</div><div class=\"va\">" + n + "</div></div>\n"
           "<div class=\"par\"><div class=\"et\">Recomendación</div><div class=\"va\">" + rec + "</div></div>\n"
           "<div class=\"par\"><div class=\"et\">Compromiso</div><div class=\"va\">Se hará.</div></div>\n"
           "<div class=\"par\"><div class=\"et\">Calificación</div><div class=\"va\">" + status + "</div></div>\n"
           "</div>\n";
  };
  informe::diagnostics diags;
  report r = informe::read_html(page(ficha("1", "Hacer algo.", "Cumplido") + ficha("2", "Otra cosa.", "No cumplido")), {}, diags);
  INFO(messages(diags));
  CHECK(diags.warning_count() == 0);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Hacer algo.");
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[1].status == informe::compliance_status::not_fulfilled);
}

TEST_CASE("a corpus page with its commitments <table> rewritten as display: table-row <div>s reads as the original") {
  // tests/data/html/legacy-block-rows-sence-2011.html: sence-formacion-oficios-2011's legacy page
  // (a <thead>, the title row repeated every 6 rows, lists, labels in cells) through to_block_table.py css
  auto read = [](const std::string& path, informe::diagnostics& d) {
    return informe::read_html(informe::test::read_file(informe::test::source_path(path)), {}, d);
  };
  auto json = [](const report& r) {
    std::string out;
    informe::diagnostics d;
    informe::write_json(r, {}, out, d);
    return out;
  };
  informe::diagnostics table_diags, block_diags;
  const report table = read("tests/data/corpus/legacy/sence-formacion-oficios-2011.html", table_diags);
  const report blocks = read("tests/data/html/legacy-block-rows-sence-2011.html", block_diags);
  INFO(messages(block_diags));
  CHECK(json(blocks) == json(table));
  CHECK(blocks == table);
  CHECK(block_diags.warning_count() == table_diags.warning_count());
  CHECK(blocks.rows.size() == 18);
}

TEST_CASE("a table flattened into paragraphs, a cell each (as LibreOffice saves a table of <div>s), is refused and said so") {
  std::string html = "<div id=\"compromisos\">\n<p><span>N°</span></p>\n<p><span>Recomendación</span></p>\n"
                     "<p><span>Compromiso</span></p>\n<p><span>Cumplimiento</span></p>\n<p><span>1</span></p>\n"
                     "<p><span>Hacer algo.</span></p>\n<p><span>Se hará.</span></p>\n<p><span>Hecho.</span></p>\n</div>";
  informe::diagnostics diags;
  try {
    (void)informe::read_html(page(html), {}, diags);
    FAIL("no error");
  } catch (const informe::error& e) {
    CHECK(e.message().find("stand in rows of their own, not as the cells of one row") != std::string::npos);
    CHECK(e.where().line == 4);  // the <div> that holds them
  }
}
