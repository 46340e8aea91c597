#include "grammar/html_fragments.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <memory>

namespace informe::detail {

namespace {

enum class element_role { inline_element, block, list, item, skip };

element_role role_of(const xmlChar* name) {
  if (name == nullptr) return element_role::inline_element;
  const char* n = reinterpret_cast<const char*>(name);
  static constexpr const char* blocks[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                           "table", "blockquote", "pre", "center", "hr", "dl", "dt",
                                           "dd", "address", "section", "article", "header", "footer",
                                           "body", "td", "th", "caption", "form", "fieldset"};
  for (const char* b : blocks)
    if (std::strcmp(n, b) == 0) return element_role::block;
  if (std::strcmp(n, "ul") == 0 || std::strcmp(n, "ol") == 0 || std::strcmp(n, "dir") == 0 ||
      std::strcmp(n, "menu") == 0)
    return element_role::list;
  if (std::strcmp(n, "li") == 0) return element_role::item;
  if (std::strcmp(n, "script") == 0 || std::strcmp(n, "style") == 0 || std::strcmp(n, "head") == 0 ||
      std::strcmp(n, "title") == 0 || std::strcmp(n, "noscript") == 0 || std::strcmp(n, "template") == 0)
    return element_role::skip;
  return element_role::inline_element;
}

// The fragment is parsed inside a <div>: text at the top level would otherwise get implied <p>
// elements from libxml2, which would look like paragraph breaks.
constexpr std::string_view wrapper_open = "<div>";
constexpr std::string_view wrapper_close = "</div>";
constexpr std::size_t wrapper_length = wrapper_open.size();

struct sax_state {
  cell* into = nullptr;
  source_position at;
  htmlParserCtxtPtr ctxt = nullptr;
  std::vector<html_problem>* problems = nullptr;
  std::size_t max_problems = 0;
  int skip_depth = 0;
  bool in_item = false;
  std::string item;
  source_position item_at;

  source_position position_at(std::size_t offset) const {
    offset = offset > wrapper_length ? offset - wrapper_length : 0;
    source_position p = at;
    if (p.column > 0) p.column += static_cast<int>(std::min<std::size_t>(offset, INT_MAX / 2));
    return p;
  }
  std::size_t offset() const {
    if (ctxt == nullptr || ctxt->input == nullptr || ctxt->input->cur == nullptr || ctxt->input->base == nullptr)
      return 0;
    return static_cast<std::size_t>(ctxt->input->cur - ctxt->input->base);
  }
  void close_item() {
    if (!in_item) return;
    in_item = false;
    into->add_list_item(std::move(item), item_at);
    item.clear();
  }
};

sax_state& state_of(void* ctx) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  return *static_cast<sax_state*>(ctxt->_private);
}

void on_start(void* ctx, const xmlChar* name, const xmlChar**) {
  auto& s = state_of(ctx);
  switch (role_of(name)) {
    case element_role::skip: ++s.skip_depth; break;
    case element_role::block:
      if (!s.in_item) s.into->add_break(s.position_at(s.offset()));
      break;
    case element_role::list:
      s.close_item();
      s.into->add_break(s.position_at(s.offset()));
      break;
    case element_role::item:
      s.close_item();
      s.in_item = true;
      s.item_at = s.position_at(s.offset());
      break;
    case element_role::inline_element: break;
  }
}

void on_end(void* ctx, const xmlChar* name) {
  auto& s = state_of(ctx);
  switch (role_of(name)) {
    case element_role::skip:
      if (s.skip_depth > 0) --s.skip_depth;
      break;
    case element_role::block:
      if (!s.in_item) s.into->add_break(s.position_at(s.offset()));
      break;
    case element_role::list:
      s.close_item();
      s.into->add_break(s.position_at(s.offset()));
      break;
    case element_role::item: s.close_item(); break;
    case element_role::inline_element: break;
  }
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
  auto& s = state_of(ctx);
  if (s.skip_depth > 0 || len <= 0) return;
  std::size_t end = s.offset();
  std::size_t start = end >= static_cast<std::size_t>(len) ? end - static_cast<std::size_t>(len) : 0;
  if (s.in_item) {
    if (s.item.empty()) s.item_at = s.position_at(start);
    s.item.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
    return;
  }
  s.into->add_text(std::string(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len)),
                   s.position_at(start));
}

void on_error(void* ctx, xmlErrorPtr error) {
  if (ctx == nullptr || error == nullptr) return;
  auto& s = state_of(ctx);
  if (s.problems == nullptr || s.problems->size() >= s.max_problems) return;
  std::string message = error->message ? error->message : "malformed HTML";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  for (char& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  source_position where = s.at;
  if (where.column > 0 && error->int2 > static_cast<int>(wrapper_length))
    where.column += error->int2 - 1 - static_cast<int>(wrapper_length);
  s.problems->push_back({where, std::move(message)});
}

}  // namespace

bool looks_like_html(std::string_view text) {
  for (std::size_t i = text.find_first_of("<&"); i != std::string_view::npos;
       i = text.find_first_of("<&", i + 1)) {
    if (text[i] == '&') return true;
    if (i + 1 < text.size()) {
      char c = text[i + 1];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!') return true;
    }
  }
  return false;
}

void append_html_fragments(cell& into, std::string_view html, source_position at,
                           std::vector<html_problem>& problems, std::size_t max_problems) {
  if (html.empty()) return;
  if (html.size() > static_cast<std::size_t>(INT_MAX) - 64) html = html.substr(0, INT_MAX - 64);
  std::string wrapped;
  wrapped.reserve(html.size() + wrapper_open.size() + wrapper_close.size());
  wrapped.append(wrapper_open).append(html).append(wrapper_close);
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(
      htmlCreateMemoryParserCtxt(wrapped.data(), static_cast<int>(wrapped.size())), &htmlFreeParserCtxt);
  if (!ctxt) {
    into.add_text(std::string(html), at);
    return;
  }
  sax_state state;
  state.into = &into;
  state.at = at;
  state.ctxt = ctxt.get();
  state.problems = &problems;
  state.max_problems = max_problems;

  htmlCtxtUseOptions(ctxt.get(), HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                     HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC |
                                     HTML_PARSE_NODEFDTD);
  xmlSwitchEncoding(ctxt.get(), XML_CHAR_ENCODING_UTF8);

  // Only the callbacks below: no tree is built.
  htmlSAXHandler* sax = reinterpret_cast<htmlSAXHandler*>(ctxt->sax);
  std::memset(sax, 0, sizeof(*sax));
  sax->initialized = XML_SAX2_MAGIC;
  sax->startElement = on_start;
  sax->endElement = on_end;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  sax->cdataBlock = on_characters;
  sax->serror = on_error;
  ctxt->_private = &state;
  ctxt->userData = ctxt.get();
  ctxt->vctxt.error = nullptr;
  ctxt->vctxt.warning = nullptr;

  htmlParseDocument(ctxt.get());
  state.close_item();
  if (ctxt->myDoc) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
}

}  // namespace informe::detail
