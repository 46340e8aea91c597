// write_pdf: the report mapped onto the layout engine's boxes and table, then drawn by the backend.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <deque>
#include <cstdio>
#include <map>
#include <set>

#include "core/presentation.hpp"
#include "core/theme.hpp"
#include "core/template_json.hpp"
#include "core/vocabulary.hpp"
#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "informe/validate.hpp"
#include "writers/pdf/backend.hpp"
#include "writers/pdf/render.hpp"
#include "writers/pdf/style.hpp"

namespace informe::detail::pdf {

namespace {

colour to_colour(const rgb& c) { return colour{c.r / 255.0, c.g / 255.0, c.b / 255.0}; }

// The theme's colours by role on the style's elements, unless style.json sets colours of its own.
pdf_style themed(pdf_style s, const theme& look) {
  if (s.own_colours) return s;
  s.text = to_colour(look[colour_role::text]);
  s.title_colour = to_colour(look[colour_role::primary]);
  s.label = to_colour(look[colour_role::primary]);
  s.muted = to_colour(look[colour_role::muted]);
  s.rule = to_colour(look[colour_role::rule]);
  s.table_header_fill = to_colour(look[colour_role::primary]);
  s.table_header_text = to_colour(look[colour_role::on_primary]);
  s.number_fill = to_colour(look[colour_role::primary_light]);
  s.summary_fill = to_colour(look[colour_role::primary_light]);
  return s;
}

class report_renderer {
 public:
  report_renderer(const report& r, const write_options& options, diagnostics& diags)
      : report_(r),
        options_(options),
        diags_(diags),
        templates_(options.template_dir),
        shown_(present(r, load_vocabulary(templates_, &diags), options.source_date_epoch)),
        look_(load_theme(templates_, &diags)),
        style_(themed(load_style(templates_, options.paper, look_.font_family, &diags), look_)),
        backend_(backend::create_podofo(style_.fonts)),
        widths_(*backend_),
        breaker_(widths_),
        builder_(breaker_, *backend_, style_.line_height) {}

  render_result run();

 private:
  const std::string& label(term t) const { return shown_.words[t]; }

  // NFC text with characters no font can draw left out, each reported once per place. Leaving a character out
  // leaves no gap: a space it separated from another space, or from the start or end of the text, goes too.
  std::string clean(const std::string& text, face f, source_position where, const std::string& place) {
    // The model's texts are already clean; other callers' line breaks and tabs become spaces.
    std::string nfc_text = detail::nfc(text);
    if (nfc_text.find_first_of("\t\n\r\v\f") != std::string::npos) nfc_text = detail::collapse_whitespace(nfc_text);
    const std::u32string chars = decode_utf8(nfc_text);
    bool all_ok = true;
    for (char32_t c : chars) {
      if (!backend_->has_glyph(f, c)) {
        all_ok = false;
        break;
      }
    }
    if (all_ok) return nfc_text;
    std::string out;
    bool dropped = false;  // characters left out since the last one kept
    for (char32_t c : chars) {
      if (backend_->has_glyph(f, c)) {
        if (c == U' ' && dropped && (out.empty() || out.back() == ' ')) continue;
        dropped = false;
        append_utf8(out, c);
        continue;
      }
      dropped = true;
      if (reported_.insert({place, c}).second) report_missing(f, c, where, place);
    }
    if (dropped && !out.empty() && out.back() == ' ' && chars.back() != U' ') out.pop_back();
    return out;
  }

  void report_missing(face f, char32_t c, source_position where, const std::string& place) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    std::string ch;
    append_utf8(ch, c);
    const bool has_fallback = !style_.fonts.fallback[static_cast<std::size_t>(f)].empty();
    diags_.warning(where, "PDF: " + place + ": character " + code + " \"" + ch + "\" is in no font (" +
                              style_.fonts.family + (has_fallback ? ", " + style_.fonts.fallback_family : "") +
                              "); left out of the PDF");
  }

  span sp(face f, colour c, const std::string& text, source_position where = {}, const std::string& place = "header") {
    return span{f, c, clean(text, f, where, place)};
  }

  // `spans` as the content of structure node `node`.
  static std::vector<span> tagged(std::vector<span> spans, int node) {
    for (auto& s : spans) s.tag = node;
    return spans;
  }
  int tag(const char* type, int parent, const char* scope = "") { return tags_.add(type, parent, scope); }

  // A bulleted item as L > LI > Lbl + LBody under `list` (made under `parent` when -1).
  void list_item(text_box& box, int parent, int& list, const std::string& item, double size, double width,
                 double space_before, source_position where, const std::string& place) {
    if (list < 0) list = tag("L", parent);
    const int li = tag("LI", list);
    span bullet{face::regular, style_.muted, style_.bullet, tag("Lbl", li)};
    builder_.bullet_item(box, tagged({sp(face::regular, style_.text, item, where, place)}, tag("LBody", li)), bullet,
                         size, width, style_.bullet_indent, space_before);
  }

  // Paragraphs and lists of `rich` (P, L under `parent`), the first paragraph led by "label: " when a label is
  // given.
  void add_rich(text_box& box, int parent, const rich_text& rich, double width, const std::string& label_text,
                source_position where, const std::string& place, double first_space) {
    const double size = style_.body;
    bool first = true;
    auto space = [&] {
      double s = first ? first_space : style_.paragraph_spacing;
      first = false;
      return s;
    };
    std::vector<span> lead;
    if (!label_text.empty()) lead.push_back(sp(face::bold, style_.label, label_text + ": "));
    std::size_t i = 0;
    if (!lead.empty()) {
      std::vector<span> spans = lead;
      if (!rich.blocks.empty() && rich.blocks[0].type == block::kind::paragraph) {
        spans.push_back(sp(face::regular, style_.text, rich.blocks[0].text, where, place));
        i = 1;
      }
      builder_.paragraph(box, tagged(std::move(spans), tag("P", parent)), size, width, space());
    }
    for (; i < rich.blocks.size(); ++i) {
      const block& b = rich.blocks[i];
      if (b.type == block::kind::paragraph) {
        builder_.paragraph(box, tagged({sp(face::regular, style_.text, b.text, where, place)}, tag("P", parent)), size,
                           width, space());
      } else {
        int list = -1;
        for (const auto& item : b.items) list_item(box, parent, list, item, size, width, space() * 0.5, where, place);
      }
    }
  }

  void add_field(text_box& box, int parent, const std::string& label_text, const std::string& value, double width,
                 source_position where, const std::string& place, std::optional<colour> value_colour = std::nullopt,
                 face value_face = face::regular, std::optional<colour> value_background = std::nullopt) {
    std::vector<span> spans = {sp(face::bold, style_.label, label_text + ": "),
                               sp(value_face, value_colour.value_or(style_.text), value, where, place)};
    spans.back().background = value_background;
    builder_.paragraph(box, tagged(std::move(spans), tag("P", parent)), style_.body, width,
                       box.lines.empty() ? 0 : style_.paragraph_spacing);
  }

  void title_block(paginator& pg);
  void header_block(paginator& pg);
  void summary_block(paginator& pg);
  void section_heading(paginator& pg);
  void no_commitments(paginator& pg);
  void table(paginator& pg);
  void page_furniture(std::vector<page_ops>& pages);
  std::string substitute(const std::string& pattern, int page, int pages) const;

  const report& report_;
  const write_options& options_;
  diagnostics& diags_;
  template_set templates_;
  presentation shown_;
  theme look_;
  pdf_style style_;
  std::unique_ptr<backend> backend_;
  width_cache widths_;
  line_breaker breaker_;
  box_builder builder_;
  std::set<std::pair<std::string, char32_t>> reported_;
  std::deque<text_box> keep_;  // boxes drawn by callbacks
  structure tags_;             // the tagged PDF's structure tree; node 0 is the Document
};

void report_renderer::title_block(paginator& pg) {
  const double w = style_.frame.content_width();
  text_box box;
  if (look_.shows_masthead()) {
    std::string line;
    for (const auto& m : look_.masthead_lines) line += (line.empty() ? "" : " \u00b7 ") + m;
    builder_.paragraph(box, tagged({sp(face::regular, style_.muted, line)}, tag("P", 0)), style_.subtitle - 1, w, 0,
                       align::centre);
  }
  const int h1 = tag("H1", 0);
  builder_.paragraph(box, tagged({sp(face::bold, style_.title_colour, shown_.title_main)}, h1), style_.title, w,
                     box.lines.empty() ? 0 : 4, align::centre);
  if (!shown_.cutoff_phrase.empty()) {
    builder_.paragraph(box, tagged({sp(face::regular, style_.text, shown_.cutoff_phrase)}, h1), style_.title - 2, w, 1,
                       align::centre);
  }
  if (shown_.issued) {
    builder_.paragraph(
        box, tagged({sp(face::regular, style_.muted, label(term::issued_at) + ": " + shown_.issued->long_form)}, tag("P", 0)),
        style_.subtitle, w, 2, align::centre);
  }
  keep_.push_back(std::move(box));
  const text_box& b = keep_.back();
  pg.add_custom(b.height() + 6, 8, [this, &b, w](double x, double y, page_ops& out) {
    b.draw(0, b.lines.size(), x, y, w, out);
    out.rules.push_back(rule_op{x, y + b.height() + 5, x + w, y + b.height() + 5, 1.2, style_.title_colour});
  });
}

void report_renderer::header_block(paginator& pg) {
  const double w = style_.frame.content_width();
  const double label_w = 118;
  const double size = style_.header_block;
  struct field {
    std::string label;
    rich_text value;
  };
  std::vector<field> fields;
  for (const header_row& h : shown_.header) fields.push_back({label(h.label), h.value});
  // Tagged as a table of rows: the label a row header, the value a cell of paragraphs and lists.
  const int table_node = fields.empty() ? -1 : tag("Table", 0);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    text_box l, v;
    const int tr = tag("TR", table_node);
    builder_.paragraph(l, tagged({sp(face::bold, style_.label, fields[i].label + ":")}, tag("TH", tr, "Row")), size,
                       label_w - 6, 0);
    const int td = tag("TD", tr);
    bool first = true;
    for (const auto& b : fields[i].value.blocks) {
      if (b.type == block::kind::paragraph) {
        builder_.paragraph(v, tagged({sp(face::regular, style_.text, b.text)}, tag("P", td)), size, w - label_w,
                           first ? 0 : 3);
      } else {
        int list = -1;
        for (const auto& item : b.items) list_item(v, td, list, item, size, w - label_w, 1.5, {}, "header");
      }
      first = false;
    }
    const bool last = i + 1 == fields.size();
    pg.add_labelled(l, label_w, v, last ? 12 : 0, style_.rule, last ? 0.8 : 0.25);
  }
}

void report_renderer::summary_block(paginator& pg) {
  const double w = style_.frame.content_width();
  const double size = style_.summary;
  text_box heading;
  builder_.paragraph(heading, tagged({sp(face::bold, style_.title_colour, label(term::summary))}, tag("H2", 0)), size + 1.5,
                     w, 0);
  keep_.push_back(std::move(heading));
  const text_box& hb = keep_.back();
  struct cell {
    std::string label, value, share;
    colour value_colour;
  };
  std::vector<cell> cells;
  for (const summary_figure& f : shown_.summary)
    cells.push_back({label(f.label), f.value, f.share, f.role ? to_colour(look_.status(*f.role)) : style_.title_colour});
  const double cw = w / static_cast<double>(cells.size());
  std::vector<const text_box*> label_boxes, value_boxes;
  double lh = 0, vh = 0;
  // A table of a row of column headers (the labels) and a row of figures.
  const int table_node = tag("Table", 0);
  const int label_row = tag("TR", table_node);
  std::vector<int> value_cells(cells.size());
  const int value_row = tag("TR", table_node);
  for (auto& cell_node : value_cells) cell_node = tag("TD", value_row);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const cell& c = cells[i];
    text_box l, v;
    builder_.paragraph(l, tagged({sp(face::regular, style_.muted, c.label)}, tag("TH", label_row, "Column")), size - 1,
                       cw - 8, 0, align::centre);
    // A status's figure and its share of the total ("13  100 %"), as the HTML shows them.
    std::vector<span> figure = {sp(face::bold, c.value_colour, c.value)};
    if (!c.share.empty()) figure.push_back(sp(face::regular, style_.muted, "  " + c.share));
    builder_.paragraph(v, tagged(std::move(figure), value_cells[i]), size + 3, cw - 8, 0, align::centre);
    lh = std::max(lh, l.height());
    vh = std::max(vh, v.height());
    keep_.push_back(std::move(l));
    label_boxes.push_back(&keep_.back());
    keep_.push_back(std::move(v));
    value_boxes.push_back(&keep_.back());
  }
  const double h = lh + 2 + vh;
  const double hh = hb.height() + 4;
  pg.add_custom(hh + h + 10, 14, [=, this, &hb](double x, double y, page_ops& out) {
    hb.draw(0, hb.lines.size(), x, y, w, out);
    const double top = y + hh;
    out.fills.push_back(fill_op{x, top, w, h + 10, style_.summary_fill});
    for (std::size_t i = 0; i < cells.size(); ++i) {
      // Labels sit on the bottom of the label band, so the figures share one baseline.
      const text_box& l = *label_boxes[i];
      l.draw(0, l.lines.size(), x + cw * i + 4, top + 5 + lh - l.height(), cw - 8, out);
      value_boxes[i]->draw(0, value_boxes[i]->lines.size(), x + cw * i + 4, top + 5 + lh + 2, cw - 8, out);
      if (i > 0) out.rules.push_back(rule_op{x + cw * i, top + 4, x + cw * i, top + h + 6, 0.4, style_.rule});
    }
  });
}

// "Recomendaciones, compromisos y cumplimiento" above the table, as in the HTML and DOCX outputs; kept
// with the table's first lines (it moves to the next page when they would not follow it).
void report_renderer::section_heading(paginator& pg) {
  const double w = style_.frame.content_width();
  text_box heading;
  builder_.paragraph(heading, tagged({sp(face::bold, style_.title_colour, label(term::commitments_section))}, tag("H2", 0)),
                     style_.summary + 1.5, w, 0);
  keep_.push_back(std::move(heading));
  const text_box& hb = keep_.back();
  const double keep_with_next = 6 * style_.body * style_.line_height;  // the header row and a few lines
  pg.add_custom(hb.height() + keep_with_next, 6 - keep_with_next,
                [&hb, w](double x, double y, page_ops& out) { hb.draw(0, hb.lines.size(), x, y, w, out); });
}

// Where a report has no rows: a note under the heading instead of an empty table.
void report_renderer::no_commitments(paginator& pg) {
  const double w = style_.frame.content_width();
  text_box note;
  builder_.paragraph(note, tagged({sp(face::italic, style_.muted, label(term::no_commitments))}, tag("P", 0)), style_.body,
                     w, 0);
  keep_.push_back(std::move(note));
  const text_box& nb = keep_.back();
  pg.add_custom(nb.height() + 4, 0, [&nb, w](double x, double y, page_ops& out) { nb.draw(0, nb.lines.size(), x, y, w, out); });
}

void report_renderer::table(paginator& pg) {
  const double content = style_.frame.content_width() - style_.number_width;
  double sum = style_.columns[0] + style_.columns[1] + style_.columns[2];
  std::vector<double> widths = {style_.number_width};
  for (double c : style_.columns) widths.push_back(content * c / sum);
  const double pad = style_.cell_padding;
  auto inner = [&](std::size_t c) { return widths[c] - 2 * pad; };

  // Table > THead > TR > TH (columns); TBody > TR > TH (the row number) + TD. A row split across pages is
  // one TR: its fragments' text is tagged into the same cells.
  const int table_node = tag("Table", 0);
  const int head_row = tag("TR", tag("THead", table_node));
  const int body = tag("TBody", table_node);
  table_row header;
  const term keys[] = {term::number, term::column_recommendation, term::column_commitment, term::column_compliance};
  for (std::size_t c = 0; c < 4; ++c) {
    text_box b;
    builder_.paragraph(b, tagged({sp(face::bold, style_.table_header_text, label(keys[c]))}, tag("TH", head_row, "Column")),
                       style_.table_header, inner(c), 0, c == 0 ? align::centre : align::left);
    header.cells.push_back(std::move(b));
  }

  std::vector<table_row> rows;
  rows.reserve(report_.rows.size());
  for (std::size_t i = 0; i < report_.rows.size(); ++i) {
    const presented_row& shown = shown_.rows[i];
    const row& r = *shown.source;
    const std::string place = "row " + (r.number.empty() ? std::to_string(i + 1) : r.number);
    const source_position where = r.source;
    table_row tr;
    tr.repeat_on_continuation = {true, false, false, false};
    text_box number, rec, com, cmp;
    const int row_node = tag("TR", body);
    builder_.paragraph(number, tagged({sp(face::bold, style_.text, r.number, where, place)}, tag("TH", row_node, "Row")),
                       style_.body, inner(0), 0, align::centre);
    const int rec_cell = tag("TD", row_node), com_cell = tag("TD", row_node), cmp_cell = tag("TD", row_node);
    add_rich(rec, rec_cell, r.recommendation, inner(1), "", where, place, 0);
    if (!r.responsible.empty())
      add_field(rec, rec_cell, label(term::responsible), r.responsible, inner(1), where, place);
    add_rich(com, com_cell, r.commitment, inner(2), "", where, place, 0);
    if (!shown.due_display.empty())
      add_field(com, com_cell, label(term::due), shown.due_display, inner(2), where, place);
    add_rich(cmp, cmp_cell, r.compliance, inner(3), "", where, place, 0);
    if (!r.compliance_observation.empty())
      add_rich(cmp, cmp_cell, r.compliance_observation, inner(3), label(term::compliance_observation), where, place,
               cmp.lines.empty() ? 0 : style_.paragraph_spacing);
    // The status word in its colour on its tint, as the HTML and DOCX outputs show it.
    add_field(cmp, cmp_cell, label(term::status), shown.status.display, inner(3), where, place,
              to_colour(look_.status(shown.status.role)), face::bold,
              to_colour(look_.status_background(shown.status.role)));
    // The means of verification is always labelled, as in the official report and the HTML and DOCX
    // outputs; an absent one reads as the "none" label.
    if (!r.verification.empty())
      add_rich(cmp, cmp_cell, r.verification, inner(3), label(term::verification), where, place,
               style_.paragraph_spacing);
    else
      add_field(cmp, cmp_cell, label(term::verification), label(term::none), inner(3), where, place);
    tr.cells = {std::move(number), std::move(rec), std::move(com), std::move(cmp)};
    // Outline entry: number and the start of the recommendation.
    std::string text = detail::collapse_whitespace(r.recommendation.plain_text(" "));
    auto cps = decode_utf8(text);
    if (cps.size() > 70) {
      std::size_t cut = 70;
      while (cut > 40 && cps[cut] != U' ') --cut;
      cps.resize(cut);
      text.clear();
      for (char32_t c : cps) append_utf8(text, c);
      text += "…";
    }
    tr.bookmark = r.number.empty() ? text : r.number + ". " + text;
    rows.push_back(std::move(tr));
  }

  pg.add_table(header, rows);
}

// One pass over the style's pattern: a value is inserted as data and never scanned again (a program
// named "A {service} B" prints as written; nested placeholders in the report cannot multiply).
std::string report_renderer::substitute(const std::string& pattern, int page, int pages) const {
  const std::pair<std::string_view, std::string> values[] = {
      {"program", report_.program},       {"service", report_.service},           {"ministry", report_.ministry},
      {"cutoff", shown_.cutoff_long},     {"page_label", label(term::page)},      {"page_of", label(term::page_of)},
      {"page", std::to_string(page)},     {"pages", std::to_string(pages)}};
  std::string out;
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    const std::size_t close = open == std::string::npos ? std::string::npos : pattern.find('}', open + 1);
    if (close == std::string::npos) break;
    out.append(pattern, at, open - at);
    const std::string_view name = std::string_view(pattern).substr(open + 1, close - open - 1);
    const auto* hit = std::find_if(std::begin(values), std::end(values), [&](const auto& v) { return v.first == name; });
    if (hit != std::end(values)) {
      out += hit->second;
      at = close + 1;
    } else {
      out += '{';
      at = open + 1;
    }
  }
  out.append(pattern, at, std::string::npos);
  return out;
}

void report_renderer::page_furniture(std::vector<page_ops>& pages) {
  const auto& f = style_.frame;
  const int n = static_cast<int>(pages.size());
  const double header_base = f.top - 20, footer_base = f.height - f.bottom + 22;
  auto put = [&](page_ops& out, const std::string& text, double size, double y, bool right, double max_w) {
    std::string t = clean(text, face::regular, {}, "page header");
    double tw = widths_.width(face::regular, t, size);
    if (tw > max_w) {  // cut long texts at a line boundary
      auto lines = breaker_.break_lines({span{face::regular, style_.muted, t}}, size, max_w - 10);
      if (!lines.empty() && !lines[0].runs.empty()) {
        t = lines[0].runs[0].text + "…";
        tw = widths_.width(face::regular, t, size);
      }
    }
    out.texts.push_back(text_op{face::regular, size, style_.muted, right ? f.width - f.right - tw : f.left, y, t});
  };
  for (int i = 0; i < n; ++i) {
    page_ops& out = pages[static_cast<std::size_t>(i)];
    const double half = f.content_width() / 2 - 6;
    put(out, substitute(style_.header_left, i + 1, n), style_.page_header, header_base, false, half);
    put(out, substitute(style_.header_right, i + 1, n), style_.page_header, header_base, true, half);
    out.rules.push_back(rule_op{f.left, header_base + 4, f.width - f.right, header_base + 4, 0.4, style_.rule});
    put(out, substitute(style_.footer_left, i + 1, n), style_.page_footer, footer_base, false, half);
    put(out, substitute(style_.footer_right, i + 1, n), style_.page_footer, footer_base, true, half);
    out.rules.push_back(rule_op{f.left, footer_base - 9, f.width - f.right, footer_base - 9, 0.4, style_.rule});
  }
}

// PDF/A-2's conformance level for --pdf-standard: 'b', 'u', 'a'; 0 for none.
char pdfa_conformance(const std::string& standard) {
  if (standard.empty()) return 0;
  if (standard == "a-2b" || standard == "a-2u" || standard == "a-2a") return standard.back();
  throw error("unknown PDF standard \"" + standard + "\" (a-2b, a-2u or a-2a)");
}

render_result report_renderer::run() {
  const char conformance = pdfa_conformance(options_.pdf_standard);
  style_.bullet = clean(style_.bullet, face::regular, {}, "style (table.bullet)");
  // The number column grows to the widest row number ("100" does not fit the default 22 pt at 8.5 pt).
  double widest = widths_.width(face::bold, label(term::number), style_.table_header);
  for (const auto& r : report_.rows) widest = std::max(widest, widths_.width(face::bold, r.number, style_.body));
  style_.number_width = std::max(style_.number_width, std::ceil(widest + 2 * style_.cell_padding + 1));
  table_style ts;
  const double content = style_.frame.content_width() - style_.number_width;
  const double sum = style_.columns[0] + style_.columns[1] + style_.columns[2];
  ts.widths = {style_.number_width};
  for (double c : style_.columns) ts.widths.push_back(content * c / sum);
  ts.padding = style_.cell_padding;
  ts.rule_width = style_.rule_width;
  ts.rule = style_.rule;
  ts.header_fill = style_.table_header_fill;
  ts.number_fill = style_.number_fill;
  ts.continued_colour = style_.muted;
  ts.continued_size = style_.continued;
  ts.continued_text = clean(label(term::continued), face::italic, {}, "labels");
  ts.continued_width = widths_.width(face::italic, ts.continued_text, ts.continued_size);
  ts.continued_height = style_.continued * style_.line_height + 1;

  paginator pg(style_.frame, ts);
  tags_.add("Document", -1);
  title_block(pg);
  header_block(pg);
  summary_block(pg);
  section_heading(pg);
  if (shown_.rows.empty()) {
    no_commitments(pg);
  } else {
    table(pg);
  }
  auto& pages = pg.pages();
  page_furniture(pages);
  backend_->set_structure(&tags_);
  for (const auto& p : pages) backend_->draw_page(style_.frame.width, style_.frame.height, p);
  backend_->add_outline(pg.bookmarks());

  document_info info;
  info.title = shown_.title;
  if (!report_.program.empty()) info.title += " — " + report_.program;
  info.author = report_.service;
  info.subject = report_.program;
  if (!report_.ministry.empty()) info.subject += (info.subject.empty() ? "" : ", ") + report_.ministry;
  std::vector<std::string> keywords = {label(term::title), report_.program, report_.service, report_.ministry};
  if (report_.evaluation_year) keywords.push_back(std::to_string(*report_.evaluation_year));
  for (const auto& k : keywords) {
    if (k.empty()) continue;
    if (!info.keywords.empty()) info.keywords += "; ";
    info.keywords += k;
  }
  info.creator = style_.creator;
  info.lang = style_.lang;
  info.pdfa_conformance = conformance;
  // The presentation's clock policy; a local time (the report's own) is written without an offset.
  info.created = epoch_of(shown_.generated.when);
  info.created_utc = shown_.generated.utc;

  render_result result;
  result.pages = static_cast<int>(pages.size());
  result.bookmarks = static_cast<int>(pg.bookmarks().size());
  result.stats = pg.stats();
  result.bytes = backend_->finish(info);
  return result;
}

}  // namespace

render_result render_pdf(const report& r, const write_options& options, diagnostics& diags) {
  report_renderer renderer(r, options, diags);
  return renderer.run();
}

}  // namespace informe::detail::pdf

namespace informe {

void write_pdf(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  auto result = detail::pdf::render_pdf(r, options, diags);
  output += result.bytes;
}

}  // namespace informe
