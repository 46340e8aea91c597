#include "readers/pdf/text_layer.hpp"

#include <string>

#include "core/swapped_letters.hpp"
#include "core/unicode.hpp"
#include "layout/furniture.hpp"

namespace informe::detail::pdfin {

void drop_ocr_rulings(layout::page& p, diagnostics& diags) {
  std::vector<layout::word> kept;
  kept.reserve(p.words.size());
  for (auto& w : p.words) {
    std::size_t bars = 0;
    while (bars < w.text.size() && w.text[bars] == '|') ++bars;
    if (bars == 0) {
      kept.push_back(std::move(w));
      continue;
    }
    diags.furniture({0, 0, p.number}, layout::furniture_rule::ocr_ruling, std::string(w.text.substr(0, bars)));
    if (bars == w.text.size()) continue;
    // The bar's share of the box goes with it: the word starts where its letters do.
    const double share = static_cast<double>(bars) / static_cast<double>(utf8_length(w.text));
    w.x0 += share * (w.x1 - w.x0);
    w.text.remove_prefix(bars);
    kept.push_back(std::move(w));
  }
  p.words = std::move(kept);
}

void repair_swapped_letters(std::vector<layout::page>& pages, diagnostics& diags) {
  std::size_t count = 0;
  std::string first, first_read;
  int first_page = 0;
  for (auto& p : pages)
    for (auto& w : p.words) {
      auto fixed = unswapped_letters(w.text);
      if (!fixed) continue;
      if (count++ == 0) {
        first_read = std::string(w.text);
        first = *fixed;
        first_page = p.number;
      }
      w.text = p.own(std::move(*fixed));
    }
  if (count == 0) return;
  diagnostic d;
  d.level = severity::info;
  d.where = {0, 0, first_page};
  d.message = swapped_letters_message(count, first_read, first);
  d.code = diagnostic_code::encoding;
  d.content = first_read;
  diags.add(std::move(d));
}

void check_text_layer(const std::vector<layout::page>& pages, diagnostics& diags) {
  std::size_t count = 0;
  const layout::word* first = nullptr;
  int first_page = 0;
  for (const auto& p : pages)
    for (const auto& w : p.words)
      if (mixes_foreign_glyphs(w.text)) {
        if (!first) {
          first = &w;
          first_page = p.number;
        }
        ++count;
      }
  if (!first) return;
  diags.warning({0, 0, first_page},
                std::to_string(count) + (count == 1 ? " word mixes" : " words mix") +
                    " Latin letters with characters no Spanish text holds (first: " + quote_for_message(first->text) +
                    "): the PDF's text layer maps some glyphs to the wrong characters (a font's ToUnicode map, "
                    "as a PDF rewritten by Ghostscript has for ligatures such as \"fi\"); such words are read as "
                    "the text layer gives them and may be wrong; a label among them is not recognised",
                diagnostic_code::encoding);
}

}  // namespace informe::detail::pdfin
