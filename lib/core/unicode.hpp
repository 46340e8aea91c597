// Unicode helpers over ICU, for UTF-8 strings. Internal to the library.
#pragma once

#include <unicode/utf8.h>

#include <string>
#include <string_view>

namespace informe::detail {

/// NFC normalisation. Invalid UTF-8 sequences become U+FFFD.
std::string nfc(std::string_view utf8);

/// Folds case and removes accents for matching labels: "CALIFICACIÓN" -> "calificacion".
/// Also collapses whitespace and trims.
std::string fold(std::string_view utf8);

/// Collapses runs of Unicode white space (including no-break spaces) to one ASCII space and trims.
std::string collapse_whitespace(std::string_view utf8);

/// collapse_whitespace, then NFC: the form every text in the model takes.
std::string clean_text(std::string_view utf8);

/// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

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
