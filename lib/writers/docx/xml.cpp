#include "writers/docx/xml.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

#include <cstring>

#include "core/unicode.hpp"
#include "core/xml_limits.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx {

// ---- parser ----

namespace {

struct ctxt_free {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

void check_xml_text(std::string_view bytes, const std::string& what) {
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
}

void throw_xml_error(xmlParserCtxt* ctxt, const std::string& what) {
  std::string message = "not well-formed XML";
  int line = 0;
  if (const xmlError* e = xmlCtxtGetLastError(ctxt); e && e->message) {
    message = e->message;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    line = e->line;
  }
  throw error(what + ": " + message, source_position{line, 0, 0});
}

xml_doc parse_xml(std::string_view bytes, const std::string& what) {
  check_xml_text(bytes, what);
  std::unique_ptr<xmlParserCtxt, ctxt_free> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw error("out of memory parsing " + what);
  xml_doc doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), what.c_str(),
                                nullptr, parse_options));
  if (!doc || !ctxt->wellFormed) throw_xml_error(ctxt.get(), what);
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
      if (substitute(text, values)) xmlNodeSetContent(n, xml_str(xml_safe(text).c_str()));
    } else if (n->type == XML_ELEMENT_NODE) {
      for (xmlAttr* a = n->properties; a; a = a->next) {
        if (!a->children || a->children->type != XML_TEXT_NODE || !a->children->content) continue;
        std::string text(reinterpret_cast<const char*>(a->children->content));
        if (substitute(text, values)) xmlNodeSetContent(a->children, xml_str(xml_safe(text).c_str()));
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
  xmlChar* value = xmlGetNsProp(node, xml_str(local_name), xml_str(ns_w));
  if (!value) value = xmlGetNoNsProp(node, xml_str(local_name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

}  // namespace informe::detail::docx
