// The DOCX reader: our own output read back losslessly (also as Flat OPC), hand-typed reports of
// several shapes (tests/data/docx/*.docx with their expected models), what Word leaves in files,
// and hostile packages.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "../../writers/docx/docx_support.hpp"
#include "shared/zip/zip.hpp"
#include "informe/io.hpp"

using namespace informe;
using namespace informe::test;

namespace {

write_options fixed_options() {
  write_options o;
  o.source_date_epoch = 1254935185;
  return o;
}

report json_file(const std::string& path) {
  diagnostics d;
  return read_json(read_file(path), {}, d);
}

std::string json_of(const report& r) {
  diagnostics d;
  std::string out;
  write_json(r, {}, out, d);
  return out;
}

// A minimal package around a document body.
std::string package(const std::string& body, const std::string& extra_name = {}, const std::string& extra = {}) {
  const std::string ct =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  const std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
  std::string doc = R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>)" +
                    body + "</w:body></w:document>";
  std::vector<informe::detail::zip_entry> entries{{"[Content_Types].xml", ct}, {"_rels/.rels", rels}, {"word/document.xml", doc}};
  if (!extra_name.empty()) entries.push_back({extra_name, extra});
  return informe::detail::write_zip(entries, {});
}

// How many times `needle` occurs in the document part of `docx`.
std::size_t docx_entry_count(const std::string& docx, const std::string& needle) {
  informe::detail::zip_reader zip(docx, "test.docx");
  const std::string doc = zip.read("word/document.xml").value_or("");
  std::size_t n = 0;
  for (auto at = doc.find(needle); at != std::string::npos; at = doc.find(needle, at + 1)) ++n;
  return n;
}

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& content) { return "<w:tc>" + content + "</w:tc>"; }

// A small typed report: header lines, the table with a number column, one row.
std::string typed_body(const std::string& compliance_cell) {
  return p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009") + p("Programa/Institución: Pesca") +
         p("Ministerio: ECONOMIA") + "<w:tbl><w:tr>" + tc(p("N°")) + tc(p("Recomendación")) + tc(p("Compromiso")) +
         tc(p("Cumplimiento")) + "</w:tr><w:tr>" + tc(p("1")) + tc(p("Mejorar.")) +
         tc(p("Se hará.") + p("Fecha de Vencimiento: Dic. 2009")) + tc(compliance_cell) + "</w:tr></w:tbl>";
}

report read_bytes(const std::string& bytes, diagnostics& d) { return read_docx(bytes, {}, d); }

// package() with a styles part (word/styles.xml, related from the document).
std::string package_with_styles(const std::string& body, const std::string& styles_body) {
  std::string bytes = package(body);
  informe::detail::zip_reader zip(bytes, "test package");
  std::vector<informe::detail::zip_entry> entries;
  for (const auto& name : zip.names()) entries.push_back({name, *zip.read(name)});
  entries.push_back({"word/_rels/document.xml.rels",
                     R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)"});
  entries.push_back({"word/styles.xml",
                     R"(<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)" +
                         styles_body + "</w:styles>"});
  return informe::detail::write_zip(entries, {});
}

// Every example, and the seed with a row taller than a page (which the writer divides), by name.
std::vector<std::pair<std::string, report>> round_trip_cases() {
  std::vector<std::pair<std::string, report>> out;
  for (const auto& path : example_files()) out.emplace_back(path.stem().string(), json_file(path.string()));
  out.emplace_back("long-row", long_row_report(json_file(source_path("examples/fomento-microempresa-2009.json"))));
  return out;
}

}  // namespace

TEST_CASE("every example reads back from DOCX and Flat OPC unchanged, a row divided across pages as one") {
  for (const auto& [name, r] : round_trip_cases()) {
    CAPTURE(name);
    diagnostics wd;
    std::string docx, flat;
    write_docx(r, fixed_options(), docx, wd);
    write_docx_xml(r, fixed_options(), flat, wd);
    if (name == "long-row") REQUIRE(docx_entry_count(docx, "RowNumberContinued") >= 2);  // it was divided
    diagnostics d1, d2;
    CHECK(json_of(read_docx(docx, {}, d1)) == json_of(r));
    CHECK(json_of(read_docx_xml(flat, {}, d2)) == json_of(r));
    CHECK(d1.empty());
    CHECK(d2.empty());
    // a Flat OPC file named .docx is read as what it is
    diagnostics d3;
    CHECK(json_of(read_docx(flat, {}, d3)) == json_of(r));
    // the marks are furniture, named
    if (name == "long-row") {
      bool mark = false, number = false;
      for (const auto& x : d1.all()) {
        mark = mark || (x.message.find("continued on the next page") != std::string::npos && x.content == "(continúa)");
        number = number || (x.message.find("continued from the page before") != std::string::npos && x.content == "14");
      }
      CHECK(mark);
      CHECK(number);
    }
  }
}

TEST_CASE("a user's reference document does not break the read") {
  write_options o = fixed_options();
  o.reference_docx = source_path("tests/data/corpus/word/pesca-artesanal-2009.docx");  // python3-docx's styles
  for (const auto& path : example_files()) {
    CAPTURE(path.string());
    report r = json_file(path.string());
    diagnostics wd, d;
    std::string docx;
    write_docx(r, o, docx, wd);
    CHECK(json_of(read_docx(docx, {}, d)) == json_of(r));
    CHECK(d.empty());
  }
}

TEST_CASE("cell labels changed in a template still read back") {
  temp_dir dir;
  std::filesystem::create_directories(dir / "common");
  std::string labels = read_file(source_path("templates/common/labels.json"));
  for (auto [from, to] : {std::pair<std::string, std::string>{"\"Organismo Responsable\"", "\"Responsable\""},
                          {"\"Fecha de Vencimiento\"", "\"Plazo\""},
                          {"\"Medios de Verificación\"", "\"Evidencia\""}}) {
    auto at = labels.find(from);
    REQUIRE(at != std::string::npos);
    labels.replace(at, from.size(), to);
  }
  write_file(dir / "common/labels.json", labels);
  write_options o = fixed_options();
  o.template_dir = dir.path;
  report r = json_file(source_path("examples/fomento-microempresa-2009.json"));
  diagnostics wd, d;
  std::string docx;
  write_docx(r, o, docx, wd);
  CHECK(json_of(read_docx(docx, {}, d)) == json_of(r));
  CHECK(d.empty());
}

TEST_CASE("a report with absent values reads back unchanged") {
  report r = json_file(source_path("examples/fomento-microempresa-2009.json"));
  r.rows[0].status.reset();
  r.rows[0].status_text.clear();
  r.rows[1].verification = {};
  r.rows[1].compliance = {};
  r.rows[2].status_text = "En proceso";
  r.rows[2].status = compliance_status::partially_fulfilled;
  r.rows[2].recommendation.add_list({"Una política.", "Una estrategia."});
  r.observation.add_list({"Primero.", "Segundo."});
  r.observation.add_paragraph("Un párrafo final");
  diagnostics wd, d;
  std::string docx;
  write_docx(r, fixed_options(), docx, wd);
  CHECK(json_of(read_docx(docx, {}, d)) == json_of(r));
}

TEST_CASE("the examples survive a LibreOffice re-save, as DOCX and as Flat OPC, a divided row too") {
  REQUIRE_MESSAGE(have("soffice"), "soffice is missing: install libreoffice-writer-nogui (scripts/packages.txt)");
  temp_dir dir;
  for (const auto& [stem, r] : round_trip_cases()) {
    CAPTURE(stem);
    diagnostics wd;
    std::string docx;
    write_docx(r, fixed_options(), docx, wd);
    write_file(dir / (stem + ".docx"), docx);
    std::filesystem::create_directories(dir / "out");
    int rc = run("cd " + dir.path + " && timeout 180 soffice -env:UserInstallation=file://" + (dir / "profile") +
                 " --headless --norestore --convert-to docx --outdir out " + stem + ".docx >soffice.log 2>&1");
    REQUIRE(rc == 0);
    std::string resaved = read_file(dir / ("out/" + stem + ".docx"));
    CHECK(resaved != docx);
    diagnostics d;
    CHECK(json_of(read_docx(resaved, {}, d)) == json_of(r));
    CHECK(d.empty());
    // LibreOffice 7 writes no Flat OPC: its package, flattened by an independent script
    REQUIRE(run("/usr/bin/python3 " + source_path("tests/unit/readers/docx/docx_to_flat.py") + " " +
                (dir / ("out/" + stem + ".docx")) + " " + (dir / (stem + ".xml"))) == 0);
    diagnostics d2;
    CHECK(json_of(read_docx_xml(read_file(dir / (stem + ".xml")), {}, d2)) == json_of(r));
    CHECK(d2.empty());
  }
}

TEST_CASE("a row edited with python3-docx reads back as exactly that change") {
  REQUIRE_MESSAGE(run("/usr/bin/python3 -c 'import docx' 2>/dev/null") == 0,
                  "python3-docx is missing (scripts/packages.txt)");
  temp_dir dir;
  report r = json_file(source_path("examples/fomento-microempresa-2009.json"));
  diagnostics wd;
  std::string docx;
  write_docx(r, fixed_options(), docx, wd);
  write_file(dir / "in.docx", docx);
  const std::string compliance = "Se rehízo la pauta en 2004; falta su aplicación en regiones.";
  REQUIRE(run("/usr/bin/python3 " + source_path("tests/unit/readers/docx/edit_row.py") + " " + (dir / "in.docx") + " " +
              (dir / "out.docx") + " 2 'Parcialmente cumplido' '" + compliance + "'") == 0);
  report want = r;
  want.rows[1].compliance = rich_text::paragraph(compliance);
  want.rows[1].status = compliance_status::partially_fulfilled;
  want.rows[1].status_text = "Parcialmente cumplido";
  diagnostics d;
  CHECK(json_of(read_docx(read_file(dir / "out.docx"), {}, d)) == json_of(want));
  CHECK(d.empty());
}

TEST_CASE("hand-typed reports of several shapes give their expected models") {
  const std::string dir = source_path("tests/data/docx");
  int seen = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".docx") continue;
    CAPTURE(e.path().string());
    std::string expected_path = e.path().parent_path() / (e.path().stem().string() + ".json");
    report expected = json_file(expected_path);
    diagnostics d;
    report got = read_docx(read_file(e.path().string()), {}, d);
    CHECK(json_of(got) == json_of(expected));
    for (const auto& x : d.all()) {
      if (x.level != severity::info) MESSAGE(x.to_string());
    }
    ++seen;
  }
  CHECK(seen >= 4);
}

TEST_CASE("tracked changes are read as accepted, with a warning") {
  std::string cell = "<w:p><w:r><w:t>Se </w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>no </w:delText></w:r></w:del>"
                     "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>cumplió.</w:t></w:r></w:ins></w:p>" +
                     p("Calificación: Cumplido");
  diagnostics d;
  report r = read_bytes(package(typed_body(cell)), d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].compliance.plain_text() == "Se cumplió.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  bool warned = false;
  for (const auto& x : d.all()) warned = warned || x.message.find("tracked changes") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("tabs, breaks, symbols, hyphens, fields, content controls and alternate content keep their text") {
  std::string cell =
      "<w:p><w:r><w:t>Plazo</w:t><w:tab/><w:t>2008</w:t><w:noBreakHyphen/><w:t>2009</w:t><w:br/><w:t>y más.</w:t></w:r></w:p>"
      "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>Página</w:t></w:r></w:fldSimple>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> hoy.</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:sdt><w:sdtContent><w:p><w:smartTag><w:r><w:t>Control</w:t></w:r></w:smartTag>"
      "<mc:AlternateContent><mc:Choice Requires=\"x\"><w:r><w:t>nuevo</w:t></w:r></mc:Choice>"
      "<mc:Fallback><w:r><w:t xml:space=\"preserve\"> viejo </w:t></w:r></mc:Fallback></mc:AlternateContent>"
      "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r></w:p></w:sdtContent></w:sdt>" +
      p("Calificación: Cumplido");
  diagnostics d;
  report r = read_bytes(package(typed_body(cell)), d);
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].compliance.plain_text(" | ") == "Plazo 2008-2009 y más. | Página hoy. | Control viejo •");
}

TEST_CASE("paragraphs typed apart by an empty line (two line breaks) in one Word paragraph are paragraphs") {
  const std::string cell =
      "<w:p><w:r><w:t>El catastro se terminó.</w:t><w:br/><w:br/><w:t>Los criterios se aprobaron en</w:t><w:br/>"
      "<w:t>2008.</w:t><w:br/><w:t xml:space=\"preserve\">  </w:t><w:br/><w:t>Tercero.</w:t></w:r></w:p>" +
      p("Calificación: Cumplido");
  diagnostics d;
  report r = read_bytes(package(typed_body(cell)), d);
  REQUIRE(r.rows.size() == 1);
  // A single line break stays inside its paragraph; a line of blanks between two breaks is empty.
  CHECK(r.rows[0].compliance.plain_text(" | ") == "El catastro se terminó. | Los criterios se aprobaron en 2008. | Tercero.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
}

TEST_CASE("two header fields typed on one line, a tab apart, are two fields; a tab before a value is not") {
  const std::string line =
      "<w:p><w:r><w:t>Ministerio:</w:t><w:tab/><w:t>MINISTERIO SECRETARÍA GENERAL DE LA PRESIDENCIA</w:t><w:tab/>"
      "<w:t>Servicio:</w:t><w:tab/><w:t>SERVICIO NACIONAL DEL ADULTO MAYOR</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Año:</w:t><w:tab/><w:t>2008</w:t><w:tab/><w:tab/><w:t>Calificación:</w:t><w:tab/>"
      "<w:t>En Seguimiento</w:t></w:r></w:p>";
  std::string body = typed_body(p("Calificación: Cumplido"));
  body.replace(body.find(p("Ministerio: ECONOMIA")), p("Ministerio: ECONOMIA").size(), line);
  diagnostics d;
  report r = read_bytes(package(body), d);
  CHECK(r.ministry == "MINISTERIO SECRETARÍA GENERAL DE LA PRESIDENCIA");
  CHECK(r.service == "SERVICIO NACIONAL DEL ADULTO MAYOR");
  CHECK(r.evaluation_year == 2008);
  CHECK(r.program_status == "En Seguimiento");
  CHECK(d.warning_count() == 0);
}

TEST_CASE("a merged number cell and a table split in two read as one table") {
  std::string body = typed_body(p("Calificación: Cumplido")) + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
                     "<w:tbl><w:tr>" + tc(p("2")) + tc(p("Otra.")) + tc(p("Se hará otra.")) +
                     tc(p("Calificación: No cumplido")) + "</w:tr><w:tr>" +
                     "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + tc(p("Continúa.")) + tc(p("")) + tc(p("")) +
                     "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_bytes(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].recommendation.plain_text(" ") == "Otra. Continúa.");
  CHECK(r.rows[1].status == compliance_status::not_fulfilled);
}

TEST_CASE("text placed nowhere is named in a warning") {
  std::string body = typed_body(p("Calificación: Cumplido")) + p("Firma del jefe de servicio");
  diagnostics d;
  read_bytes(package(body), d);
  bool found = false;
  for (const auto& x : d.all())
    found = found || (x.code == diagnostic_code::unplaced_text && x.content == "Firma del jefe de servicio" && x.where.line > 0);
  CHECK(found);
}

TEST_CASE("headers and comments are furniture; footnotes and text boxes are named in warnings") {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string body = typed_body(p("Calificación: Cumplido")) +
                     "<w:p><w:r><w:t>Nota</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                     "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Borrador interno</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>";
  std::string rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"r1\" Type=\"" + rel + "footer\" Target=\"footer1.xml\"/>"
                     "<Relationship Id=\"r2\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>"
                     "<Relationship Id=\"r3\" Type=\"" + rel + "comments\" Target=\"comments.xml\"/>"
                     "<Relationship Id=\"r4\" Type=\"" + rel + "hyperlink\" Target=\"http://example.org\" TargetMode=\"External\"/>"
                     "</Relationships>";
  std::string footer = "<w:ftr " + w + "><w:p><w:r><w:t xml:space=\"preserve\">Página </w:t></w:r><w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
  std::string notes = "<w:footnotes " + w + "><w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                      "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Según oficio 123.</w:t></w:r></w:p></w:footnote></w:footnotes>";
  std::string comments = "<w:comments " + w + "><w:comment w:id=\"0\" w:author=\"a\"><w:p><w:r><w:t>Revisar fecha</w:t></w:r></w:p></w:comment></w:comments>";
  std::string bytes = package(body, "word/_rels/document.xml.rels", rels);
  // package() takes one extra part: add the others by rebuilding the zip with them
  informe::detail::zip_reader z(bytes, "test");
  std::vector<informe::detail::zip_entry> entries;
  for (const auto& n : z.names()) entries.push_back({n, *z.read(n)});
  entries.push_back({"word/footer1.xml", footer});
  entries.push_back({"word/footnotes.xml", notes});
  entries.push_back({"word/comments.xml", comments});
  diagnostics d;
  report r = read_bytes(informe::detail::write_zip(entries, {}), d);
  CHECK(r.rows.size() == 1);
  auto has = [&](diagnostic_code code, const std::string& content) {
    for (const auto& x : d.all())
      if (x.code == code && x.content == content) return true;
    return false;
  };
  CHECK(has(diagnostic_code::page_furniture, "Página 1"));
  CHECK(has(diagnostic_code::page_furniture, "Revisar fecha"));
  CHECK(has(diagnostic_code::unplaced_text, "Según oficio 123."));
  CHECK(has(diagnostic_code::unplaced_text, "Borrador interno"));
  CHECK(has(diagnostic_code::unplaced_text, "Nota"));  // after the table
}

TEST_CASE("columns titled by a cell label go to that label's field") {
  std::string body = p("Programa/Institución: Pesca") + "<w:tbl><w:tr>" + tc(p("N°")) + tc(p("Recomendación")) +
                     tc(p("Compromiso")) + tc(p("Fecha de Vencimiento")) + tc(p("Cumplimiento")) + tc(p("Calificación")) +
                     "</w:tr><w:tr>" + tc(p("1")) + tc(p("Mejorar.")) + tc(p("Se hará.")) + tc(p("Dic. 2009")) +
                     tc(p("Se hizo.")) + tc(p("Cumplido")) + "</w:tr><w:tr>" + tc(p("2")) + tc(p("Medir.")) +
                     tc(p("Se medirá.")) + tc(p("")) + tc(p("Nada aún.")) + tc(p("No cumplido")) + "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_bytes(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].commitment.plain_text() == "Se hará.");
  CHECK(r.rows[0].due_text == "Dic. 2009");
  CHECK(r.rows[0].compliance.plain_text() == "Se hizo.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].due_text.empty());
  CHECK(r.rows[1].status == compliance_status::not_fulfilled);
  CHECK(r.rows[1].status_text == "No cumplido");
  CHECK(d.empty());
}

TEST_CASE("columns with a title of their own for a cell field: \"Plazo\", \"Responsable\", \"Estado\"") {
  // as an analyst types them: the due date, the responsible and the status each in a column
  std::string body = p("Programa/Institución: Mujeres") + "<w:tbl><w:tr>" + tc(p("N°")) + tc(p("Recomendación")) +
                     tc(p("Responsable")) + tc(p("Compromiso")) + tc(p("Plazo")) + tc(p("Cumplimiento")) +
                     tc(p("Estado:")) + "</w:tr><w:tr>" + tc(p("1")) + tc(p("Focalizar.")) + tc(p("SERNAM")) +
                     tc(p("Se aplicará.")) + tc(p("31-03-2010")) + tc(p("Hecho.")) + tc(p("Cumplido")) +
                     "</w:tr><w:tr>" + tc(p("2")) + tc(p("Medir.")) + tc(p("")) + tc(p("Se medirá.")) +
                     tc(p("Sept. 2010")) + tc(p("El plazo: marzo.")) + tc(p("Parcialmente cumplido")) +
                     "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_bytes(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Focalizar.");
  CHECK(r.rows[0].responsible == "SERNAM");
  CHECK(r.rows[0].commitment.plain_text() == "Se aplicará.");
  CHECK(r.rows[0].due == partial_date{2010, 3, 31});
  CHECK(r.rows[0].due_text == "31-03-2010");
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].responsible.empty());
  CHECK(r.rows[1].due == partial_date{2010, 9, 0});
  CHECK(r.rows[1].due_text == "Sept. 2010");
  // a column's title is no label inside a cell's text
  CHECK(r.rows[1].compliance.plain_text() == "El plazo: marzo.");
  CHECK(r.rows[1].status == compliance_status::partially_fulfilled);
  CHECK(r.rows[1].status_text == "Parcialmente cumplido");
  CHECK(d.empty());
}

TEST_CASE("a column of its own's value reaches its field as structure, whatever the labels' wording") {
  // The user's labels word the status "Observación", as the observation is worded: written as text
  // before the value, that label would read as the observation's.
  temp_dir dir;
  std::filesystem::create_directories(dir / "common");
  write_file(dir / "common/labels.json", R"j({"status": "Observación"})j");
  read_options o;
  o.template_dir = dir.path;
  std::string body = p("Programa/Institución: Mujeres") + "<w:tbl><w:tr>" + tc(p("N°")) + tc(p("Recomendación")) +
                     tc(p("Compromiso")) + tc(p("Cumplimiento")) + tc(p("Estado")) + "</w:tr><w:tr>" + tc(p("1")) +
                     tc(p("Focalizar.")) + tc(p("Se aplicará.")) + tc(p("Hecho.")) + tc(p("Cumplido")) + "</w:tr><w:tr>" +
                     tc(p("2")) + tc(p("Medir.")) + tc(p("Se medirá.")) + tc(p("Nada.")) + tc(p("En proceso")) +
                     "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_docx(package(body), o, d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].compliance.plain_text() == "Hecho.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].status_text == "Cumplido");
  CHECK(r.rows[0].compliance_observation.empty());
  // a value that reads as no status: kept as printed, with a warning
  CHECK_FALSE(r.rows[1].status);
  CHECK(r.rows[1].status_text == "En proceso");
  CHECK(r.rows[1].compliance_observation.empty());
  std::string messages;
  for (const auto& m : d.all()) messages += m.to_string() + "\n";
  INFO(messages);
  REQUIRE(d.warning_count() == 1);
  for (const auto& m : d.all())
    if (m.level == severity::warning) CHECK(m.code == diagnostic_code::bad_status);
}

TEST_CASE("an office's column value opening the recommendation's cell is not the row's number") {
  // Row 2 has no recommendation of its own, and its office reads "2. Oficina"; row 3 continues row
  // 2's (empty, merged) recommendation cell: another commitment of the last numbered row, 1.
  const std::string restart = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p/></w:tc>";
  const std::string continued = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
  std::string body = p("Programa/Institución: Mujeres") + "<w:tbl><w:tr>" + tc(p("Recomendación")) + tc(p("Responsable")) +
                     tc(p("Compromiso")) + tc(p("Cumplimiento")) + "</w:tr><w:tr>" + tc(p("1. Focalizar.")) + tc(p("SERNAM")) +
                     tc(p("Se aplicará.")) + tc(p("Hecho.")) + "</w:tr><w:tr>" + restart + tc(p("2. Oficina")) +
                     tc(p("Se medirá.")) + tc(p("Medido.")) + "</w:tr><w:tr>" + continued + tc(p("")) + tc(p("Se verá.")) +
                     tc(p("Visto.")) + "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_bytes(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].responsible == "SERNAM");
  CHECK(r.rows[1].number == "1");
  CHECK(r.rows[1].commitment.plain_text() == "Se verá.");
}

TEST_CASE("a cell spanning the table's columns is not a commitment and is named") {
  std::string body = typed_body(p("Calificación: Cumplido"));
  body.insert(body.rfind("</w:tbl>"), "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr>" + p("Fin del informe") + "</w:tc></w:tr>");
  diagnostics d;
  report r = read_bytes(package(body), d);
  CHECK(r.rows.size() == 1);
  bool found = false;
  for (const auto& x : d.all()) found = found || (x.code == diagnostic_code::unplaced_text && x.content == "Fin del informe");
  CHECK(found);
}

TEST_CASE("hostile packages are refused cleanly") {
  diagnostics d;
  // not a zip
  CHECK_THROWS_AS(read_bytes("PK\x03\x04 nonsense", d), informe::error);
  // a zip-slip entry name
  CHECK_THROWS_AS(read_bytes(informe::detail::write_zip({{"../evil.xml", "x"}, {"word/document.xml", "<a/>"}}, {}), d),
                  informe::error);
  // an entity bomb
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
  CHECK_THROWS_AS(read_bytes(informe::detail::write_zip({{"word/document.xml", bomb}}, {}), d), informe::error);
  // a compression bomb: 64 MiB of zeros
  CHECK_THROWS_AS(read_bytes(informe::detail::write_zip({{"word/document.xml", std::string(std::size_t{64} << 20, ' ')}}, {}), d),
                  informe::error);
  // 100k paragraphs
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "<w:p/>";
  CHECK_THROWS_WITH_AS(read_bytes(package(many), d), doctest::Contains("paragraphs"), informe::error);
  // deeply nested tables
  std::string nested = p("x");
  for (int i = 0; i < 40; ++i) nested = "<w:tbl><w:tr><w:tc>" + nested + "</w:tc></w:tr></w:tbl><w:p/>";
  CHECK_THROWS_WITH_AS(read_bytes(package(nested), d), doctest::Contains("nested"), informe::error);
  // no commitments table
  CHECK_THROWS_WITH_AS(read_bytes(package(p("Hola")), d), doctest::Contains("no commitments table"), informe::error);
  // not well-formed
  CHECK_THROWS_AS(read_docx_xml("<pkg:package", {}, d), informe::error);
}

TEST_CASE("a list style found through a basedOn chain that points further down styles.xml") {
  // The reader reads styles.xml only as far as the styles the document names and their bases.
  std::string item = "<w:p><w:pPr><w:pStyle w:val=\"MiLista\"/></w:pPr><w:r><w:t>";
  std::string cell = p("Se hizo:") + item + "uno</w:t></w:r></w:p>" + item + "dos</w:t></w:r></w:p>" +
                     p("Calificación: Cumplido");
  std::string table_styles;
  for (int i = 0; i < 20; ++i) {
    table_styles += "<w:style w:type=\"table\" w:styleId=\"T" + std::to_string(i) + "\"><w:name w:val=\"T\"/></w:style>";
  }
  std::string styles = "<w:style w:type=\"paragraph\" w:styleId=\"MiLista\"><w:name w:val=\"Mi lista\"/>"
                       "<w:basedOn w:val=\"BaseLista\"/></w:style>" + table_styles +
                       "<w:style w:type=\"paragraph\" w:styleId=\"BaseLista\"><w:name w:val=\"Base lista\"/>"
                       "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>";
  diagnostics d;
  report r = read_bytes(package_with_styles(typed_body(cell), styles), d);
  REQUIRE(r.rows.size() == 1);
  REQUIRE(r.rows[0].compliance.blocks.size() == 2);
  CHECK(r.rows[0].compliance.blocks[1].type == block::kind::bullet_list);
  CHECK(r.rows[0].compliance.blocks[1].items == std::vector<std::string>{"uno", "dos"});
  // a styles part that is not well-formed where the reader needs it is refused
  CHECK_THROWS_WITH_AS(read_bytes(package_with_styles(typed_body(cell), styles.substr(0, styles.size() - 12)), d),
                       doctest::Contains("not well-formed"), informe::error);
  // and the same refusals as the other parts: declarations, elements with too many attributes
  CHECK_THROWS_WITH_AS(read_bytes(package_with_styles(typed_body(cell), "<!DOCTYPE x []>" + styles), d),
                       doctest::Contains("DOCTYPE"), informe::error);
  std::string crowded = "<w:style w:type=\"table\" w:styleId=\"X\"";
  for (int i = 0; i < 300; ++i) crowded += " a" + std::to_string(i) + "=\"1\"";
  CHECK_THROWS_WITH_AS(read_bytes(package_with_styles(typed_body(cell), crowded + "/>" + styles), d),
                       doctest::Contains("attributes"), informe::error);
}

TEST_CASE("sub-numbers (\"1.1\", \"1.2\") in a number column or typed before the recommendation number the rows") {
  const std::string head = p("Programa/Institución: Tierras") + "<w:tbl><w:tr>";
  // a number column: structure, in sequence or not
  std::string column = head + tc(p("N°")) + tc(p("Recomendación")) + tc(p("Compromiso")) + tc(p("Cumplimiento")) +
                       "</w:tr><w:tr>" + tc(p("1.1")) + tc(p("Definir.")) + tc(p("Se hará.")) + tc(p("Hecho.")) +
                       "</w:tr><w:tr>" + tc(p("3.1.")) + tc(p("Medir.")) + tc(p("Se medirá.")) + tc(p("Nada.")) +
                       "</w:tr></w:tbl>";
  diagnostics d;
  report r = read_bytes(package(column), d);
  INFO(json_of(r));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1.1");
  CHECK(r.rows[1].number == "3.1");
  CHECK(r.rows[1].recommendation.plain_text() == "Medir.");
  CHECK(d.empty());

  // typed before the recommendation without a period; a recommendation merged over two commitments'
  // rows gives the second the number typed before it
  const std::string merged_start = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
  const std::string merged_on = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
  std::string typed = head + tc(p("Recomendación")) + tc(p("Compromiso")) + tc(p("Cumplimiento")) + "</w:tr><w:tr>" +
                      tc(p("1.1 Definir criterios.")) + tc(p("Se hará.")) + tc(p("Hecho.")) + "</w:tr><w:tr>" +
                      merged_start + p("1.2 Publicar la lista.") + "</w:tc>" + tc(p("Se publicará.")) +
                      tc(p("Publicada.")) + "</w:tr><w:tr>" + merged_on + tc(p("Se revisará.")) + tc(p("Revisada.")) +
                      "</w:tr></w:tbl>";
  diagnostics d2;
  report t = read_bytes(package(typed), d2);
  INFO(json_of(t));
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].number == "1.1");
  CHECK(t.rows[0].recommendation.plain_text() == "Definir criterios.");
  CHECK(t.rows[1].number == "1.2");
  CHECK(t.rows[1].recommendation.plain_text() == "Publicar la lista.");
  CHECK(t.rows[2].number == "1.2");
  CHECK(t.rows[2].recommendation.blocks.empty());
  CHECK(t.rows[2].commitment.plain_text() == "Se revisará.");
  CHECK(d2.warning_count() == 0);
}

TEST_CASE("a recommendation numbered by Word's multilevel list (\"1.1.\", \"1.2.\" from numbering.xml) is a sub-numbered row") {
  const std::string numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
  auto cell_numbered = [&](const std::string& text) {
    return "<w:tc><w:p>" + numbered + "<w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  const std::string body = p("Programa/Institución: Tierras") + "<w:tbl><w:tr>" + tc(p("Recomendación")) +
                           tc(p("Compromiso")) + tc(p("Cumplimiento")) + "</w:tr><w:tr>" +
                           cell_numbered("Definir criterios.") + tc(p("Se hará.")) + tc(p("Hecho.")) +
                           "</w:tr><w:tr>" + cell_numbered("Publicar la lista.") + tc(p("Se publicará.")) +
                           tc(p("Publicada.")) + "</w:tr></w:tbl>";
  std::string bytes = package(body);
  informe::detail::zip_reader zip(bytes, "test package");
  std::vector<informe::detail::zip_entry> entries;
  for (const auto& name : zip.names()) entries.push_back({name, *zip.read(name)});
  entries.push_back({"word/_rels/document.xml.rels",
                     R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>)"});
  entries.push_back({"word/numbering.xml",
                     R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                     R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)"
                     R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>)"
                     R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)"});
  diagnostics d;
  report r = read_bytes(informe::detail::write_zip(entries, {}), d);
  INFO(json_of(r));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1.1");
  CHECK(r.rows[0].recommendation.plain_text() == "Definir criterios.");
  CHECK(r.rows[1].number == "1.2");
  CHECK(r.rows[1].commitment.plain_text() == "Se publicará.");
}

namespace {

// A row of plain cells, one paragraph each (paragraphs apart by '|').
std::string plain_row(const std::vector<std::string>& cells) {
  std::string out = "<w:tr>";
  for (const auto& c : cells) {
    std::string paras;
    std::size_t from = 0;
    for (std::size_t bar = c.find('|');; bar = c.find('|', from)) {
      paras += p(c.substr(from, bar == std::string::npos ? std::string::npos : bar - from));
      if (bar == std::string::npos) break;
      from = bar + 1;
    }
    out += tc(paras);
  }
  return out + "</w:tr>";
}

const std::string typed_head = p("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2007") +
                               p("Programa/Institución: Escuelas Deportivas") + p("Ministerio: SEGEGOB");

}  // namespace

TEST_CASE("a commitments table with no row of column titles is read by its columns' places, and says so") {
  const std::string body =
      typed_head + "<w:tbl>" +
      plain_row({"1", "Definir la población.|Organismo Responsable: IND", "Se elaborará un documento.|"
                 "Fecha de Vencimiento: Dic. 2006", "Aprobado en 2006.|Calificación: Cumplido"}) +
      plain_row({"2", "Medir resultados.", "Se aplicará una batería.|Fecha de Vencimiento: 2007", ""}) + "</w:tbl>";
  diagnostics d;
  const report r = read_bytes(package(body), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Definir la población.");
  CHECK(r.rows[0].responsible == "IND");
  CHECK(r.rows[0].commitment.plain_text() == "Se elaborará un documento.");
  CHECK(r.rows[0].due_text == "Dic. 2006");
  CHECK(r.rows[0].compliance.plain_text() == "Aprobado en 2006.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].due_text == "2007");
  bool said = false;
  for (const auto& x : d.all())
    said = said || (x.code == diagnostic_code::layout_inferred && x.message.find("no row of column titles") != std::string::npos);
  CHECK(said);

  // Three cells, the number typed before the recommendation: the same.
  const std::string three = typed_head + "<w:tbl>" +
                            plain_row({"1. Definir la población.", "Se elaborará.|Fecha de Vencimiento: Dic. 2006",
                                       "Aprobado.|Calificación: Cumplido"}) + "</w:tbl>";
  diagnostics d3;
  const report r3 = read_bytes(package(three), d3);
  REQUIRE(r3.rows.size() == 1);
  CHECK(r3.rows[0].recommendation.plain_text() == "Definir la población.");
  CHECK(r3.rows[0].status == compliance_status::fulfilled);

  // A table of numbered cells with no field label in its place is no commitments table.
  const std::string bare = typed_head + "<w:tbl>" + plain_row({"1", "Uno.", "Dos.", "Tres."}) + "</w:tbl>";
  diagnostics db;
  CHECK_THROWS_AS(read_bytes(package(bare), db), informe::error);
}

TEST_CASE("commitments printed as fichas, a label | value table each, are read field by field") {
  const std::string ficha1 =
      "<w:tbl>" + plain_row({"N°", "1"}) + plain_row({"Recomendación", "Definir la población."}) +
      plain_row({"Organismo Responsable", "IND"}) + plain_row({"Compromiso", "Se elaborará.|Con metas."}) +
      plain_row({"Fecha de Vencimiento", "Junio 2007"}) + plain_row({"Calificación", "Cumplido"}) +  // before its column
      plain_row({"Cumplimiento", "Aprobado."}) + plain_row({"Observación", ""}) +
      plain_row({"Medios de Verificación", "Resolución."}) + "</w:tbl>";
  const std::string ficha2 = "<w:tbl>" + plain_row({"N°:", "2"}) + plain_row({"Recomendación:", "Medir."}) +
                             plain_row({"Compromiso:", "Se medirá."}) + plain_row({"Cumplimiento:", ""}) +
                             plain_row({"Calificación:", ""}) + "</w:tbl>";
  diagnostics d;
  const report r = read_bytes(package(typed_head + ficha1 + p("") + ficha2), d);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].number == "1");
  CHECK(r.rows[0].recommendation.plain_text() == "Definir la población.");
  CHECK(r.rows[0].responsible == "IND");
  CHECK(r.rows[0].commitment.blocks.size() == 2);
  CHECK(r.rows[0].due_text == "Junio 2007");
  CHECK(r.rows[0].compliance.plain_text() == "Aprobado.");
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].compliance_observation.empty());
  CHECK(r.rows[0].verification.plain_text() == "Resolución.");
  CHECK(r.rows[1].number == "2");
  CHECK(r.rows[1].commitment.plain_text() == "Se medirá.");
  CHECK(r.rows[1].compliance.empty());
  CHECK(!r.rows[1].status);
  CHECK(r.ministry == "SEGEGOB");
  CHECK(d.warning_count() == 0);
}
