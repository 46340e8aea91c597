// The libxml2 HTML parser set up the way every reader of ours uses it: libxml2 initialised once per
// process, UTF-8 input, recovering, no network, messages only through the context's own structured
// error callback (never printed, no global handler state). Internal to the library.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/libxml2_init.hpp"

namespace informe::detail {

// Options every parse uses: recover, no network, messages only through our callback, encoding
// declarations inside the input ignored (we hand libxml2 UTF-8). Callers add their own.
constexpr int html_parse_options =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC;

// Frees a context and any document left in it.
struct html_parser_deleter {
  void operator()(htmlParserCtxtPtr ctxt) const;
};
using html_parser_ptr = std::unique_ptr<htmlParserCtxt, html_parser_deleter>;

// A context with no input yet (for parsing many buffers with one context); null when out of memory.
htmlParserCtxtPtr new_html_parser();
// A context reading `html` in place (it must outlive the parse); null when out of memory or when
// `html` is longer than INT_MAX.
html_parser_ptr html_parser_for(std::string_view html);

// Applies html_parse_options plus `extra_options` and declares the input UTF-8.
void use_utf8_options(htmlParserCtxtPtr ctxt, int extra_options);

// Sends every message of this context to `on_error` (in the context's own copy of the SAX
// handler: safe in parallel threads) and silences the unstructured error, warning and validity
// callbacks.
void capture_errors(htmlParserCtxtPtr ctxt, xmlStructuredErrorFunc on_error);

// libxml2's message text as one clean line of valid UTF-8 (`fallback` when it has none). The text
// may end in a newline, hold tabs, and quote input cut in the middle of a UTF-8 sequence ("Comment
// not terminated <!-- ..."): the cut sequence is dropped, other bad bytes become U+FFFD, white space
// runs become one space.
std::string libxml2_message(const char* message, std::string_view fallback);

// The state a parse keeps in ctxt->_private, from a SAX callback's context argument; null when
// there is none.
template <class State>
State* sax_state_of(void* ctx) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  return ctxt == nullptr ? nullptr : static_cast<State*>(ctxt->_private);
}

}  // namespace informe::detail
