#include "core/swapped_letters.hpp"

#include <cstdint>

#include "core/byte_scan.hpp"
#include "core/unicode.hpp"

namespace informe::detail {

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

// The letter whose UTF-16 code unit, its bytes swapped, is `c` (U+6600 for "f"); 0 for none.
std::int32_t byte_swapped_letter(std::int32_t c) {
  const std::int32_t high = c >> 8;
  return (c & 0xFF) == 0 && ((high >= 'a' && high <= 'z') || (high >= 'A' && high <= 'Z')) ? high : 0;
}

// A byte that may start a foreign character's UTF-8 sequence (U+3400 and above).
bool may_start_foreign(unsigned char b) { return b >= 0xE3 && b <= 0xF0; }

// The blanks and line ends that set words apart.
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The offset of the first byte at or after `from` that may start a foreign character, or text.size():
// eight bytes at a time where none is 0xE0 or above (most texts have none, or a dash or a quote now
// and then).
std::size_t next_foreign_start(std::string_view text, std::size_t from) {
  while (from < text.size()) {
    if (from + 8 <= text.size() && !byte_scan::any_from_e0(byte_scan::load(text, from))) {
      from += 8;
    } else if (may_start_foreign(static_cast<unsigned char>(text[from]))) {
      return from;
    } else {
      ++from;
    }
  }
  return text.size();
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

std::optional<std::string> unswapped_letters(std::string_view word) {
  if (!mixes_foreign_glyphs(word)) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t from = i;
    const std::int32_t c = next_code_point(word, i);
    if (!foreign(c)) {
      out.append(word.substr(from, i - from));
    } else if (const std::int32_t letter = byte_swapped_letter(c)) {
      out += static_cast<char>(letter);
    } else {
      return std::nullopt;
    }
  }
  return out;
}

std::optional<swapped_letters_repair> repair_swapped_letters(std::string_view text) {
  swapped_letters_repair r;
  std::size_t copied = 0;  // text[0, copied) is in r.text
  // Only the words that hold a byte that may start a foreign character are looked at: found eight
  // bytes at a time, each word then taken from the blanks around that byte.
  for (std::size_t at = next_foreign_start(text, 0); at < text.size();) {
    std::size_t begin = at, end = at;
    while (begin > 0 && !is_blank(text[begin - 1])) --begin;
    while (end < text.size() && !is_blank(text[end])) ++end;
    const std::string_view word = text.substr(begin, end - begin);
    if (auto fixed = unswapped_letters(word)) {
      if (r.words++ == 0) {
        r.first_offset = begin;
        r.first_read = std::string(word);
        r.first = *fixed;
      }
      r.text.append(text.substr(copied, begin - copied));
      r.text += *fixed;
      copied = end;
    }
    at = next_foreign_start(text, end);
  }
  if (r.words == 0) return std::nullopt;
  r.text.append(text.substr(copied));
  return r;
}

std::string swapped_letters_message(std::size_t words, std::string_view first_read, std::string_view first) {
  return std::to_string(words) + (words == 1 ? " word" : " words") +
         " read with letters the PDF's text layer gives in the wrong byte order (" + quote_for_message(first_read) +
         " as " + quote_for_message(first) + ": a ligature's ToUnicode entry as Ghostscript 10.00 writes it)";
}

}  // namespace informe::detail
