#include "docx_reader/wordml.hpp"

#include <libxml/parser.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "core/unicode.hpp"
#include "docx/xml.hpp"
#include "docx/zip.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx_reader {

namespace {

using docx::ns_w;
constexpr const char* ns_mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr const char* ns_pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
constexpr const char* ns_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* ns_m = "http://schemas.openxmlformats.org/officeDocument/2006/math";

bool is_w(const xmlNode* n, const char* name) { return docx::is_element(n, ns_w, name); }

std::string_view local(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string attr(const xmlNode* n, const char* name) { return docx::attr_w(const_cast<xmlNode*>(n), name); }

// An attribute without namespace (relationships, Flat OPC).
std::string plain_attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string content_of(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// w:val of an on/off property: present and not "false"/"0"/"off".
bool on(const xmlNode* prop) {
  if (!prop) return false;
  std::string v = attr(prop, "val");
  return v != "false" && v != "0" && v != "off" && v != "none";
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// w:sym: a character of a symbol font. Symbol-font code points sit at U+F000 + the font's byte; the
// bullets typed with them are read as U+2022, the ASCII range as itself.
std::string symbol_text(const xmlNode* sym) {
  std::string hex = attr(sym, "char");
  char32_t c = 0;
  for (char h : hex) {
    int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
    if (d < 0 || c > 0x10FFF) return {};
    c = c * 16 + static_cast<char32_t>(d);
  }
  if (c >= 0xF000 && c <= 0xF0FF) c -= 0xF000;
  if (c == 0xB7 || c == 0xA7 || c == 0xFC || c == 0x6C || c == 0x6E) c = 0x2022;  // bullet glyphs
  if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return {};
  std::string out;
  append_utf8(out, c);
  return out;
}

// ---- styles ----

struct style_info {
  std::string key;
  std::string based_on;
  bool list = false;
  std::string num_id;  // the style's own w:numPr
  int ilvl = 0;
};

class styles {
 public:
  void load(const xmlNode* root) {
    if (!root) return;
    for (const xmlNode* s = root->children; s; s = s->next) {
      if (!is_w(s, "style")) continue;
      style_info info;
      std::string id = attr(s, "styleId");
      const xmlNode* name = docx::child_w(const_cast<xmlNode*>(s), "name");
      info.key = style_key(name ? attr(name, "val") : id);
      if (info.key.empty()) info.key = style_key(id);
      if (const xmlNode* b = docx::child_w(const_cast<xmlNode*>(s), "basedOn")) info.based_on = attr(b, "val");
      if (const xmlNode* p = docx::child_w(const_cast<xmlNode*>(s), "pPr")) {
        if (const xmlNode* num = docx::child_w(const_cast<xmlNode*>(p), "numPr")) {
          const xmlNode* id_node = docx::child_w(const_cast<xmlNode*>(num), "numId");
          info.list = !id_node || attr(id_node, "val") != "0";
          if (id_node) info.num_id = attr(id_node, "val");
          if (const xmlNode* l = docx::child_w(const_cast<xmlNode*>(num), "ilvl")) {
            std::string v = attr(l, "val");
            if (v.size() == 1 && v[0] >= '0' && v[0] <= '8') info.ilvl = v[0] - '0';
          }
        }
      }
      by_id_.emplace(id, std::move(info));
    }
  }

  void finish_style(const std::string& id, const std::string& name, style_info& info) {
    info.key = style_key(name.empty() ? id : name);
    if (info.key.empty()) info.key = style_key(id);
    by_id_.emplace(id, std::move(info));
  }
  // The same from the part's bytes through SAX: a typed document's styles.xml is often 350 KB of
  // Word's style definitions, and building its tree would cost more than reading the whole body.
  // The same refusals as docx::parse_xml: no DTD, no entity, no network, no recovery from bad XML.
  void load(std::string_view bytes, const std::string& what) {
    if (bytes.find("<!DOCTYPE") != std::string_view::npos || bytes.find("<!ENTITY") != std::string_view::npos) {
      throw error(what + ": DOCTYPE and ENTITY declarations are not allowed in a Word document part");
    }
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw error(what + ": XML part too large");
    xmlSAXHandler h{};
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = &styles::sax_start;
    h.endElementNs = &styles::sax_end;
    h.warning = nullptr;
    h.error = nullptr;
    h.serror = [](void*, xmlError*) {};
    sax_state st{this};
    if (xmlSAXUserParseMemory(&h, &st, bytes.data(), static_cast<int>(bytes.size())) != 0) {
      throw error(what + ": not well-formed XML");
    }
  }

 private:
  struct sax_state {
    styles* self;
    int depth = 0;
    bool in_style = false, in_ppr = false;
    std::string id, name;
    style_info info;
  };

  static bool is_w_name(const xmlChar* uri, const xmlChar* local, const char* name) {
    return uri && std::strcmp(reinterpret_cast<const char*>(uri), ns_w) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(local), name) == 0;
  }

  // w:NAME of a SAX2 attribute array (localname, prefix, URI, value, end).
  static std::string sax_attr(int count, const xmlChar** attrs, const char* name) {
    for (int i = 0; i < count; ++i) {
      const xmlChar** a = attrs + 5 * i;
      if (std::strcmp(reinterpret_cast<const char*>(a[0]), name) == 0 && a[2] &&
          std::strcmp(reinterpret_cast<const char*>(a[2]), ns_w) == 0) {
        return std::string(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
      }
    }
    return {};
  }

  static void sax_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
                        int nb_attributes, int, const xmlChar** attrs) {
    auto& s = *static_cast<sax_state*>(ctx);
    ++s.depth;
    if (s.depth == 2) {
      s.in_style = is_w_name(uri, local, "style");
      if (s.in_style) {
        s.id = sax_attr(nb_attributes, attrs, "styleId");
        s.name.clear();
        s.info = {};
      }
    } else if (s.in_style && s.depth == 3) {
      s.in_ppr = is_w_name(uri, local, "pPr");
      if (is_w_name(uri, local, "name")) s.name = sax_attr(nb_attributes, attrs, "val");
      else if (is_w_name(uri, local, "basedOn")) s.info.based_on = sax_attr(nb_attributes, attrs, "val");
    } else if (s.in_style && s.in_ppr && s.depth == 4 && is_w_name(uri, local, "numPr")) {
      s.info.list = true;  // unless its numId is 0, below
    } else if (s.in_style && s.in_ppr && s.depth == 5 && is_w_name(uri, local, "numId")) {
      s.info.num_id = sax_attr(nb_attributes, attrs, "val");
      s.info.list = s.info.num_id != "0";
    } else if (s.in_style && s.in_ppr && s.depth == 5 && is_w_name(uri, local, "ilvl")) {
      std::string v = sax_attr(nb_attributes, attrs, "val");
      if (v.size() == 1 && v[0] >= '0' && v[0] <= '8') s.info.ilvl = v[0] - '0';
    }
  }

  static void sax_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto& s = *static_cast<sax_state*>(ctx);
    if (s.depth == 2 && s.in_style) {
      s.self->finish_style(s.id, s.name, s.info);
      s.in_style = false;
    } else if (s.depth == 3) {
      s.in_ppr = false;
    }
    --s.depth;
  }

 public:
  std::string key(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? style_key(id) : it->second.key;
  }
  bool list(const std::string& id) const { return list_style(id) != nullptr; }
  // The style (this one or one it is based on) that makes its paragraphs list items, or null.
  const style_info* list_style(const std::string& id) const {
    std::string at = id;
    for (int depth = 0; depth < 16 && !at.empty(); ++depth) {
      auto it = by_id_.find(at);
      if (it == by_id_.end()) return nullptr;
      if (it->second.list) return &it->second;
      at = it->second.based_on;
    }
    return nullptr;
  }

 private:
  std::map<std::string, style_info> by_id_;
};

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
      zip_ = std::make_unique<docx::zip_reader>(bytes, "the .docx package");
    }
  }

  // The root element of the part, or null when there is none.
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

  // The part's bytes when the package is a zip (nullopt for Flat OPC, or when there is no such part).
  std::optional<std::string> bytes(const std::string& name) const {
    if (flat_) return std::nullopt;
    return zip_->read(name);
  }
  bool flat() const { return static_cast<bool>(flat_); }

  // Relationship type suffix ("/styles") -> part names, for the relationships of `source`.
  std::vector<std::pair<std::string, std::string>> relationships(const std::string& source) {
    std::string dir, file = source;
    if (auto slash = source.rfind('/'); slash != std::string::npos) {
      dir = source.substr(0, slash + 1);
      file = source.substr(slash + 1);
    }
    std::vector<std::pair<std::string, std::string>> out;
    const xmlNode* root = part(dir + "_rels/" + file + ".rels");
    if (!root) return out;
    for (const xmlNode* r = root->children; r; r = r->next) {
      if (!docx::is_element(r, ns_rels, "Relationship")) continue;
      if (plain_attr(r, "TargetMode") == "External") continue;
      std::string type = plain_attr(r, "Type");
      std::string target = plain_attr(r, "Target");
      if (auto slash = type.rfind('/'); slash != std::string::npos) type = type.substr(slash);
      out.emplace_back(type, resolve(dir, target));
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
    std::string path = !target.empty() && target.front() == '/' ? target.substr(1) : dir + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
      std::size_t slash = path.find('/', start);
      if (slash == std::string::npos) slash = path.size();
      std::string piece = path.substr(start, slash - start);
      if (piece == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!piece.empty() && piece != ".") {
        parts.push_back(piece);
      }
      start = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
  }

  docx::xml_doc flat_;
  std::map<std::string, const xmlNode*> flat_parts_;
  std::unique_ptr<docx::zip_reader> zip_;
  std::map<std::string, docx::xml_doc> docs_;
};

// ---- numbering: the numbers Word prints before numbered paragraphs ----

class numbering {
 public:
  void load(const xmlNode* root) {
    if (!root) return;
    std::map<std::string, std::array<level, 9>> abstracts;
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (!is_w(n, "abstractNum")) continue;
      auto& levels = abstracts[attr(n, "abstractNumId")];
      for (const xmlNode* l = n->children; l; l = l->next) {
        if (!is_w(l, "lvl")) continue;
        int i = small_number(attr(l, "ilvl"));
        if (i < 0 || i > 8) continue;
        read_level(l, levels[static_cast<std::size_t>(i)]);
      }
    }
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (!is_w(n, "num")) continue;
      const xmlNode* a = docx::child_w(const_cast<xmlNode*>(n), "abstractNumId");
      auto it = a ? abstracts.find(attr(a, "val")) : abstracts.end();
      if (it == abstracts.end()) continue;
      instance inst;
      inst.levels = it->second;
      for (const xmlNode* o = n->children; o; o = o->next) {
        if (!is_w(o, "lvlOverride")) continue;
        int i = small_number(attr(o, "ilvl"));
        if (i < 0 || i > 8) continue;
        auto& lv = inst.levels[static_cast<std::size_t>(i)];
        if (const xmlNode* so = docx::child_w(const_cast<xmlNode*>(o), "startOverride")) lv.start = small_number(attr(so, "val"));
        if (const xmlNode* l = docx::child_w(const_cast<xmlNode*>(o), "lvl")) read_level(l, lv);
      }
      instances_[attr(n, "numId")] = std::move(inst);
    }
  }

  // The printed number of the next paragraph of list `num_id` at level `ilvl`; "" for bullets.
  std::string next(const std::string& num_id, int ilvl) {
    auto it = instances_.find(num_id);
    if (it == instances_.end() || ilvl < 0 || ilvl > 8) return {};
    instance& inst = it->second;
    auto l = static_cast<std::size_t>(ilvl);
    inst.count[l] = inst.used[l] ? inst.count[l] + 1 : std::max(inst.levels[l].start, 0);
    inst.used[l] = true;
    for (std::size_t deeper = l + 1; deeper < 9; ++deeper) inst.used[deeper] = false;
    const level& lv = inst.levels[l];
    if (lv.format == "bullet" || lv.format == "none" || lv.text.empty()) return {};
    std::string out;
    for (std::size_t i = 0; i < lv.text.size(); ++i) {
      char c = lv.text[i];
      if (c == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' && lv.text[i + 1] <= '9') {
        auto k = static_cast<std::size_t>(lv.text[i + 1] - '1');
        int value = k <= l ? (inst.used[k] ? inst.count[k] : std::max(inst.levels[k].start, 0)) : 0;
        out += formatted(value, inst.levels[k].format);
        ++i;
      } else {
        out += c;
      }
    }
    return out;
  }

 private:
  struct level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
  };
  struct instance {
    std::array<level, 9> levels;
    std::array<int, 9> count{};
    std::array<bool, 9> used{};
  };

  static int small_number(const std::string& s) {
    if (s.empty() || s.size() > 6) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static void read_level(const xmlNode* l, level& out) {
    if (const xmlNode* st = docx::child_w(const_cast<xmlNode*>(l), "start")) out.start = small_number(attr(st, "val"));
    if (const xmlNode* f = docx::child_w(const_cast<xmlNode*>(l), "numFmt")) out.format = attr(f, "val");
    if (const xmlNode* t = docx::child_w(const_cast<xmlNode*>(l), "lvlText")) out.text = attr(t, "val");
  }

  static std::string formatted(int v, const std::string& format) {
    if (format == "lowerLetter" || format == "upperLetter") {
      if (v < 1) return std::to_string(v);
      std::string s(static_cast<std::size_t>((v - 1) / 26 + 1), static_cast<char>((format == "lowerLetter" ? 'a' : 'A') + (v - 1) % 26));
      return s;
    }
    if (format == "lowerRoman" || format == "upperRoman") {
      if (v < 1 || v > 3999) return std::to_string(v);
      static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                          {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                          {5, "v"},    {4, "iv"},   {1, "i"}};
      std::string s;
      for (const auto& [n, r] : table)
        while (v >= n) s += r, v -= n;
      if (format == "upperRoman")
        for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
      return s;
    }
    return std::to_string(v);
  }

  std::map<std::string, instance> instances_;
};

// ---- the body ----

class body_reader {
 public:
  body_reader(document& out, const styles& s, numbering& n, const document_limits& limits)
      : out_(out), styles_(s), numbering_(n), limits_(limits) {}

  void blocks(const xmlNode* parent, std::vector<block>& into, int depth) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is_w(n, "p")) {
        block b;
        b.type = block::kind::paragraph;
        paragraph_of(n, b.para);
        into.push_back(std::move(b));
      } else if (is_w(n, "tbl")) {
        if (depth >= limits_.max_table_depth) {
          throw error("tables nested more than " + std::to_string(limits_.max_table_depth) + " deep",
                      {out_.paragraphs, 0, 0});
        }
        block b;
        b.type = block::kind::table;
        table_of(n, b.tbl, depth + 1);
        into.push_back(std::move(b));
      } else if (is_w(n, "sdt")) {
        if (const xmlNode* c = docx::child_w(const_cast<xmlNode*>(n), "sdtContent")) blocks(c, into, depth);
      } else if (is_w(n, "customXml") || is_w(n, "ins") || is_w(n, "moveTo") || is_w(n, "smartTag")) {
        if (is_w(n, "ins") || is_w(n, "moveTo")) ++out_.insertions;
        blocks(n, into, depth);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      } else if (docx::is_element(n, ns_mc, "AlternateContent")) {
        if (const xmlNode* c = alternative(n)) blocks(c, into, depth);
      }
      // w:sectPr, bookmarks, permissions, comment ranges: no text
    }
  }

  // Text outside the body (headers, notes, text boxes): every paragraph's text, in order.
  void loose_text(const xmlNode* parent, aside::kind kind) {
    std::vector<block> blocks_here;
    blocks(parent, blocks_here, 0);
    flatten(blocks_here, kind);
  }

 private:
  void flatten(const std::vector<block>& bs, aside::kind kind) {
    for (const auto& b : bs) {
      if (b.type == block::kind::paragraph) {
        std::string t = collapse_whitespace(b.para.text());
        if (!t.empty()) out_.asides.push_back({kind, std::move(t), b.para.where()});
      } else {
        for (const auto& r : b.tbl.rows)
          for (const auto& c : r.cells) flatten(c.content, kind);
      }
    }
  }

  // The mc:Fallback of an mc:AlternateContent, else its first mc:Choice.
  static const xmlNode* alternative(const xmlNode* n) {
    const xmlNode* choice = nullptr;
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (docx::is_element(c, ns_mc, "Fallback")) return c;
      if (!choice && docx::is_element(c, ns_mc, "Choice")) choice = c;
    }
    return choice;
  }

  void paragraph_of(const xmlNode* p, paragraph& out) {
    if (++out_.paragraphs > limits_.max_paragraphs) {
      throw error("more than " + std::to_string(limits_.max_paragraphs) + " paragraphs: not a report");
    }
    out.index = out_.paragraphs;
    const style_info* style_list = nullptr;
    if (const xmlNode* ppr = docx::child_w(const_cast<xmlNode*>(p), "pPr")) {
      if (const xmlNode* st = docx::child_w(const_cast<xmlNode*>(ppr), "pStyle")) {
        std::string id = attr(st, "val");
        out.style = styles_.key(id);
        style_list = styles_.list_style(id);
        out.list = style_list != nullptr;
      }
      if (const xmlNode* num = docx::child_w(const_cast<xmlNode*>(ppr), "numPr")) {
        const xmlNode* id = docx::child_w(const_cast<xmlNode*>(num), "numId");
        out.list = !id || attr(id, "val") != "0";
        const xmlNode* lvl = docx::child_w(const_cast<xmlNode*>(num), "ilvl");
        std::string ilvl = lvl ? attr(lvl, "val") : "0";
        if (id && out.list && ilvl.size() == 1 && ilvl[0] >= '0' && ilvl[0] <= '8') {
          out.number = numbering_.next(attr(id, "val"), ilvl[0] - '0');
        }
      }
      if (style_list && !docx::child_w(const_cast<xmlNode*>(ppr), "numPr") && !style_list->num_id.empty()) {
        out.number = numbering_.next(style_list->num_id, style_list->ilvl);
      }
      if (on(docx::child_w(const_cast<xmlNode*>(ppr), "pageBreakBefore"))) out.page_break = true;
    }
    inline_content(p, out, {});
  }

  struct marks {
    std::string style;
    bool bold = false;
    bool underline = false;
  };

  void inline_content(const xmlNode* parent, paragraph& out, const marks& m) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is_w(n, "r")) {
        run_of(n, out);
      } else if (is_w(n, "hyperlink") || is_w(n, "smartTag") || is_w(n, "customXml") || is_w(n, "fldSimple") ||
                 is_w(n, "dir") || is_w(n, "bdo")) {
        inline_content(n, out, m);
      } else if (is_w(n, "ins") || is_w(n, "moveTo")) {
        ++out_.insertions;
        inline_content(n, out, m);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      } else if (is_w(n, "sdt")) {
        if (const xmlNode* c = docx::child_w(const_cast<xmlNode*>(n), "sdtContent")) inline_content(c, out, m);
      } else if (docx::is_element(n, ns_mc, "AlternateContent")) {
        if (const xmlNode* c = alternative(n)) inline_content(c, out, m);
      } else if (n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns_m) == 0) {
        math_text(n, out);
      }
    }
  }

  // Office Math: the text of its m:t elements, as one run.
  void math_text(const xmlNode* n, paragraph& out) {
    std::string text;
    collect_math(n, text);
    if (!text.empty()) out.runs.push_back({std::move(text), {}, false, false});
  }
  static void collect_math(const xmlNode* n, std::string& text) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (c->ns && std::strcmp(reinterpret_cast<const char*>(c->ns->href), ns_m) == 0 && local(c) == "t") {
        text += content_of(c);
      } else {
        collect_math(c, text);
      }
    }
  }

  void run_of(const xmlNode* r, paragraph& out) {
    run x;
    if (const xmlNode* rpr = docx::child_w(const_cast<xmlNode*>(r), "rPr")) {
      if (const xmlNode* st = docx::child_w(const_cast<xmlNode*>(rpr), "rStyle")) x.style = styles_.key(attr(st, "val"));
      x.bold = on(docx::child_w(const_cast<xmlNode*>(rpr), "b"));
      x.underline = on(docx::child_w(const_cast<xmlNode*>(rpr), "u"));
      // hidden text (w:vanish) is still the document's text: kept
    }
    run_children(r, out, x);
    if (!x.text.empty()) out.runs.push_back(std::move(x));
  }

  void run_children(const xmlNode* r, paragraph& out, run& x) {
    for (const xmlNode* n = r->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is_w(n, "t")) {
        x.text += content_of(n);
      } else if (is_w(n, "tab") || is_w(n, "ptab")) {
        x.text += '\t';
      } else if (is_w(n, "br")) {
        std::string type = attr(n, "type");
        if (type == "page" || type == "column") {
          out.page_break = true;
          x.text += '\n';
        } else {
          x.text += '\n';
        }
      } else if (is_w(n, "cr")) {
        x.text += '\n';
      } else if (is_w(n, "noBreakHyphen")) {
        x.text += '-';
      } else if (is_w(n, "sym")) {
        x.text += symbol_text(n);
      } else if (docx::is_element(n, ns_mc, "AlternateContent")) {
        if (const xmlNode* c = alternative(n)) run_children(c, out, x);
      } else if (is_w(n, "drawing") || is_w(n, "pict") || is_w(n, "object")) {
        text_boxes(n);
      }
      // w:instrText (field instructions), w:delText, w:fldChar, w:softHyphen, note and comment
      // references, w:lastRenderedPageBreak: no text of the body
    }
  }

  // Paragraphs inside a drawing's text box: not part of the flow, kept as asides.
  void text_boxes(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is_w(c, "txbxContent")) {
        loose_text(c, aside::kind::text_box);
      } else {
        text_boxes(c);
      }
    }
  }

  void table_of(const xmlNode* t, table& out, int depth) {
    if (const xmlNode* pr = docx::child_w(const_cast<xmlNode*>(t), "tblPr")) {
      if (const xmlNode* st = docx::child_w(const_cast<xmlNode*>(pr), "tblStyle")) out.style = styles_.key(attr(st, "val"));
    }
    rows_of(t, out, depth);
  }

  void rows_of(const xmlNode* parent, table& out, int depth) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is_w(n, "tr")) {
        table_row row;
        if (const xmlNode* pr = docx::child_w(const_cast<xmlNode*>(n), "trPr")) {
          row.header = on(docx::child_w(const_cast<xmlNode*>(pr), "tblHeader"));
        }
        cells_of(n, row, depth);
        out.rows.push_back(std::move(row));
      } else if (is_w(n, "sdt")) {
        if (const xmlNode* c = docx::child_w(const_cast<xmlNode*>(n), "sdtContent")) rows_of(c, out, depth);
      } else if (is_w(n, "customXml") || is_w(n, "ins") || is_w(n, "moveTo")) {
        if (!is_w(n, "customXml")) ++out_.insertions;
        rows_of(n, out, depth);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      }
    }
  }

  void cells_of(const xmlNode* parent, table_row& row, int depth) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (is_w(n, "tc")) {
        table_cell cell;
        if (const xmlNode* pr = docx::child_w(const_cast<xmlNode*>(n), "tcPr")) {
          if (const xmlNode* span = docx::child_w(const_cast<xmlNode*>(pr), "gridSpan")) {
            int v = 0;
            for (char ch : attr(span, "val")) {
              if (ch < '0' || ch > '9') break;
              v = std::min(v * 10 + (ch - '0'), 64);
            }
            if (v > 0) cell.grid_span = v;
          }
          if (const xmlNode* vm = docx::child_w(const_cast<xmlNode*>(pr), "vMerge")) {
            cell.vmerge = attr(vm, "val") == "restart" ? table_cell::merge::restart : table_cell::merge::continued;
          }
          if (docx::child_w(const_cast<xmlNode*>(pr), "cellDel")) ++out_.deletions;
        }
        blocks(n, cell.content, depth);
        row.cells.push_back(std::move(cell));
      } else if (is_w(n, "sdt")) {
        if (const xmlNode* c = docx::child_w(const_cast<xmlNode*>(n), "sdtContent")) cells_of(c, row, depth);
      } else if (is_w(n, "customXml")) {
        cells_of(n, row, depth);
      }
    }
  }

  document& out_;
  const styles& styles_;
  numbering& numbering_;
  const document_limits& limits_;
};

}  // namespace

std::string paragraph::text() const {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

std::string style_key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

document read_package(std::string_view bytes, bool flat, const document_limits& limits) {
  package pkg(bytes, flat);
  std::string main = "word/document.xml";
  for (const auto& [type, target] : pkg.relationships("")) {
    if (type == "/officeDocument") {
      main = target;
      break;
    }
  }
  const xmlNode* root = pkg.part(main);
  if (!root) throw error("no main document part (" + main + ") in the package");
  if (!docx::is_element(root, ns_w, "document")) throw error(main + ": the root element is not w:document");
  const xmlNode* body = docx::child_w(const_cast<xmlNode*>(root), "body");
  if (!body) throw error(main + ": the document has no w:body");

  auto rels = pkg.relationships(main);
  styles st;
  for (const auto& [type, target] : rels) {
    if (type != "/styles") continue;
    if (pkg.flat()) {
      st.load(pkg.part(target));
    } else if (auto b = pkg.bytes(target)) {
      st.load(*b, target);
    }
  }
  numbering num;
  for (const auto& [type, target] : rels) {
    if (type == "/numbering") num.load(pkg.part(target));
  }
  document out;
  body_reader reader(out, st, num, limits);
  reader.blocks(body, out.body, 0);
  // Text around the body, in a fixed order: headers and footers, notes, comments.
  std::set<std::string> seen;
  for (const char* wanted : {"/header", "/footer", "/footnotes", "/endnotes", "/comments"}) {
    for (const auto& [type, target] : rels) {
      if (type != wanted || !seen.insert(target).second) continue;
      const xmlNode* part = pkg.part(target);
      if (!part) continue;
      aside::kind kind = type == "/header" || type == "/footer" ? aside::kind::header_footer
                         : type == "/comments"                  ? aside::kind::comment
                                                                : aside::kind::note;
      if (kind == aside::kind::header_footer) {
        reader.loose_text(part, kind);
      } else {
        // notes and comments: each w:footnote / w:comment holds paragraphs; the separator notes
        // (w:type="separator", "continuationSeparator") hold none
        for (const xmlNode* n = part->children; n; n = n->next) {
          if (n->type == XML_ELEMENT_NODE && attr(n, "type").empty()) reader.loose_text(n, kind);
        }
      }
    }
  }
  return out;
}

}  // namespace informe::detail::docx_reader
