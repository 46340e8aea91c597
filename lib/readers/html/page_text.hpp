// The text of an HTML page's elements: what is skipped (scripts, navigation, print links, footers),
// what breaks paragraphs, and cell content as grammar fragments. Internal to the HTML reader.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <optional>
#include <string>

#include "grammar/input.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

/// How an element takes part in the text.
enum class html_role {
  inline_element,  ///< <font>, <b>, <u>, <span>, <a>...: transparent
  block,           ///< <p>, <div>, <table>, <tr>, <td>, headings...: paragraph boundary
  line_break,      ///< <br>
  list,            ///< <ul>, <ol>
  list_item,       ///< <li>
  skip,            ///< <script>, <style>, <head>, forms, navigation, footers, print links
};

html_role role_of(const xmlNode* node);

/// The element's text, white space collapsed, when it is at most `max_bytes` long (looking at no
/// more than a few hundred nodes); nullopt when longer. Skipped elements give nothing.
std::optional<std::string> short_text(const xmlNode* node, std::size_t max_bytes);

/// Records the visible text of the page's chrome (navigation, footers, print links, forms: the
/// elements role_of skips that a reader of the page sees) as furniture in `diags`, so that no word
/// of the page is dropped unaccounted. Scripts, styles and the head are not visible and not recorded.
void record_chrome(const xmlNode* root, diagnostics& diags);

/// All text below `node` (skipped elements excluded), white space collapsed.
std::string all_text(const xmlNode* node);

/// Appends the content of `node` to `into` as fragments: text runs as text, a single <br> as a
/// space, two or more <br> and block elements as paragraph breaks (`forced` when `trusted`, i.e.
/// this library's own markup), each <li> as a list item; outside our own markup, lists typed by
/// hand too (typed_lines.hpp), a sub-item's "o" recorded in `diags` as furniture.
void append_fragments(cell& into, const xmlNode* node, bool trusted, diagnostics* diags = nullptr);

}  // namespace informe::detail
