// The parts of a Word package that say how paragraphs look: styles.xml (style names, what they are
// based on, list styles) and numbering.xml (the numbers Word prints before numbered paragraphs).
// Used by wordml.cpp only. Internal.
#pragma once

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "core/xml_limits.hpp"
#include "readers/docx/wordml.hpp"
#include "readers/docx/xml_support.hpp"
#include "readers/docx/xml_tree.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx_reader {

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
  // Adds to `pending` the first style of `id`'s basedOn chain not read yet (list_style follows it).
  void want_bases(const std::string& id, std::set<std::string>& pending) const {
    std::string at = id;
    for (int depth = 0; depth < 16; ++depth) {
      auto it = by_id_.find(at);
      if (it == by_id_.end()) {
        pending.insert(at);
        return;
      }
      if (it->second.based_on.empty()) return;
      at = it->second.based_on;
    }
  }
  // The same from the part's bytes through SAX: a typed document's styles.xml is often 350 KB of
  // Word's style definitions, and building its tree would cost more than reading the whole body.
  // The same refusals as docx::parse_xml: no DTD, no entity, no network, no element with too many
  // attributes, no recovery from bad XML. Only the styles in `wanted` (the ids the document names)
  // and those they are based on are ever asked for: `read` hands over the part as it is inflated,
  // it goes to the parser piece by piece (each checked before it is parsed), and both stop once all
  // of them have been read (Word's own definitions, mostly table styles, make up the rest). Nothing
  // is read when `wanted` is empty.
  using part_reader = std::function<bool(const std::function<bool(std::string_view)>& consume)>;
  void load(const part_reader& read, const std::string& what, const std::set<std::string>& wanted) {
    if (wanted.empty()) return;
    xmlSAXHandler h{};
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = &styles::sax_start;
    h.endElementNs = &styles::sax_end;
    h.warning = nullptr;
    h.error = nullptr;
    h.serror = [](void*, xmlError*) {};
    sax_state st{.self = this};
    st.pending = wanted;
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(
        xmlCreatePushParserCtxt(&h, &st, nullptr, 0, nullptr), &xmlFreeParserCtxt);
    if (!ctxt) throw error(what + ": cannot start the XML parser");
    xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET);
    st.parser = ctxt.get();
    // Pieces end just before a '<' (which no attribute value holds): a tag or a declaration is never
    // cut in two, so each is checked whole.
    auto feed = [&](std::string_view piece) {
      if (piece.find("<!DOCTYPE") != std::string_view::npos || piece.find("<!ENTITY") != std::string_view::npos) {
        throw error(what + ": DOCTYPE and ENTITY declarations are not allowed in a Word document part");
      }
      if (detail::xml_tag_with_too_many_attributes(piece)) {
        throw error(what + ": an element has more than " + std::to_string(detail::max_xml_attributes) +
                    " attributes; refused");
      }
      xmlParseChunk(ctxt.get(), piece.data(), static_cast<int>(piece.size()), 0);
      if (!st.stopped && !ctxt->wellFormed) throw error(what + ": not well-formed XML");
    };
    // Small pieces: the parse stops soon after the last wanted style, not at the end of a chunk.
    constexpr std::size_t piece_bytes = 4096;
    std::string pending;
    read([&](std::string_view chunk) {
      pending.append(chunk);
      std::size_t from = 0;  // pending[0, from) has been fed
      while (!st.stopped && pending.size() - from >= piece_bytes) {
        // up to the last '<' of the next piece, else the first one after it
        std::size_t lt = pending.rfind('<', from + piece_bytes);
        if (lt == std::string::npos || lt <= from) lt = pending.find('<', from + piece_bytes);
        if (lt == std::string::npos) break;
        feed(std::string_view(pending).substr(from, lt - from));
        from = lt;
      }
      pending.erase(0, from);
      return !st.stopped;
    });
    if (!st.stopped && !pending.empty()) feed(pending);
    if (st.stopped) return;
    xmlParseChunk(ctxt.get(), nullptr, 0, 1);
    if (!ctxt->wellFormed) throw error(what + ": not well-formed XML");
  }

 private:
  struct sax_state {
    styles* self;
    std::set<std::string> pending{};  // ids still to read
    xmlParserCtxt* parser = nullptr;
    bool stopped = false;  // every wanted style read: the parse was stopped on purpose
    int depth = 0;
    bool in_style = false, in_ppr = false;
    std::string id{}, name{};
    style_info info{};
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
      if (s.pending.erase(s.id) > 0) s.self->want_bases(s.id, s.pending);
      if (s.pending.empty() && !s.stopped) {
        s.stopped = true;
        xmlStopParser(s.parser);
      }
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

// ---- numbering: the numbers Word prints before numbered paragraphs ----

class numbering {
 public:
  void load(const xml_tree* tree) {
    if (!tree) return;
    const xml_tree& t = *tree;
    using node = xml_tree::node;
    std::map<std::string, std::array<level, 9>> abstracts;
    for (node n = t.first_child(t.root()); n != 0; n = t.next(n)) {
      if (!t.is_w(n, "abstractNum")) continue;
      auto& levels = abstracts[std::string(t.attr(n, xml_attr::abstract_num_id))];
      for (node l = t.first_child(n); l != 0; l = t.next(l)) {
        if (!t.is_w(l, "lvl")) continue;
        int i = small_number(t.attr(l, xml_attr::ilvl));
        if (i < 0 || i > 8) continue;
        read_level(t, l, levels[static_cast<std::size_t>(i)]);
      }
    }
    for (node n = t.first_child(t.root()); n != 0; n = t.next(n)) {
      if (!t.is_w(n, "num")) continue;
      node a = t.child_w(n, "abstractNumId");
      auto it = a != 0 ? abstracts.find(std::string(t.attr(a, xml_attr::val))) : abstracts.end();
      if (it == abstracts.end()) continue;
      instance inst;
      inst.levels = it->second;
      for (node o = t.first_child(n); o != 0; o = t.next(o)) {
        if (!t.is_w(o, "lvlOverride")) continue;
        int i = small_number(t.attr(o, xml_attr::ilvl));
        if (i < 0 || i > 8) continue;
        auto& lv = inst.levels[static_cast<std::size_t>(i)];
        if (node so = t.child_w(o, "startOverride")) lv.start = small_number(t.attr(so, xml_attr::val));
        if (node l = t.child_w(o, "lvl")) read_level(t, l, lv);
      }
      instances_[std::string(t.attr(n, xml_attr::num_id))] = std::move(inst);
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

  static int small_number(std::string_view s) {
    if (s.empty() || s.size() > 6) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static void read_level(const xml_tree& t, xml_tree::node l, level& out) {
    if (xml_tree::node st = t.child_w(l, "start")) out.start = small_number(t.attr(st, xml_attr::val));
    if (xml_tree::node f = t.child_w(l, "numFmt")) out.format = t.attr(f, xml_attr::val);
    if (xml_tree::node x = t.child_w(l, "lvlText")) out.text = t.attr(x, xml_attr::val);
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

}  // namespace informe::detail::docx_reader
