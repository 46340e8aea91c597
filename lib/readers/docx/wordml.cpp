#include "readers/docx/wordml.hpp"

#include <algorithm>
#include <cstring>
#include <set>

#include "core/unicode.hpp"
#include "readers/docx/package.hpp"
#include "readers/docx/styles.hpp"
#include "readers/docx/xml_support.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx_reader {

namespace {

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
