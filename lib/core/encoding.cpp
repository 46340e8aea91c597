#include "core/encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "core/icu_i18n.hpp"
#include "core/unicode.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t detection_sample = std::size_t{1} << 20;

struct bom {
  std::string_view bytes;
  const char* charset;
};

// Longest first: the UTF-32LE BOM starts with the UTF-16LE one.
constexpr bom boms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
};

const bom* find_bom(std::string_view bytes) {
  for (const auto& b : boms) {
    if (bytes.substr(0, b.bytes.size()) == b.bytes) return &b;
  }
  return nullptr;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

// Latin-1 as labelled by pages and detectors is read as its superset windows-1252 (as browsers do).
std::string canonical_charset(std::string_view name) {
  std::string key = lower(name);
  if (key == "iso-8859-1" || key == "iso8859-1" || key == "latin1" || key == "latin-1" ||
      key == "l1" || key == "us-ascii" || key == "ascii" || key == "cp1252" || key == "windows-1252" ||
      key == "iso_8859-1" || key == "iso-8859-15" || key == "iso8859-15")
    return key == "iso-8859-15" || key == "iso8859-15" ? "ISO-8859-15" : "windows-1252";
  if (key == "utf8" || key == "utf-8") return "UTF-8";
  return std::string(name);
}

bool known_charset(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &status);
  if (c) ucnv_close(c);
  return U_SUCCESS(status) && c != nullptr;
}

// Well-formed UTF-8, checked eight ASCII bytes at a time.
// How much of `bytes` is UTF-8: multi-byte sequences that are well-formed, and ill-formed ones (each
// counted once, as ICU replaces it), with the offset of the first ill-formed byte.
struct utf8_evidence {
  std::size_t valid_multibyte = 0;
  std::size_t invalid = 0;
  std::size_t first_invalid = std::string::npos;
};

utf8_evidence weigh_utf8(std::string_view bytes) {
  utf8_evidence e;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t window = static_cast<int32_t>(std::min<std::size_t>(n - i, 4));
    int32_t k = 0;
    UChar32 cp;
    U8_NEXT(p + i, k, window, cp);
    if (cp < 0) {
      if (e.invalid++ == 0) e.first_invalid = i;
    } else {
      ++e.valid_multibyte;
    }
    i += static_cast<std::size_t>(k > 0 ? k : 1);
  }
  return e;
}

// Guesses the charset of bytes that are not UTF-8 (no BOM).
std::string guess_charset(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, detection_sample);
  const auto& icu = icu_i18n_library();  // ICU's charset detector is in libicui18n
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(icu.ucsdet_close)> detector(icu.ucsdet_open(&status), icu.ucsdet_close);
  if (U_FAILURE(status)) return "windows-1252";
  icu.ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = icu.ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "windows-1252";
  const char* name = icu.ucsdet_getName(match, &status);
  int32_t confidence = icu.ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr) return "windows-1252";
  std::string n = name;
  // These reports are Spanish: only Unicode forms the detector is sure of are taken as given;
  // every single-byte guess is read as windows-1252 (Latin-1's superset).
  if ((n == "UTF-16LE" || n == "UTF-16BE" || n == "UTF-32LE" || n == "UTF-32BE") && confidence >= 60) return n;
  if (n == "UTF-8" && confidence >= 50) return n;
  if (n == "ISO-8859-15") return n;
  return "windows-1252";
}

}  // namespace

std::string_view strip_utf8_bom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

decoded_text decode_to_utf8(std::string_view bytes, std::string_view declared_charset, bool strict) {
  decoded_text out;
  std::string charset;
  if (const bom* b = find_bom(bytes)) {
    out.had_bom = true;
    bytes.remove_prefix(b->bytes.size());
    charset = b->charset;
  } else if (!declared_charset.empty()) {
    charset = canonical_charset(declared_charset);
    if (!known_charset(charset)) {
      if (strict) throw error("unknown character encoding \"" + std::string(declared_charset) + "\"");
      charset.clear();
    }
  }
  bool valid = false;
  if (charset.empty()) {
    valid = is_valid_utf8(bytes);
    if (valid) {
      charset = "UTF-8";
    } else {
      // Evidence first: a UTF-8 text with a stray bad byte has far more well-formed sequences than
      // bad ones, and stays UTF-8 (the bad bytes become U+FFFD); Latin-1 text has almost none.
      utf8_evidence e = weigh_utf8(bytes);
      out.first_invalid_utf8 = e.first_invalid + (out.had_bom ? 3 : 0);
      out.invalid_utf8 = e.invalid;
      charset = e.valid_multibyte > 2 * e.invalid ? "UTF-8" : guess_charset(bytes);
      out.detected = true;
    }
  } else if (charset == "UTF-8") {
    valid = is_valid_utf8(bytes);
    if (!valid) {
      utf8_evidence e = weigh_utf8(bytes);
      out.first_invalid_utf8 = e.first_invalid + (out.had_bom ? 3 : 0);
      out.invalid_utf8 = e.invalid;
      // Declared UTF-8, but Latin-1 bytes throughout (no BOM to vouch for it): the bytes win.
      if (!out.had_bom && 2 * e.valid_multibyte < e.invalid) {
        charset = "windows-1252";
        out.detected = true;
      }
    }
  }
  out.charset = charset;
  if (charset == "UTF-8") {
    if (valid) {
      out.utf8.assign(bytes);
    } else {
      out.utf8 = to_utf8(bytes, "UTF-8");  // invalid sequences become U+FFFD
    }
    return out;
  }
  try {
    out.utf8 = to_utf8(bytes, charset.c_str());
  } catch (const error&) {
    out.charset = "windows-1252";
    out.utf8 = to_utf8(bytes, "windows-1252");
  }
  // A converter may leave a BOM of its own form at the start.
  if (out.utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) out.utf8.erase(0, 3);
  return out;
}

}  // namespace informe::detail
