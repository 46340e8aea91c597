// libxml2 helpers of the DOCX reader: namespaces, WordprocessingML attributes. Internal.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "writers/docx/xml.hpp"

namespace informe::detail::docx_reader {

using docx::ns_w;
inline constexpr const char* ns_mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr const char* ns_pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
inline constexpr const char* ns_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* ns_m = "http://schemas.openxmlformats.org/officeDocument/2006/math";

inline bool is_w(const xmlNode* n, const char* name) { return docx::is_element(n, ns_w, name); }

inline std::string_view local(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

inline std::string attr(const xmlNode* n, const char* name) { return docx::attr_w(const_cast<xmlNode*>(n), name); }

// An attribute without namespace (relationships, Flat OPC).
inline std::string plain_attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

inline std::string content_of(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// w:val of an on/off property: present and not "false"/"0"/"off".
inline bool on(const xmlNode* prop) {
  if (!prop) return false;
  std::string v = attr(prop, "val");
  return v != "false" && v != "0" && v != "off" && v != "none";
}

}  // namespace informe::detail::docx_reader
