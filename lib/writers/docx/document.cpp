#include "writers/docx/document.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>

#include "writers/docx/row_division.hpp"
#include "writers/docx/xml.hpp"
#include "informe/validate.hpp"

namespace informe::detail::docx {

namespace {

// Page sizes and the default margins, in twentieths of a point.
constexpr int a4_width = 11906, a4_height = 16838;
constexpr int letter_width = 12240, letter_height = 15840;
constexpr int margin_top = 1418, margin_side = 1134, margin_bottom = 1134, header_distance = 567;
// The commitments table's cell margins (templates/docx/styles.xml, CommitmentsTable), in twips.
constexpr int cell_margin_top = 57, cell_margin_side = 85;
// The share of a page's text height a divided row's part may take: the estimates' safety margin.
constexpr double page_share = 0.95;

std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The commitments table's column titles.
constexpr term column_headings[4] = {term::number, term::column_recommendation, term::column_commitment,
                                     term::column_compliance};

class body_writer {
 public:
  body_writer(xml_writer& x, const document_settings& s) : x_(x), s_(s), shown_(*s.shown) {}

  const std::string& l(term t) const { return shown_.words[t]; }

  void paragraph_start(const char* style) {
    x_.start("w:p");
    x_.start("w:pPr");
    x_.start("w:pStyle");
    x_.attr("w:val", style);
    x_.end();
    x_.end();
  }

  void bullet_start(const char* style) {
    x_.start("w:p");
    x_.start("w:pPr");
    x_.start("w:pStyle");
    x_.attr("w:val", style);
    x_.end();
    x_.start("w:numPr");
    x_.start("w:ilvl");
    x_.attr("w:val", "0");
    x_.end();
    x_.start("w:numId");
    x_.attr("w:val", std::to_string(s_.bullet_num_id));
    x_.end();
    x_.end();
    x_.end();
  }

  void run(std::string_view text, const char* character_style = nullptr) {
    if (text.empty()) return;
    x_.start("w:r");
    if (character_style) {
      x_.start("w:rPr");
      x_.start("w:rStyle");
      x_.attr("w:val", character_style);
      x_.end();
      x_.end();
    }
    x_.start("w:t");
    if (text.front() == ' ' || text.back() == ' ') x_.attr("xml:space", "preserve");
    x_.text(text);
    x_.end();
    x_.end();
  }

  void tab() {
    x_.start("w:r");
    x_.start("w:tab");
    x_.end();
    x_.end();
  }

  void simple_paragraph(const char* style, std::string_view text, const char* character_style = nullptr) {
    paragraph_start(style);
    run(text, character_style);
    x_.end();
  }

  /// A paragraph as written: the unit a long row is divided at.
  struct para {
    const char* style = "TableText";
    bool bullet = false;
    std::string label;                 ///< the "Field Label" run ("Estado: "); "" for none
    bool tab = false;                  ///< a tab after the label
    std::string text;
    const char* text_style = nullptr;  ///< the text's character style
  };

  void put(const para& p) {
    if (p.bullet) {
      bullet_start(p.style);
    } else {
      paragraph_start(p.style);
    }
    run(p.label, "FieldLabel");
    if (p.tab) tab();
    run(p.text, p.text_style);
    x_.end();
  }

  void put(const std::vector<para>& ps) {
    for (const para& p : ps) put(p);
  }

  /// A label as written before its value: "Estado: ", or "Programa:" before a tab.
  para labelled(const char* style, term label, bool tab_after_label) const {
    para p;
    p.style = style;
    p.label = l(label) + (tab_after_label ? ":" : ": ");
    p.tab = tab_after_label;
    return p;
  }

  /// The paragraphs of `t`, appended to `out`; when `label` is set, the first paragraph starts with
  /// "Label: " (or "Label:" and a tab). An empty text with a label gives the label and `none`, or
  /// nothing unless `show_when_empty`. Returns the paragraphs appended.
  int rich(std::vector<para>& out, const rich_text& t, const char* style, const char* first_style,
           const char* bullet_style, std::optional<term> label = std::nullopt, bool tab_after_label = false,
           bool show_when_empty = false) const {
    const std::size_t before = out.size();
    std::size_t first = 0;
    if (label) {
      if (t.empty() && !show_when_empty) return 0;
      para p = labelled(first_style, *label, tab_after_label);
      if (t.empty()) {
        p.text = l(term::none);
      } else if (t.blocks.front().type == block::kind::paragraph) {
        p.text = t.blocks.front().text;
        first = 1;
      }
      out.push_back(std::move(p));
    }
    for (std::size_t i = first; i < t.blocks.size(); ++i) {
      const block& b = t.blocks[i];
      if (b.type == block::kind::paragraph) {
        para p;
        p.style = out.size() == before ? first_style : style;
        p.text = b.text;
        out.push_back(std::move(p));
      } else {
        for (const auto& item : b.items) {
          para p;
          p.style = bullet_style;
          p.bullet = true;
          p.text = item;
          out.push_back(std::move(p));
        }
      }
    }
    return static_cast<int>(out.size() - before);
  }

  /// A "Label: value" paragraph for plain text.
  para field(const char* style, term label, std::string_view value, bool tab_after_label,
             const char* value_style = nullptr) const {
    para p = labelled(style, label, tab_after_label);
    p.text = value;
    p.text_style = value_style;
    return p;
  }

  // ---- the parts of the body ----

  void title() {
    if (s_.look && s_.look->shows_masthead()) {
      std::string line;
      for (const auto& m : s_.look->masthead_lines) line += (line.empty() ? "" : " \u00b7 ") + m;
      simple_paragraph("Masthead", line);
    }
    simple_paragraph("Title", shown_.title_main);
    if (!shown_.cutoff_phrase.empty()) simple_paragraph("Subtitle", shown_.cutoff_phrase);
    if (shown_.issued) {
      paragraph_start("ReportDate");
      run(l(term::issued_at) + ": ", "FieldLabel");
      run(shown_.issued->long_form);
      x_.end();
    } else {
      simple_paragraph("ReportDate", "");
    }
  }

  void header_block() {
    for (const header_row& h : shown_.header) {
      if (h.value.blocks.size() == 1 && h.value.blocks[0].type == block::kind::paragraph && h.key != "observation") {
        put(field("HeaderField", h.label, h.value.blocks[0].text, true));
      } else {
        std::vector<para> ps;
        rich(ps, h.value, "HeaderText", "HeaderField", "BodyBullet", h.label, true);
        put(ps);
      }
    }
  }

  void summary() {
    simple_paragraph("Heading1", l(term::summary));
    for (const summary_figure& f : shown_.summary) {
      paragraph_start("SummaryLine");
      run(l(f.label), "FieldLabel");
      tab();
      run(f.value, f.role ? status_style(*f.role) : "SummaryFigure");
      if (!f.share.empty()) run("  " + f.share, "SummaryShare");  // its share of the total, as in HTML and PDF
      x_.end();
    }
  }

  /// A cell's start; `open_edge` ("top", "bottom") names a border it leaves out.
  void cell_start(int width, const char* open_edge = nullptr) {
    x_.start("w:tc");
    x_.start("w:tcPr");
    x_.start("w:tcW");
    x_.attr("w:w", std::to_string(width));
    x_.attr("w:type", "dxa");
    x_.end();
    if (open_edge) {
      x_.start("w:tcBorders");
      x_.start((std::string("w:") + open_edge).c_str());
      x_.attr("w:val", "nil");
      x_.end();
      x_.end();
    }
    x_.end();
  }

  void row_start(bool unsplittable) {
    x_.start("w:tr");
    if (unsplittable) {
      x_.start("w:trPr");
      x_.start("w:cantSplit");
      x_.end();
      x_.end();
    }
  }

  /// The commitments table's start: its properties, grid and header row (repeated on every page).
  void table_start(int text_width, const int (&widths)[4]) {
    x_.start("w:tbl");
    x_.start("w:tblPr");
    x_.start("w:tblStyle");
    x_.attr("w:val", "CommitmentsTable");
    x_.end();
    x_.start("w:tblW");
    x_.attr("w:w", std::to_string(text_width));
    x_.attr("w:type", "dxa");
    x_.end();
    x_.start("w:tblLayout");
    x_.attr("w:type", "fixed");
    x_.end();
    x_.start("w:tblLook");
    x_.attr("w:val", "0620");
    x_.attr("w:firstRow", "1");
    x_.attr("w:lastRow", "0");
    x_.attr("w:firstColumn", "0");
    x_.attr("w:lastColumn", "0");
    x_.attr("w:noHBand", "1");
    x_.attr("w:noVBand", "1");
    x_.end();
    x_.end();
    x_.start("w:tblGrid");
    for (int w : widths) {
      x_.start("w:gridCol");
      x_.attr("w:w", std::to_string(w));
      x_.end();
    }
    x_.end();

    // The header row, repeated at the top of every page.
    x_.start("w:tr");
    x_.start("w:trPr");
    x_.start("w:tblHeader");
    x_.end();
    x_.end();
    for (int c = 0; c < 4; ++c) {
      cell_start(widths[c]);
      simple_paragraph("TableHeading", l(column_headings[c]));
      x_.end();
    }
    x_.end();
  }

  void table(int text_width, int text_height) {
    simple_paragraph("Heading1", l(term::commitments_section));
    if (shown_.rows.empty()) {  // a note instead of an empty table
      simple_paragraph("HeaderText", l(term::no_commitments));
      return;
    }
    // Column widths: a narrow number column, then recommendation, commitment, compliance.
    const int number_width = 567;
    const int rest = text_width - number_width;
    const int widths[4] = {number_width, rest * 36 / 100, rest * 30 / 100,
                           rest - rest * 36 / 100 - rest * 30 / 100};

    table_start(text_width, widths);

    // Every row is kept on one page (w:cantSplit); a row taller than a page is divided here into
    // rows that fit one (docx/row_division.hpp), its later parts numbered again, each part before
    // them followed by a row of open cells ending in "(continúa)" (the PDF's mark at the foot of a
    // row continued on the next page) and by a page break.
    const font_metrics font = font_metrics_of(s_.look ? s_.look->font_family : theme::defaults().font_family);
    double inner[4];
    for (int c = 0; c < 4; ++c) inner[c] = (widths[c] - 2 * cell_margin_side) / 20.0;
    double heading_height = 0;
    for (int c = 0; c < 4; ++c)
      heading_height = std::max(
          heading_height, paragraph_height(l(column_headings[c]), paragraph_metrics_of("TableHeading"), font, inner[c]));
    const double cell_frame = 2 * cell_margin_top / 20.0 + 1.5;  // a cell's top and bottom margins, its rules
    const double limit = text_height * page_share / 20.0 - (heading_height + cell_frame) - cell_frame;
    const para mark = [&] {
      para p;
      p.style = "ContinuedMark";
      p.text = l(term::continued);
      return p;
    }();
    const double mark_height = paragraph_height(mark.text, paragraph_metrics_of(mark.style), font, inner[3]) + cell_frame;

    std::size_t rows_in_table = 0;
    for (const presented_row& shown : shown_.rows) {
      const row& row = *shown.source;
      std::vector<std::vector<para>> cells(4);
      cells[0].push_back(field_less("RowNumber", row.number));
      rich(cells[1], row.recommendation, "TableText", "TableText", "TableBullet");
      if (!row.responsible.empty()) cells[1].push_back(field("TableField", term::responsible, row.responsible, false));
      rich(cells[2], row.commitment, "TableText", "TableText", "TableBullet");
      if (!shown.due_display.empty()) cells[2].push_back(field("TableField", term::due, shown.due_display, false));
      rich(cells[3], row.compliance, "TableText", "TableText", "TableBullet");
      rich(cells[3], row.compliance_observation, "TableText", "TableField", "TableBullet", term::compliance_observation);
      cells[3].push_back(field("TableField", term::status, shown.status.display, false, status_style(shown.status.role)));
      rich(cells[3], row.verification, "TableText", "TableField", "TableBullet", term::verification, false, true);

      std::vector<std::vector<double>> heights(4);
      for (int c = 0; c < 4; ++c)
        for (const para& p : cells[c])
          heights[c].push_back(paragraph_height(p.label + p.text, paragraph_metrics_of(p.style), font, inner[c]));
      const std::vector<row_part> parts = divide_row(heights, {true, false, false, false}, limit, mark_height);

      // A divided row starts a page, and so does each of its later parts: the table is closed and
      // opened again after a page break, so that "(continúa)" always ends a page, as in the PDF.
      if (parts.size() > 1 && rows_in_table > 0) {
        x_.end();
        simple_paragraph("RowBreak", "");
        table_start(text_width, widths);
        rows_in_table = 0;
      }
      for (std::size_t i = 0; i < parts.size(); ++i) {
        const row_part& part = parts[i];
        const bool continues = i + 1 < parts.size();
        row_start(part.fits);
        for (std::size_t c = 0; c < 4; ++c) {
          cell_start(widths[c], continues ? "bottom" : nullptr);
          if (c == 0) {
            put(i == 0 ? cells[0].front() : field_less("RowNumberContinued", row.number));
          } else {
            for (std::size_t k = part.from[c]; k < part.to[c]; ++k) {
              // A later part always starts a paragraph: spaced from the top, as the PDF does, so that
              // a reader of the printed page can tell it from a paragraph going on.
              if (i > 0 && k == part.from[c] && !cells[c][k].bullet && std::string_view(cells[c][k].style) == "TableText") {
                para p = cells[c][k];
                p.style = "TableTextContinued";
                put(p);
              } else {
                put(cells[c][k]);
              }
            }
            if (part.from[c] == part.to[c]) simple_paragraph("TableText", "");
          }
          x_.end();
        }
        x_.end();
        ++rows_in_table;
        if (!continues) continue;
        // The mark, at the foot of the part: its cells open to the part above them.
        row_start(true);
        for (std::size_t c = 0; c < 4; ++c) {
          cell_start(widths[c], "top");
          if (c == 3) put(mark);
          else simple_paragraph("ContinuedMark", "");
          x_.end();
        }
        x_.end();
        x_.end();
        simple_paragraph("RowBreak", "");
        table_start(text_width, widths);
        rows_in_table = 0;
      }
    }
    x_.end();
  }

  /// A paragraph of plain text in `style`.
  static para field_less(const char* style, std::string text) {
    para p;
    p.style = style;
    p.text = std::move(text);
    return p;
  }

  static const char* status_style(status_role role) {
    switch (role) {
      case status_role::fulfilled: return "StatusFulfilled";
      case status_role::partially_fulfilled: return "StatusPartiallyFulfilled";
      case status_role::not_fulfilled: return "StatusNotFulfilled";
      case status_role::unknown: return "StatusUnknown";
    }
    return "StatusUnknown";
  }

  void references() {
    for (const auto& [type, id] : s_.header_refs) {
      x_.start("w:headerReference");
      x_.attr("w:type", type);
      x_.attr("r:id", id);
      x_.end();
    }
    for (const auto& [type, id] : s_.footer_refs) {
      x_.start("w:footerReference");
      x_.attr("w:type", type);
      x_.attr("r:id", id);
      x_.end();
    }
  }

  /// Copies a WordprocessingML element of the reference document: w: and r: names keep their
  /// prefix, anything in another namespace (and anything pointing at another part) is left out.
  void copy_element(const xmlNode* node) {
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      if (a->ns && std::strcmp(reinterpret_cast<const char*>(a->ns->href), ns_r) == 0) return;
    }
    x_.start(("w:" + std::string(reinterpret_cast<const char*>(node->name))).c_str());
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      if (a->ns && std::strcmp(reinterpret_cast<const char*>(a->ns->href), ns_w) != 0) continue;
      xmlChar* value = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
      std::string v = value ? reinterpret_cast<const char*>(value) : "";
      if (value) xmlFree(value);
      x_.attr(("w:" + std::string(reinterpret_cast<const char*>(a->name))).c_str(), v);
    }
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && c->ns && std::strcmp(reinterpret_cast<const char*>(c->ns->href), ns_w) == 0) {
        copy_element(c);
      } else if (c->type == XML_TEXT_NODE && c->content) {
        x_.text(reinterpret_cast<const char*>(c->content));
      }
    }
    x_.end();
  }

  void section() {
    x_.start("w:sectPr");
    references();
    if (s_.reference_sect_pr) {
      for (const xmlNode* c = s_.reference_sect_pr->children; c; c = c->next) {
        if (is_element(c, ns_w, "headerReference") || is_element(c, ns_w, "footerReference")) continue;
        if (c->type == XML_ELEMENT_NODE && c->ns &&
            std::strcmp(reinterpret_cast<const char*>(c->ns->href), ns_w) == 0) {
          copy_element(c);
        }
      }
    } else {
      bool letter = s_.paper == "letter";
      x_.start("w:pgSz");
      x_.attr("w:w", std::to_string(letter ? letter_width : a4_width));
      x_.attr("w:h", std::to_string(letter ? letter_height : a4_height));
      x_.end();
      x_.start("w:pgMar");
      x_.attr("w:top", std::to_string(margin_top));
      x_.attr("w:right", std::to_string(margin_side));
      x_.attr("w:bottom", std::to_string(margin_bottom));
      x_.attr("w:left", std::to_string(margin_side));
      x_.attr("w:header", std::to_string(header_distance));
      x_.attr("w:footer", std::to_string(header_distance));
      x_.attr("w:gutter", "0");
      x_.end();
      x_.start("w:cols");
      x_.attr("w:space", "708");
      x_.end();
    }
    x_.end();
  }

 private:
  xml_writer& x_;
  const document_settings& s_;
  const presentation& shown_;
};

// A positive number of twips from an attribute, else `fallback`.
int twips(const std::string& s, int fallback) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  return end && *end == '\0' && v > 0 && v < 100000 ? static_cast<int>(v) : fallback;
}

// The text's extent between two margins, in twips: from the reference's page set-up (its `size_attr`
// and `first`/`second` margins), else the paper's.
int text_extent(const document_settings& s, const char* size_attr, const char* first, const char* second, int a4,
                int letter, int first_margin, int second_margin) {
  if (s.reference_sect_pr) {
    xmlNode* size = child_w(s.reference_sect_pr, "pgSz");
    xmlNode* margins = child_w(s.reference_sect_pr, "pgMar");
    const int text = twips(attr_w(size, size_attr), a4) - twips(attr_w(margins, first), first_margin) -
                     twips(attr_w(margins, second), second_margin);
    if (text >= 2000) return text;
  }
  return (s.paper == "letter" ? letter : a4) - first_margin - second_margin;
}

}  // namespace

int text_width(const document_settings& s) {
  return text_extent(s, "w", "left", "right", a4_width, letter_width, margin_side, margin_side);
}

int text_height(const document_settings& s) {
  return text_extent(s, "h", "top", "bottom", a4_height, letter_height, margin_top, margin_bottom);
}

std::string cutoff_wording(const presentation& shown) { return capitalize(shown.cutoff_phrase); }

std::string document_xml(const report&, const document_settings& settings) {
  xml_writer x;
  x.start("w:document");
  x.attr("xmlns:w", ns_w);
  x.attr("xmlns:r", ns_r);
  x.start("w:body");
  body_writer b(x, settings);
  b.title();
  b.header_block();
  b.summary();
  b.table(text_width(settings), text_height(settings));
  // An empty paragraph after the table, as Word requires before the section properties.
  b.simple_paragraph("Normal", "");
  b.section();
  x.end();
  x.end();
  return x.finish();
}

}  // namespace informe::detail::docx
