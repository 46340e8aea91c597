// libFuzzer target for the zip reader over zlib (lib/shared/zip/): any bytes as an untrusted archive,
// within small limits; every entry is read whole and in pieces. Only informe::error may come out.
// Run: build/fuzz/tests/fuzz_zip -max_total_time=600 corpus/  (seeds: tests/data/docx/*.docx,
// tests/data/sheets/*.xlsx, *.ods)
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"
#include "shared/zip/zip.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  informe::detail::zip_limits limits;
  limits.max_entries = 64;
  limits.max_entry_bytes = std::size_t{1} << 20;
  limits.max_total_bytes = std::size_t{4} << 20;
  try {
    informe::detail::zip_reader zip(bytes, "fuzz.zip", limits);
    for (const std::string& name : zip.names()) {
      try {
        const auto whole = zip.read(name);
        if (!whole || whole->size() > limits.max_entry_bytes) __builtin_trap();
        std::size_t pieces = 0;
        zip.read_chunks(name, [&](std::string_view piece) {
          pieces += piece.size();
          return true;
        });
        if (pieces != whole->size()) __builtin_trap();
      } catch (const informe::error&) {
      }
    }
  } catch (const informe::error&) {
  }
  return 0;
}
