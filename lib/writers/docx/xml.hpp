// libxml2 helpers for the DOCX writer: namespaces, and a parser that refuses DTDs and entities (the
// streaming writer is core/xml_writer.hpp). Internal to the library.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/xml_writer.hpp"

namespace informe::detail::docx {

/// WordprocessingML and package namespaces.
inline constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* ns_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* ns_pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";

// The streaming writer (core/xml_writer.hpp) is the one every XML output goes through.
using detail::xml_safe;
using detail::xml_writer;

/// A C string as libxml2's xmlChar string (UTF-8 both).
inline const xmlChar* xml_str(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

struct xml_doc_free {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using xml_doc = std::unique_ptr<xmlDoc, xml_doc_free>;

/// Parses `bytes` without loading DTDs, substituting entities or touching the network. A DOCTYPE or
/// an ENTITY declaration, or malformed XML, throws informe::error naming `what` ("styles.xml").
xml_doc parse_xml(std::string_view bytes, const std::string& what);

/// parse_xml's parser options: no network, no error printed, CDATA as text; no entity substitution.
inline constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
/// parse_xml's refusals before parsing: a DOCTYPE or ENTITY declaration, a part over 2 GiB, an element
/// with too many attributes (core/xml_limits.hpp) throw informe::error naming `what`.
void check_xml_text(std::string_view bytes, const std::string& what);
/// Throws parse_xml's informe::error for a part `ctxt` found not well-formed: libxml2's message and line.
[[noreturn]] void throw_xml_error(xmlParserCtxt* ctxt, const std::string& what);

/// The document serialised with its XML declaration.
std::string serialize(xmlDoc* doc);
/// The root element alone, serialised without declaration (for Flat OPC's pkg:xmlData).
std::string serialize_root(xmlDoc* doc);

/// Replaces each "{{name}}" inside the text nodes of `doc` by its value (stored as text, escaped on
/// output). Unknown names are left as they are.
void fill_placeholders(xmlDoc* doc, const std::map<std::string, std::string>& values);

/// The first child element of `node` with the given local name in the WordprocessingML namespace.
xmlNode* child_w(xmlNode* node, const char* local_name);
/// The value of attribute w:NAME (or un-namespaced NAME) of `node`, or "".
std::string attr_w(xmlNode* node, const char* local_name);
/// True when `node` is an element named `local_name` in namespace `ns`.
bool is_element(const xmlNode* node, const char* ns, const char* local_name);

}  // namespace informe::detail::docx
