#include "readers/docx/xml_tree.hpp"

#include <libxml/parser.h>

#include <algorithm>
#include <cstring>

#include "readers/docx/xml_support.hpp"
#include "writers/docx/xml.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx_reader {

namespace {

xml_ns classify(const char* uri) {
  if (!uri) return xml_ns::none;
  if (std::strcmp(uri, ns_w) == 0) return xml_ns::w;
  if (std::strcmp(uri, ns_mc) == 0) return xml_ns::mc;
  if (std::strcmp(uri, ns_m) == 0) return xml_ns::m;
  return xml_ns::other;
}

// The attribute slot of a local name, or -1 for the attributes not kept (most of Word's, w:rsidR...,
// are told apart by their first letter).
int slot_of(const char* local) {
  auto is = [&](const char* name, xml_attr a) { return std::strcmp(local, name) == 0 ? static_cast<int>(a) : -1; };
  switch (local[0]) {
    case 'v': return is("val", xml_attr::val);
    case 't': return is("type", xml_attr::type);
    case 'c': return is("char", xml_attr::char_);
    case 'a': return is("abstractNumId", xml_attr::abstract_num_id);
    case 'n': return is("numId", xml_attr::num_id);
    case 'i': return local[1] == 'd' ? is("id", xml_attr::r_id) : is("ilvl", xml_attr::ilvl);
    default: return -1;
  }
}

// The elements whose text is read: w:t and m:t.
bool keeps_text(xml_ns ns, const char* local) {
  return (ns == xml_ns::w || ns == xml_ns::m) && local[0] == 't' && local[1] == '\0';
}

struct ctxt_free {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

}  // namespace

void xml_tree::dict_free::operator()(xmlDict* d) const { xmlDictFree(d); }

xml_tree::node xml_tree::child(node n, xml_ns ns, const char* local) const {
  if (n == 0) return 0;
  for (node c = nodes_[n].first_child; c != 0; c = nodes_[c].next) {
    if (is(c, ns, local)) return c;
  }
  return 0;
}

// Appends elements in document order, linking each to its parent and previous sibling.
class xml_tree::builder {
 public:
  explicit builder(xml_tree& tree) : tree_(tree) {
    tree_.nodes_.emplace_back();  // the document
    open_.push_back({0, 0});
  }

  entry& open(const char* name, xml_ns ns) {
    const node n = static_cast<node>(tree_.nodes_.size());
    auto& [parent, last] = open_.back();
    (last == 0 ? tree_.nodes_[parent].first_child : tree_.nodes_[last].next) = n;
    last = n;
    open_.push_back({n, 0});
    entry& e = tree_.nodes_.emplace_back();
    e.name = name;
    e.ns = ns;
    if (keeps_text(ns, name)) {
      e.text = static_cast<std::uint32_t>(tree_.texts_.size());
      tree_.texts_.push_back({static_cast<std::uint32_t>(tree_.characters_.size()), 0});
      ++open_texts_;
    }
    return e;
  }

  void set_attr(entry& e, int slot, std::string_view value) {
    if (e.attrs == 0) {
      e.attrs = static_cast<std::uint32_t>(tree_.attrs_.size());
      tree_.attrs_.emplace_back();
    }
    tree_.attrs_[e.attrs][static_cast<std::size_t>(slot)] = {static_cast<std::uint32_t>(tree_.strings_.size()),
                                                             static_cast<std::uint32_t>(value.size())};
    tree_.strings_.append(value);
  }

  void close() {
    const node n = open_.back().first;
    open_.pop_back();
    tree_.nodes_[n].end = static_cast<node>(tree_.nodes_.size());
    if (const std::uint32_t t = tree_.nodes_[n].text; t != 0) {
      span& text = tree_.texts_[t];
      text.size = static_cast<std::uint32_t>(tree_.characters_.size()) - text.offset;
      --open_texts_;
    }
  }

  // Text inside a w:t or m:t (the content of each it is in, as xmlNodeGetContent's).
  void characters(const char* s, std::size_t n) {
    if (open_texts_ > 0) tree_.characters_.append(s, n);
  }

  void finish() { tree_.nodes_[0].end = static_cast<node>(tree_.nodes_.size()); }

  // ---- libxml2's SAX2 callbacks (ctx is the parser context, whose _private is the builder) ----

  static builder& of(void* ctx) { return *static_cast<builder*>(static_cast<xmlParserCtxt*>(ctx)->_private); }

  static void sax_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
                        int nb_attributes, int, const xmlChar** attrs) {
    builder& b = of(ctx);
    const char* name = reinterpret_cast<const char*>(local);
    entry& e = b.open(name, b.ns_of(reinterpret_cast<const char*>(uri)));
    for (int i = 0; i < nb_attributes; ++i) {
      const xmlChar** a = attrs + 5 * i;
      const int slot = slot_of(reinterpret_cast<const char*>(a[0]));
      if (slot < 0) continue;
      const std::uint8_t bit = static_cast<std::uint8_t>(1u << slot);
      if (slot == static_cast<int>(xml_attr::r_id)) {
        if (!is_relationships_ns(reinterpret_cast<const char*>(a[2]))) continue;  // r:id only, not w:id
      } else if (a[2] == nullptr) {
        // No namespace (a prefix without one names a different attribute, "p:val", for libxml2's tree)
        if (a[1] != nullptr || (e.attr_ns & bit)) continue;
      } else if (std::strcmp(reinterpret_cast<const char*>(a[2]), ns_w) == 0) {
        e.attr_ns |= bit;
      } else {
        continue;
      }
      b.set_attr(e, slot, attribute_value(a[3], a[4]));
    }
  }

  static void sax_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) { of(ctx).close(); }

  static void sax_characters(void* ctx, const xmlChar* s, int n) {
    builder& b = of(ctx);
    b.characters(reinterpret_cast<const char*>(s), static_cast<std::size_t>(n));
  }

 private:
  // Without entity substitution libxml2 hands over an attribute's '&' (from "&amp;" or "&#38;") as
  // "&#38;", for its tree builder to decode: decoded here the same way.
  static std::string attribute_value(const xmlChar* begin, const xmlChar* end) {
    std::string_view v(reinterpret_cast<const char*>(begin), static_cast<std::size_t>(end - begin));
    if (v.find('&') == std::string_view::npos) return std::string(v);
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v.compare(i, 5, "&#38;") == 0) {
        out += '&';
        i += 4;
      } else {
        out += v[i];
      }
    }
    return out;
  }

  xml_ns ns_of(const char* uri) {
    if (uri != last_uri_) {
      last_uri_ = uri;
      last_ns_ = classify(uri);
    }
    return last_ns_;
  }

  xml_tree& tree_;
  std::vector<std::pair<node, node>> open_;  // open elements and their last child so far
  std::size_t open_texts_ = 0;               // w:t and m:t elements open
  const char* last_uri_ = nullptr;
  xml_ns last_ns_ = xml_ns::none;
};

xml_tree xml_tree::parse(std::string_view bytes, const std::string& what) {
  docx::check_xml_text(bytes, what);
  std::unique_ptr<xmlParserCtxt, ctxt_free> ctxt(xmlNewParserCtxt());
  if (!ctxt || !ctxt->sax) throw error("out of memory parsing " + what);
  xml_tree tree;
  // At most one element per '<': reserved at once (pages never written cost nothing).
  tree.nodes_.reserve(static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '<')) + 1);
  builder b(tree);
  // The context's own handlers (a document, its DTD if any) but these for elements and text.
  ctxt->_private = &b;
  xmlSAXHandler* sax = ctxt->sax;
  sax->startElementNs = &builder::sax_start;
  sax->endElementNs = &builder::sax_end;
  sax->characters = &builder::sax_characters;
  sax->ignorableWhitespace = &builder::sax_characters;
  sax->comment = nullptr;
  sax->processingInstruction = nullptr;
  docx::xml_doc doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), what.c_str(),
                                      nullptr, docx::parse_options));
  if (!doc || !ctxt->wellFormed) docx::throw_xml_error(ctxt.get(), what);
  if (doc->intSubset || doc->extSubset) {
    throw error(what + ": DOCTYPE declarations are not allowed in a Word document part");
  }
  b.finish();
  if (tree.root() == 0) throw error(what + ": no root element");
  // The names point into the parser's dictionary: kept with the tree.
  if (ctxt->dict) {
    xmlDictReference(ctxt->dict);
    tree.dict_.reset(ctxt->dict);
  }
  return tree;
}

xml_tree xml_tree::from_dom(const xmlNode* root) {
  xml_tree tree;
  builder b(tree);
  // Depth first without recursion: `n` is entered, its children next, then its following siblings.
  const xmlNode* n = root;
  while (n) {
    if (n->type == XML_ELEMENT_NODE) {
      const xml_ns ns = n->ns && n->ns->href ? classify(reinterpret_cast<const char*>(n->ns->href)) : xml_ns::none;
      entry& e = b.open(reinterpret_cast<const char*>(n->name), ns);
      static constexpr const char* names[xml_attr_count - 1] = {"val", "type", "char", "abstractNumId", "numId", "ilvl"};
      for (std::size_t i = 0; i < xml_attr_count - 1; ++i) {
        std::string value = docx_reader::attr(n, names[i]);
        if (!value.empty()) b.set_attr(e, static_cast<int>(i), value);
      }
      for (const xmlAttr* a = n->properties; a; a = a->next) {  // r:id
        if (a->ns && is_relationships_ns(reinterpret_cast<const char*>(a->ns->href)) &&
            std::strcmp(reinterpret_cast<const char*>(a->name), "id") == 0) {
          b.set_attr(e, static_cast<int>(xml_attr::r_id), content_of(reinterpret_cast<const xmlNode*>(a)));
        }
      }
      if (n->children) {
        n = n->children;
        continue;
      }
      b.close();
    } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      // (no entity reference: parse_xml refuses DTDs, so none can be declared)
      b.characters(reinterpret_cast<const char*>(n->content), std::strlen(reinterpret_cast<const char*>(n->content)));
    }
    // Up until there is a next sibling, closing each element left.
    while (n != root && !n->next) {
      n = n->parent;
      b.close();
    }
    if (n == root) break;
    n = n->next;
  }
  b.finish();
  return tree;
}

}  // namespace informe::detail::docx_reader
