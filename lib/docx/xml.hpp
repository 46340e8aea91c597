// libxml2 helpers for the DOCX writer: a streaming writer with correct escaping, and a parser that
// refuses DTDs and entities. Internal to the library.
#pragma once

#include <libxml/tree.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace informe::detail::docx {

/// WordprocessingML and package namespaces.
inline constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* ns_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* ns_pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";

/// `utf8` with what XML 1.0 cannot hold removed: C0 controls other than tab and line breaks,
/// U+FFFE, U+FFFF. Malformed UTF-8 becomes U+FFFD.
std::string xml_safe(std::string_view utf8);

/// An XML document written element by element through libxml2's xmlTextWriter, so text and
/// attribute values are always escaped. Names are qualified ("w:p"); the caller declares prefixes.
///
///     xml_writer x;
///     x.start("w:p"); x.attr("xmlns:w", ns_w); x.text("a < b"); x.end();
///     std::string bytes = x.finish();
class xml_writer {
 public:
  /// `declaration`: write <?xml version="1.0" encoding="UTF-8" standalone="yes"?> first.
  explicit xml_writer(bool declaration = true);
  ~xml_writer();
  xml_writer(const xml_writer&) = delete;
  xml_writer& operator=(const xml_writer&) = delete;

  void start(const char* name);
  void end();
  void attr(const char* name, std::string_view value);
  /// Text content, escaped, with characters XML cannot hold removed.
  void text(std::string_view utf8);
  /// Markup already known to be well-formed (a serialised element).
  void raw(std::string_view markup);
  void pi(const char* target, const char* content);
  void base64(std::string_view bytes);
  /// An element holding only text: <name>text</name>.
  void element(const char* name, std::string_view text);
  /// Closes every open element and returns the bytes.
  std::string finish();

 private:
  void check(int rc);
  struct impl;
  std::unique_ptr<impl> impl_;
};

struct xml_doc_free {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using xml_doc = std::unique_ptr<xmlDoc, xml_doc_free>;

/// Parses `bytes` without loading DTDs, substituting entities or touching the network. A DOCTYPE or
/// an ENTITY declaration, or malformed XML, throws informe::error naming `what` ("styles.xml").
xml_doc parse_xml(std::string_view bytes, const std::string& what);

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
