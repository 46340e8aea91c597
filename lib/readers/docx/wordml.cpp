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

using node = xml_tree::node;

// w:sym: a character of a symbol font. Symbol-font code points sit at U+F000 + the font's byte; the
// bullets typed with them are read as U+2022, the ASCII range as itself.
std::string symbol_text(std::string_view hex) {
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

  // The blocks of `parent` (w:body) of `tree`.
  void read(const xml_tree& tree, node parent, std::vector<block>& into) {
    t_ = &tree;
    blocks(parent, into, 0);
  }

  // Text outside the body (headers, notes, text boxes): every paragraph's text, in order.
  void loose_text(const xml_tree& tree, node parent, aside::kind kind) {
    t_ = &tree;
    loose_text(parent, kind);
  }

 private:
  const xml_tree& t() const { return *t_; }
  bool is_w(node n, const char* name) const { return t().is_w(n, name); }
  node child_w(node n, const char* name) const { return t().child_w(n, name); }
  std::string_view val(node n) const { return t().attr(n, xml_attr::val); }
  // w:val of an on/off property: present and not "false"/"0"/"off".
  bool on(node prop) const {
    if (prop == 0) return false;
    std::string_view v = val(prop);
    return v != "false" && v != "0" && v != "off" && v != "none";
  }

  void blocks(node parent, std::vector<block>& into, int depth) {
    for (node n = t().first_child(parent); n != 0; n = t().next(n)) {
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
        if (node c = child_w(n, "sdtContent")) blocks(c, into, depth);
      } else if (is_w(n, "customXml") || is_w(n, "ins") || is_w(n, "moveTo") || is_w(n, "smartTag")) {
        if (is_w(n, "ins") || is_w(n, "moveTo")) ++out_.insertions;
        blocks(n, into, depth);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      } else if (t().is(n, xml_ns::mc, "AlternateContent")) {
        if (node c = alternative(n)) blocks(c, into, depth);
      }
      // w:sectPr, bookmarks, permissions, comment ranges: no text
    }
  }

  void loose_text(node parent, aside::kind kind) {
    std::vector<block> blocks_here;
    blocks(parent, blocks_here, 0);
    append_asides(blocks_here, kind, out_.asides);
  }

  // The mc:Fallback of an mc:AlternateContent, else its first mc:Choice.
  node alternative(node n) const {
    node choice = 0;
    for (node c = t().first_child(n); c != 0; c = t().next(c)) {
      if (t().is(c, xml_ns::mc, "Fallback")) return c;
      if (choice == 0 && t().is(c, xml_ns::mc, "Choice")) choice = c;
    }
    return choice;
  }

  void paragraph_of(node p, paragraph& out) {
    if (++out_.paragraphs > limits_.max_paragraphs) {
      throw error("more than " + std::to_string(limits_.max_paragraphs) + " paragraphs: not a report");
    }
    out.index = out_.paragraphs;
    const style_info* style_list = nullptr;
    if (node ppr = child_w(p, "pPr")) {
      if (node st = child_w(ppr, "pStyle")) {
        const std::string id(val(st));
        out.style = styles_.key(id);
        style_list = styles_.list_style(id);
        out.list = style_list != nullptr;
      }
      if (node num = child_w(ppr, "numPr")) {
        node id = child_w(num, "numId");
        out.list = id == 0 || val(id) != "0";
        node lvl = child_w(num, "ilvl");
        std::string_view ilvl = lvl != 0 ? val(lvl) : std::string_view("0");
        if (id != 0 && out.list && ilvl.size() == 1 && ilvl[0] >= '0' && ilvl[0] <= '8') {
          out.number = numbering_.next(std::string(val(id)), ilvl[0] - '0');
        }
      }
      if (style_list && child_w(ppr, "numPr") == 0 && !style_list->num_id.empty()) {
        out.number = numbering_.next(style_list->num_id, style_list->ilvl);
      }
      if (on(child_w(ppr, "pageBreakBefore"))) out.page_break = true;
    }
    inline_content(p, out);
  }

  void inline_content(node parent, paragraph& out) {
    for (node n = t().first_child(parent); n != 0; n = t().next(n)) {
      if (is_w(n, "r")) {
        run_of(n, out);
      } else if (is_w(n, "hyperlink") || is_w(n, "smartTag") || is_w(n, "customXml") || is_w(n, "fldSimple") ||
                 is_w(n, "dir") || is_w(n, "bdo")) {
        inline_content(n, out);
      } else if (is_w(n, "ins") || is_w(n, "moveTo")) {
        ++out_.insertions;
        inline_content(n, out);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      } else if (is_w(n, "sdt")) {
        if (node c = child_w(n, "sdtContent")) inline_content(c, out);
      } else if (t().is(n, xml_ns::mc, "AlternateContent")) {
        if (node c = alternative(n)) inline_content(c, out);
      } else if (t().ns(n) == xml_ns::m) {
        math_text(n, out);
      }
    }
  }

  // Office Math: the text of its m:t elements, as one run.
  void math_text(node n, paragraph& out) {
    std::string text;
    collect_math(n, text);
    if (!text.empty()) out.runs.push_back({std::move(text), {}, false, false});
  }
  void collect_math(node n, std::string& text) const {
    for (node c = t().first_child(n); c != 0; c = t().next(c)) {
      if (t().ns(c) == xml_ns::m && t().name(c) == "t") {
        text += t().text(c);
      } else {
        collect_math(c, text);
      }
    }
  }

  void run_of(node r, paragraph& out) {
    run x;
    if (node rpr = child_w(r, "rPr")) {
      if (node st = child_w(rpr, "rStyle")) x.style = styles_.key(std::string(val(st)));
      x.bold = on(child_w(rpr, "b"));
      x.underline = on(child_w(rpr, "u"));
      // hidden text (w:vanish) is still the document's text: kept
    }
    run_children(r, out, x);
    if (!x.text.empty()) out.runs.push_back(std::move(x));
  }

  void run_children(node r, paragraph& out, run& x) {
    for (node n = t().first_child(r); n != 0; n = t().next(n)) {
      if (is_w(n, "t")) {
        x.text += t().text(n);
      } else if (is_w(n, "tab") || is_w(n, "ptab")) {
        x.text += '\t';
      } else if (is_w(n, "br")) {
        std::string_view type = t().attr(n, xml_attr::type);
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
        x.text += symbol_text(t().attr(n, xml_attr::char_));
      } else if (t().is(n, xml_ns::mc, "AlternateContent")) {
        if (node c = alternative(n)) run_children(c, out, x);
      } else if (is_w(n, "drawing") || is_w(n, "pict") || is_w(n, "object")) {
        text_boxes(n);
      }
      // w:instrText (field instructions), w:delText, w:fldChar, w:softHyphen, note and comment
      // references, w:lastRenderedPageBreak: no text of the body
    }
  }

  // Paragraphs inside a drawing's text box: not part of the flow, kept as asides.
  void text_boxes(node n) {
    for (node c = t().first_child(n); c != 0; c = t().next(c)) {
      if (is_w(c, "txbxContent")) {
        loose_text(c, aside::kind::text_box);
      } else {
        text_boxes(c);
      }
    }
  }

  void table_of(node tbl, table& out, int depth) {
    if (node pr = child_w(tbl, "tblPr")) {
      if (node st = child_w(pr, "tblStyle")) out.style = styles_.key(std::string(val(st)));
    }
    rows_of(tbl, out, depth);
  }

  void rows_of(node parent, table& out, int depth) {
    for (node n = t().first_child(parent); n != 0; n = t().next(n)) {
      if (is_w(n, "tr")) {
        table_row row;
        if (node pr = child_w(n, "trPr")) {
          row.header = on(child_w(pr, "tblHeader"));
          if (node before = child_w(pr, "gridBefore")) row.grid_before = small_number(val(before));
        }
        cells_of(n, row, depth);
        out.rows.push_back(std::move(row));
      } else if (is_w(n, "sdt")) {
        if (node c = child_w(n, "sdtContent")) rows_of(c, out, depth);
      } else if (is_w(n, "customXml") || is_w(n, "ins") || is_w(n, "moveTo")) {
        if (!is_w(n, "customXml")) ++out_.insertions;
        rows_of(n, out, depth);
      } else if (is_w(n, "del") || is_w(n, "moveFrom")) {
        ++out_.deletions;
      }
    }
  }

  void cells_of(node parent, table_row& row, int depth) {
    for (node n = t().first_child(parent); n != 0; n = t().next(n)) {
      if (is_w(n, "tc")) {
        table_cell cell;
        bool h_continued = false;
        if (node pr = child_w(n, "tcPr")) {
          if (node span = child_w(pr, "gridSpan")) {
            if (int v = small_number(val(span)); v > 0) cell.grid_span = v;
          }
          if (node vm = child_w(pr, "vMerge")) {
            cell.vmerge = val(vm) == "restart" ? table_cell::merge::restart : table_cell::merge::continued;
          }
          if (node hm = child_w(pr, "hMerge")) h_continued = val(hm) != "restart";
          if (child_w(pr, "cellDel") != 0) ++out_.deletions;
        }
        blocks(n, cell.content, depth);
        if (h_continued && !row.cells.empty()) {
          // w:hMerge="continue": part of the cell before it (its content kept, after that cell's)
          table_cell& into = row.cells.back();
          into.grid_span = std::min(into.grid_span + cell.grid_span, 64);
          for (auto& b : cell.content) into.content.push_back(std::move(b));
        } else {
          row.cells.push_back(std::move(cell));
        }
      } else if (is_w(n, "sdt")) {
        if (node c = child_w(n, "sdtContent")) cells_of(c, row, depth);
      } else if (is_w(n, "customXml")) {
        cells_of(n, row, depth);
      }
    }
  }

  // A small count attribute ("3"): its leading digits, at most 64; 0 when there are none.
  static int small_number(std::string_view v) {
    int out = 0;
    for (char ch : v) {
      if (ch < '0' || ch > '9') break;
      out = std::min(out * 10 + (ch - '0'), 64);
    }
    return out;
  }

  document& out_;
  const styles& styles_;
  numbering& numbering_;
  const document_limits& limits_;
  const xml_tree* t_ = nullptr;
};

// The parts around the body whose text is read (reader.loose_text), in the order they are read.
constexpr const char* aside_parts[] = {"/header", "/footer", "/footnotes", "/endnotes", "/comments"};

bool is_aside_part(const std::string& type) {
  return std::any_of(std::begin(aside_parts), std::end(aside_parts), [&](const char* t) { return type == t; });
}

// The style ids that w:pStyle, w:rStyle and w:tblStyle elements in `root` name, into `ids`.
void named_styles(const xml_tree& tree, node root, std::set<std::string>& ids) {
  for (node n = root; n < tree.end(root); ++n) {
    if (tree.is_w(n, "pStyle") || tree.is_w(n, "rStyle") || tree.is_w(n, "tblStyle")) {
      ids.emplace(tree.attr(n, xml_attr::val));
    }
  }
}

// The page headers and footers the sections of `body` use, in the order of their first reference
// (headers first), with the relationships of the main part.
std::vector<page_part> page_parts_of(const xml_tree& tree, node body, const std::vector<package::relationship>& rels) {
  std::vector<page_part> out;
  for (const bool headers : {true, false}) {
    const char* element = headers ? "headerReference" : "footerReference";
    for (node n = body; n < tree.end(body); ++n) {
      if (!tree.is_w(n, element)) continue;
      const std::string_view id = tree.attr(n, xml_attr::r_id);
      for (const auto& r : rels) {
        if (r.id != id || r.type != (headers ? "/header" : "/footer")) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const page_part& x) { return x.name == r.target; });
        if (it == out.end()) {
          out.push_back({headers ? page_part::kind::header : page_part::kind::footer, r.target, {}, {}});
          it = out.end() - 1;
        }
        std::string use(tree.attr(n, xml_attr::type));
        it->uses.push_back(use.empty() ? "default" : use);
        break;
      }
    }
  }
  return out;
}

}  // namespace

void append_asides(const std::vector<block>& blocks, aside::kind kind, std::vector<aside>& out) {
  for (const auto& b : blocks) {
    if (b.type == block::kind::paragraph) {
      std::string text = collapse_whitespace(b.para.text());
      if (!text.empty()) out.push_back({kind, std::move(text), b.para.where()});
    } else {
      for (const auto& r : b.tbl.rows)
        for (const auto& c : r.cells) append_asides(c.content, kind, out);
    }
  }
}

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
  const xml_tree* main_tree = pkg.tree(main);
  if (!main_tree) throw error("no main document part (" + main + ") in the package");
  const xml_tree::node root = main_tree->root();
  if (!main_tree->is(root, xml_ns::w, "document")) throw error(main + ": the root element is not w:document");
  const xml_tree::node body = main_tree->child_w(root, "body");
  if (body == 0) throw error(main + ": the document has no w:body");

  auto rels = pkg.relationships(main);
  styles st;
  for (const auto& [type, target] : rels) {
    if (type != "/styles") continue;
    if (pkg.flat()) {
      st.load(pkg.part(target));
    } else {
      // The styles the body and the parts around it name: the only ones ever looked up.
      std::set<std::string> named;
      named_styles(*main_tree, body, named);
      for (const auto& [aside_type, aside_target] : rels) {
        if (is_aside_part(aside_type)) {
          if (const xml_tree* part = pkg.tree(aside_target)) named_styles(*part, part->root(), named);
        }
      }
      const std::string& part_name = target;  // (a lambda cannot capture a structured binding before C++20's P1091 in clang 14)
      st.load([&](const auto& consume) { return pkg.stream(part_name, consume); }, target, named);
    }
  }
  numbering num;
  for (const auto& [type, target] : rels) {
    if (type == "/numbering") num.load(pkg.tree(target));
  }
  document out;
  body_reader reader(out, st, num, limits);
  reader.read(*main_tree, body, out.body);
  // The page headers and footers the sections use, read as the body is.
  std::set<std::string> seen;
  for (page_part& part : page_parts_of(*main_tree, body, pkg.relationships_by_id(main))) {
    const xml_tree* tree = pkg.tree(part.name);
    if (!tree) continue;
    seen.insert(part.name);
    reader.read(*tree, tree->root(), part.blocks);
    out.page_parts.push_back(std::move(part));
  }
  // Text around the body, in a fixed order: headers and footers no section uses, notes, comments.

  for (const char* wanted : aside_parts) {
    for (const auto& [type, target] : rels) {
      if (type != wanted || !seen.insert(target).second) continue;
      const xml_tree* part = pkg.tree(target);
      if (!part) continue;
      aside::kind kind = type == "/header" || type == "/footer" ? aside::kind::header_footer
                         : type == "/comments"                  ? aside::kind::comment
                                                                : aside::kind::note;
      if (kind == aside::kind::header_footer) {
        reader.loose_text(*part, part->root(), kind);
      } else {
        // notes and comments: each w:footnote / w:comment holds paragraphs; the separator notes
        // (w:type="separator", "continuationSeparator") hold none
        for (xml_tree::node n = part->first_child(part->root()); n != 0; n = part->next(n)) {
          if (part->attr(n, xml_attr::type).empty()) reader.loose_text(*part, n, kind);
        }
      }
    }
  }
  return out;
}

}  // namespace informe::detail::docx_reader
