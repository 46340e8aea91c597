// Character sets of archived inputs: BOMs, detection (ICU ucsdet), decoding to UTF-8. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace informe::detail {

/// The result of decoding an input to UTF-8.
struct decoded_text {
  std::string utf8;     ///< the text, valid UTF-8, without a byte order mark
  std::string charset;  ///< what it was decoded from: "UTF-8", "UTF-16LE", "windows-1252", ...
  bool had_bom = false; ///< the input started with a byte order mark
  bool detected = false;///< the charset was guessed (ICU charset detection), not given nor certain
  /// When the input was read as UTF-8 (declared, or chosen from the evidence) but is not well-formed:
  /// the offset in the input of the first bad byte, and how many bad sequences became U+FFFD.
  /// Also set when the evidence chose another charset. Readers name it in a warning.
  std::size_t first_invalid_utf8 = std::string::npos;
  std::size_t invalid_utf8 = 0;
};

/// The input without a leading UTF-8 byte order mark (EF BB BF).
std::string_view strip_utf8_bom(std::string_view bytes);

/// Decodes `bytes` to UTF-8: in `declared_charset` when given and known to ICU (a BOM still wins),
/// else as UTF-8 when well-formed, or when well-formed multi-byte sequences outnumber ill-formed ones
/// more than twice (one bad byte in a UTF-8 file), else in the charset ICU's detector guesses from
/// the first MiB (a Unicode form it is sure of, else windows-1252, Latin-1's superset, as browsers
/// do). Invalid sequences become U+FFFD (counted in `invalid_utf8`); the BOM is removed. A declared UTF-8 whose
/// bad sequences outnumber its good multi-byte ones more than twice is read as windows-1252 (`detected`).
/// Throws informe::error only when `declared_charset` is unknown and `strict` is set.
decoded_text decode_to_utf8(std::string_view bytes, std::string_view declared_charset = {},
                            bool strict = false);

}  // namespace informe::detail
