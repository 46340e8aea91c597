// The text layer of a PDF as positioned words, page by page. Internal to the PDF reader.
//
// Coordinates are points with the origin at the page's top-left corner, y growing downwards, in the
// page's reading orientation: a page whose text runs sideways (/Rotate, or text drawn rotated) is
// turned so that most of its text reads left to right.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::pdfin {

using layout::page;
using layout::word;

/// What one page of a PDF may cost to read (docs/cli.md, "Limits"). A page over any of them is an
/// error naming the page and the budget: a few kilobytes of Form XObjects that draw each other can
/// otherwise draw billions of words.
struct page_budget {
  std::size_t characters = 200'000;  ///< characters drawn (a dense A4 page holds about 6,000)
  std::size_t forms = 10'000;        ///< Form XObjects drawn, counting every repeat
  int form_depth = 16;               ///< Form XObjects inside Form XObjects
  std::size_t content_bytes = std::size_t{32} << 20;  ///< a content stream or form, decoded
  double seconds = 5.0;              ///< wall time for the page
  double document_seconds = 120.0;   ///< wall time for all pages
};

/// The most pages a PDF may have.
inline constexpr int max_pdf_pages = 100'000;

/// The words of every page of `pdf` through poppler (loaded from memory, never printing).
/// Throws informe::error for an input poppler cannot open (damaged, truncated, not a PDF), for an
/// encrypted PDF that needs a password, for more than max_pdf_pages pages and for a page over its
/// budget. Messages poppler emits go to `diags` as warnings (a few).
std::vector<page> extract_words(std::string_view pdf, diagnostics& diags, const page_budget& budget = {});

/// A PDF's words and the title in its document information (/Info /Title, UTF-8; empty when none).
struct pdf_document {
  std::vector<page> pages;
  std::string title;
};

/// extract_words, and the document's title.
pdf_document read_document(std::string_view pdf, diagnostics& diags, const page_budget& budget = {});

}  // namespace informe::detail::pdfin
