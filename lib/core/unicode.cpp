#include "core/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstring>
#include <memory>

#include "core/byte_scan.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

const icu::Normalizer2& normalizer(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw error("ICU normaliser unavailable");
  return *n;
}

std::string to_std(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// True when no byte of `utf8` is 0xCC or above: every well-formed character is then below U+0300,
// where nothing decomposes or composes (the first NFC_Quick_Check "Maybe" is U+0300).
bool below_combining_marks(std::string_view utf8) {
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0xCC) return false;
  }
  return true;
}

// Unicode's White_Space in ASCII (U+0009-U+000D, U+0020), as u_isUWhiteSpace answers.
bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The end of the run from `i` of ASCII characters and two-byte sequences (U+0080-U+07FF) that are no
// white space: in that range only U+0085 and U+00A0 are.
std::size_t plain_run(std::string_view utf8, std::size_t i) {
  const std::size_t size = utf8.size();
  while (i < size) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      if (ascii_space(byte)) break;
      ++i;
    } else if (byte >= 0xC2 && byte <= 0xDF && i + 1 < size &&
               (static_cast<unsigned char>(utf8[i + 1]) & 0xC0) == 0x80) {
      if (byte == 0xC2 && (utf8[i + 1] == '\x85' || utf8[i + 1] == '\xA0')) break;
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

std::string nfc(std::string_view utf8) {
  // Plain ASCII and Latin-1 (most text) is NFC already: no call into ICU.
  if (below_combining_marks(utf8) && is_valid_utf8(utf8)) return std::string(utf8);
  const auto& n = normalizer(true);
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  // Most text is NFC already: checked on the UTF-8 itself, with no conversion to UTF-16.
  if (is_valid_utf8(utf8) && n.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    return std::string(utf8);
  }
  status = U_ZERO_ERROR;
  auto result = n.normalize(icu::UnicodeString::fromUTF8(piece), status);
  if (U_FAILURE(status)) return std::string(utf8);
  return to_std(result);
}

namespace {

// collapse_whitespace's loop: `is_ascii_space` decides for ASCII bytes (inline), `is_space` for the
// rest. Runs of visible ASCII are appended at once; with `Latin`, runs of two-byte characters too
// (accented letters: none is white space but U+0085 and U+00A0, which plain_run stops at).
template <bool Latin, typename AsciiSpace, typename Space>
std::string collapse(std::string_view utf8, AsciiSpace is_ascii_space, Space is_space) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  const std::size_t n = utf8.size();
  for (std::size_t i = 0; i < n;) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      if (is_ascii_space(b)) {
        pending_space = !out.empty();
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(utf8[j]) < 0x80 && !is_ascii_space(static_cast<unsigned char>(utf8[j])))
        ++j;
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(utf8.data() + i, j - i);
      i = j;
      continue;
    }
    if constexpr (Latin) {
      if (const std::size_t end = plain_run(utf8, i); end > i) {
        if (pending_space) out += ' ';
        pending_space = false;
        out.append(utf8.data() + i, end - i);
        i = end;
        continue;
      }
    }
    const std::size_t start = i;
    std::int32_t c = next_code_point(utf8, i);
    const bool ill_formed = c < 0;
    if (ill_formed) c = 0xFFFD;
    if (is_space(static_cast<char32_t>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (ill_formed) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(utf8.data() + start, i - start);
    }
  }
  return out;
}

}  // namespace

std::string collapse_whitespace(std::string_view utf8, bool (*is_space)(char32_t)) {
  return collapse<false>(utf8, [is_space](unsigned char b) { return is_space(b); }, is_space);
}

std::string collapse_whitespace(std::string_view utf8) {
  return collapse<true>(utf8, ascii_space, [](char32_t c) {
    return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
  });
}

std::string clean_text(std::string_view utf8) { return nfc(collapse_whitespace(utf8)); }

namespace {

// fold() without ICU for what most labels and words are made of: ASCII, the Latin-1 letters
// (U+00C0-U+00FF, lead byte C3) that decompose to an ASCII letter and an accent, the rest of Latin-1,
// common punctuation and private-use characters. False (with `out`
// unspecified) for anything else, which then goes through ICU. Same result as ICU's path on what it
// accepts (tests/unit/core checks every such character).
// The third byte of U+2013, U+2014 (dashes), U+2018, U+2019, U+201C, U+201D (curly quotes), U+2022
// (bullet) and U+2026 (ellipsis): E2 80 xx.
bool is_kept_punctuation(unsigned char third) {
  return third == 0x93 || third == 0x94 || third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D ||
         third == 0xA2 || third == 0xA6;
}

// A private-use character (U+E000-U+F8FF: a Symbol font's bullet, U+F0B7) at s[i], whole: EE 80-BF
// 80-BF, or EF 80-A3 80-BF. It has no decomposition and no case.
bool private_use_at(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size()) return false;
  const auto first = static_cast<unsigned char>(s[i]), second = static_cast<unsigned char>(s[i + 1]),
             third = static_cast<unsigned char>(s[i + 2]);
  if ((third & 0xC0) != 0x80) return false;
  return (first == 0xEE && (second & 0xC0) == 0x80) || (first == 0xEF && second >= 0x80 && second <= 0xA3);
}

bool fold_latin(std::string_view s, std::string& out) {
  static constexpr char latin1[64 + 1] =
      "aaaaaa?ceeeeiiii?nooooo??uuuuy??"   // U+00C0-U+00DF
      "aaaaaa?ceeeeiiii?nooooo??uuuuy?y";  // U+00E0-U+00FF
  // The folded text is never longer than the input (a space is written only for white space read):
  // written in place, then cut to length.
  out.resize(s.size());
  char* to = out.data();
  std::size_t n = 0;
  bool space = false;
  auto put = [&](const char* bytes, std::size_t count) {
    if (space) to[n++] = ' ';
    space = false;
    for (std::size_t k = 0; k < count; ++k) to[n++] = bytes[k];
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 8 <= s.size()) {
      // Eight ASCII bytes at once, capitals lowered, when white space leaves them as they are: no
      // control or DEL among them, and spaces only single and inside (not first, not last).
      namespace scan = byte_scan;
      std::uint64_t w = scan::load(s, i);
      if (!scan::any_high(w) && !scan::any_below(w, 0x20) && !scan::any_equal(w, 0x7F) && s[i] != ' ' &&
          s[i + 7] != ' ' && !scan::any_adjacent_spaces(w)) {
        // 0x80 in each byte from 'A' to 'Z' (no byte carries: all are below 0x7F), moved to 0x20.
        const std::uint64_t upper = (w + scan::ones * (0x80 - 'A')) & ~(w + scan::ones * (0x80 - 'Z' - 1)) & scan::highs;
        w |= upper >> 2;
        if (space) to[n++] = ' ';
        space = false;
        std::memcpy(to + n, &w, 8);
        n += 8;
        i += 7;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
        space = n > 0;
        continue;
      }
      if (c < 0x20 || c == 0x7F) return false;
      const char folded = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      put(&folded, 1);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d < 0x80 || d > 0xBF) return false;
      const char folded = latin1[d - 0x80];
      if (folded == '?') return false;
      put(&folded, 1);
      ++i;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      // U+0080-U+00BF: kept as they are ("N°", "¿", "«"), except the white space among them (NEL,
      // no-break space) and the micro sign, which folds to a Greek letter.
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d < 0x80 || d > 0xBF || d == 0xB5) return false;
      if (d == 0x85 || d == 0xA0) {
        space = n > 0;
      } else {
        put(s.data() + i, 2);
      }
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               is_kept_punctuation(static_cast<unsigned char>(s[i + 2]))) {
      // Dashes, curly quotes, the bullet and the ellipsis: kept as they are.
      put(s.data() + i, 3);
      i += 2;
    } else if (private_use_at(s, i)) {
      put(s.data() + i, 3);  // kept as it is
      i += 2;
    } else {
      return false;
    }
  }
  out.resize(n);
  return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  fold(utf8, out);
  return out;
}

void fold(std::string_view utf8, std::string& out) {
  if (fold_latin(utf8, out)) return;
  const auto& decompose = normalizer(false);
  auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  UErrorCode status = U_ZERO_ERROR;
  auto decomposed = decompose.normalize(source, status);
  if (U_FAILURE(status)) decomposed = source;
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    stripped.append(c);
  }
  stripped.foldCase();
  out = collapse_whitespace(to_std(stripped));
}

bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == std::string_view::npos; }

std::size_t first_invalid_utf8(std::string_view bytes) {
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // the ASCII bytes of the next eight at once
      const unsigned ascii = byte_scan::ascii_prefix(byte_scan::load(bytes, i));
      i += ascii;
      if (ascii == 8) continue;
    } else if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    // A non-ASCII byte at i: a two-byte character (most accented letters) at once, else decoded.
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    const std::size_t start = i;
    if (next_code_point(bytes, i) < 0) return start;
  }
  return std::string_view::npos;
}

std::size_t utf8_length(std::string_view utf8) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (i + 8 <= utf8.size()) {  // the ASCII bytes of the next eight at once: a character each
      const unsigned ascii = byte_scan::ascii_prefix(byte_scan::load(utf8, i));
      i += ascii;
      n += ascii;
      if (ascii == 8) continue;
    }
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
    } else {
      next_code_point(utf8, i);
    }
    ++n;
  }
  return n;
}

std::string quote_for_message(std::string_view text, std::size_t max_bytes) {
  const std::string_view shown = utf8_prefix(text, max_bytes);
  std::string out;
  out.reserve(shown.size() + 5);
  out += '"';
  out += shown;
  if (shown.size() < text.size()) out += "…";
  out += '"';
  return out;
}

std::string to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
  if (U_FAILURE(status)) throw error(std::string("unknown character encoding \"") + charset + "\"");
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) throw error(std::string("cannot decode the input as ") + charset);
  return to_std(text);
}

}  // namespace informe::detail
