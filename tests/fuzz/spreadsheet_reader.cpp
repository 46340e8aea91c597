// libFuzzer target for the spreadsheet readers: the first byte picks what the rest is —
//   0: a CSV file;  1: a whole XLSX package;  2: the sheet XML of an otherwise valid XLSX;
//   3: the shared strings of a valid XLSX;  4: the content.xml of an ODS package.
// Run: build/fuzz/tests/fuzz_spreadsheet_reader -max_total_time=600 corpus/
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "shared/zip/zip.hpp"

namespace {

const char* rels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";
const char* workbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" r:id="r1"/></sheets></workbook>)";
const char* strings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>N°</t></si><si><t>Compromiso</t></si><si><t>Calificación</t></si></sst>)";
const char* sheet =
    R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>)";

std::string xlsx(std::string_view sheet_xml, std::string_view strings_xml) {
  return informe::detail::write_zip({{"xl/workbook.xml", workbook},
                                     {"xl/_rels/workbook.xml.rels", rels},
                                     {"xl/sharedStrings.xml", std::string(strings_xml)},
                                     {"xl/worksheets/sheet1.xml", std::string(sheet_xml)}},
                                    {});
}

void check(const informe::report& r) {
  using informe::detail::is_valid_utf8;
  auto text_ok = [](const informe::rich_text& t) {
    for (const auto& b : t.blocks) {
      if (b.type == informe::block::kind::paragraph && (b.text.empty() || !is_valid_utf8(b.text))) __builtin_trap();
      for (const auto& i : b.items)
        if (i.empty() || !is_valid_utf8(i)) __builtin_trap();
    }
  };
  text_ok(r.observation);
  for (const auto& row : r.rows) {
    if (row.due && !row.due->valid()) __builtin_trap();
    if (!is_valid_utf8(row.number) || !is_valid_utf8(row.status_text) || !is_valid_utf8(row.due_text)) __builtin_trap();
    for (const auto* t :
         {&row.recommendation, &row.commitment, &row.compliance, &row.compliance_observation, &row.verification})
      text_ok(*t);
  }
  if (r.cutoff_date && !r.cutoff_date->valid()) __builtin_trap();
  if (r.issued_at && !r.issued_at->valid()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  informe::diagnostics diags("fuzz");
  informe::read_options options;
  options.max_input_bytes = 1 << 20;
  try {
    switch (data[0] % 5) {
      case 0: check(informe::read_csv(input, options, diags)); break;
      case 1: check(informe::read_xlsx(input, options, diags)); break;
      case 2: check(informe::read_xlsx(xlsx(input, strings), options, diags)); break;
      case 3: check(informe::read_xlsx(xlsx(sheet, input), options, diags)); break;
      case 4:
        check(informe::read_ods(informe::detail::write_zip({{"content.xml", std::string(input)}}, {}), options, diags));
        break;
    }
  } catch (const informe::error&) {
    // a hopeless input: refused with a message, which is fine
  }
  return 0;
}
