#include "readers/html/html_document.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstring>
#include <vector>

#include "core/encoding.hpp"
#include "core/html_sax.hpp"
#include "core/unicode.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t prescan_bytes = 4096;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_charset_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

// The value after "charset" [spaces] "=" [spaces] [quote] in a meta tag's text (lower case).
std::string charset_in_meta(std::string_view tag) {
  for (std::size_t at = tag.find("charset"); at != std::string_view::npos; at = tag.find("charset", at + 7)) {
    std::size_t i = at + 7;
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && is_space(tag[i])) ++i;
    if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) ++i;
    std::size_t start = i;
    while (i < tag.size() && is_charset_char(tag[i])) ++i;
    if (i > start) return std::string(tag.substr(start, i - start));
  }
  return {};
}

// Counts the attributes of every start tag the way libxml2 reads them (names, optional "=" and a
// quoted or bare value) and returns the line of the first tag with more than `limit`, or 0.
int tag_with_too_many_attributes(std::string_view html, std::size_t limit) {
  int line = 1;
  const std::size_t n = html.size();
  std::size_t i = 0;
  auto advance = [&](std::size_t to) {
    line += static_cast<int>(std::count(html.begin() + static_cast<std::ptrdiff_t>(i),
                                        html.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
    i = to;
  };
  while (i < n) {
    std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    advance(lt);
    if (i + 1 >= n || !((html[i + 1] >= 'a' && html[i + 1] <= 'z') || (html[i + 1] >= 'A' && html[i + 1] <= 'Z'))) {
      ++i;
      continue;
    }
    const int tag_line = line;
    std::size_t j = i + 1;
    while (j < n && !is_space(html[j]) && html[j] != '>' && html[j] != '/') ++j;  // the tag name
    std::size_t count = 0;
    while (j < n) {
      while (j < n && (is_space(html[j]) || html[j] == '/')) ++j;
      if (j >= n || html[j] == '>' || html[j] == '<') break;
      ++count;
      while (j < n && !is_space(html[j]) && html[j] != '>' && html[j] != '=' && html[j] != '<') ++j;  // name
      std::size_t k = j;
      while (k < n && is_space(html[k])) ++k;
      if (k < n && html[k] == '=') {
        j = k + 1;
        while (j < n && is_space(html[j])) ++j;
        if (j < n && (html[j] == '"' || html[j] == '\'')) {
          std::size_t close = html.find(html[j], j + 1);
          j = close == std::string_view::npos ? n : close + 1;
        } else {
          while (j < n && !is_space(html[j]) && html[j] != '>') ++j;
        }
      }
      if (count > limit) return tag_line;
    }
    advance(std::min(j, n));
  }
  return 0;
}

// Word's "downlevel-revealed" conditional comments (<![if !supportLists]>...<![endif]> around a
// list's typed marker in a saved page) are markup, not text: libxml2 2.9 keeps them as text, newer
// releases drop them as bogus comments. Removed here (each within one line: line numbers stay).
void remove_downlevel_conditionals(std::string& html) {
  constexpr std::size_t longest = 200;  // "<![if !supportLists]>", "<![if !vml]>" are short
  std::size_t at = html.find("<![");
  if (at == std::string::npos) return;
  std::string out;
  out.reserve(html.size());
  std::size_t from = 0;
  for (; at != std::string::npos; at = html.find("<![", at + 1)) {
    std::size_t length = 0;
    if (html.compare(at, 10, "<![endif]>") == 0) {
      length = 10;
    } else if (html.compare(at, 6, "<![if ") == 0) {
      const std::string_view tag = std::string_view(html).substr(at, longest);  // bounded: linear in the page
      const std::size_t end = tag.find("]>");
      if (end != std::string_view::npos && tag.substr(0, end).find('\n') == std::string_view::npos) length = end + 2;
    }
    if (length == 0) continue;  // "<![CDATA[" and the like: kept
    out.append(html, from, at - from);
    from = at + length;
    at = from - 1;
  }
  out.append(html, from, std::string::npos);
  html = std::move(out);
}

// The line of the first <table> the page never closes (a page cut short), or 0. Tags are matched
// case-insensitively outside comments; "<table" must end its name ("<tablex" is not a table).
int unclosed_table(std::string_view html) {
  auto name_ends = [&](std::size_t at) {
    return at >= html.size() || is_space(html[at]) || html[at] == '>' || html[at] == '/';
  };
  auto starts = [&](std::size_t at, std::string_view word) {
    if (at + word.size() > html.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      if (lower(html[at + k]) != word[k]) return false;
    }
    return name_ends(at + word.size());
  };
  std::vector<std::size_t> open;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 2;
    } else if (starts(i + 1, "table")) {
      open.push_back(i);
    } else if (starts(i + 1, "/table") && !open.empty()) {
      open.pop_back();
    }
  }
  if (open.empty()) return 0;
  return 1 + static_cast<int>(std::count(html.begin(), html.begin() + static_cast<std::ptrdiff_t>(open.front()), '\n'));
}

struct parse_state {
  diagnostics* diags = nullptr;
  html_limits limits;
  std::size_t nodes = 0;
  std::size_t problems = 0;
  std::size_t reported = 0;
  bool too_deep = false;
  bool too_big = false;
  int stop_line = 0;
  int fatal_line = 0;
  std::string fatal;
};

parse_state& state_of(void* ctx) { return *sax_state_of<parse_state>(ctx); }

void on_start_element(void* ctx, const xmlChar* name, const xmlChar** atts) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  auto& s = state_of(ctx);
  std::size_t n = 1;
  if (atts != nullptr)
    for (std::size_t i = 0; atts[i] != nullptr; i += 2) ++n;
  s.nodes += n;
  xmlSAX2StartElement(ctx, name, atts);
  const int line = ctxt->input != nullptr ? ctxt->input->line : 0;
  if (ctxt->node != nullptr && line >= 65535) ctxt->node->psvi = reinterpret_cast<void*>(static_cast<std::ptrdiff_t>(line));
  if (ctxt->nameNr > s.limits.max_depth || s.nodes > s.limits.max_nodes) {
    (ctxt->nameNr > s.limits.max_depth ? s.too_deep : s.too_big) = true;
    s.stop_line = line;
    xmlStopParser(ctxt);
  }
}

void on_error(void* ctx, xmlErrorPtr e) {
  if (ctx == nullptr || e == nullptr) return;
  auto& s = state_of(ctx);
  // HTML5 element names (main, section, time...) are unknown to libxml2's HTML 4 tables: harmless.
  if (e->code == XML_HTML_UNKNOWN_TAG) return;
  if (e->code == XML_ERR_USER_STOP) return;
  if (e->code == XML_ERR_NO_MEMORY && s.fatal_line == 0) {
    // libxml2 stops here: out of memory, or a text run over its 10 MB limit ("huge text node")
    s.fatal_line = e->line > 0 ? e->line : 1;
    s.fatal = libxml2_message(e->message, "out of memory");
  }
  ++s.problems;
  if (s.reported >= s.limits.max_reported_problems) return;
  ++s.reported;
  std::string message = libxml2_message(e->message, "malformed HTML");
  s.diags->warning({e->line, e->int2 > 0 ? e->int2 : 0, 0}, "HTML: " + message, diagnostic_code::markup);
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, prescan_bytes));
  std::transform(head.begin(), head.end(), head.begin(), lower);
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    std::size_t end = head.find('>', at);
    std::string found = charset_in_meta(std::string_view(head).substr(at, end == std::string::npos ? end : end - at));
    if (!found.empty()) return found;
  }
  return {};
}

html_document::html_document(std::string_view bytes, diagnostics& diags, const html_limits& limits) {
  // Character set: the page's own declaration, else detection (browsers read Latin-1 as windows-1252).
  const std::string declared = declared_charset(bytes);
  decoded_text decoded = decode_to_utf8(bytes, declared);
  charset_ = decoded.charset;
  const bool declared_utf8 = declared == "utf-8" || declared == "utf8";  // declared_charset() is lower case
  if (!declared.empty() && decoded.detected && !declared_utf8) {
    diags.warning({1, 0, 0}, "unknown character encoding \"" + declared + "\" declared; read as " + decoded.charset,
                  diagnostic_code::encoding);
  } else if (decoded.first_invalid_utf8 != std::string::npos && (decoded.charset == "UTF-8" || !declared.empty())) {
    // Name the first byte that is not UTF-8 and what was made of the page.
    const std::size_t at = decoded.first_invalid_utf8;
    std::string_view before = bytes.substr(0, at);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(bytes[at]);
    std::string what = std::string("byte 0x") + hex[byte >> 4] + hex[byte & 15] + " is not UTF-8";
    if (decoded.invalid_utf8 > 1) what += " (nor are " + std::to_string(decoded.invalid_utf8 - 1) + " more sequences)";
    std::string page = declared.empty() ? "the page declares no character encoding"
                                        : "the page declares " + declared;
    diags.warning({line, static_cast<int>(at - line_start) + 1, 0},
                  page + "; " + what + ": read as " + decoded.charset +
                      (decoded.charset == "UTF-8" ? ", bad bytes shown as U+FFFD" : " (from the bytes)"),
                      diagnostic_code::encoding);
  } else if (decoded.detected && !decoded.had_bom && !is_valid_utf8(bytes)) {
    diags.warning({1, 0, 0}, "the page declares no character encoding; read as " + decoded.charset + " (detected)",
                  diagnostic_code::encoding);
  }
  std::string& html = decoded.utf8;
  std::replace(html.begin(), html.end(), '\0', ' ');  // libxml2 would stop at a NUL byte
  remove_downlevel_conditionals(html);
  if (html.size() > static_cast<std::size_t>(INT_MAX / 2)) throw error("the page is too large to parse");

  if (int line = tag_with_too_many_attributes(html, limits.max_attributes)) {
    throw error("a tag has more than " + std::to_string(limits.max_attributes) + " attributes; the page is refused",
                {line, 0, 0});
  }

  if (html.empty()) throw error("no commitments table found: the input is empty", {1, 0, 0});
  html_parser_ptr ctxt = html_parser_for(html);  // initialises libxml2 once, thread-safely
  if (!ctxt) throw error("cannot create an HTML parser (out of memory)");
  parse_state state;
  state.diags = &diags;
  state.limits = limits;
  // The node limit grows with the page: our own HTML spends about 20 bytes a node (a 40,000-row page
  // has two million), so a page of 16 bytes a node is read whole, in memory proportional to it.
  state.limits.max_nodes = std::max(limits.max_nodes, html.size() / limits.min_bytes_per_node);

  use_utf8_options(ctxt.get(), HTML_PARSE_COMPACT);
  ctxt->linenumbers = 1;
  ctxt->options |= XML_PARSE_BIG_LINES;
  ctxt->_private = &state;
  // This context's own copy of libxml2's tree-building SAX handler: structured errors to our
  // callback, limits checked on every start tag, comments dropped.
  capture_errors(ctxt.get(), on_error);
  xmlSAXHandler* sax = ctxt->sax;
  sax->startElement = on_start_element;
  sax->comment = nullptr;
  sax->processingInstruction = nullptr;

  htmlParseDocument(ctxt.get());

  if (state.too_deep) {
    throw error("the page nests elements more than " + std::to_string(limits.max_depth) +
                    " levels deep; refused",
                {state.stop_line, 0, 0});
  }
  if (state.too_big) {
    throw error("the page has more than " + std::to_string(state.limits.max_nodes) +
                    " elements and attributes; refused",
                {state.stop_line, 0, 0});
  }
  if (state.fatal_line > 0) {
    throw error("the HTML parser gave up (" + state.fatal + "); the page is refused", {state.fatal_line, 0, 0});
  }
  if (int line = unclosed_table(html)) {
    diags.warning({line, 0, 0}, "the table opened here never ends (no </table>): the page may be cut short, "
                                "and rows after the cut are missing", diagnostic_code::truncated_input);
  }
  if (state.problems > state.reported) {
    diags.warning({}, std::to_string(state.problems - state.reported) + " more HTML problems not listed",
                  diagnostic_code::limit_exceeded);
  }
  doc_.reset(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  if (!doc_ || root() == nullptr) throw error("no commitments table found: the input holds no HTML elements", {1, 0, 0});
}

xmlNodePtr html_document::root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

bool is_html_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; });
}

bool is_text_node(const xmlNode* node) { return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE; }

std::string_view name_of(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool is_element(const xmlNode* node, std::string_view name) { return name_of(node) == name; }

bool attribute(const xmlNode* node, const char* name, std::string& value) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    value.clear();
    for (const xmlNode* c = a->children; c != nullptr; c = c->next)
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    return true;
  }
  return false;
}

bool has_attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next)
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) return true;
  return false;
}

int line_of(const xmlNode* node) {
  if (node == nullptr) return 0;
  int line = node->line;
  if (line == 65535 && node->psvi != nullptr) line = static_cast<int>(reinterpret_cast<std::ptrdiff_t>(node->psvi));
  if (node->type == XML_TEXT_NODE && node->content != nullptr) {
    // libxml2 stamps a text node with the line where its first chunk (up to 1000 bytes) ended.
    const char* text = reinterpret_cast<const char*>(node->content);
    std::size_t length = strnlen(text, 1000);
    line -= static_cast<int>(std::count(text, text + length, '\n'));
    int parent = line_of(node->parent);
    if (line < parent) line = parent;
    if (line < 1) line = 1;
  }
  return line;
}

source_position position_of(const xmlNode* node) { return {line_of(node), 0, 0}; }

}  // namespace informe::detail
