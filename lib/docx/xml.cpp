#include "docx/xml.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>

#include <cstring>

#include "core/unicode.hpp"
#include "core/xml_limits.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

bool xml_char(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c < 0x20) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= 0x10FFFF;
}

}  // namespace

std::string xml_safe(std::string_view s) {
  // Fast path: printable ASCII (and tab, line breaks) needs no change.
  bool plain = true;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80 || (b < 0x20 && b != 0x9 && b != 0xA && b != 0xD)) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (xml_char(b)) out += static_cast<char>(b);
      ++i;
      continue;
    }
    int length = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (b >= 0xF5) length = 0;
    char32_t c = length == 4 ? b & 0x07 : length == 3 ? b & 0x0F : b & 0x1F;
    bool ok = length > 0 && i + length <= s.size();
    for (int k = 1; ok && k < length; ++k) {
      auto t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0) != 0x80) ok = false;
      c = (c << 6) | (t & 0x3F);
    }
    if (ok && ((length == 3 && c < 0x800) || (length == 4 && (c < 0x10000 || c > 0x10FFFF)))) ok = false;
    if (!ok) {
      append_utf8(out, 0xFFFD);
      ++i;
      continue;
    }
    if (xml_char(c)) out.append(s.substr(i, length));
    i += length;
  }
  return out;
}

// ---- writer ----

struct xml_writer::impl {
  xmlBufferPtr buffer = nullptr;
  xmlTextWriterPtr writer = nullptr;
  bool finished = false;
};

xml_writer::xml_writer(bool declaration) : impl_(std::make_unique<impl>()) {
  impl_->buffer = xmlBufferCreate();
  if (!impl_->buffer) throw error("out of memory writing XML");
  xmlBufferSetAllocationScheme(impl_->buffer, XML_BUFFER_ALLOC_DOUBLEIT);  // amortised growth, not exact
  impl_->writer = xmlNewTextWriterMemory(impl_->buffer, 0);
  if (!impl_->writer) {
    xmlBufferFree(impl_->buffer);
    throw error("cannot create an XML writer");
  }
  if (declaration) {
    check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", "yes"));
  }
}

xml_writer::~xml_writer() {
  if (impl_->writer) xmlFreeTextWriter(impl_->writer);
  if (impl_->buffer) xmlBufferFree(impl_->buffer);
}

void xml_writer::check(int rc) {
  if (rc < 0) throw error("cannot write XML (libxml2 writer failed)");
}

void xml_writer::start(const char* name) { check(xmlTextWriterStartElement(impl_->writer, x(name))); }
void xml_writer::end() { check(xmlTextWriterEndElement(impl_->writer)); }

void xml_writer::attr(const char* name, std::string_view value) {
  std::string v = xml_safe(value);
  check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(v.c_str())));
}

void xml_writer::text(std::string_view utf8) {
  std::string v = xml_safe(utf8);
  check(xmlTextWriterWriteString(impl_->writer, x(v.c_str())));
}

void xml_writer::raw(std::string_view markup) {
  std::string v(markup);
  check(xmlTextWriterWriteRaw(impl_->writer, x(v.c_str())));
}

void xml_writer::pi(const char* target, const char* content) {
  check(xmlTextWriterWritePI(impl_->writer, x(target), x(content)));
}

void xml_writer::base64(std::string_view bytes) {
  // Lines of 76 characters (57 input bytes), as Word writes them.
  for (std::size_t at = 0; at < bytes.size(); at += 57) {
    std::size_t n = std::min<std::size_t>(57, bytes.size() - at);
    check(xmlTextWriterWriteBase64(impl_->writer, bytes.data(), static_cast<int>(at), static_cast<int>(n)));
    if (at + n < bytes.size()) check(xmlTextWriterWriteString(impl_->writer, x("\n")));
  }
}

void xml_writer::element(const char* name, std::string_view text_value) {
  start(name);
  text(text_value);
  end();
}

std::string xml_writer::finish() {
  if (!impl_->finished) {
    check(xmlTextWriterEndDocument(impl_->writer));
    check(xmlTextWriterFlush(impl_->writer));
    impl_->finished = true;
  }
  const xmlChar* content = xmlBufferContent(impl_->buffer);
  return std::string(reinterpret_cast<const char*>(content), static_cast<std::size_t>(xmlBufferLength(impl_->buffer)));
}

// ---- parser ----

namespace {

struct ctxt_free {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

xml_doc parse_xml(std::string_view bytes, const std::string& what) {
  // DTDs are refused before libxml2 sees them: no internal subset means no entity can be declared,
  // so no entity expansion (billion laughs) and no external entity (XXE) is possible.
  if (contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY")) {
    throw error(what + ": DOCTYPE and ENTITY declarations are not allowed in a Word document part");
  }
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw error(what + ": XML part too large");
  if (auto tag = detail::xml_tag_with_too_many_attributes(bytes)) {
    throw error(what + ": an element has more than " + std::to_string(detail::max_xml_attributes) +
                " attributes; refused");
  }
  std::unique_ptr<xmlParserCtxt, ctxt_free> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw error("out of memory parsing " + what);
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  xml_doc doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), what.c_str(),
                                nullptr, options));
  if (!doc || !ctxt->wellFormed) {
    std::string message = "not well-formed XML";
    int line = 0;
    if (const xmlError* e = xmlCtxtGetLastError(ctxt.get()); e && e->message) {
      message = e->message;
      while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
      line = e->line;
    }
    throw error(what + ": " + message, source_position{line, 0, 0});
  }
  if (doc->intSubset || doc->extSubset) {
    throw error(what + ": DOCTYPE declarations are not allowed in a Word document part");
  }
  if (!xmlDocGetRootElement(doc.get())) throw error(what + ": no root element");
  return doc;
}

std::string serialize(xmlDoc* doc) {
  xmlChar* memory = nullptr;
  int size = 0;
  doc->standalone = 1;
  xmlDocDumpMemoryEnc(doc, &memory, &size, "UTF-8");
  if (!memory) throw error("cannot serialise XML");
  std::string out(reinterpret_cast<char*>(memory), static_cast<std::size_t>(size));
  xmlFree(memory);
  return out;
}

std::string serialize_root(xmlDoc* doc) {
  xmlBufferPtr buffer = xmlBufferCreate();
  if (!buffer) throw error("out of memory serialising XML");
  if (xmlNodeDump(buffer, doc, xmlDocGetRootElement(doc), 0, 0) < 0) {
    xmlBufferFree(buffer);
    throw error("cannot serialise XML");
  }
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                  static_cast<std::size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
  return out;
}

namespace {

// `text` with every "{{name}}" replaced; false when nothing changed. One pass from left to right: a
// value is inserted as data and never scanned again ("A {{service}} B" as a program name stays as is).
bool substitute(std::string& text, const std::map<std::string, std::string>& values) {
  if (!contains(text, "{{")) return false;
  std::string out;
  bool changed = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t open = text.find("{{", pos);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    auto it = values.find(text.substr(open + 2, close - open - 2));
    if (it == values.end()) {  // not ours: kept, and scanning goes on after its "{{"
      out.append(text, pos, open + 2 - pos);
      pos = open + 2;
      continue;
    }
    out.append(text, pos, open - pos);
    out += it->second;
    pos = close + 2;
    changed = true;
  }
  if (!changed) return false;
  out.append(text, pos, std::string::npos);
  text = std::move(out);
  return true;
}

void fill_node(xmlNode* node, const std::map<std::string, std::string>& values) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE && n->content) {
      std::string text(reinterpret_cast<const char*>(n->content));
      // A text node's content is stored unescaped and escaped on output.
      if (substitute(text, values)) xmlNodeSetContent(n, x(xml_safe(text).c_str()));
    } else if (n->type == XML_ELEMENT_NODE) {
      for (xmlAttr* a = n->properties; a; a = a->next) {
        if (!a->children || a->children->type != XML_TEXT_NODE || !a->children->content) continue;
        std::string text(reinterpret_cast<const char*>(a->children->content));
        if (substitute(text, values)) xmlNodeSetContent(a->children, x(xml_safe(text).c_str()));
      }
      fill_node(n->children, values);
    }
  }
}

}  // namespace

void fill_placeholders(xmlDoc* doc, const std::map<std::string, std::string>& values) {
  fill_node(xmlDocGetRootElement(doc), values);
}

bool is_element(const xmlNode* node, const char* ns, const char* local_name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->href), ns) == 0 &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local_name) == 0;
}

xmlNode* child_w(xmlNode* node, const char* local_name) {
  if (!node) return nullptr;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (is_element(c, ns_w, local_name)) return c;
  }
  return nullptr;
}

std::string attr_w(xmlNode* node, const char* local_name) {
  if (!node) return {};
  xmlChar* value = xmlGetNsProp(node, x(local_name), x(ns_w));
  if (!value) value = xmlGetNoNsProp(node, x(local_name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

}  // namespace informe::detail::docx
