// An HTML page parsed into a libxml2 tree: charset found (declared or detected), limits enforced
// (size, nesting depth, node count, attributes per tag), parser messages collected per parse as
// positioned diagnostics. Internal to the HTML reader.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// Limits that keep parsing linear in time and bounded in memory.
struct html_limits {
  int max_depth = 200;                    ///< open elements (libxml2 itself stops at 256)
  std::size_t max_nodes = 500'000;        ///< elements plus attributes in the tree (~170 MB), at least
  std::size_t min_bytes_per_node = 16;    ///< ...or one node per this many bytes of the page, if more
  std::size_t max_attributes = 100;       ///< on one tag (libxml2 checks duplicates quadratically)
  std::size_t max_reported_problems = 50; ///< parser messages kept as diagnostics
};

/// The charset a page declares in a <meta charset> or <meta http-equiv="Content-Type"> within its
/// first 4 KiB (the HTML prescan); empty when none.
std::string declared_charset(std::string_view bytes);

/// A parsed page. Move-only; frees the tree.
class html_document {
 public:
  /// Decodes `bytes` (declared charset, else detection), parses them with libxml2's HTML parser
  /// (recovering, no network) and adds its messages to `diags`. Throws informe::error when a limit
  /// is exceeded.
  html_document(std::string_view bytes, diagnostics& diags, const html_limits& limits = {});

  xmlDocPtr doc() const { return doc_.get(); }
  xmlNodePtr root() const;
  /// The charset the bytes were read in ("windows-1252", "UTF-8", ...).
  const std::string& charset() const { return charset_; }

 private:
  struct doc_deleter {
    void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, doc_deleter> doc_;
  std::string charset_;
};

// ---- small helpers over the tree ----

/// Only HTML's white space (space, tab, line feed, carriage return, form feed): no text a reader sees.
bool is_html_blank(std::string_view s);
/// A text or CDATA node.
bool is_text_node(const xmlNode* node);

/// The element's name in lower case ("td"); empty for non-elements. libxml2's HTML parser already
/// lower-cases names.
std::string_view name_of(const xmlNode* node);
bool is_element(const xmlNode* node, std::string_view name);
/// The attribute's value, or nullopt-like empty view with `found` false.
bool attribute(const xmlNode* node, const char* name, std::string& value);
bool has_attribute(const xmlNode* node, const char* name);
/// The source line of a node (text nodes: where their text starts, as near as libxml2 tells).
int line_of(const xmlNode* node);
source_position position_of(const xmlNode* node);

/// Visits `top` and everything below it in document order without recursion (the depth of the
/// tree does not grow the stack). `enter(node)` returns whether to visit the node's children;
/// `leave(node)` is called for every entered node after its children.
template <class Enter, class Leave>
void walk(const xmlNode* top, Enter&& enter, Leave&& leave) {
  if (top == nullptr) return;
  const xmlNode* n = top;
  while (true) {
    if (enter(n) && n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (true) {
      leave(n);
      if (n == top) return;
      if (n->next != nullptr) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

}  // namespace informe::detail
