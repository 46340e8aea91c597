// The elements of a WordprocessingML part as the body reader walks them (wordml.cpp): names,
// namespaces, the attributes it reads (val, type, char, numbering's ids) and the text of w:t and m:t, in document
// order. Built by libxml2's SAX2 parser without a DOM, whose nodes, attribute nodes and text nodes
// cost a typed document.xml more than all the rest of its reading; or from a DOM element (Flat OPC's
// parts, which come in one tree). Internal to the library.
#pragma once

#include <libxml/tree.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail::docx_reader {

/// The namespaces the body reader tells apart.
enum class xml_ns : std::uint8_t { none, w, mc, m, other };

/// The attributes kept, each as docx::attr_w reads it: w:NAME, else NAME without a namespace (w:val,
/// w:type, w:char; numbering.xml's w:abstractNumId, w:numId, w:ilvl); and r:id, a relationship's id
/// (w:headerReference, w:footerReference), in the relationships namespace only.
enum class xml_attr : std::uint8_t { val, type, char_, abstract_num_id, num_id, ilvl, r_id };
inline constexpr std::size_t xml_attr_count = 7;

/// The relationships namespace of r:id (transitional, and strict OOXML's).
inline bool is_relationships_ns(const char* uri) {
  return uri && (std::strcmp(uri, "http://schemas.openxmlformats.org/officeDocument/2006/relationships") == 0 ||
                 std::strcmp(uri, "http://purl.oclc.org/ooxml/officeDocument/relationships") == 0);
}

class xml_tree {
 public:
  /// An element: its index in document order; 0 (the document itself) as a child or sibling means none.
  using node = std::uint32_t;

  /// Parses `bytes` with the refusals of docx::parse_xml (no DTD, no entity, no network, no element
  /// with too many attributes, libxml2's depth and size limits) and its error messages.
  static xml_tree parse(std::string_view bytes, const std::string& what);
  /// The same elements from a libxml2 element and what it holds.
  static xml_tree from_dom(const xmlNode* root);

  /// The root element (0 when there is none).
  node root() const { return nodes_.empty() ? 0 : nodes_[0].first_child; }
  node first_child(node n) const { return nodes_[n].first_child; }
  node next(node n) const { return nodes_[n].next; }
  /// One past the last element inside `n`: [n, end(n)) are `n` and its descendants.
  node end(node n) const { return nodes_[n].end; }
  xml_ns ns(node n) const { return nodes_[n].ns; }
  std::string_view name(node n) const { return nodes_[n].name; }
  bool is(node n, xml_ns ns, const char* local) const {
    const entry& e = nodes_[n];
    return n != 0 && e.ns == ns && e.name[0] == local[0] && std::strcmp(e.name, local) == 0;
  }
  bool is_w(node n, const char* local) const { return is(n, xml_ns::w, local); }
  /// The first child element ns:local of `n`, or 0.
  node child(node n, xml_ns ns, const char* local) const;
  node child_w(node n, const char* local) const { return child(n, xml_ns::w, local); }
  /// The attribute's value, "" when absent.
  std::string_view attr(node n, xml_attr a) const {
    const span& v = attrs_[nodes_[n].attrs][static_cast<std::size_t>(a)];
    return std::string_view(strings_).substr(v.offset, v.size);
  }
  /// All the text inside a w:t or m:t element (xmlNodeGetContent); "" for other elements.
  std::string_view text(node n) const {
    const span& t = texts_[nodes_[n].text];
    return std::string_view(characters_).substr(t.offset, t.size);
  }

 private:
  struct span {
    std::uint32_t offset = 0, size = 0;
  };
  struct entry {
    const char* name = "";
    node first_child = 0, next = 0, end = 0;
    std::uint32_t text = 0;   // index in texts_ (w:t and m:t), 0 for none
    std::uint32_t attrs = 0;  // index in attrs_, 0 for none kept
    xml_ns ns = xml_ns::none;
    std::uint8_t attr_ns = 0;  // bit i: attribute i came from the w: namespace
  };
  struct dict_free {
    void operator()(xmlDict* d) const;
  };
  class builder;
  friend class builder;

  std::vector<entry> nodes_;  // [0] is the document
  std::vector<std::array<span, xml_attr_count>> attrs_{1};  // [0]: none (most elements keep none)
  std::string strings_;       // the attributes' values
  // The text inside w:t and m:t elements, once: an element's text is a range of it (nested ones
  // share theirs).
  std::string characters_;
  std::vector<span> texts_{1};  // [0]: none
  std::unique_ptr<xmlDict, dict_free> dict_;  // the parser's names, which nodes_ point into
};

}  // namespace informe::detail::docx_reader
