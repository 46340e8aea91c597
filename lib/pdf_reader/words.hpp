// The text layer of a PDF as positioned words, page by page. Internal to the PDF reader.
//
// Coordinates are points with the origin at the page's top-left corner, y growing downwards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "layout/page.hpp"

namespace informe::detail::pdfin {

using layout::page;
using layout::word;

/// The words of every page of `pdf` through poppler-cpp (loaded from memory, never printing).
/// Throws informe::error for an input poppler cannot open (damaged, truncated, not a PDF) and for an
/// encrypted PDF that needs a password. Messages poppler emits go to `diags` as warnings (a few).
std::vector<page> extract_words(std::string_view pdf, diagnostics& diags);

}  // namespace informe::detail::pdfin
