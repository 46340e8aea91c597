// Synthetic pages of positioned words for the layout engine's tests: text is laid out word by word
// in a fixed-width font (each code point half an em wide), so a test states where a line starts and
// the words fall where a PDF's text layer would put them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "informe/model.hpp"
#include "layout/page.hpp"
#include "layout/read_layout.hpp"

namespace informe::test {

/// Code points of a UTF-8 string.
inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

/// Builds one page: `at(x, y, "words ...")` places the words of a line from x, their tops at y.
class page_maker {
 public:
  explicit page_maker(int number = 1, double size = 10) : size_(size) {
    page_.number = number;
    page_.width = 595;
    page_.height = 842;
  }
  /// Words separated by single spaces are placed one space apart; runs of two or more spaces leave
  /// that many character cells empty (a gap between columns).
  page_maker& at(double x, double y, std::string_view text, bool bold = false) {
    const double cw = size_ / 2;
    double pos = x;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] == ' ') {
        pos += cw;
        ++i;
        continue;
      }
      std::size_t j = text.find(' ', i);
      if (j == std::string_view::npos) j = text.size();
      detail::layout::word w;
      w.text = page_.own(std::string(text.substr(i, j - i)));
      w.x0 = pos;
      w.x1 = pos + cw * static_cast<double>(code_points(w.text));
      w.y0 = y;
      w.y1 = y + size_;
      w.size = size_;
      w.bold = bold;
      w.space_after = j < text.size();
      page_.words.push_back(std::move(w));
      pos = page_.words.back().x1;
      i = j;
    }
    return *this;
  }
  /// One word with an explicit box.
  page_maker& word(std::string text, double x0, double y0, double x1, double y1) {
    detail::layout::word w;
    w.text = page_.own(std::move(text));
    w.x0 = x0;
    w.y0 = y0;
    w.x1 = x1;
    w.y1 = y1;
    w.size = size_;
    page_.words.push_back(std::move(w));
    return *this;
  }
  /// The page; lines built from it point into the maker, which must outlive them.
  const detail::layout::page& done() const { return page_; }

 private:
  detail::layout::page page_;
  double size_;
};

/// Where the synthetic table's columns start: number, recommendation, commitment, compliance.
inline constexpr double col_n = 40, col_rec = 70, col_com = 250, col_cum = 420;

/// The report's title and one header field (Programa/Institución) from `y`, two lines.
inline page_maker& title_and_program(page_maker& m, double y = 40) {
  return m.at(40, y, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009")
      .at(40, y + 14, "Programa/Institución:")
      .at(200, y + 14, "Programa de Becas");
}

/// The table's header line at `y`, with or without the number column's title.
inline page_maker& table_header(page_maker& m, double y, bool number = true) {
  if (number) m.at(col_n, y, "N°");
  return m.at(col_rec, y, "Recomendación").at(col_com, y, "Compromiso").at(col_cum, y, "Cumplimiento");
}

/// One table line at `y`: the number column's text (may be empty) and the three cells' texts.
inline page_maker& table_line(page_maker& m, double y, std::string_view n, std::string_view rec,
                              std::string_view com = {}, std::string_view cum = {}) {
  if (!n.empty()) m.at(col_n, y, n);
  if (!rec.empty()) m.at(col_rec, y, rec);
  if (!com.empty()) m.at(col_com, y, com);
  if (!cum.empty()) m.at(col_cum, y, cum);
  return m;
}

/// The result of running the layout engine and the grammar over synthetic pages.
struct layout_result {
  report r;
  diagnostics diags;
  bool refused = false;  ///< the builder found no report (informe::error)
  std::string refusal;
};

inline layout_result read_pages(const std::vector<detail::layout::page>& pages) {
  layout_result out;
  detail::report_builder builder(out.diags);
  detail::layout::read_layout(pages, builder, out.diags);
  try {
    out.r = builder.finish();
  } catch (const error& e) {
    out.refused = true;
    out.refusal = e.message();
  }
  return out;
}

/// The contents of the diagnostics with `code`, in order.
inline std::vector<std::string> contents(const diagnostics& d, diagnostic_code code) {
  std::vector<std::string> out;
  for (const auto& x : d.all())
    if (x.code == code) out.push_back(x.content);
  return out;
}

/// The diagnostics as text, for failure messages.
inline std::string describe(const diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += x.to_string() + " [" + x.content + "]\n";
  return out;
}

/// Rich text as one line: paragraphs in quotes, lists in brackets.
inline std::string describe(const rich_text& t) {
  std::string s;
  for (const auto& b : t.blocks) {
    if (b.type == block::kind::paragraph) {
      s += "\"" + b.text + "\" ";
    } else {
      s += "[";
      for (const auto& i : b.items) s += "\"" + i + "\" ";
      s += "] ";
    }
  }
  return s.empty() ? "(none)" : s;
}

}  // namespace informe::test
