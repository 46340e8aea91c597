// read_docx, read_docx_xml: Word documents, ours (read from their styles, losslessly) and typed by
// hand (through the field grammar).
#include <string>
#include <vector>

#include "core/libxml2_init.hpp"
#include "core/unicode.hpp"
#include "readers/docx/readers.hpp"
#include "grammar/lexicon.hpp"
#include "informe/io.hpp"

namespace informe {

namespace detail::docx_reader {

void report_asides(const document& doc, diagnostics& diags) {
  for (const auto& a : doc.asides) {
    switch (a.type) {
      case aside::kind::header_footer: diags.furniture(a.where, "page header or footer", a.text); break;
      case aside::kind::comment: diags.furniture(a.where, "a reviewer's comment", a.text); break;
      case aside::kind::note: diags.unplaced(a.where, "a footnote or endnote left out", a.text); break;
      case aside::kind::text_box: diags.unplaced(a.where, "text in a text box left out", a.text); break;
    }
  }
  if (doc.insertions + doc.deletions > 0) {
    diags.warning({}, "the document has tracked changes (" + std::to_string(doc.insertions) + " insertions, " +
                          std::to_string(doc.deletions) + " deletions); read as if they were accepted");
  }
}

namespace {

report read_word(std::string_view input, bool flat, const read_options& options, diagnostics& diags) {
  if (input.size() > options.max_input_bytes) {
    throw error("the input is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                std::to_string(options.max_input_bytes) + " bytes (read_options::max_input_bytes)")
        .with_file(diags.file());
  }
  try {
    detail::init_libxml2();
    const reading_scope labels_in_use(options, diags);
    document doc = read_package(input, flat);
    const bool own = is_own_output(doc);
    if (own) {  // our writer's page headers and footers hold furniture only (page numbers)
      std::vector<aside> page;
      for (const auto& part : doc.page_parts) append_asides(part.blocks, aside::kind::header_footer, page);
      doc.asides.insert(doc.asides.begin(), page.begin(), page.end());
    }
    report r = own ? read_own(doc, diags) : read_typed(doc, diags);
    report_asides(doc, diags);
    return r;
  } catch (const error& e) {
    throw e.with_file(diags.file());
  }
}

}  // namespace
}  // namespace detail::docx_reader

report read_docx(std::string_view input, const read_options& options, diagnostics& diags) {
  // A Flat OPC file given as .docx is read as what it is.
  std::string_view head = input.substr(0, 64);
  bool flat = head.find("PK") != 0 && head.find('<') != std::string_view::npos;
  return detail::docx_reader::read_word(input, flat, options, diags);
}

report read_docx_xml(std::string_view input, const read_options& options, diagnostics& diags) {
  return detail::docx_reader::read_word(input, true, options, diags);
}

}  // namespace informe
