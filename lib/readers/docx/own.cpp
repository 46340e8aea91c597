// This library's own DOCX (lib/writers/docx/document.cpp), read back from its styles: the paragraph styles
// say what each paragraph is (Subtitle: the cut-off date; Report Date; Header Field / Header Text /
// Body Bullet: the header fields; Row Number, Table Text, Table Bullet, Table Field: the cells), the
// "Field Label" character style separates a label from its value, the status styles carry the
// status. A row the writer divided because it was taller than a page (its later parts' Row Number
// Continued, the Continued Mark rows between them) reads back as one row. The summary (Heading 1, Summary Line) is derived from the rows: furniture.
#include <array>
#include <charconv>
#include <string>

#include "grammar/lexicon.hpp"
#include "core/unicode.hpp"
#include "readers/docx/readers.hpp"
#include "grammar/grammar.hpp"
#include "informe/templates.hpp"

namespace informe::detail::docx_reader {

namespace {

// A paragraph split at its Field Label runs.
struct labelled {
  std::string label;  // the label runs' text ("Ministerio:"), "" when none
  std::string value;  // the rest, cleaned
  std::string value_style;
};

labelled split(const paragraph& p, label_context context) {
  labelled out;
  std::string value;
  bool in_label = true;
  for (const auto& r : p.runs) {
    if (in_label && r.style == "fieldlabel") {
      out.label += r.text;
      continue;
    }
    if (!collapse_whitespace(r.text).empty()) {
      in_label = false;
      if (out.value_style.empty()) out.value_style = r.style;
    }
    value += r.text;
  }
  if (out.label.empty()) {
    // the character style was lost: the grammar's labels at the start of the text
    std::string text = flat_text(p);
    if (auto m = leading_label(text, context)) {
      out.label = text.substr(m->begin, m->end - m->begin);
      value = text.substr(m->end);
    } else {
      value = text;
    }
  }
  out.value = clean_text(value);
  return out;
}

bool is_status_style(const std::string& s) { return s.rfind("status", 0) == 0; }

std::optional<compliance_status> status_of_style(const std::string& s) {
  if (s == "statusfulfilled") return compliance_status::fulfilled;
  if (s == "statuspartiallyfulfilled") return compliance_status::partially_fulfilled;
  if (s == "statusnotfulfilled") return compliance_status::not_fulfilled;
  return std::nullopt;
}

// "7 de octubre de 2009, 17:06:25" (the writer's wording) or any form parse_date_time knows.
std::optional<date_time> date_time_of(const std::string& text) {
  if (auto d = parse_date_time(text)) return d;
  auto comma = text.rfind(',');
  if (comma == std::string::npos) return std::nullopt;
  auto date = parse_spanish_date(text.substr(0, comma));
  if (!date || date->day == 0) return std::nullopt;
  if (auto d = parse_date_time(date->to_iso() + "T" + clean_text(text.substr(comma + 1)))) return d;
  return std::nullopt;
}

// Rich text built paragraph by paragraph, exactly as written (no joins: our paragraphs are ours).
void add_paragraph(rich_text& t, std::string text) {
  if (!text.empty()) t.add_paragraph(std::move(text));
}
void add_item(rich_text& t, std::string text) {
  if (text.empty()) return;
  if (!t.blocks.empty() && t.blocks.back().type == informe::block::kind::bullet_list) {
    t.blocks.back().items.push_back(std::move(text));
  } else {
    t.add_list({std::move(text)});
  }
}

class own_reader {
 public:
  explicit own_reader(diagnostics& diags) : diags_(diags) {
    const vocabulary& words = active_lexicon().words();
    none_ = clean_text(words[term::none]);
    status_unknown_ = clean_text(words[term::status_unknown]);
  }

  report read(const document& doc) {
    for (const auto& b : doc.body) {
      if (b.type == block::kind::table) {
        table(b.tbl);
      } else {
        body_paragraph(b.para);
      }
    }
    return std::move(out_);
  }

 private:
  void body_paragraph(const paragraph& p) {
    const std::string& s = p.style;
    std::string text = clean_text(flat_text(p));
    if (s == "headertext" || s == "bodybullet") {
      if (!header_value_ && active_lexicon().is_no_commitments(fold(text))) {
        diags_.furniture(p.where(), "the note of a report without commitments", text);
      } else if (!header_value_) {
        unplaced(p, "a header paragraph with no field before it");
      } else if (s == "bodybullet" || p.list) {
        add_item(*header_value_, std::move(text));
      } else {
        add_paragraph(*header_value_, std::move(text));
      }
      return;
    }
    header_value_ = nullptr;
    if (text.empty()) return;
    if (s == "title") {
      diags_.furniture(p.where(), "the report's title", text);
    } else if (s == "subtitle") {
      out_.cutoff_date = find_trailing_date(text);
      if (!out_.cutoff_date) diags_.warning(p.where(), "cannot read the cut-off date in \"" + text + "\"",
                                            diagnostic_code::bad_date);
    } else if (s == "masthead") {
      diags_.furniture(p.where(), "the masthead (common/theme.json)", text);
    } else if (s == "heading1" || s == "summaryline") {
      diags_.furniture(p.where(), "the summary (derived from the rows)", text);
    } else if (s == "reportdate" || s == "headerfield") {
      header_field(p);
    } else {
      unplaced(p, "a paragraph outside the report's fields left out");
    }
  }

  void header_field(const paragraph& p) {
    labelled l = split(p, label_context::header);
    field f = match_label(l.label, label_context::header);
    if (p.style == "reportdate" && f == field::none) f = field::issued_at;
    const std::string& v = l.value;
    switch (f) {
      case field::issued_at:
        out_.issued_at = date_time_of(v);
        if (!out_.issued_at && !v.empty()) diags_.warning(p.where(), "cannot read the report date \"" + v + "\"",
                                                          diagnostic_code::bad_date);
        break;
      case field::program: out_.program = v; break;
      case field::ministry: out_.ministry = v; break;
      case field::service: out_.service = v; break;
      case field::evaluation_year: {
        int year = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), year);
        if (ec == std::errc() && end == v.data() + v.size() && !v.empty()) {
          out_.evaluation_year = year;
        } else {
          diags_.warning(p.where(), "cannot read the evaluation year \"" + v + "\"", diagnostic_code::bad_date);
        }
        break;
      }
      case field::program_status: out_.program_status = v; break;
      case field::exit_date:
        out_.exit_date = parse_spanish_date(v);
        if (!out_.exit_date) diags_.warning(p.where(), "cannot read the exit date \"" + v + "\"",
                                            diagnostic_code::bad_date);
        break;
      case field::observation:
        add_paragraph(out_.observation, v);
        header_value_ = &out_.observation;
        break;
      default:
        unplaced(p, "a header paragraph with an unknown label left out");
    }
  }

  void table(const docx_reader::table& t) {
    bool ours = t.style == "commitmentstable";
    for (const auto& r : t.rows)
      for (const auto& c : r.cells)
        for (const auto& b : c.content)
          if (b.type == block::kind::paragraph && b.para.style == "rownumber") ours = true;
    if (!ours) {
      for (const auto& r : t.rows)
        for (const auto& c : r.cells)
          for (const auto& b : c.content)
            if (b.type == block::kind::paragraph) unplaced(b.para, "a table that is not the commitments table left out");
      return;
    }
    for (const auto& r : t.rows) {
      bool heading = r.header;
      for (const auto& c : r.cells)
        for (const auto& b : c.content)
          if (b.type == block::kind::paragraph && b.para.style == "tableheading") heading = true;
      if (is_mark_row(r)) {  // below a part of a divided row: "(continúa)"
        for (const auto& c : r.cells)
          for (const auto& b : c.content)
            if (std::string text = clean_text(flat_text(b.para)); !text.empty())
              diags_.furniture(b.para.where(), "the mark of a row continued on the next page", text);
        continue;
      }
      if (heading) {
        std::string text;
        source_position at;
        for (const auto& c : r.cells)
          for (const auto& b : c.content)
            if (b.type == block::kind::paragraph) {
              if (!at.known()) at = b.para.where();
              text += (text.empty() ? "" : " | ") + clean_text(flat_text(b.para));
            }
        diags_.furniture(at, "table header row", text);
        continue;
      }
      commitment(r);
    }
  }

  // The row the writer puts below each part of a divided row but the last: open cells, the last
  // ending in "(continúa)" (Continued Mark), nothing else.
  static bool is_mark_row(const docx_reader::table_row& tr) {
    bool mark = false;
    for (const auto& c : tr.cells)
      for (const auto& b : c.content) {
        if (b.type != block::kind::paragraph) return false;
        const bool empty = clean_text(flat_text(b.para)).empty();
        if (b.para.style == "continuedmark") mark = mark || !empty;
        else if (!empty) return false;
      }
    return mark;
  }

  // The number paragraph of a later part of a row our writer divided because it was taller than a
  // page (its style says so), or null.
  static const paragraph* continued_number(const docx_reader::table_row& tr) {
    if (tr.cells.empty()) return nullptr;
    for (const auto& b : tr.cells[0].content)
      if (b.type == block::kind::paragraph && b.para.style == "rownumbercontinued") return &b.para;
    return nullptr;
  }

  void commitment(const docx_reader::table_row& tr) {
    // A later part of a divided row goes on with the row before it, each cell where it left off.
    const paragraph* repeated = continued_number(tr);
    const bool continues =
        repeated && !out_.rows.empty() && clean_text(flat_text(*repeated)) == out_.rows.back().number;
    if (!continues) {
      out_.rows.emplace_back();
      row& fresh = out_.rows.back();
      into_ = {nullptr, &fresh.recommendation, &fresh.commitment, &fresh.compliance};
      status_seen_ = false;
    }
    row& r = out_.rows.back();
    for (std::size_t i = 0; i < tr.cells.size(); ++i) {
      rich_text* ignored = nullptr;
      rich_text*& into = i < into_.size() ? into_[i] : ignored;
      for (const auto& b : tr.cells[i].content) {
        if (b.type == block::kind::table) {
          for (const auto& nr : b.tbl.rows)
            for (const auto& nc : nr.cells)
              for (const auto& nb : nc.content)
                if (nb.type == block::kind::paragraph) unplaced(nb.para, "a table inside a commitments cell left out");
          continue;
        }
        const paragraph& p = b.para;
        if (!r.source.known()) r.source = p.where();
        std::string text = clean_text(flat_text(p));
        if (p.style == "continuedmark") {
          if (!text.empty()) diags_.furniture(p.where(), "the mark of a row continued on the next page", text);
          continue;
        }
        if (i == 0) {
          if (continues && &p == repeated) {
            if (!text.empty()) diags_.furniture(p.where(), "the number of a row continued from the page before", text);
          } else if (!text.empty()) {
            if (r.number.empty()) r.number = text;
            else unplaced(p, "a second number in the number cell left out");
          }
          continue;
        }
        if (i > 3) {
          if (!text.empty()) unplaced(p, "a cell after the compliance column left out");
          continue;
        }
        if (p.style == "tablefield") {
          into = cell_field(p, r, i);
          continue;
        }
        if (!into) {
          if (!text.empty()) unplaced(p, "text after a one-line field left out");
          continue;
        }
        if (p.style == "tablebullet" || p.list) {
          add_item(*into, std::move(text));
        } else {
          add_paragraph(*into, std::move(text));
        }
      }
    }
  }

  // A "Label: value" paragraph in a cell; returns where the paragraphs after it go.
  rich_text* cell_field(const paragraph& p, row& r, std::size_t cell) {
    labelled l = split(p, label_context::cell);
    field f = match_label(l.label, label_context::cell);
    if (f == field::none && !l.label.empty()) {
      // labels changed in a template (templates/common/labels.json): the field from where our
      // writer puts it: responsible in the recommendation cell, due in the commitment cell, and in
      // the compliance cell the observation, the status (its style says so) and the verification
      if (is_status_style(l.value_style)) f = field::status;
      else if (cell == 1) f = field::responsible;
      else if (cell == 2) f = field::due;
      else if (cell == 3) f = r.status || !r.status_text.empty() || status_seen_ ? field::verification : field::compliance_observation;
    }
    if (f == field::status) status_seen_ = true;
    const std::string& v = l.value;
    switch (f) {
      case field::responsible: r.responsible = v; return nullptr;
      case field::due:
        r.due_text = v;
        r.due = parse_spanish_date(v);
        if (!r.due && !v.empty()) diags_.warning(p.where(), "cannot read the due date \"" + v + "\"",
                                                 diagnostic_code::bad_date);
        return nullptr;
      case field::status:
        // The wording decides (an edited status keeps the old run's style); the style only when
        // the wording is not a status of its own ("En proceso" written for a partial status).
        r.status = parse_status(v);
        if (!r.status && is_status_style(l.value_style)) r.status = status_of_style(l.value_style);
        if (!(l.value_style == "statusunknown" && v == status_unknown_)) r.status_text = v;
        return nullptr;
      case field::compliance_observation:
        add_paragraph(r.compliance_observation, v);
        return &r.compliance_observation;
      case field::verification:
        if (v != none_) add_paragraph(r.verification, v);
        return &r.verification;
      default:
        unplaced(p, "a cell paragraph with an unknown label left out");
        return nullptr;
    }
  }

  void unplaced(const paragraph& p, const std::string& message) {
    std::string text = clean_text(flat_text(p));
    if (!text.empty()) diags_.unplaced(p.where(), message, text);
  }

  diagnostics& diags_;
  report out_;
  rich_text* header_value_ = nullptr;
  // Where each cell's paragraphs go in the row being read (number, recommendation, commitment,
  // compliance): kept from one part of a divided row to the next.
  std::array<rich_text*, 4> into_{};
  bool status_seen_ = false;
  std::string none_;
  std::string status_unknown_;
};

}  // namespace

bool is_own_output(const document& doc) {
  for (const auto& b : doc.body) {
    if (b.type == block::kind::paragraph) {
      const auto& s = b.para.style;
      if (s == "reportdate" || s == "headerfield") return true;
    } else if (b.tbl.style == "commitmentstable") {
      return true;
    } else {
      for (const auto& r : b.tbl.rows)
        for (const auto& c : r.cells)
          for (const auto& x : c.content)
            if (x.type == block::kind::paragraph && (x.para.style == "rownumber" || x.para.style == "tablefield"))
              return true;
    }
  }
  return false;
}

report read_own(const document& doc, diagnostics& diags) { return own_reader(diags).read(doc); }

}  // namespace informe::detail::docx_reader
