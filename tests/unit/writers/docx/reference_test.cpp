// --reference-docx: a user's letterhead is taken in; hostile files get clear errors.
#include <doctest/doctest.h>

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

std::string write_with_reference(const std::string& reference_path, diagnostics& d) {
  write_options o;
  o.source_date_epoch = 0;
  o.reference_docx = reference_path;
  std::string out;
  write_docx(seed_report(), o, out, d);
  return out;
}

std::string error_of(const std::string& reference_bytes) {
  temp_dir dir;
  write_file(dir / "ref.docx", reference_bytes);
  diagnostics d;
  try {
    write_with_reference(dir / "ref.docx", d);
  } catch (const informe::error& e) {
    return e.message();
  }
  return "";
}

// Our own seed .docx with some entries replaced or added.
std::string seed_docx_with(const std::vector<informe::detail::zip_entry>& changes) {
  write_options o;
  o.source_date_epoch = 0;
  std::string base;
  diagnostics d;
  write_docx(seed_report(), o, base, d);
  informe::detail::zip_reader zip(base, "seed");
  std::vector<informe::detail::zip_entry> entries;
  for (const auto& name : zip.names()) {
    bool replaced = false;
    for (const auto& c : changes) replaced = replaced || c.name == name;
    if (!replaced) entries.push_back({name, *zip.read(name)});
  }
  for (const auto& c : changes) entries.push_back(c);
  return informe::detail::write_zip(entries, {});
}

const char* letterhead_document =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:body><w:p><w:r><w:t>Carta</w:t></w:r></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:pgSz w:w="12240" w:h="15840"/>
<w:pgMar w:top="2000" w:right="1500" w:bottom="1500" w:left="1500" w:header="700" w:footer="700" w:gutter="0"/>
<w:printerSettings r:id="rId99"/></w:sectPr></w:body></w:document>)";

}  // namespace

TEST_CASE("a reference document gives styles, numbering, page set-up, header and footer") {
  std::string styles =
      R"(<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Membrete"><w:name w:val="Membrete"/></w:style></w:styles>)";
  std::string numbering =
      R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num></w:numbering>)";
  std::string header =
      R"(<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
      R"(<w:p><w:pPr><w:pStyle w:val="Membrete"/></w:pPr><w:r><w:t>GOBIERNO DE CHILE MEMBRETE</w:t></w:r></w:p></w:hdr>)";
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
      R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)"
      R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="membrete.xml"/>)"
      R"(</Relationships>)";
  std::string reference = seed_docx_with({{"word/document.xml", letterhead_document},
                                          {"word/_rels/document.xml.rels", rels},
                                          {"word/styles.xml", styles},
                                          {"word/numbering.xml", numbering},
                                          {"word/membrete.xml", header}});
  temp_dir dir;
  write_file(dir / "ref.docx", reference);
  diagnostics d;
  std::string docx = write_with_reference(dir / "ref.docx", d);
  informe::detail::zip_reader zip(docx, "out");
  std::string doc = *zip.read("word/document.xml");
  CHECK(doc.find("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>") != std::string::npos);
  CHECK(doc.find("w:left=\"1500\"") != std::string::npos);
  CHECK(doc.find("printerSettings") == std::string::npos);  // points at a part we don't copy
  CHECK(doc.find("<w:tblW w:w=\"9240\"") != std::string::npos);  // 12240 - 1500 - 1500
  CHECK(doc.find("<w:numId w:val=\"8\"/>") != std::string::npos);  // our bullets after their list 7
  CHECK(zip.read("word/header1.xml")->find("GOBIERNO DE CHILE MEMBRETE") != std::string::npos);
  // Their section has no footer: ours stays, with its page numbers.
  CHECK(zip.read("word/footer1.xml")->find(" NUMPAGES ") != std::string::npos);
  CHECK(zip.read("word/footer1.xml")->find("w:pos=\"9240\"") != std::string::npos);  // their text width
  CHECK(doc.find("<w:footerReference w:type=\"default\"") != std::string::npos);
  std::string merged = *zip.read("word/styles.xml");
  CHECK(merged.find("C00000") != std::string::npos);             // their Title
  CHECK(merged.find("w:styleId=\"Membrete\"") != std::string::npos);
  CHECK(merged.find("w:styleId=\"CommitmentsTable\"") != std::string::npos);  // ours, which they lack
  CHECK(merged.find("w:styleId=\"Title\"") == merged.rfind("w:styleId=\"Title\""));  // theirs only
  std::string num = *zip.read("word/numbering.xml");
  CHECK(num.find("w:abstractNumId=\"6\"") != std::string::npos);  // after their 4, shifted by 5
  CHECK_NOTHROW(dx::parse_xml(num, "numbering.xml"));

  if (have("soffice")) {
    write_file(dir / "out.docx", docx);
    CHECK_FALSE(soffice_to_pdf(dir, dir / "out.docx", "out").empty());
  }
}

TEST_CASE("hostile reference documents are refused with clear errors") {
  SUBCASE("zip slip names") {
    for (std::string name : {"../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:/evil.xml", "word\\..\\x"}) {
      CAPTURE(name);
      std::string message = error_of(seed_docx_with({{name, "<x/>"}}));
      CHECK(message.find("unsafe entry name") != std::string::npos);
    }
  }
  SUBCASE("a zip bomb: a tiny entry that inflates a thousandfold") {
    std::string message = error_of(seed_docx_with({{"word/media/bomb.bin", std::string(20u << 20, '\0')}}));
    CHECK(message.find("zip bomb") != std::string::npos);
  }
  SUBCASE("an entry too large even uncompressed") {
    std::string noise(34u << 20, '\0');  // incompressible, so the ratio check does not fire first
    std::uint64_t state = 88172645463325252u;
    for (auto& c : noise) {
      state ^= state << 13, state ^= state >> 7, state ^= state << 17;
      c = static_cast<char>(state);
    }
    std::string message = error_of(seed_docx_with({{"word/media/big.bin", noise}}));
    CHECK(message.find("too large") != std::string::npos);
  }
  SUBCASE("too many entries") {
    std::vector<informe::detail::zip_entry> many;
    for (int i = 0; i < 2100; ++i) many.push_back({"word/x" + std::to_string(i) + ".bin", "x"});
    CHECK(error_of(seed_docx_with(many)).find("too many entries") != std::string::npos);
  }
  SUBCASE("an XML entity bomb (billion laughs) in styles.xml") {
    std::string bomb = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style><w:name w:val="&lol4;"/></w:style></w:styles>)";
    std::string message = error_of(seed_docx_with({{"word/styles.xml", bomb}}));
    CHECK(message.find("word/styles.xml") != std::string::npos);
    CHECK(message.find("DOCTYPE") != std::string::npos);
  }
  SUBCASE("an external entity (XXE) in document.xml") {
    std::string xxe = R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>&x;</w:body></w:document>)";
    CHECK(error_of(seed_docx_with({{"word/document.xml", xxe}})).find("DOCTYPE") != std::string::npos);
  }
  SUBCASE("not a zip at all") {
    CHECK(error_of("this is not a zip file").find("not a readable zip archive") != std::string::npos);
  }
  SUBCASE("malformed XML names the part") {
    CHECK(error_of(seed_docx_with({{"word/styles.xml", "<w:styles"}})).find("word/styles.xml") != std::string::npos);
  }
  SUBCASE("a missing file") {
    diagnostics d;
    CHECK_THROWS_AS(write_with_reference("/nonexistent/ref.docx", d), informe::error);
  }
}

TEST_CASE("entry names and targets") {
  CHECK(informe::detail::safe_entry_name("word/document.xml"));
  CHECK_FALSE(informe::detail::safe_entry_name("../x"));
  CHECK_FALSE(informe::detail::safe_entry_name("a/./b"));
  CHECK_FALSE(informe::detail::safe_entry_name(""));
  CHECK(dx::resolve_target("word/", "media/a.png") == std::optional<std::string>("word/media/a.png"));
  CHECK(dx::resolve_target("word/", "../customXml/x.xml") == std::optional<std::string>("customXml/x.xml"));
  CHECK(dx::resolve_target("word/", "/word/a.xml") == std::optional<std::string>("word/a.xml"));
  CHECK_FALSE(dx::resolve_target("word/", "../../etc/passwd").has_value());
}
