#include "writers/docx/reference.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "shared/zip/zip.hpp"
#include "writers/docx/xml.hpp"

namespace informe::detail::docx {

namespace {

std::string plain_attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetNoNsProp(node, xml_str(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string folder_of(const std::string& name) {
  auto slash = name.rfind('/');
  return slash == std::string::npos ? std::string() : name.substr(0, slash + 1);
}

std::string rels_name_of(const std::string& name) {
  auto slash = name.rfind('/');
  std::string folder = slash == std::string::npos ? std::string() : name.substr(0, slash + 1);
  std::string file = slash == std::string::npos ? name : name.substr(slash + 1);
  return folder + "_rels/" + file + ".rels";
}

std::string lower(std::string s) {
  for (auto& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

int int_value(const std::string& s) {
  try {
    return s.empty() ? 0 : std::stoi(s);
  } catch (...) {
    return 0;
  }
}

// The content types of the reference package: overrides by part name, defaults by extension.
struct content_types {
  std::map<std::string, std::string> overrides;  // "word/media/image1.png" -> type
  std::map<std::string, std::string> defaults;   // "png" -> type

  std::string of(const std::string& name) const {
    if (auto it = overrides.find(name); it != overrides.end()) return it->second;
    auto dot = name.rfind('.');
    if (dot != std::string::npos) {
      if (auto it = defaults.find(lower(name.substr(dot + 1))); it != defaults.end()) return it->second;
    }
    return "application/octet-stream";
  }
};

content_types read_content_types(const zip_reader& zip, const std::string& what) {
  content_types types;
  auto bytes = zip.read("[Content_Types].xml");
  if (!bytes) throw error(what + ": not a Word document (no [Content_Types].xml)");
  xml_doc doc = parse_xml(*bytes, what + ": [Content_Types].xml");
  for (xmlNode* n = xmlDocGetRootElement(doc.get())->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string name = reinterpret_cast<const char*>(n->name);
    if (name == "Override") {
      std::string part = plain_attr(n, "PartName");
      if (!part.empty() && part.front() == '/') part.erase(0, 1);
      types.overrides[part] = plain_attr(n, "ContentType");
    } else if (name == "Default") {
      types.defaults[lower(plain_attr(n, "Extension"))] = plain_attr(n, "ContentType");
    }
  }
  return types;
}

const relationship* find_type(const std::vector<relationship>& rels, std::string_view type_suffix) {
  for (const auto& r : rels) {
    if (!r.external && ends_with(r.type, type_suffix)) return &r;
  }
  return nullptr;
}

const relationship* find_id(const std::vector<relationship>& rels, const std::string& id) {
  for (const auto& r : rels) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

// Reads and parses (for well-formedness and safety) an XML part of the reference.
std::string read_xml_part(const zip_reader& zip, const std::string& name, const std::string& what) {
  auto bytes = zip.read(name);
  if (!bytes) throw error(what + ": part \"" + name + "\" is missing");
  parse_xml(*bytes, what + ": " + name);
  return *bytes;
}

// ---- What a header or footer may bring over: fields PAGE and NUMPAGES, no external links ----

// The field's name: the first word of its instruction, upper case ("INCLUDEPICTURE").
std::string field_name(const std::string& instruction) {
  std::size_t start = instruction.find_first_not_of(" \t");
  if (start == std::string::npos) return {};
  std::size_t end = instruction.find_first_of(" \t\\", start);
  std::string name = instruction.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return name;
}

bool allowed_field(const std::string& instruction) {
  const std::string name = field_name(instruction);
  return name == "PAGE" || name == "NUMPAGES";
}

std::string text_of(xmlNode* node) {
  xmlChar* t = xmlNodeGetContent(node);
  std::string out = t ? reinterpret_cast<const char*>(t) : "";
  if (t) xmlFree(t);
  return out;
}

void collect_elements(xmlNode* node, const char* local_name, std::vector<xmlNode*>& out) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (is_element(n, ns_w, local_name)) out.push_back(n);
    collect_elements(n->children, local_name, out);
  }
}

// Replaces `node` by its children (a field's or a hyperlink's shown text stays).
void unwrap(xmlNode* node) {
  xmlNode* child = node->children;
  while (child) {
    xmlNode* next = child->next;
    xmlUnlinkNode(child);
    xmlAddPrevSibling(node, child);
    child = next;
  }
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

// Removes from a header or footer part the fields other than PAGE and NUMPAGES (their code goes, the
// text they last showed stays) and the hyperlinks whose relationship is not kept. Returns what was
// removed, for a warning ("INCLUDEPICTURE, HYPERLINK"); empty when nothing was.
std::string drop_foreign_fields(std::string& data, const std::set<std::string>& kept_rel_ids, const std::string& what) {
  xml_doc doc = parse_xml(data, what);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  std::set<std::string> removed;

  // Simple fields: <w:fldSimple w:instr="...">result runs</w:fldSimple>.
  std::vector<xmlNode*> simple;
  collect_elements(root, "fldSimple", simple);
  for (xmlNode* f : simple) {
    std::string instruction = attr_w(f, "instr");
    if (allowed_field(instruction)) continue;
    removed.insert(field_name(instruction));
    unwrap(f);
  }

  // Complex fields: runs holding fldChar begin, instrText..., fldChar separate, result runs, fldChar end.
  struct field {
    std::string instruction;
    bool separated = false;
    std::vector<xmlNode*> code;  // runs of the field's code: begin, instructions, separate, end
  };
  std::vector<xmlNode*> runs;
  collect_elements(root, "r", runs);
  std::vector<field> open;
  std::vector<xmlNode*> doomed;
  for (xmlNode* run : runs) {
    xmlNode* mark = child_w(run, "fldChar");
    std::string kind = mark ? attr_w(mark, "fldCharType") : "";
    if (kind == "begin") {
      open.push_back({});
      open.back().code.push_back(run);
      continue;
    }
    if (open.empty()) continue;
    field& top = open.back();
    if (kind == "separate") {
      top.separated = true;
      top.code.push_back(run);
    } else if (kind == "end") {
      top.code.push_back(run);
      field done = std::move(top);
      open.pop_back();
      const bool drop = !allowed_field(done.instruction);
      if (drop) {
        removed.insert(field_name(done.instruction));
        doomed.insert(doomed.end(), done.code.begin(), done.code.end());
      }
      // A field inside another's instructions belongs to that one's code.
      if (!open.empty() && !open.back().separated && !drop) {
        open.back().code.insert(open.back().code.end(), done.code.begin(), done.code.end());
      }
    } else if (!top.separated) {
      for (xmlNode* c = run->children; c; c = c->next) {
        if (is_element(c, ns_w, "instrText")) top.instruction += text_of(c);
      }
      top.code.push_back(run);
    }
  }
  for (auto& f : open) {  // a field never ended: its code goes too
    removed.insert(field_name(f.instruction));
    doomed.insert(doomed.end(), f.code.begin(), f.code.end());
  }
  std::sort(doomed.begin(), doomed.end());
  doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
  for (xmlNode* run : doomed) {
    xmlUnlinkNode(run);
    xmlFreeNode(run);
  }

  // Hyperlinks to relationships left out (external targets): their text stays.
  std::vector<xmlNode*> links;
  collect_elements(root, "hyperlink", links);
  for (xmlNode* link : links) {
    xmlChar* id = xmlGetNsProp(link, xml_str("id"), xml_str(ns_r));
    if (!id) continue;
    const bool kept = kept_rel_ids.count(reinterpret_cast<const char*>(id)) > 0;
    xmlFree(id);
    if (kept) continue;
    removed.insert("HYPERLINK");
    unwrap(link);
  }

  if (removed.empty()) return {};
  data = serialize(doc.get());
  std::string names;
  for (const auto& n : removed) names += (names.empty() ? "" : ", ") + (n.empty() ? std::string("(empty)") : n);
  return names;
}

}  // namespace

std::optional<std::string> resolve_target(const std::string& base, const std::string& target) {
  return resolve_part_name(base, target, true);
}

std::vector<relationship> parse_relationships(const std::string& bytes, const std::string& what) {
  xml_doc doc = parse_xml(bytes, what);
  std::vector<relationship> rels;
  for (xmlNode* n = xmlDocGetRootElement(doc.get())->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(n->name), "Relationship") != 0) {
      continue;
    }
    relationship r;
    r.id = plain_attr(n, "Id");
    r.type = plain_attr(n, "Type");
    r.target = plain_attr(n, "Target");
    r.external = plain_attr(n, "TargetMode") == "External";
    rels.push_back(std::move(r));
  }
  return rels;
}

std::string merge_styles(const std::string& theirs, const std::string& ours, const std::string& what) {
  xml_doc their_doc = parse_xml(theirs, what);
  xml_doc our_doc = parse_xml(ours, "templates/docx/styles.xml");
  xmlNode* their_root = xmlDocGetRootElement(their_doc.get());
  if (!is_element(their_root, ns_w, "styles")) throw error(what + ": the root element is not w:styles");
  std::set<std::string> ids;
  for (xmlNode* n = their_root->children; n; n = n->next) {
    if (is_element(n, ns_w, "style")) ids.insert(attr_w(n, "styleId"));
  }
  for (xmlNode* n = xmlDocGetRootElement(our_doc.get())->children; n; n = n->next) {
    if (!is_element(n, ns_w, "style") || ids.count(attr_w(n, "styleId"))) continue;
    xmlNode* copy = xmlDocCopyNode(n, their_doc.get(), 1);
    if (!copy) throw error("out of memory merging styles");
    xmlAddChild(their_root, copy);
  }
  return serialize(their_doc.get());
}

std::string merge_numbering(const std::string& theirs, const std::string& ours, const std::string& what,
                            int& bullet_num_id) {
  xml_doc their_doc = parse_xml(theirs, what);
  xml_doc our_doc = parse_xml(ours, "templates/docx/numbering.xml");
  xmlNode* root = xmlDocGetRootElement(their_doc.get());
  if (!is_element(root, ns_w, "numbering")) throw error(what + ": the root element is not w:numbering");
  int max_abstract = 0, max_num = 0;
  xmlNode* first_num = nullptr;
  xmlNode* after_nums = nullptr;  // w:numIdMacAtCleanup, which comes last
  for (xmlNode* n = root->children; n; n = n->next) {
    if (is_element(n, ns_w, "abstractNum")) max_abstract = std::max(max_abstract, int_value(attr_w(n, "abstractNumId")));
    if (is_element(n, ns_w, "num")) {
      max_num = std::max(max_num, int_value(attr_w(n, "numId")));
      if (!first_num) first_num = n;
    }
    if (is_element(n, ns_w, "numIdMacAtCleanup")) after_nums = n;
  }
  const int abstract_offset = max_abstract + 1;
  const int num_offset = max_num;
  bullet_num_id = 1 + num_offset;
  auto set = [](xmlNode* node, const char* name, int value) {
    xmlSetNsProp(node, node->ns, xml_str(name), xml_str(std::to_string(value).c_str()));
  };
  for (xmlNode* n = xmlDocGetRootElement(our_doc.get())->children; n; n = n->next) {
    if (is_element(n, ns_w, "abstractNum")) {
      xmlNode* copy = xmlDocCopyNode(n, their_doc.get(), 1);
      set(copy, "abstractNumId", int_value(attr_w(n, "abstractNumId")) + abstract_offset);
      if (first_num) {
        xmlAddPrevSibling(first_num, copy);
      } else if (after_nums) {
        xmlAddPrevSibling(after_nums, copy);
      } else {
        xmlAddChild(root, copy);
      }
    }
  }
  for (xmlNode* n = xmlDocGetRootElement(our_doc.get())->children; n; n = n->next) {
    if (is_element(n, ns_w, "num")) {
      xmlNode* copy = xmlDocCopyNode(n, their_doc.get(), 1);
      set(copy, "numId", int_value(attr_w(n, "numId")) + num_offset);
      if (xmlNode* abstract = child_w(copy, "abstractNumId")) {
        set(abstract, "val", int_value(attr_w(abstract, "val")) + abstract_offset);
      }
      if (after_nums) {
        xmlAddPrevSibling(after_nums, copy);
      } else {
        xmlAddChild(root, copy);
      }
    }
  }
  return serialize(their_doc.get());
}

reference_parts read_reference(std::string_view bytes, const std::string& what, const std::string& our_styles,
                               const std::string& our_numbering, diagnostics& diags) {
  zip_reader zip(bytes, what);
  content_types types = read_content_types(zip, what);
  reference_parts out;

  // The main document part, from the package relationships.
  std::string main = "word/document.xml";
  if (auto rels = zip.read("_rels/.rels")) {
    auto package_rels = parse_relationships(*rels, what + ": _rels/.rels");
    if (const auto* r = find_type(package_rels, "/officeDocument")) {
      auto resolved = resolve_target("", r->target);
      if (!resolved) throw error(what + ": unsafe main document target \"" + r->target + "\"");
      main = *resolved;
    }
  }
  if (!zip.contains(main)) throw error(what + ": not a Word document (no " + main + ")");
  const std::string base = folder_of(main);
  std::vector<relationship> document_rels;
  if (auto rels = zip.read(rels_name_of(main))) document_rels = parse_relationships(*rels, what + ": " + rels_name_of(main));

  auto part_of = [&](const relationship& r) -> std::string {
    auto resolved = resolve_target(base, r.target);
    if (!resolved) throw error(what + ": unsafe relationship target \"" + r.target + "\"");
    return *resolved;
  };

  if (const auto* r = find_type(document_rels, "/styles")) {
    std::string name = part_of(*r);
    auto bytes_styles = zip.read(name);
    if (bytes_styles) out.styles = merge_styles(*bytes_styles, our_styles, what + ": " + name);
  }
  if (!out.styles) diags.warning({}, what + " has no styles; using the built-in styles",
                                 diagnostic_code::template_error);
  if (const auto* r = find_type(document_rels, "/numbering")) {
    std::string name = part_of(*r);
    if (auto bytes_numbering = zip.read(name)) {
      out.numbering = merge_numbering(*bytes_numbering, our_numbering, what + ": " + name, out.bullet_num_id);
    }
  }
  if (const auto* r = find_type(document_rels, "/theme")) {
    std::string name = part_of(*r);
    if (zip.contains(name)) out.theme = read_xml_part(zip, name, what);
  }

  // Page set-up: the last w:sectPr of the body.
  out.document = parse_xml(*zip.read(main), what + ": " + main);
  xmlNode* body = child_w(xmlDocGetRootElement(out.document.get()), "body");
  if (body) {
    for (xmlNode* n = body->children; n; n = n->next) {
      if (is_element(n, ns_w, "sectPr")) out.sect_pr = n;
    }
  }
  if (!out.sect_pr) {
    diags.warning({}, what + " has no page set-up; using the built-in one", diagnostic_code::template_error);
    return out;
  }

  // Headers and footers, with what they point at.
  std::set<std::string> media_names;
  for (xmlNode* n = out.sect_pr->children; n; n = n->next) {
    bool header = is_element(n, ns_w, "headerReference");
    if (!header && !is_element(n, ns_w, "footerReference")) continue;
    xmlChar* id_value = xmlGetNsProp(n, xml_str("id"), xml_str(ns_r));
    std::string id = id_value ? reinterpret_cast<const char*>(id_value) : "";
    if (id_value) xmlFree(id_value);
    const relationship* r = find_id(document_rels, id);
    if (!r || r->external) continue;
    std::string name = part_of(*r);
    reference_header_footer hf;
    hf.header = header;
    hf.type = attr_w(n, "type");
    if (hf.type.empty()) hf.type = "default";
    hf.data = read_xml_part(zip, name, what);
    std::size_t external = 0;
    if (auto rels = zip.read(rels_name_of(name))) {
      for (auto rel : parse_relationships(*rels, what + ": " + rels_name_of(name))) {
        if (rel.external) {  // links to other files or hosts (attachedTemplate, hyperlinks): never copied
          ++external;
          continue;
        }
        {
          auto target = resolve_target(folder_of(name), rel.target);
          if (!target || !zip.contains(*target)) continue;  // a dangling reference: left out
          if (ends_with(*target, ".xml") || ends_with(*target, ".rels")) continue;  // only media files
          if (media_names.insert(*target).second) {
            part media;
            media.name = "media/ref/" + *target;  // below word/, never clashing with our parts
            media.name = "word/" + media.name;
            media.content_type = types.of(*target);
            media.data = *zip.read(*target);
            media.xml = false;
            out.media.push_back(std::move(media));
          }
          rel.target = "media/ref/" + *target;
        }
        hf.rels.push_back(std::move(rel));
      }
    }
    std::set<std::string> kept_ids;
    for (const auto& rel : hf.rels) kept_ids.insert(rel.id);
    std::string dropped = drop_foreign_fields(hf.data, kept_ids, what + ": " + name);
    if (!dropped.empty() || external > 0) {
      std::string message = what + ": " + name + ": left out";
      if (!dropped.empty()) message += " fields and links other than PAGE and NUMPAGES (" + dropped + ")";
      if (!dropped.empty() && external > 0) message += " and";
      if (external > 0) message += " " + std::to_string(external) + " relationship" + (external == 1 ? "" : "s") +
                                   " to external targets";
      diags.warning({}, message, diagnostic_code::template_error);
    }
    out.headers_footers.push_back(std::move(hf));
  }
  return out;
}

}  // namespace informe::detail::docx
