#include "grammar/html_fragments.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/byte_scan.hpp"
#include "core/html_sax.hpp"
#include "core/line_index.hpp"
#include "core/unicode.hpp"

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

// `at` (the position of the fragment's first byte) moved on to the byte at `offset` of the fragment,
// in characters (core/line_index): a column in a message counts characters, not bytes.
source_position advanced(source_position at, const line_index& lines, std::size_t offset) {
  if (at.column <= 0) return at;
  const source_position d = lines.at(offset);
  if (d.line > 1) {
    at.line += d.line - 1;
    at.column = d.column;
  } else {
    at.column += d.column - 1;
  }
  return at;
}

// Columns of a fragment on one line (a text reader's cell), as line_index counts them, for offsets
// asked in order: counted on from the last one asked, with no index of line ends to build first.
class line_columns {
 public:
  explicit line_columns(std::string_view line) : line_(line) {}

  /// The column (1-based, in characters) of the byte at `offset`.
  int at(std::size_t offset) {
    offset = std::min(offset, line_.size());
    const std::size_t from = offset >= 3 && line_.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a BOM takes no column
    if (offset < counted_ || counted_ < from) {
      counted_ = from;
      column_ = 1;
    }
    column_ += static_cast<int>(byte_scan::count_lead(line_, counted_, offset));
    counted_ = offset;
    return column_;
  }

 private:
  std::string_view line_;
  std::size_t counted_ = 0;
  int column_ = 1;
};

struct sax_state {
  cell* into = nullptr;
  source_position at;
  const line_index* lines = nullptr;  // of the fragment, without the wrapper
  htmlParserCtxtPtr ctxt = nullptr;
  std::vector<html_problem>* problems = nullptr;
  std::size_t max_problems = 0;
  int skip_depth = 0;
  bool in_item = false;
  std::string item;
  source_position item_at;

  source_position position_at(std::size_t offset) const {
    offset = offset > wrapper_length ? offset - wrapper_length : 0;
    return advanced(at, *lines, offset);
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
  // Where the parser stands: libxml2's own column counts some bytes as columns.
  s.problems->push_back({s.position_at(s.offset()), std::move(message)});
}

}  // namespace

bool looks_like_html(std::string_view text) {
  if (text.find('&') != std::string_view::npos) return true;
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
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

html_fragment_parser::html_fragment_parser(std::size_t max_problems, bool fast_path)
    : max_problems_(max_problems), fast_path_(fast_path) {
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

// Simple markup, the common case of a cell ("<p><u>Calificación:</u> Cumplido</p>", "<ul><li>..."):
// text; balanced, attribute-free inline tags; <p> at the top level; <ul>/<ol> (attributes allowed)
// at the top level holding <li> items of text and inline tags; no entity, no comment, no '>' in text,
// no character libxml2 would complain about. Such markup needs no parser: the events below are the
// ones libxml2 gives the SAX handlers for it (a test compares the two on generated markup), and
// anything else goes to libxml2. False when `html` is not that simple; `into` is then untouched.
bool append_simple_markup(cell& into, std::string_view html, source_position at) {
  if (html.empty()) return true;  // nothing, as html_fragment_parser::append makes of it
  enum class tag { inline_tag, p, list, li };
  struct known {
    std::string_view name;
    tag kind;
  };
  static constexpr known names[] = {{"u", tag::inline_tag}, {"b", tag::inline_tag},      {"i", tag::inline_tag},
                                    {"em", tag::inline_tag}, {"strong", tag::inline_tag}, {"span", tag::inline_tag},
                                    {"p", tag::p},           {"ul", tag::list},           {"ol", tag::list},
                                    {"li", tag::li}};
  constexpr std::size_t max_depth = 8, max_events = 256;
  struct event {
    enum { text, start, end } type;
    tag kind;
    std::size_t from, to;  // text: the run; tags: where libxml2's parser stands when it reports them
  };
  event events[max_events];
  std::size_t count = 0;
  std::size_t stack[max_depth];  // indexes into names
  std::size_t depth = 0;
  std::size_t text_from = 0;
  auto push = [&](event e) {
    if (count == max_events) return false;
    events[count++] = e;
    return true;
  };
  // Bytes that need a look: markup, entities, characters libxml2 complains about, and the start of
  // every multi-byte character (ill-formed UTF-8, which libxml2 would read as Latin-1; U+FFFE, U+FFFF).
  static const auto special = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 0x20; ++b) t[static_cast<std::size_t>(b)] = b != '\t' && b != '\n';
    for (int b : {int{'<'}, int{'&'}, int{'>'}, 0x7F}) t[static_cast<std::size_t>(b)] = true;
    for (int b = 0x80; b < 0x100; ++b) t[static_cast<std::size_t>(b)] = true;
    return t;
  }();
  // Text directly inside a list, outside its items, must be white space (anything more is left to libxml2).
  auto text_fits = [&](std::size_t from, std::size_t to) {
    if (depth == 0 || names[stack[depth - 1]].kind != tag::list) return true;
    for (std::size_t k = from; k < to; ++k)
      if (html[k] != ' ' && html[k] != '\t' && html[k] != '\n') return false;
    return true;
  };
  for (std::size_t i = 0; i < html.size(); ++i) {
    while (i < html.size()) {
      if (i + 8 <= html.size()) {  // eight bytes at once, on to the first that may be special
        namespace scan = byte_scan;
        const std::uint64_t w = scan::load(html, i);
        const std::uint64_t maybe = (w & scan::highs) | scan::below(w, 0x20) | scan::equal(w, '<') |
                                    scan::equal(w, '&') | scan::equal(w, '>') | scan::equal(w, 0x7F);
        i += scan::first_flagged(maybe);
        if (maybe == 0) continue;
        if (special[static_cast<unsigned char>(html[i])]) break;
        ++i;  // a tab or a line end
        continue;
      }
      if (special[static_cast<unsigned char>(html[i])]) break;
      ++i;
    }
    if (i == html.size()) break;
    const auto c = static_cast<unsigned char>(html[i]);
    if (c == '<') {
      if (i > text_from) {
        if (!text_fits(text_from, i) || !push({event::text, tag::inline_tag, text_from, i})) return false;
      }
      const bool closing = i + 1 < html.size() && html[i + 1] == '/';
      const std::size_t name_from = i + (closing ? 2 : 1);
      const std::size_t gt = html.find('>', name_from);
      if (gt == std::string_view::npos) return false;
      std::string_view inside = html.substr(name_from, gt - name_from);
      std::size_t name_end = 0;
      while (name_end < inside.size() && inside[name_end] >= 'a' && inside[name_end] <= 'z') ++name_end;
      const std::string_view name = inside.substr(0, name_end);
      std::size_t k = 0;
      while (k < std::size(names) && names[k].name != name) ++k;
      if (k == std::size(names)) return false;
      const tag kind = names[k].kind;
      if (name_end != inside.size()) {
        // Attributes: on an opening list tag only, plain (no markup, quotes balanced).
        if (closing || kind != tag::list || inside[name_end] != ' ' || !is_valid_utf8(inside)) return false;
        int quotes = 0, apostrophes = 0;
        for (char a : inside.substr(name_end)) {
          if (a == '<' || a == '&' || a == '/' || static_cast<unsigned char>(a) < 0x20) return false;
          quotes += a == '"';
          apostrophes += a == '\'';
        }
        if (quotes % 2 != 0 || apostrophes % 2 != 0) return false;
      }
      const tag parent = depth == 0 ? tag::p : names[stack[depth - 1]].kind;  // p: "top level" here
      if (closing) {
        if (depth == 0 || stack[depth - 1] != k) return false;
        --depth;
        if (!push({event::end, kind, gt + 1, gt + 1})) return false;  // libxml2 is past the tag
      } else {
        // Where each may open: p and lists at the top level, items in a list, inline tags in text.
        const bool top = depth == 0;
        const bool fits = kind == tag::p || kind == tag::list ? top
                          : kind == tag::li                   ? !top && parent == tag::list
                                                              : top || parent != tag::list;
        if (!fits || depth == max_depth) return false;
        stack[depth++] = k;
        if (!push({event::start, kind, gt, gt})) return false;  // libxml2 is at its '>'
      }
      i = gt;
      text_from = gt + 1;
      continue;
    }
    if (c < 0x80) return false;
    // A multi-byte character: well-formed, and not U+FFFE or U+FFFF (no characters to libxml2).
    std::size_t next = i;
    const std::int32_t cp = next_code_point(html, next);
    if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF) return false;
    i = next - 1;
  }
  if (depth != 0) return false;
  if (html.size() > text_from && !push({event::text, tag::inline_tag, text_from, html.size()})) return false;

  // The SAX handlers' work, on these events. Positions: a fragment on one line (a text cell always is)
  // counts its columns as it goes; one with line ends indexes them.
  std::optional<line_index> lines;
  if (html.find('\n') != std::string_view::npos) lines.emplace(html);
  line_columns columns(html);
  auto position = [&](std::size_t offset) {
    if (lines) return advanced(at, *lines, offset);
    source_position p = at;
    if (p.column > 0) p.column += columns.at(offset) - 1;
    return p;
  };
  bool in_item = false;
  std::string item;
  source_position item_at;
  // Room for a fragment per event and the two breaks (grown geometrically: a cell appended to line
  // after line stays linear).
  if (const std::size_t needed = into.fragments.size() + count + 2; needed > into.fragments.capacity())
    into.fragments.reserve(std::max(needed, 2 * into.fragments.capacity()));
  into.add_break(position(0));  // the <div> that libxml2's path wraps the fragment in
  auto close_item = [&] {
    if (!in_item) return;
    in_item = false;
    into.add_list_item(std::move(item), item_at);
    item.clear();
  };
  for (std::size_t e = 0; e < count; ++e) {
    const event& ev = events[e];
    if (ev.type == event::text) {
      std::string_view run = html.substr(ev.from, ev.to - ev.from);
      if (in_item) {
        if (item.empty()) item_at = position(ev.from);
        item.append(run);
      } else if (into.fragments.size() > 4096 && into.fragments.back().type == fragment::kind::text) {
        into.fragments.back().text.append(run);
      } else {
        into.add_text(std::string(run), position(ev.from));
      }
      continue;
    }
    switch (ev.kind) {
      case tag::p: into.add_break(position(ev.from)); break;
      case tag::list:
        close_item();
        into.add_break(position(ev.from));
        break;
      case tag::li:
        close_item();
        if (ev.type == event::start) {
          in_item = true;
          item_at = position(ev.from);
        }
        break;
      case tag::inline_tag: break;
    }
  }
  close_item();
  into.add_break(position(html.size() + wrapper_close.size()));  // and its end
  return true;
}

void html_fragment_parser::append(cell& into, std::string_view html, source_position at) {
  if (html.empty()) return;
  if (fast_path_ && append_simple_markup(into, html, at)) return;
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
    at = advanced(at, line_index(html.substr(0, cut)), cut);
    html.remove_prefix(cut);
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

  const line_index lines(html);
  sax_state state;
  state.into = &into;
  state.at = at;
  state.lines = &lines;
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
