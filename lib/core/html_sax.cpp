#include "core/html_sax.hpp"

#include <libxml/parserInternals.h>

#include <climits>

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

}  // namespace informe::detail
