// read_pdf: the text layer's words (poppler) -> layout analysis -> the shared field grammar.
#include <string>

#include "grammar/lexicon.hpp"
#include "grammar/report_builder.hpp"
#include "informe/io.hpp"
#include "layout/read_layout.hpp"
#include "readers/pdf/text_layer.hpp"
#include "readers/pdf/words.hpp"

namespace informe {

namespace {

// "%PDF-" within the first KiB, as viewers accept it.
bool looks_like_pdf(std::string_view input) {
  return input.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

}  // namespace

report read_pdf(std::string_view input, const read_options& options, diagnostics& diags) {
  if (input.size() > options.max_input_bytes) {
    throw error("the PDF is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                std::to_string(options.max_input_bytes) + " bytes");
  }
  if (input.empty()) throw error("the input is empty, not a PDF");
  if (!looks_like_pdf(input)) throw error("not a PDF: no \"%PDF-\" header in the first 1024 bytes");

  const detail::reading_scope labels_in_use(options, diags);
  detail::pdfin::pdf_document document = detail::pdfin::read_document(input, diags);
  std::vector<detail::pdfin::page>& pages = document.pages;
  std::size_t words = 0;
  for (const auto& p : pages) words += p.words.size();
  if (words == 0) throw error("no text layer; the PDF looks scanned (OCR it first, e.g. with ocrmypdf)", {0, 0, 1});
  detail::pdfin::repair_swapped_letters(pages, diags);
  detail::pdfin::check_text_layer(pages, diags);

  detail::report_builder builder(diags);
  builder.document_title(std::move(document.title));
  detail::layout::read_layout(pages, builder, diags);
  report r = builder.finish();
  return r;
}

}  // namespace informe
