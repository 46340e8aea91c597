// The DOCX reader on shapes of hand-typed reports: several commitments per recommendation, the
// number and recommendation cells merged down over the commitments' rows (w:vMerge), the title
// and header fields in Word's page header (w:headerReference), and a header table laid across (a row
// of labels, their values in the row below). Small packages made here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shared/zip/zip.hpp"
#include "word_accounting.hpp"
#include "informe/io.hpp"

using namespace informe;

namespace {

const std::string w_ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

struct part {
  std::string name;  // "header1.xml", in word/
  std::string type;  // "header", "footer"
  std::string id;    // "rId5"
  std::string xml;
};

// A package around `body`, with `parts` related from the document.
std::string package(const std::string& body, const std::vector<part>& parts = {}) {
  const std::string ct =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  const std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
  std::vector<informe::detail::zip_entry> entries{
      {"[Content_Types].xml", ct},
      {"_rels/.rels", rels},
      {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w_ns + "><w:body>" + body +
                                "</w:body></w:document>"}};
  std::string doc_rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (const auto& x : parts) {
    doc_rels += "<Relationship Id=\"" + x.id + "\" Type=\"" + rel_ns + x.type + "\" Target=\"" + x.name + "\"/>";
    entries.push_back({"word/" + x.name, x.xml});
  }
  entries.push_back({"word/_rels/document.xml.rels", doc_rels + "</Relationships>"});
  return informe::detail::write_zip(entries, {});
}

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& content) { return "<w:tc>" + content + "</w:tc>"; }
// A cell starting a vertical merge, and one continuing it (empty, as Word writes it).
std::string restart(const std::string& content) { return "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + content + "</w:tc>"; }
std::string cont(const std::string& content = "<w:p/>") { return "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + content + "</w:tc>"; }
std::string tr(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }
std::string header_row() {
  return "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc(p("N°")) + tc(p("Recomendación")) + tc(p("Compromiso")) +
         tc(p("Cumplimiento")) + "</w:tr>";
}
std::string head_lines() {
  return p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009") + p("Programa/Institución: Riego") +
         p("Ministerio: AGRICULTURA");
}
// The cells of one commitment: commitment with its due date, compliance with its status.
std::string commitment(const std::string& what, const std::string& due, const std::string& status) {
  return tc(p(what) + p("Fecha de Vencimiento: " + due)) + tc(p("Hecho.") + p("Calificación: " + status));
}

report read(const std::string& bytes, diagnostics& d) { return read_docx(bytes, {}, d); }

bool has(const diagnostics& d, diagnostic_code code, const std::string& content) {
  for (const auto& x : d.all())
    if (x.code == code && x.content == content) return true;
  return false;
}

std::size_t warnings(const diagnostics& d) {
  std::size_t n = 0;
  for (const auto& x : d.all()) n += x.level == severity::warning ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a recommendation merged down over two commitments' rows gives two rows, the second repeating its number") {
  std::string body = head_lines() + "<w:tbl>" + header_row() +
                     tr(restart(p("1")) + restart(p("Mejorar.") + p("Organismo Responsable: INDAP")) +
                        commitment("Se hará un estudio.", "Dic. 2007", "Cumplido")) +
                     tr(cont() + cont() + commitment("Se ajustará la norma.", "Junio 2008", "No cumplido")) +
                     tr(tc(p("2")) + tc(p("Otra.")) + commitment("Se hará otra.", "2008", "Cumplido")) + "</w:tbl>";
  diagnostics d;
  report r = read(package(body), d);
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Mejorar.");
  CHECK(r.rows[0].responsible == "INDAP");
  CHECK(r.rows[0].due_text == "Dic. 2007");
  CHECK(r.rows[1].number == "1");
  CHECK(r.rows[1].recommendation.blocks.empty());
  CHECK(r.rows[1].responsible.empty());
  CHECK(r.rows[1].commitment.plain_text() == "Se ajustará la norma.");
  CHECK(r.rows[1].due_text == "Junio 2008");  // not "Dic. 2007 Se ajustará ..."
  CHECK(r.rows[1].status == compliance_status::not_fulfilled);
  CHECK(r.rows[2].number == "2");
}

TEST_CASE("a merge over three rows gives three rows; a continuing row without a commitment is more of the row above") {
  std::string body = head_lines() + "<w:tbl>" + header_row() +
                     tr(restart(p("4")) + restart(p("Evaluar.")) + commitment("Uno.", "Dic. 2007", "Cumplido")) +
                     tr(cont() + cont() + commitment("Dos.", "Marzo de 2008", "Parcialmente cumplido")) +
                     tr(cont() + cont() + commitment("Tres.", "30-09-2008", "No cumplido")) +
                     // number and recommendation merged down over a row that holds only more compliance text
                     tr(restart(p("5")) + restart(p("Medir.")) + commitment("Cuatro.", "2008", "Cumplido")) +
                     tr(cont() + cont() + tc("<w:p/>") + tc(p("Medios de Verificación: Informe."))) + "</w:tbl>";
  diagnostics d;
  report r = read(package(body), d);
  REQUIRE(r.rows.size() == 4);
  CHECK(r.rows[0].number == "4");
  CHECK(r.rows[1].number == "4");
  CHECK(r.rows[2].number == "4");
  CHECK(r.rows[2].commitment.plain_text() == "Tres.");
  CHECK(r.rows[2].due_text == "30-09-2008");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[1].recommendation.blocks.empty());
  CHECK(r.rows[3].number == "5");
  CHECK(r.rows[3].verification.plain_text() == "Informe.");
}

TEST_CASE("a merge continues over a repeated header row and into a table continuing it after a page break") {
  std::string body = head_lines() + "<w:tbl>" + header_row() +
                     tr(restart(p("1")) + restart(p("Mejorar.")) + commitment("Uno.", "Dic. 2007", "Cumplido")) +
                     header_row() + tr(cont() + cont() + commitment("Dos.", "Junio 2008", "Cumplido")) + "</w:tbl>" +
                     "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p><w:tbl>" + header_row() +
                     tr(cont() + cont() + commitment("Tres.", "2008", "No cumplido")) + "</w:tbl>";
  diagnostics d;
  report r = read(package(body), d);
  REQUIRE(r.rows.size() == 3);
  for (const auto& row : r.rows) CHECK(row.number == "1");
  CHECK(r.rows[1].commitment.plain_text() == "Dos.");
  CHECK(r.rows[2].commitment.plain_text() == "Tres.");
  CHECK(r.rows[2].status == compliance_status::not_fulfilled);
}

TEST_CASE("inconsistent merges lose no text: a continuing cell with text, a continuation with no row above") {
  SUBCASE("a continuing cell holding text keeps it, with a warning") {
    std::string body = head_lines() + "<w:tbl>" + header_row() +
                       tr(restart(p("1")) + restart(p("Mejorar.")) + commitment("Uno.", "Dic. 2007", "Cumplido")) +
                       tr(cont() + cont(p("Texto perdido.")) + commitment("Dos.", "2008", "Cumplido")) + "</w:tbl>";
    diagnostics d;
    report r = read(package(body), d);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].number == "1");
    CHECK(r.rows[1].recommendation.plain_text() == "Texto perdido.");
    bool warned = false;
    for (const auto& x : d.all()) warned = warned || x.message.find("w:vMerge") != std::string::npos;
    CHECK(warned);
  }
  SUBCASE("a continuation row with nothing above to continue is named, its text kept") {
    std::string body = head_lines() + "<w:tbl>" + header_row() +
                       tr(cont() + cont() + commitment("Huérfano.", "2008", "Cumplido")) +
                       tr(tc(p("2")) + tc(p("Otra.")) + commitment("Dos.", "2008", "Cumplido")) + "</w:tbl>";
    diagnostics d;
    report r = read(package(body), d);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].commitment.plain_text() == "Huérfano.");
    CHECK(warnings(d) >= 1);
    CHECK(test::unaccounted_words("Huérfano. Hecho. Otra. Dos. Hecho.", r, d).empty());
  }
}

namespace {

std::string header_part(const std::string& body) { return "<w:hdr " + w_ns + ">" + body + "</w:hdr>"; }
std::string footer_part(const std::string& body) { return "<w:ftr " + w_ns + ">" + body + "</w:ftr>"; }
const std::string page_number = "<w:p><w:r><w:t xml:space=\"preserve\">Página </w:t></w:r><w:fldSimple w:instr=\"PAGE\">"
                                "<w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> de </w:t></w:r>"
                                "<w:fldSimple w:instr=\"NUMPAGES\"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>";
std::string sect_pr(const std::string& refs) { return "<w:sectPr>" + refs + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>"; }
std::string table_one_row() {
  return "<w:tbl>" + header_row() + tr(tc(p("1")) + tc(p("Mejorar.")) + commitment("Uno.", "Dic. 2007", "Cumplido")) +
         "</w:tbl>";
}

}  // namespace

TEST_CASE("the title and header fields in Word's page header are the report's header, read once") {
  std::string hdr = header_part(p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009") +
                                p("Programa/Institución: Vacaciones Tercera Edad") + p("Ministerio: ECONOMÍA") +
                                p("Servicio: SERNATUR") + p("Año: 2008") + page_number);
  std::string body = p("Calificación: En Seguimiento") + table_one_row() +
                     sect_pr("<w:headerReference w:type=\"first\" r:id=\"rId8\"/><w:headerReference w:type=\"default\" r:id=\"rId8\"/>"
                             "<w:footerReference w:type=\"default\" r:id=\"rId9\"/><w:titlePg/>");
  diagnostics d;
  report r = read(package(body, {{"header1.xml", "header", "rId8", hdr}, {"footer1.xml", "footer", "rId9", footer_part(page_number)}}), d);
  CHECK(r.cutoff_date == partial_date{2009, 6, 30});
  CHECK(r.program == "Vacaciones Tercera Edad");
  CHECK(r.ministry == "ECONOMÍA");
  CHECK(r.service == "SERNATUR");
  CHECK(r.evaluation_year == 2008);
  CHECK(r.program_status == "En Seguimiento");
  REQUIRE(r.rows.size() == 1);
  CHECK(warnings(d) == 0);
  std::size_t page_numbers = 0;
  for (const auto& x : d.all()) page_numbers += x.code == diagnostic_code::page_furniture && x.content == "Página 1 de 2";
  CHECK(page_numbers == 2);  // the header's and the footer's, each once
}

TEST_CASE("a page header with only a page number stays furniture; one no section uses too") {
  // two sections: the first's page header holds only a page number, the last's a header field
  std::string body = head_lines() + "<w:p><w:pPr>" + sect_pr("<w:headerReference w:type=\"default\" r:id=\"rId8\"/>") +
                     "</w:pPr></w:p>" + table_one_row() + sect_pr("<w:headerReference w:type=\"default\" r:id=\"rId7\"/>");
  diagnostics d;
  report r = read(package(body, {{"header1.xml", "header", "rId8", header_part(page_number)},
                                 {"header3.xml", "header", "rId7", header_part(p("Servicio: INDAP"))},
                                 {"header2.xml", "header", "rId9", header_part(p("Ministerio: OTRO"))}}),
                  d);
  CHECK(r.program == "Riego");
  CHECK(r.ministry == "AGRICULTURA");
  CHECK(r.service == "INDAP");
  CHECK(warnings(d) == 0);
  CHECK(has(d, diagnostic_code::page_furniture, "Página 1 de 2"));
  CHECK(has(d, diagnostic_code::page_furniture, "Ministerio: OTRO"));  // header2.xml: no section prints it
}

TEST_CASE("a header field in both the page header and the body: furniture when equal, named when not") {
  std::string hdr = header_part(p("Programa/Institución: Riego") + p("Ministerio: HACIENDA") + p("Servicio: INDAP") +
                                p("Gobierno de Chile"));
  std::string body = head_lines() + table_one_row() + sect_pr("<w:headerReference w:type=\"default\" r:id=\"rId8\"/>");
  diagnostics d;
  report r = read(package(body, {{"header1.xml", "header", "rId8", hdr}}), d);
  CHECK(r.program == "Riego");
  CHECK(r.ministry == "AGRICULTURA");  // the body's
  CHECK(r.service == "INDAP");         // only in the page header
  CHECK(has(d, diagnostic_code::page_furniture, "Programa/Institución: Riego"));
  CHECK(has(d, diagnostic_code::unplaced_text, "Ministerio: HACIENDA"));
  CHECK(has(d, diagnostic_code::unplaced_text, "Gobierno de Chile"));
}

TEST_CASE("w:gridBefore and w:hMerge place cells in their grid columns") {
  std::string body = head_lines() + "<w:tbl>" + header_row() +
                     // the number cell continues an old-style horizontal merge into the recommendation's column
                     "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc(p("Mejorar.")) +
                     commitment("Uno.", "Dic. 2007", "Cumplido") + "</w:tr>" +
                     tr("<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>" + p("2. Otra.") + "</w:tc>" +
                        "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>" + commitment("Dos.", "2008", "No cumplido")) +
                     "</w:tbl>";
  diagnostics d;
  report r = read(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() == "Mejorar.");
  CHECK(r.rows[0].commitment.plain_text() == "Uno.");
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation.plain_text() == "Otra.");
  CHECK(r.rows[1].commitment.plain_text() == "Dos.");
}

TEST_CASE("a header table's cell continuing a vertical merge but holding text is read, not dropped") {
  std::string body = "<w:tbl>" + tr(tc(p("Programa/Institución:")) + tc(p("Riego"))) +
                     tr(restart(p("Ministerio:")) + tc(p("AGRICULTURA"))) + tr(cont(p("Servicio:")) + tc(p("INDAP"))) +
                     "</w:tbl>" + table_one_row();
  diagnostics d;
  report r = read(package(body), d);
  CHECK(r.ministry == "AGRICULTURA");
  CHECK(r.service == "INDAP");
}

TEST_CASE("the page header's fields are read from a Flat OPC document too") {
  auto xml_part = [](const std::string& name, const std::string& xml) {
    return "<pkg:part pkg:name=\"" + name + "\" pkg:contentType=\"application/xml\"><pkg:xmlData>" + xml +
           "</pkg:xmlData></pkg:part>";
  };
  const std::string rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::string body = p("Ministerio: AGRICULTURA") + table_one_row() +
                     sect_pr("<w:headerReference w:type=\"default\" r:id=\"rId8\"/>");
  std::string flat =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">" +
      xml_part("/_rels/.rels", rels + "<Relationship Id=\"rId1\" Type=\"" + rel_ns +
                                   "officeDocument\" Target=\"word/document.xml\"/></Relationships>") +
      xml_part("/word/_rels/document.xml.rels",
               rels + "<Relationship Id=\"rId8\" Type=\"" + rel_ns + "header\" Target=\"header1.xml\"/></Relationships>") +
      xml_part("/word/document.xml", "<w:document " + w_ns + "><w:body>" + body + "</w:body></w:document>") +
      xml_part("/word/header1.xml", header_part(p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2008") +
                                                p("Programa/Institución: Riego"))) +
      "</pkg:package>";
  diagnostics d;
  report r = read_docx_xml(flat, {}, d);
  CHECK(r.cutoff_date == partial_date{2008, 12, 31});
  CHECK(r.program == "Riego");
  CHECK(r.ministry == "AGRICULTURA");
  CHECK(warnings(d) == 0);
}

TEST_CASE("a page footer holding a header field gives it; its page number is furniture") {
  std::string body = head_lines() + table_one_row() + sect_pr("<w:footerReference w:type=\"default\" r:id=\"rId9\"/>");
  diagnostics d;
  report r = read(package(body, {{"footer1.xml", "footer", "rId9", footer_part(p("Servicio: INDAP") + page_number)}}), d);
  CHECK(r.service == "INDAP");
  CHECK(r.ministry == "AGRICULTURA");
  CHECK(warnings(d) == 0);
  bool page_number_rule = false;
  for (const auto& x : d.all())
    page_number_rule = page_number_rule || (x.content == "Página 1 de 2" && x.message.find("(page number)") != std::string::npos);
  CHECK(page_number_rule);
}

TEST_CASE("a header table laid across: a row of labels, each value in the row below it, under its label") {
  // dga-fiscalizacion-policia-aguas-2009's Word file (corpus): three labels a row, a short last group's
  // last cells merged to the table's edge (w:gridSpan).
  auto span = [](int n, const std::string& content) {
    return "<w:tc><w:tcPr><w:gridSpan w:val=\"" + std::to_string(n) + "\"/></w:tcPr>" + content + "</w:tc>";
  };
  const std::string header =
      "<w:tbl>" + tr(tc(p("Programa/Institución:")) + tc(p("Ministerio:")) + tc(p("Servicio:"))) +
      tr(tc(p("Programa de Fiscalización")) + tc(p("MINISTERIO DE OBRAS PÚBLICAS")) + tc(p("DIRECCIÓN GENERAL DE AGUAS"))) +
      tr(tc(p("Año:")) + span(2, p("Calificación:"))) + tr(tc(p("2009")) + span(2, p("Egresado"))) + "</w:tbl>";
  const std::string body = p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011") + header + "<w:tbl>" +
                           header_row() + tr(tc(p("1")) + tc(p("Mejorar.")) + commitment("Un plan.", "Dic. 2010", "Cumplido")) +
                           "</w:tbl>";
  diagnostics d;
  const report r = read(package(body), d);
  CHECK(r.program == "Programa de Fiscalización");
  CHECK(r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(r.evaluation_year == 2009);
  CHECK(r.program_status == "Egresado");
  CHECK(warnings(d) == 0);
  REQUIRE(r.rows.size() == 1);
}

TEST_CASE("a header laid across with one label: its value below it, unless that starts with a label of its own") {
  // The rule the HTML reader (lay_across) and the layout reader (unfold_header_across) follow: a label
  // alone over a cell reads as that label's value; a cell that starts with a header label ("Servicio:
  // X" under "Observación:") is a field line of its own, not the value of the label above it.
  const std::string header =
      "<w:tbl>" + tr(tc(p("Ministerio:")) + tc(p("MINISTERIO DE OBRAS PÚBLICAS"))) + tr(tc(p("Calificación:")) + tc(p(""))) +
      tr(tc(p("Egresado")) + tc(p(""))) + tr(tc(p("Observación:"))) + tr(tc(p("Servicio: DIRECCIÓN GENERAL DE AGUAS"))) +
      "</w:tbl>";
  const std::string body = p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2011") + header + "<w:tbl>" +
                           header_row() + tr(tc(p("1")) + tc(p("Mejorar.")) + commitment("Un plan.", "Dic. 2010", "Cumplido")) +
                           "</w:tbl>";
  diagnostics d;
  const report r = read(package(body), d);
  CHECK(r.ministry == "MINISTERIO DE OBRAS PÚBLICAS");
  CHECK(r.program_status == "Egresado");
  CHECK(r.service == "DIRECCIÓN GENERAL DE AGUAS");
  CHECK(r.observation.plain_text().empty());
  CHECK(warnings(d) == 0);
}

TEST_CASE("column titles over two rows: sub-titles under titles merged across them, the others merged down") {
  // fosis-apoyo-microemprendimiento-2007's Word file (corpus): "Compromiso" over "Descripción" | "Plazo",
  // "Cumplimiento" over "Descripción" | "Calificación", "N°" and "Recomendación" merged down over both rows.
  auto span = [](const std::string& content) {
    return "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + content + "</w:tc>";
  };
  const std::string table =
      "<w:tbl>" + tr(restart(p("N°")) + restart(p("Recomendación")) + span(p("Compromiso")) + span(p("Cumplimiento"))) +
      tr(cont() + cont() + tc(p("Descripción")) + tc(p("Plazo")) + tc(p("Descripción")) + tc(p("Calificación"))) +
      tr(tc(p("1")) + tc(p("Mejorar el registro.")) + tc(p("Un plan.")) + tc(p("Dic. 2010")) + tc(p("Se hizo.")) +
         tc(p("Cumplido"))) +
      tr(tc(p("2")) + tc(p("Medir.")) + tc(p("Un estudio.")) + tc(p("Junio 2011")) + tc(p("Pendiente.")) +
         tc(p("No cumplido"))) +
      "</w:tbl>";
  diagnostics d;
  const report r = read(package(head_lines() + table), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Mejorar el registro.");
  CHECK(r.rows[0].commitment.plain_text() == "Un plan.");
  CHECK(r.rows[0].due_text == "Dic. 2010");
  CHECK(r.rows[0].compliance.plain_text() == "Se hizo.");
  CHECK(r.rows[0].status_text == "Cumplido");
  CHECK(r.rows[1].due_text == "Junio 2011");
  CHECK(r.rows[1].status_text == "No cumplido");
  CHECK(warnings(d) == 0);
}
