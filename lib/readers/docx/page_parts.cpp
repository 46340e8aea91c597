// The report's title and header fields in Word's page headers and footers (document::page_parts),
// printed on every page and read once. A part holding none of them is page furniture as a whole.
#include <string>
#include <utility>
#include <vector>

#include "core/unicode.hpp"
#include "readers/docx/readers.hpp"
#include "grammar/grammar.hpp"

namespace informe::detail::docx_reader {

namespace {

constexpr int no_key = -1;
constexpr int title_key = 1000;

// What a header line gives: its label's field (as an int), title_key for the report's title, else
// no_key.
int line_key(const header_line& h) {
  if (!h.label.empty()) {
    const field f = match_label(h.label, label_context::header);
    return f == field::none ? no_key : static_cast<int>(f);
  }
  if (h.list_item) return no_key;
  if (auto m = leading_label(h.text, label_context::header)) return static_cast<int>(m->which);
  if (active_lexicon().starts_title(fold(std::string_view(h.text).substr(0, 48)))) return title_key;
  return no_key;
}

// The header the lines give on their own (no diagnostics).
report header_of(const std::vector<header_line>& lines) {
  diagnostics scratch;
  report_builder b(scratch);
  b.no_commitments();
  for (const auto& h : lines) b.add_header_line(h);
  try {
    return b.finish();
  } catch (const error&) {
    return {};
  }
}

// `r` with only the field of `key` (line_key) kept.
report only(const report& r, int key) {
  report out;
  if (key == title_key) {
    out.cutoff_date = r.cutoff_date;
    return out;
  }
  switch (static_cast<field>(key)) {
    case field::issued_at: out.issued_at = r.issued_at; break;
    case field::program: out.program = r.program; break;
    case field::ministry: out.ministry = r.ministry; break;
    case field::service: out.service = r.service; break;
    case field::evaluation_year: out.evaluation_year = r.evaluation_year; break;
    case field::program_status: out.program_status = r.program_status; break;
    case field::exit_date: out.exit_date = r.exit_date; break;
    case field::observation: out.observation = r.observation; break;
    default: break;
  }
  return out;
}

// "Página 3 de 12", "- 3 -", "3/12", "Pág. 3": a page number and nothing else.
bool page_number(std::string_view text) {
  const std::string folded = fold(text);
  bool digits = false;
  std::string word;
  auto word_ok = [&] {
    const bool number = !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
    digits = digits || number;
    const bool ok = word.empty() || number || word == "pagina" || word == "pag" || word == "page" || word == "de" ||
                    word == "of" || word == "hoja";
    word.clear();
    return ok;
  };
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word_ok()) {
      return false;
    }
  }
  return word_ok() && digits;
}

}  // namespace

void page_part_lines(const document& doc, const std::vector<header_line>& body_lines, std::vector<header_line>& headers,
                     std::vector<header_line>& footers, diagnostics& diags) {
  const report body = header_of(body_lines);
  for (const page_part& part : doc.page_parts) {
    const bool header = part.type == page_part::kind::header;
    std::vector<header_line> lines;
    for (const block& b : part.blocks) header_lines(b, lines);
    bool content = false;
    for (const auto& h : lines) content = content || line_key(h) != no_key;
    if (!content) {
      std::vector<aside> text;
      append_asides(part.blocks, aside::kind::header_footer, text);
      for (auto& a : text) diags.furniture(a.where, "page header or footer", std::move(a.text));
      continue;
    }
    const std::string where_name = header ? "the page header" : "the page footer";
    std::vector<header_line>& into = header ? headers : footers;
    bool after_title = false;  // the line after a title without a date may hold the date
    for (auto& h : lines) {
      const int key = line_key(h);
      std::string shown = h.label.empty() ? h.text : h.label + " " + h.text;
      const bool title_date = std::exchange(after_title, false) && key == no_key;
      if (key == no_key && !title_date) {
        if (page_number(h.text)) {
          diags.furniture(h.where, "page number", std::move(shown));
        } else {
          diags.unplaced(h.where, "text in " + where_name + " that is no header field left out", std::move(shown));
        }
        continue;
      }
      if (!title_date) {
        const report mine = only(header_of({h}), key);
        const report theirs_body = only(body, key);
        std::vector<header_line> before = headers;  // the page parts' fields taken so far
        before.insert(before.end(), footers.begin(), footers.end());
        const report theirs = theirs_body != report{} ? theirs_body : only(header_of(before), key);
        if (theirs != report{}) {
          if (mine == theirs) {
            diags.furniture(h.where, "a header field repeated in " + where_name, std::move(shown));
          } else {
            diags.unplaced(h.where, "a header field in " + where_name + " differs from the one in the " +
                                         (theirs_body != report{} ? "body" : "page header or footer before") + "; that one is kept",
                            std::move(shown));
          }
          continue;
        }
        after_title = key == title_key && !mine.cutoff_date;
      }
      into.push_back(std::move(h));
    }
  }
}

}  // namespace informe::detail::docx_reader
