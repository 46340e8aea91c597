// libFuzzer target for read_pdf: any bytes must give a report or an informe::error, never a crash, a
// hang or a leak. poppler itself is not instrumented. Seed corpus: tests/data/pdf/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "informe/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  informe::read_options options;
  options.max_input_bytes = 1 << 20;
  informe::diagnostics diags("fuzz.pdf");
  try {
    (void)informe::read_pdf(std::string_view(reinterpret_cast<const char*>(data), size), options, diags);
  } catch (const informe::error&) {
  }
  return 0;
}
