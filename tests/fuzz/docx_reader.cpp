// libFuzzer target for the DOCX reader over the document XML: the input is word/document.xml of a
// Flat OPC package and of a zip package, both read (first byte even), or the whole input of read_docx
// (odd: zip or Flat OPC). Any
// bytes either give a report whose strings are clean UTF-8, or an informe::error; never a crash, a
// leak, a hang or unbounded memory.
//
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DINFORME_FUZZ=ON ... && cmake --build build/fuzz --target fuzz_docx_reader
//   build/fuzz/tests/fuzz_docx_reader -max_total_time=600 corpus/
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/unicode.hpp"
#include "shared/zip/zip.hpp"
#include "informe/io.hpp"

namespace {

void check_text(const std::string& s) {
  if (!informe::detail::is_valid_utf8(s)) std::abort();
  if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) std::abort();
  if (s.find("  ") != std::string::npos) std::abort();
}

void check_rich(const informe::rich_text& t) {
  for (const auto& b : t.blocks) {
    if (b.type == informe::block::kind::paragraph) {
      if (b.text.empty()) std::abort();
      check_text(b.text);
    } else {
      if (b.items.empty()) std::abort();
      for (const auto& i : b.items) check_text(i);
    }
  }
}

// Reads with `read` and checks what comes out.
template <typename Read>
void read_and_check(Read read) {
  informe::diagnostics diags("fuzz.docx");
  try {
    informe::report r = read(diags);
    check_text(r.program);
    check_text(r.ministry);
    check_text(r.service);
    check_text(r.program_status);
    check_rich(r.observation);
    for (const auto& row : r.rows) {
      check_text(row.number);
      check_text(row.responsible);
      check_text(row.due_text);
      check_text(row.status_text);
      check_rich(row.recommendation);
      check_rich(row.commitment);
      check_rich(row.compliance);
      check_rich(row.compliance_observation);
      check_rich(row.verification);
    }
  } catch (const informe::error& e) {
    if (e.message().empty()) std::abort();
  }
  for (const auto& d : diags.all())
    if (!informe::detail::is_valid_utf8(d.message)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && (data[0] & 1) == 0) {
    std::string xml(bytes.substr(1));
    // The document XML both ways: in a Flat OPC package (libxml2's tree, then xml_tree::from_dom) and
    // as word/document.xml of a zip package (xml_tree::parse, libxml2's SAX2 parser).
    std::string flat =
        "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">"
        "<pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData>" +
        xml + "</pkg:xmlData></pkg:part></pkg:package>";
    read_and_check([&](informe::diagnostics& diags) { return informe::read_docx_xml(flat, {}, diags); });
    std::string zip = informe::detail::write_zip({{"word/document.xml", xml}}, {});
    read_and_check([&](informe::diagnostics& diags) { return informe::read_docx(zip, {}, diags); });
  } else {
    read_and_check([&](informe::diagnostics& diags) { return informe::read_docx(bytes.substr(size > 0 ? 1 : 0), {}, diags); });
  }
  return 0;
}
