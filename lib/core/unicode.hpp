// Unicode helpers over ICU, for UTF-8 strings. Internal to the library.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace informe::detail {

/// NFC normalisation. Invalid UTF-8 sequences become U+FFFD.
std::string nfc(std::string_view utf8);

/// Folds case and removes accents for matching labels: "CALIFICACIÓN" -> "calificacion".
/// Also collapses whitespace and trims.
std::string fold(std::string_view utf8);
/// fold() into `out`, whose storage is reused (no allocation when it is large enough already).
void fold(std::string_view utf8, std::string& out);

/// Collapses runs of Unicode white space (including no-break spaces) to one ASCII space and trims.
std::string collapse_whitespace(std::string_view utf8);
/// collapse_whitespace with another idea of white space: runs of characters for which `is_space`
/// holds become one ASCII space. Ill-formed sequences become U+FFFD.
std::string collapse_whitespace(std::string_view utf8, bool (*is_space)(char32_t));

/// collapse_whitespace, then NFC: the form every text in the model takes.
std::string clean_text(std::string_view utf8);

// ---- The UTF-8 codec: ICU's macros (unicode/utf8.h), and nothing written by hand elsewhere ----

/// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF are ill-formed), or npos when all of `bytes` is well-formed.
std::size_t first_invalid_utf8(std::string_view bytes);

/// The code point at byte `i` of `utf8`, moving `i` past it; -1 for an ill-formed sequence, which
/// `i` then skips as ICU does (a maximal subpart: what one U+FFFD stands for).
///
///     for (std::size_t i = 0; i < s.size();) { char32_t c = next_code_point(s, i); ... }
inline std::int32_t next_code_point(std::string_view utf8, std::size_t& i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  auto at = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_NEXT(s, at, static_cast<std::int32_t>(utf8.size()), c);
  i = static_cast<std::size_t>(at);
  return c;
}

/// The start of the character that holds byte `i` (i itself when it starts one or is past the end).
inline std::size_t character_start(std::string_view utf8, std::size_t i) {
  if (i >= utf8.size()) return i;
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  auto at = static_cast<std::int32_t>(i);
  U8_SET_CP_START(s, 0, at);
  return static_cast<std::size_t>(at);
}

/// The longest prefix of `utf8` of at most `max_bytes` bytes that does not cut a character in two.
inline std::string_view utf8_prefix(std::string_view utf8, std::size_t max_bytes) {
  if (utf8.size() <= max_bytes) return utf8;
  return utf8.substr(0, character_start(utf8, max_bytes));
}

/// The number of characters (code points; each ill-formed sequence counts as one) in `utf8`.
std::size_t utf8_length(std::string_view utf8);

/// `text` in double quotes for a message, cut after `max_bytes` (on a character boundary) with "…".
std::string quote_for_message(std::string_view text, std::size_t max_bytes = 60);

/// Appends the UTF-8 encoding of the code point `c` to `out` (inline: writers call it per character).
inline void append_utf8(std::string& out, char32_t c) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(c));
  out.append(bytes, static_cast<std::size_t>(length));
}

/// Converts `bytes` in the named charset ("windows-1252", "ISO-8859-1", ...) to UTF-8 via ICU.
/// Throws informe::error when the charset is unknown.
std::string to_utf8(std::string_view bytes, const char* charset);

}  // namespace informe::detail
