// The DOCX writer: package structure, reproducibility, real clients (LibreOffice, pdftotext,
// python3-docx) and hostile reference documents.
#include <doctest/doctest.h>

#include <filesystem>

#include "writers/docx/package.hpp"
#include "writers/docx/reference.hpp"
#include "writers/docx/xml.hpp"
#include "shared/zip/zip.hpp"
#include "docx_support.hpp"
#include "informe/io.hpp"
#include "seed_report.hpp"

using namespace informe;
using namespace informe::test;
namespace dx = informe::detail::docx;

namespace {

write_options fixed_options() {
  write_options o;
  o.source_date_epoch = 1254935185;  // 2009-10-07T17:06:25Z
  return o;
}

std::string docx_of(const report& r, const write_options& o = fixed_options()) {
  diagnostics d;
  std::string out;
  write_docx(r, o, out, d);
  return out;
}

std::string entry(const std::string& docx, const std::string& name) {
  informe::detail::zip_reader zip(docx, "test");
  auto bytes = zip.read(name);
  REQUIRE_MESSAGE(bytes.has_value(), "missing entry " << name);
  return *bytes;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the package holds every part, in a fixed order, with well-formed XML") {
  std::string docx = docx_of(seed_report());
  informe::detail::zip_reader zip(docx, "seed.docx");
  std::vector<std::string> expected{"[Content_Types].xml",  "_rels/.rels",          "word/document.xml",
                                    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                    "word/numbering.xml",   "word/fontTable.xml",   "word/header1.xml",
                                    "word/footer1.xml",     "docProps/core.xml",    "docProps/app.xml"};
  CHECK(zip.names() == expected);
  for (const auto& name : zip.names()) CHECK_NOTHROW(dx::parse_xml(*zip.read(name), name));

  std::string types = entry(docx, "[Content_Types].xml");
  CHECK(types.find("/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                   "wordprocessingml.document.main+xml\"") != std::string::npos);
  CHECK(types.find("wordprocessingml.footer+xml") != std::string::npos);

  std::string core = entry(docx, "docProps/core.xml");
  CHECK(core.find("<dc:creator>SERVICIO DE COOPERACION TECNICA</dc:creator>") != std::string::npos);
  CHECK(core.find("<dc:subject>Fomento a la Microempresa</dc:subject>") != std::string::npos);
  CHECK(core.find("<dc:language>es-CL</dc:language>") != std::string::npos);
  CHECK(core.find("al 30 de junio de 2009</dc:title>") != std::string::npos);
  CHECK(core.find("2009-10-07T17:06:25Z") != std::string::npos);
}

TEST_CASE("the document: repeated header row, unsplittable rows, widths, styles, lists, status shading") {
  std::string docx = docx_of(seed_report());
  std::string doc = entry(docx, "word/document.xml");
  CHECK(count(doc, "<w:tr>") == 14);
  CHECK(count(doc, "<w:tblHeader/>") == 1);
  CHECK(count(doc, "<w:cantSplit/>") == 13);  // every row on one page: none is taller than a page
  CHECK(count(doc, "RowNumberContinued") == 0);
  CHECK(count(doc, "ContinuedMark") == 0);
  CHECK(count(doc, "<w:gridCol ") == 4);
  CHECK(count(doc, "<w:tcW ") == 14 * 4);
  CHECK(doc.find("<w:tblStyle w:val=\"CommitmentsTable\"/>") != std::string::npos);
  CHECK(count(doc, "<w:rStyle w:val=\"StatusFulfilled\"/>") == 13 + 1);  // 13 rows and the summary
  CHECK(count(doc, "<w:numId w:val=\"1\"/>") == 5);  // row 12's five bullets
  CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);  // A4 portrait
  CHECK(doc.find("MINECON/CORFO/FOSIS/SERCOTEC") != std::string::npos);
  // No direct formatting: runs and paragraphs only name styles.
  CHECK(count(doc, "<w:b/>") == 0);
  CHECK(count(doc, "<w:sz ") == 0);
  CHECK(count(doc, "<w:color ") == 0);
  // Every style the document names is defined.
  std::string styles = entry(docx, "word/styles.xml");
  for (std::size_t at = doc.find("Style w:val=\""); at != std::string::npos; at = doc.find("Style w:val=\"", at + 1)) {
    auto start = at + 13;
    std::string id = doc.substr(start, doc.find('"', start) - start);
    CHECK_MESSAGE(styles.find("w:styleId=\"" + id + "\"") != std::string::npos, "undefined style " << id);
  }

  std::string footer = entry(docx, "word/footer1.xml");
  CHECK(footer.find(" PAGE ") != std::string::npos);
  CHECK(footer.find(" NUMPAGES ") != std::string::npos);
  CHECK(footer.find("<w:t>Página</w:t>") != std::string::npos);
  CHECK(footer.find("<w:t>de</w:t>") != std::string::npos);
  std::string header = entry(docx, "word/header1.xml");
  CHECK(header.find("<w:t>Fomento a la Microempresa</w:t>") != std::string::npos);
  CHECK(header.find("Al 30 de junio de 2009") != std::string::npos);
  // The right tab stop sits at the text width (A4 less two 2 cm margins), whatever the styles say.
  CHECK(header.find("<w:tab w:val=\"right\" w:pos=\"9638\"/>") != std::string::npos);
  CHECK(footer.find("<w:tab w:val=\"right\" w:pos=\"9638\"/>") != std::string::npos);
}

TEST_CASE("letter paper") {
  write_options o = fixed_options();
  o.paper = "letter";
  std::string doc = entry(docx_of(seed_report(), o), "word/document.xml");
  CHECK(doc.find("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>") != std::string::npos);
}

TEST_CASE("reproducible: the same input and SOURCE_DATE_EPOCH give the same bytes") {
  report seed = seed_report();
  std::string a = docx_of(seed), b = docx_of(seed);
  CHECK(a == b);
  write_options later = fixed_options();
  later.source_date_epoch = 1700000000;
  CHECK(docx_of(seed, later) != a);
  // Without SOURCE_DATE_EPOCH the report's issue date is used, never the clock.
  write_options none;
  CHECK(docx_of(seed, none) == docx_of(seed, none));
  // The issue time is local, of unknown offset: W3CDTF has no time without one, so the date alone
  // is written, never a time marked as UTC.
  const std::string core = entry(docx_of(seed, none), "docProps/core.xml");
  CHECK(core.find(">2009-10-07<") != std::string::npos);
  CHECK(core.find("17:06:25Z") == std::string::npos);
  CHECK(entry(docx_of(seed, later), "docProps/core.xml").find("Z<") != std::string::npos);  // an epoch is UTC

  diagnostics d;
  std::string x1, x2;
  write_docx_xml(seed, fixed_options(), x1, d);
  write_docx_xml(seed, fixed_options(), x2, d);
  CHECK(x1 == x2);
}

TEST_CASE("user text is escaped, and characters XML cannot hold are dropped") {
  report r;
  r.program = "A & B <C> \"D\" ]]> \x01\x0b";
  row w;
  w.number = "1";
  w.recommendation = rich_text::paragraph("x < y & z");
  r.rows.push_back(w);
  std::string docx = docx_of(r);
  std::string doc = entry(docx, "word/document.xml");
  CHECK_NOTHROW(dx::parse_xml(doc, "document.xml"));
  CHECK(doc.find("A &amp; B &lt;C&gt; &quot;D&quot; ]]&gt; </w:t>") != std::string::npos);
  CHECK(doc.find("x &lt; y &amp; z") != std::string::npos);
  CHECK_NOTHROW(dx::parse_xml(entry(docx, "word/header1.xml"), "header1.xml"));
  CHECK(entry(docx, "word/header1.xml").find("A &amp; B &lt;C&gt;") != std::string::npos);
  CHECK(entry(docx, "docProps/core.xml").find("<dc:subject>A &amp; B &lt;C&gt;") != std::string::npos);
}

TEST_CASE("Flat OPC: one pkg:package with every part, XML inline") {
  diagnostics d;
  std::string flat;
  write_docx_xml(seed_report(), fixed_options(), flat, d);
  auto doc = dx::parse_xml(flat, "flat.xml");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  REQUIRE(dx::is_element(root, dx::ns_pkg, "package"));
  int parts = 0;
  for (xmlNode* n = root->children; n; n = n->next) {
    if (dx::is_element(n, dx::ns_pkg, "part")) ++parts;
  }
  CHECK(parts == 11);  // the zip's entries but [Content_Types].xml
  CHECK(flat.find("<?mso-application progid=\"Word.Document\"?>") != std::string::npos);
  CHECK(flat.find("pkg:name=\"/word/document.xml\"") != std::string::npos);
  CHECK(count(flat, "<?xml") == 1);
  CHECK(count(flat, "<w:tblHeader/>") == 1);
}

TEST_CASE("LibreOffice renders the .docx and the Flat OPC file; pdftotext finds every word of every field") {
  REQUIRE_MESSAGE((have("soffice") && have("pdftotext") && have("/usr/bin/python3")),
                  "soffice, pdftotext or python3 is missing: install the packages in scripts/packages.txt");
  report seed = seed_report();
  temp_dir dir;
  write_file(dir / "seed.docx", docx_of(seed));
  diagnostics d;
  std::string flat;
  write_docx_xml(seed, fixed_options(), flat, d);
  write_file(dir / "seedflat.xml", flat);
  // LibreOffice 7 has no Flat OPC import (it reads .xml files as Word 2003 XML or as text), so the
  // Flat OPC file is turned back into a zip by an independent script and that is rendered.
  REQUIRE(run("/usr/bin/python3 " + source_path("tests/unit/writers/docx/flat_to_docx.py") + " " + (dir / "seedflat.xml") + " " +
              (dir / "seedflat.docx")) == 0);
  const auto expected = words(field_text(seed));
  for (const std::string stem : {"seed", "seedflat"}) {
    CAPTURE(stem);
    std::string pdf = soffice_to_pdf(dir, dir / (stem + ".docx"), stem);
    REQUIRE_MESSAGE(!pdf.empty(), "soffice failed: " << read_file(dir / "soffice.log"));
    std::string log = read_file(dir / "soffice.log");
    CHECK_MESSAGE(log.find("Error") == std::string::npos, log);
    REQUIRE(run("pdftotext -enc UTF-8 " + pdf + " " + (dir / (stem + ".txt"))) == 0);
    std::string text = read_file(dir / (stem + ".txt"));
    std::string missing = missing_words(expected, words(text), text);
    CHECK_MESSAGE(missing.empty(), "words missing from the PDF:\n" << missing);
    // Several pages, numbered "Página X de Y" by the footer's fields.
    CHECK(text.find("Página 1 de ") != std::string::npos);
    CHECK(text.find("Página 2 de ") != std::string::npos);
    CHECK(run("pdfinfo " + pdf + " | grep -q 'Page size:.*595.* x 841'") == 0);  // A4
  }
}

TEST_CASE("a row taller than a page: unsplittable rows that fit, each on its own page in LibreOffice") {
  const report r = long_row_report(seed_report());
  const std::string docx = docx_of(r);
  const std::string doc = entry(docx, "word/document.xml");
  // The 14th row in parts: the later ones numbered again, each one before them followed by a row of
  // four open cells, "(continúa)" in the last, and a page break; every row (the seed's 13, the parts,
  // the marks) is kept on one page. The row starts a page too: the table is closed and opened again
  // (its header row with it) before the row and after each mark.
  const std::size_t parts = count(doc, "<w:pStyle w:val=\"RowNumberContinued\"/>") + 1;
  CHECK(parts >= 3);
  CHECK(count(doc, "<w:pStyle w:val=\"ContinuedMark\"/>") == 4 * (parts - 1));
  CHECK(count(doc, "<w:t>(continúa)</w:t>") == parts - 1);
  CHECK(count(doc, "<w:pStyle w:val=\"RowBreak\"/>") == parts);
  CHECK(count(doc, "<w:tbl>") == parts + 1);
  CHECK(count(doc, "<w:tblHeader/>") == parts + 1);
  CHECK(count(doc, "<w:tr>") == (parts + 1) + 13 + parts + (parts - 1));
  CHECK(count(doc, "<w:cantSplit/>") == 13 + parts + (parts - 1));
  CHECK(count(doc, "<w:bottom w:val=\"nil\"/>") == 4 * (parts - 1));
  CHECK(count(doc, "<w:top w:val=\"nil\"/>") == 4 * (parts - 1));

  REQUIRE_MESSAGE((have("soffice") && have("pdftotext")),
                  "soffice or pdftotext is missing: install the packages in scripts/packages.txt");
  temp_dir dir;
  write_file(dir / "long.docx", docx);
  const std::string pdf = soffice_to_pdf(dir, dir / "long.docx", "long");
  REQUIRE_MESSAGE(!pdf.empty(), "soffice failed: " << read_file(dir / "soffice.log"));
  // Each page's lines as laid out.
  auto page_lines = [&](int page) {
    const std::string out = dir / ("page" + std::to_string(page) + ".txt");
    std::vector<std::string> lines;
    if (run("pdftotext -q -layout -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + pdf +
            " " + out) != 0)
      return lines;
    const std::string text = read_file(out);
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(at, end - at);
      line.erase(0, line.find_first_not_of(" \f"));
      while (!line.empty() && line.back() == ' ') line.pop_back();
      if (!line.empty()) lines.push_back(line);
      at = end + 1;
    }
    return lines;
  };
  std::size_t marked = 0;
  for (int page = 1;; ++page) {
    const auto lines = page_lines(page);
    if (lines.empty()) break;
    CAPTURE(page);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i] != "(continúa)") continue;
      ++marked;
      // The mark ends the page's table: the footer follows it...
      REQUIRE(i + 1 < lines.size());
      CHECK(lines[i + 1].find("Página " + std::to_string(page) + " de") != std::string::npos);
      // ...and the next page opens with the repeated header row, then the row's next part, numbered 14.
      const auto next = page_lines(page + 1);
      std::size_t heading = 0;
      while (heading < next.size() && next[heading].find("Recomendación") == std::string::npos) ++heading;
      REQUIRE(heading + 1 < next.size());
      CHECK(next[heading + 1].rfind("14 ", 0) == 0);
    }
  }
  CHECK(marked == parts - 1);
}

TEST_CASE("python3-docx opens the package and finds the table's 14 rows") {
  REQUIRE_MESSAGE(run("/usr/bin/python3 -c 'import docx' >/dev/null 2>&1") == 0,
                  "python3-docx is missing (scripts/packages.txt)");
  temp_dir dir;
  write_file(dir / "seed.docx", docx_of(seed_report()));
  std::string script =
      "import docx, sys\n"
      "d = docx.Document(sys.argv[1])\n"
      "t = d.tables[0]\n"
      "print(len(d.tables), len(t.rows), len(t.columns))\n"
      "print(t.rows[0].cells[1].text)\n"
      "print(t.rows[13].cells[0].text)\n"
      "print(d.core_properties.author, '|', d.core_properties.language)\n"
      "print(d.sections[0].footer.paragraphs[0].text)\n";
  write_file(dir / "check.py", script);
  REQUIRE(run("/usr/bin/python3 " + (dir / "check.py") + " " + (dir / "seed.docx") + " >" + (dir / "out.txt") +
              " 2>&1") == 0);
  std::string out = read_file(dir / "out.txt");
  CHECK_MESSAGE(out.find("1 14 4\n") == 0, out);
  CHECK(out.find("Recomendación\n") != std::string::npos);
  CHECK(out.find("\n12\n") != std::string::npos);
  CHECK(out.find("SERVICIO DE COOPERACION TECNICA | es-CL") != std::string::npos);
}

TEST_CASE("an empty report still makes a valid package; statuses get their own shaded styles") {
  report empty;
  std::string docx = docx_of(empty);
  informe::detail::zip_reader zip(docx, "empty.docx");
  for (const auto& name : zip.names()) CHECK_NOTHROW(dx::parse_xml(*zip.read(name), name));
  // No table: the note that the report has no commitments stands in its place.
  CHECK(count(*zip.read("word/document.xml"), "<w:tr>") == 0);
  CHECK(zip.read("word/document.xml")->find("Sin compromisos registrados.") != std::string::npos);
  CHECK(zip.read("docProps/core.xml")->find("<dc:creator>") == std::string::npos);

  report r;
  const compliance_status statuses[] = {compliance_status::fulfilled, compliance_status::partially_fulfilled,
                                        compliance_status::not_fulfilled};
  for (int i = 0; i < 4; ++i) {
    row w;
    w.number = std::to_string(i + 1);
    if (i < 3) w.status = statuses[i];
    w.due = partial_date{2001, 6, 0};  // no due_text: worded from the date
    w.compliance.add_list({"uno", "dos"});
    r.rows.push_back(w);
  }
  r.observation.add_paragraph("Primera.");
  r.observation.add_list({"a", "b"});
  std::string doc = entry(docx_of(r), "word/document.xml");
  for (const char* style : {"StatusFulfilled", "StatusPartiallyFulfilled", "StatusNotFulfilled", "StatusUnknown"}) {
    CHECK(count(doc, std::string("<w:rStyle w:val=\"") + style + "\"/>") == 2);  // the row and the summary
  }
  CHECK(doc.find(">Sin calificación<") != std::string::npos);
  CHECK(doc.find(">Parcialmente cumplido<") != std::string::npos);
  CHECK(doc.find(">jun 2001<") != std::string::npos);  // ICU's short Spanish wording
  CHECK(count(doc, "<w:pStyle w:val=\"BodyBullet\"/>") == 2);
  CHECK(count(doc, "<w:pStyle w:val=\"TableBullet\"/>") == 8);
  CHECK(doc.find(">25\u00a0%<") != std::string::npos);  // no-break space before %
}

TEST_CASE("templates/docx/ files can be overridden one by one; a broken one is named in the error") {
  temp_dir dir;
  std::filesystem::create_directories(dir / "docx");
  write_file(dir / "docx/header.xml",
             "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:r>"
             "<w:t>MEMBRETE {{service}} / {{program}}</w:t></w:r></w:p></w:hdr>");
  write_options o = fixed_options();
  o.template_dir = dir.path;
  std::string header = entry(docx_of(seed_report(), o), "word/header1.xml");
  CHECK(header.find("MEMBRETE SERVICIO DE COOPERACION TECNICA / Fomento a la Microempresa") != std::string::npos);

  write_file(dir / "docx/styles.xml", "<w:styles xmlns:w=\"x\"><w:style>");
  diagnostics d;
  std::string out;
  try {
    write_docx(seed_report(), o, out, d);
    FAIL("a broken styles.xml was accepted");
  } catch (const informe::error& e) {
    CHECK(std::string(e.what()).find(dir / "docx/styles.xml") != std::string::npos);
  }
  CHECK(out.empty());  // nothing appended on failure
}
