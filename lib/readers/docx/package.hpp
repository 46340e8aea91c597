// The parts of a Word package by name, from a zip (through lib/writers/docx/'s hardened zip_reader) or from
// a Flat OPC file, and their relationships. Used by wordml.cpp only. Internal.
#pragma once

#include <libxml/tree.h>

#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "writers/docx/xml.hpp"
#include "shared/zip/zip.hpp"
#include "readers/docx/xml_support.hpp"
#include "readers/docx/xml_tree.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx_reader {

// ---- the package: parts by name, from a zip or from Flat OPC ----

class package {
 public:
  package(std::string_view bytes, bool flat) {
    if (flat) {
      flat_ = docx::parse_xml(bytes, "the Flat OPC document");
      const xmlNode* root = xmlDocGetRootElement(flat_.get());
      if (!docx::is_element(root, ns_pkg, "package")) throw error("not a Flat OPC document: the root element is not pkg:package");
      for (const xmlNode* p = root->children; p; p = p->next) {
        if (!docx::is_element(p, ns_pkg, "part")) continue;
        std::string name = attr_any(p, "name");
        if (!name.empty() && name.front() == '/') name.erase(0, 1);
        for (const xmlNode* d = p->children; d; d = d->next) {
          if (!docx::is_element(d, ns_pkg, "xmlData")) continue;
          for (const xmlNode* e = d->children; e; e = e->next) {
            if (e->type == XML_ELEMENT_NODE) {
              flat_parts_.emplace(name, e);
              break;
            }
          }
        }
      }
    } else {
      // `bytes` outlive the package (read_package's argument): read where they are
      zip_ = std::make_unique<zip_reader>(zip_reader::borrow, bytes, "the .docx package");
    }
  }

  // The root element of the part as a libxml2 tree (relationships, Flat OPC's styles), or
  // null when there is none.
  const xmlNode* part(const std::string& name) {
    if (flat_) {
      auto it = flat_parts_.find(name);
      return it == flat_parts_.end() ? nullptr : it->second;
    }
    if (auto it = docs_.find(name); it != docs_.end()) return xmlDocGetRootElement(it->second.get());
    auto bytes = zip_->read(name);
    if (!bytes) return nullptr;
    auto doc = docx::parse_xml(*bytes, name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    docs_.emplace(name, std::move(doc));
    return root;
  }

  // The elements of a part the body reader walks (the document, headers, notes...) or of the
  // numbering, or null when there is no such part.
  const xml_tree* tree(const std::string& name) {
    if (auto it = trees_.find(name); it != trees_.end()) return &it->second;
    if (flat_) {
      auto it = flat_parts_.find(name);
      if (it == flat_parts_.end()) return nullptr;
      return &trees_.emplace(name, xml_tree::from_dom(it->second)).first->second;
    }
    auto bytes = zip_->read(name);
    if (!bytes) return nullptr;
    return &trees_.emplace(name, xml_tree::parse(*bytes, name)).first->second;
  }

  // The part's bytes piece by piece to `consume` until it returns false (zip only; false for Flat OPC
  // or when there is no such part).
  bool stream(const std::string& name, const std::function<bool(std::string_view)>& consume) const {
    return !flat_ && zip_->read_chunks(name, consume);
  }
  bool flat() const { return static_cast<bool>(flat_); }

  // Relationship type suffix ("/styles") -> part names, for the relationships of `source`.
  std::vector<std::pair<std::string, std::string>> relationships(const std::string& source) {
    std::vector<std::pair<std::string, std::string>> out;
    for (auto& r : relationships_by_id(source)) out.emplace_back(std::move(r.type), std::move(r.target));
    return out;
  }

  struct relationship {
    std::string id;      // "rId9"
    std::string type;    // the type's last segment, "/header"
    std::string target;  // the part's name, "word/header1.xml"
  };
  // The relationships of `source` to parts of the package, in their file's order.
  std::vector<relationship> relationships_by_id(const std::string& source) {
    std::string dir, file = source;
    if (auto slash = source.rfind('/'); slash != std::string::npos) {
      dir = source.substr(0, slash + 1);
      file = source.substr(slash + 1);
    }
    std::vector<relationship> out;
    const xmlNode* root = part(dir + "_rels/" + file + ".rels");
    if (!root) return out;
    for (const xmlNode* r = root->children; r; r = r->next) {
      if (!docx::is_element(r, ns_rels, "Relationship")) continue;
      if (plain_attr(r, "TargetMode") == "External") continue;
      std::string type = plain_attr(r, "Type");
      std::string target = plain_attr(r, "Target");
      if (auto slash = type.rfind('/'); slash != std::string::npos) type = type.substr(slash);
      out.push_back({plain_attr(r, "Id"), type, resolve(dir, target)});
    }
    return out;
  }

 private:
  static std::string attr_any(const xmlNode* n, const char* name) {
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) return content_of(reinterpret_cast<const xmlNode*>(a));
    }
    return {};
  }
  // "word/" + "../customXml/item1.xml" -> "customXml/item1.xml"; "/word/x.xml" -> "word/x.xml".
  static std::string resolve(const std::string& dir, const std::string& target) {
    return *resolve_part_name(dir, target);
  }

  docx::xml_doc flat_;
  std::map<std::string, const xmlNode*> flat_parts_;
  std::unique_ptr<zip_reader> zip_;
  std::map<std::string, docx::xml_doc> docs_;
  std::map<std::string, xml_tree> trees_;
};

}  // namespace informe::detail::docx_reader
