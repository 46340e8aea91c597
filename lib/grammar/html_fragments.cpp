#include "grammar/html_fragments.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "core/html_sax.hpp"

namespace informe::detail {

namespace {

enum class element_role { inline_element, block, list, item, skip };

element_role role_of(const xmlChar* name) {
  if (name == nullptr) return element_role::inline_element;
  static const std::unordered_map<std::string_view, element_role> roles = [] {
    std::unordered_map<std::string_view, element_role> m;
    for (const char* b : {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre",
                          "center", "hr", "dl", "dt", "dd", "address", "section", "article", "header", "footer",
                          "body", "td", "th", "caption", "form", "fieldset"})
      m.emplace(b, element_role::block);
    for (const char* l : {"ul", "ol", "dir", "menu"}) m.emplace(l, element_role::list);
    m.emplace("li", element_role::item);
    for (const char* k : {"script", "style", "head", "title", "noscript", "template"})
      m.emplace(k, element_role::skip);
    return m;
  }();
  auto it = roles.find(reinterpret_cast<const char*>(name));
  return it == roles.end() ? element_role::inline_element : it->second;
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
    // `consumed` counts what the parser already shrank away from the buffer's start.
    return static_cast<std::size_t>(ctxt->input->consumed) +
           static_cast<std::size_t>(ctxt->input->cur - ctxt->input->base);
  }
  void close_item() {
    if (!in_item) return;
    in_item = false;
    into->add_list_item(std::move(item), item_at);
    item.clear();
  }
};

sax_state* state_of(void* ctx) { return sax_state_of<sax_state>(ctx); }

// Where a block or a list starts or ends, the text breaks (a block inside a list item does not
// break the item); a list also closes the open item.
void block_edge(sax_state& s, element_role role) {
  if (role == element_role::list) {
    s.close_item();
  } else if (s.in_item) {
    return;
  }
  s.into->add_break(s.position_at(s.offset()));
}

void on_start(void* ctx, const xmlChar* name, const xmlChar**) {
  auto* sp = state_of(ctx);
  if (sp == nullptr) return;
  auto& s = *sp;
  switch (const element_role role = role_of(name)) {
    case element_role::skip: ++s.skip_depth; break;
    case element_role::block:
    case element_role::list: block_edge(s, role); break;
    case element_role::item:
      s.close_item();
      s.in_item = true;
      s.item_at = s.position_at(s.offset());
      break;
    case element_role::inline_element: break;
  }
}

void on_end(void* ctx, const xmlChar* name) {
  auto* sp = state_of(ctx);
  if (sp == nullptr) return;
  auto& s = *sp;
  switch (const element_role role = role_of(name)) {
    case element_role::skip:
      if (s.skip_depth > 0) --s.skip_depth;
      break;
    case element_role::block:
    case element_role::list: block_edge(s, role); break;
    case element_role::item: s.close_item(); break;
    case element_role::inline_element: break;
  }
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
  auto* sp = state_of(ctx);
  if (sp == nullptr) return;
  auto& s = *sp;
  if (s.skip_depth > 0 || len <= 0) return;
  std::size_t end = s.offset();
  std::size_t start = end >= static_cast<std::size_t>(len) ? end - static_cast<std::size_t>(len) : 0;
  if (s.in_item) {
    if (s.item.empty()) s.item_at = s.position_at(start);
    s.item.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
    return;
  }
  auto& fragments = s.into->fragments;
  // In a cell of thousands of runs (entities by the million), runs join the previous one instead of
  // each costing a fragment; their positions are then approximate.
  if (fragments.size() > 4096 && fragments.back().type == fragment::kind::text) {
    fragments.back().text.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
    return;
  }
  s.into->add_text(std::string(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len)),
                   s.position_at(start));
}

void on_error(void* ctx, xmlErrorPtr error) {
  if (error == nullptr) return;
  auto* sp = state_of(ctx);
  if (sp == nullptr) return;
  auto& s = *sp;
  if (s.problems == nullptr || s.problems->size() >= s.max_problems) return;
  std::string message = libxml2_message(error->message, "malformed HTML");
  source_position where = s.at;
  if (where.column > 0 && error->int2 > static_cast<int>(wrapper_length))
    where.column += error->int2 - 1 - static_cast<int>(wrapper_length);
  s.problems->push_back({where, std::move(message)});
}

}  // namespace

bool looks_like_html(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') return true;
    if (text[i] != '<') continue;
    if (i + 1 < text.size()) {
      char c = text[i + 1];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!') return true;
    }
  }
  return false;
}

namespace {

// Besides the shared options: no implied <html>/<body>/<p>, no default DTD.
constexpr int parse_options = HTML_PARSE_NOIMPLIED | HTML_PARSE_NODEFDTD;

void install_handlers(htmlParserCtxtPtr ctxt) {
  // Only the callbacks below: no tree is built.
  htmlSAXHandler* sax = reinterpret_cast<htmlSAXHandler*>(ctxt->sax);
  std::memset(sax, 0, sizeof(*sax));
  sax->startElement = on_start;
  sax->endElement = on_end;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  sax->cdataBlock = on_characters;
  capture_errors(ctxt, on_error);
}

}  // namespace

html_fragment_parser::html_fragment_parser(std::size_t max_problems) : max_problems_(max_problems) {
  htmlParserCtxtPtr ctxt = new_html_parser();  // initialises libxml2 once, thread-safely
  if (ctxt) install_handlers(ctxt);
  ctxt_ = ctxt;
}

html_fragment_parser::~html_fragment_parser() {
  if (ctxt_) html_parser_deleter{}(static_cast<htmlParserCtxtPtr>(ctxt_));
}

namespace {

constexpr std::size_t max_tag_bytes = 4096;

// Copies `html` to `out` with the inside of every tag longer than max_tag_bytes dropped (its name
// kept); false, and `out` untouched, when no tag is that long. Linear in the length.
bool guard_long_tags(std::string_view html, std::string& out) {
  bool changed = false;
  std::size_t copied = 0;
  std::size_t gt = 0;
  bool gt_known = false;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (!gt_known || (gt != std::string_view::npos && gt < i)) {
      gt = html.find('>', i);
      gt_known = true;
    }
    std::size_t end = gt == std::string_view::npos ? html.size() : gt;
    if (end - i <= max_tag_bytes) continue;
    std::size_t name_end = i + 1;
    while (name_end < end && name_end - i < 64) {
      char c = html[name_end];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '!'))
        break;
      ++name_end;
    }
    if (!changed) out.reserve(html.size());
    out.append(html.substr(copied, name_end - copied));
    copied = end;
    changed = true;
    if (gt == std::string_view::npos) break;
    i = end - 1;
  }
  if (changed) out.append(html.substr(copied));
  return changed;
}

}  // namespace

void html_fragment_parser::append(cell& into, std::string_view html, source_position at) {
  if (html.empty()) return;
  // libxml2 compares an end tag with every open element: thousands of unclosed elements followed
  // by stray end tags would take quadratic time. A fragment with that much markup (never a real
  // cell) is parsed in pieces of a bounded number of tags, which keeps the time linear.
  // libxml2 also checks each attribute of a tag against all earlier ones: a tag with a million
  // attributes would take quadratic time. We never use attributes, so over-long tags lose them.
  std::string guarded;
  if (guard_long_tags(html, guarded)) html = guarded;
  while (true) {
    std::size_t tags = 0;
    std::size_t cut = 0;
    bool too_many = false;
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
      ++tags;
      if (tags == max_tags_per_piece) cut = i;
      if (tags > max_tags_whole) {
        too_many = true;
        break;
      }
    }
    if (!too_many) {
      parse_piece(into, html, at);
      return;
    }
    parse_piece(into, html.substr(0, cut), at);
    html.remove_prefix(cut);
    if (at.column > 0) at.column += static_cast<int>(std::min<std::size_t>(cut, INT_MAX / 4));
  }
}

void html_fragment_parser::parse_piece(cell& into, std::string_view html, source_position at) {
  if (html.empty()) return;
  auto ctxt = static_cast<htmlParserCtxtPtr>(ctxt_);
  if (html.size() > static_cast<std::size_t>(INT_MAX) - 64) html = html.substr(0, INT_MAX - 64);
  if (ctxt == nullptr) {
    into.add_text(std::string(html), at);
    return;
  }
  buffer_.clear();
  buffer_.reserve(html.size() + wrapper_open.size() + wrapper_close.size());
  buffer_.append(wrapper_open).append(html).append(wrapper_close);

  sax_state state;
  state.into = &into;
  state.at = at;
  state.ctxt = ctxt;
  state.problems = &problems_;
  state.max_problems = max_problems_;
  ctxt->_private = &state;
  // What htmlCtxtReadMemory does, without its UTF-8 to UTF-8 conversion pass: reset the context
  // (our handlers stay), read the buffer in place, declare it UTF-8, parse.
  htmlCtxtReset(ctxt);
  xmlParserInputBufferPtr input_buffer = xmlParserInputBufferCreateMem(
      buffer_.data(), static_cast<int>(buffer_.size()), XML_CHAR_ENCODING_NONE);
  xmlParserInputPtr input = input_buffer ? xmlNewIOInputStream(ctxt, input_buffer, XML_CHAR_ENCODING_NONE) : nullptr;
  if (input == nullptr) {
    if (input_buffer) xmlFreeParserInputBuffer(input_buffer);
    ctxt->_private = nullptr;
    into.add_text(std::string(html), at);
    return;
  }
  inputPush(ctxt, input);
  use_utf8_options(ctxt, parse_options);
  htmlParseDocument(ctxt);
  state.close_item();
  if (ctxt->myDoc) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
  ctxt->_private = nullptr;
}

void append_html_fragments(cell& into, std::string_view html, source_position at,
                           std::vector<html_problem>& problems, std::size_t max_problems) {
  if (problems.size() >= max_problems) max_problems = 0;
  html_fragment_parser parser(max_problems > problems.size() ? max_problems - problems.size() : 0);
  parser.append(into, html, at);
  problems.insert(problems.end(), parser.problems().begin(), parser.problems().end());
}

}  // namespace informe::detail
