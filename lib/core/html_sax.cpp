#include "core/html_sax.hpp"

#include <libxml/parserInternals.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

#include "core/unicode.hpp"

namespace informe::detail {

void html_parser_deleter::operator()(htmlParserCtxtPtr ctxt) const {
  if (ctxt == nullptr) return;
  if (ctxt->myDoc != nullptr) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
  htmlFreeParserCtxt(ctxt);
}

htmlParserCtxtPtr new_html_parser() {
  init_libxml2();
  return htmlNewParserCtxt();
}

html_parser_ptr html_parser_for(std::string_view html) {
  init_libxml2();
  if (html.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
  return html_parser_ptr(htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size())));
}

void use_utf8_options(htmlParserCtxtPtr ctxt, int extra_options) {
  htmlCtxtUseOptions(ctxt, html_parse_options | extra_options);
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
}

void capture_errors(htmlParserCtxtPtr ctxt, xmlStructuredErrorFunc on_error) {
  xmlSAXHandler* sax = ctxt->sax;
  sax->initialized = XML_SAX2_MAGIC;
  sax->serror = on_error;
  sax->error = nullptr;
  sax->warning = nullptr;
  sax->fatalError = nullptr;
  ctxt->vctxt.error = nullptr;
  ctxt->vctxt.warning = nullptr;
}

std::string libxml2_message(const char* message, std::string_view fallback) {
  std::string_view text = message != nullptr ? std::string_view(message) : fallback;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  U8_TRUNCATE_IF_INCOMPLETE(reinterpret_cast<const uint8_t*>(text.data()), 0, length);
  return collapse_whitespace(text.substr(0, static_cast<std::size_t>(length)));
}

}  // namespace informe::detail
