#include "core/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

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

// One character of `utf8` at `i` (then past it) into `out`: white space (by `is_space`) only sets
// `pending_space`; anything else is written after a pending space, an ill-formed sequence as U+FFFD.
void collapse_one(std::string_view utf8, std::size_t& i, std::string& out, bool& pending_space,
                  bool (*is_space)(char32_t)) {
  const std::size_t start = i;
  // ASCII needs no decoding (most of every text).
  std::int32_t c = static_cast<unsigned char>(utf8[i]) < 0x80 ? static_cast<unsigned char>(utf8[i++])
                                                               : next_code_point(utf8, i);
  const bool ill_formed = c < 0;
  if (ill_formed) c = 0xFFFD;
  if (is_space(static_cast<char32_t>(c))) {
    pending_space = !out.empty();
    return;
  }
  if (pending_space) out += ' ';
  pending_space = false;
  if (ill_formed) {
    out += "\xEF\xBF\xBD";
  } else {
    out.append(utf8.data() + start, i - start);
  }
}

// White space as collapse_whitespace(utf8) takes it: Unicode's, plus U+200B and U+FEFF.
bool unicode_space(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
}

}  // namespace

std::string collapse_whitespace(std::string_view utf8, bool (*is_space)(char32_t)) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < utf8.size();) collapse_one(utf8, i, out, pending_space, is_space);
  return out;
}

std::string collapse_whitespace(std::string_view utf8) {
  // The same as the general form with u_isUWhiteSpace (plus U+200B and U+FEFF), but runs of ASCII and
  // two-byte characters (accented letters) are classified by comparisons and copied whole: most of
  // every text.
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  const std::size_t size = utf8.size();
  for (std::size_t i = 0; i < size;) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      if (ascii_space(byte)) {
        pending_space = !out.empty();
        ++i;
        continue;
      }
      if (pending_space) out += ' ';
      pending_space = false;
      const std::size_t end = plain_run(utf8, i + 1);
      out.append(utf8.data() + i, end - i);
      i = end;
      continue;
    }
    if (const std::size_t end = plain_run(utf8, i); end > i) {  // accented letters: no space among them
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(utf8.data() + i, end - i);
      i = end;
      continue;
    }
    collapse_one(utf8, i, out, pending_space, unicode_space);
  }
  return out;
}

std::string clean_text(std::string_view utf8) { return nfc(collapse_whitespace(utf8)); }

std::string fold(std::string_view utf8) {
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
  return collapse_whitespace(to_std(stripped));
}

bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == std::string_view::npos; }

std::size_t first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (next_code_point(bytes, i) < 0) return start;
  }
  return std::string_view::npos;
}

std::size_t utf8_length(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size(); ++n) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
    } else {
      next_code_point(utf8, i);
    }
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
