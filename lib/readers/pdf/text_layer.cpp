#include "readers/pdf/text_layer.hpp"

#include <optional>
#include <string>

#include "core/unicode.hpp"
#include "layout/furniture.hpp"

namespace informe::detail::pdfin {

namespace {

bool latin_letter(std::int32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Characters no word of a Spanish report holds beside Latin letters: CJK ideographs (and their
// extensions and compatibility forms), Hangul syllables, and private-use code points (a glyph with no
// Unicode value; a Symbol-font bullet, U+F0B7, stands alone, not inside a word).
bool foreign(std::int32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// A letter written as UTF-16 in the wrong byte order: U+6600 for "f" (its byte, then a zero byte).
// Ghostscript 10.00 writes a ligature's ToUnicode entry so ("fi" as U+6600 U+6900, "昀椀").
std::int32_t byte_swapped_letter(std::int32_t c) {
  const std::int32_t high = c >> 8;
  return (c & 0xFF) == 0 && ((high >= 'a' && high <= 'z') || (high >= 'A' && high <= 'Z')) ? high : 0;
}

// `word` with its byte-swapped letters put right, when every character no Spanish text holds is one.
std::optional<std::string> unswapped(std::string_view word) {
  std::string out;
  bool swapped = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t from = i;
    const std::int32_t c = next_code_point(word, i);
    if (!foreign(c)) {
      out.append(word.substr(from, i - from));
    } else if (const std::int32_t letter = byte_swapped_letter(c)) {
      out += static_cast<char>(letter);
      swapped = true;
    } else {
      return std::nullopt;
    }
  }
  if (!swapped) return std::nullopt;
  return out;
}

}  // namespace

bool mixes_foreign_glyphs(std::string_view word) {
  bool latin = false, other = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::int32_t c = next_code_point(word, i);
    latin = latin || latin_letter(c);
    other = other || foreign(c);
  }
  return latin && other;
}

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
      if (!mixes_foreign_glyphs(w.text)) continue;
      auto fixed = unswapped(w.text);
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
  d.message = std::to_string(count) + (count == 1 ? " word" : " words") +
              " read with letters the PDF's text layer gives in the wrong byte order (" + quote_for_message(first_read) +
              " as " + quote_for_message(first) + ": a ligature's ToUnicode entry as Ghostscript 10.00 writes it)";
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
