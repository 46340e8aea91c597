#include "writers/docx/document.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>

#include "writers/docx/xml.hpp"
#include "informe/validate.hpp"

namespace informe::detail::docx {

namespace {

// Page sizes and the default margins, in twentieths of a point.
constexpr int a4_width = 11906, a4_height = 16838;
constexpr int letter_width = 12240, letter_height = 15840;
constexpr int margin_top = 1418, margin_side = 1134, margin_bottom = 1134, header_distance = 567;

std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

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

  /// Writes `t`; when `label` is set, the first paragraph starts with "Label: " (or "Label:" and a
  /// tab). An empty text with a label writes the label and `none`. Returns the paragraphs written.
  int rich(const rich_text& t, const char* style, const char* first_style, const char* bullet_style,
           std::optional<term> label = std::nullopt, bool tab_after_label = false, bool show_when_empty = false) {
    int written = 0;
    std::size_t first = 0;
    if (label) {
      if (t.empty() && !show_when_empty) return 0;
      paragraph_start(first_style);
      run(l(*label) + (tab_after_label ? ":" : ": "), "FieldLabel");
      if (tab_after_label) tab();
      if (t.empty()) {
        run(l(term::none));
      } else if (t.blocks.front().type == block::kind::paragraph) {
        run(t.blocks.front().text);
        first = 1;
      }
      x_.end();
      ++written;
    }
    for (std::size_t i = first; i < t.blocks.size(); ++i) {
      const block& b = t.blocks[i];
      if (b.type == block::kind::paragraph) {
        simple_paragraph(written == 0 ? first_style : style, b.text);
        ++written;
      } else {
        for (const auto& item : b.items) {
          bullet_start(bullet_style);
          run(item);
          x_.end();
          ++written;
        }
      }
    }
    return written;
  }

  /// A "Label: value" paragraph for plain text.
  int field(const char* style, term label, std::string_view value, bool tab_after_label,
            const char* value_style = nullptr) {
    paragraph_start(style);
    run(l(label) + (tab_after_label ? ":" : ": "), "FieldLabel");
    if (tab_after_label) tab();
    run(value, value_style);
    x_.end();
    return 1;
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
        field("HeaderField", h.label, h.value.blocks[0].text, true);
      } else {
        rich(h.value, "HeaderText", "HeaderField", "BodyBullet", h.label, true);
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
      x_.end();
    }
  }

  void cell_start(int width) {
    x_.start("w:tc");
    x_.start("w:tcPr");
    x_.start("w:tcW");
    x_.attr("w:w", std::to_string(width));
    x_.attr("w:type", "dxa");
    x_.end();
    x_.end();
  }

  void table(int text_width) {
    simple_paragraph("Heading1", l(term::commitments_section));
    // Column widths: a narrow number column, then recommendation, commitment, compliance.
    const int number_width = 567;
    const int rest = text_width - number_width;
    const int widths[4] = {number_width, rest * 36 / 100, rest * 30 / 100,
                           rest - rest * 36 / 100 - rest * 30 / 100};

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
    const term headings[4] = {term::number, term::column_recommendation, term::column_commitment,
                              term::column_compliance};
    for (int c = 0; c < 4; ++c) {
      cell_start(widths[c]);
      simple_paragraph("TableHeading", l(headings[c]));
      x_.end();
    }
    x_.end();

    for (const presented_row& shown : shown_.rows) {
      const row& row = *shown.source;
      x_.start("w:tr");  // no cantSplit: long rows break across pages
      cell_start(widths[0]);
      simple_paragraph("RowNumber", row.number);
      x_.end();

      cell_start(widths[1]);
      int n = rich(row.recommendation, "TableText", "TableText", "TableBullet");
      if (!row.responsible.empty()) n += field("TableField", term::responsible, row.responsible, false);
      if (n == 0) simple_paragraph("TableText", "");
      x_.end();

      cell_start(widths[2]);
      n = rich(row.commitment, "TableText", "TableText", "TableBullet");
      if (!shown.due_display.empty()) n += field("TableField", term::due, shown.due_display, false);
      if (n == 0) simple_paragraph("TableText", "");
      x_.end();

      cell_start(widths[3]);
      rich(row.compliance, "TableText", "TableText", "TableBullet");
      rich(row.compliance_observation, "TableText", "TableField", "TableBullet", term::compliance_observation);
      field("TableField", term::status, shown.status.display, false, status_style(shown.status.role));
      rich(row.verification, "TableText", "TableField", "TableBullet", term::verification, false, true);
      x_.end();

      x_.end();
    }
    x_.end();
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

}  // namespace

int text_width(const document_settings& s_) {
  if (s_.reference_sect_pr) {
    auto number = [](const std::string& s, int fallback) {
      if (s.empty()) return fallback;
      char* end = nullptr;
      long v = std::strtol(s.c_str(), &end, 10);
      return end && *end == '\0' && v > 0 && v < 100000 ? static_cast<int>(v) : fallback;
    };
    xmlNode* size = child_w(s_.reference_sect_pr, "pgSz");
    xmlNode* margins = child_w(s_.reference_sect_pr, "pgMar");
    int width = number(attr_w(size, "w"), a4_width);
    int left = number(attr_w(margins, "left"), margin_side);
    int right = number(attr_w(margins, "right"), margin_side);
    int text = width - left - right;
    if (text >= 2000) return text;
  }
  return (s_.paper == "letter" ? letter_width : a4_width) - 2 * margin_side;
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
  b.table(text_width(settings));
  // An empty paragraph after the table, as Word requires before the section properties.
  b.simple_paragraph("Normal", "");
  b.section();
  x.end();
  x.end();
  return x.finish();
}

}  // namespace informe::detail::docx
