// libFuzzer target for the text reader (and through it the field grammar and the libxml2 fragments).
// Run: build/text-fuzz/tests/fuzz_text -max_total_time=600 corpus/ tests/data/text examples
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "informe/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  informe::diagnostics diags("fuzz.txt");
  informe::read_options options;
  options.max_input_bytes = 1 << 20;
  try {
    informe::report r = informe::read_text(input, options, diags);
    // Every string the reader produces is clean: checks that would catch a broken invariant.
    for (const auto& row : r.rows) {
      if (row.due && !row.due->valid()) __builtin_trap();
      for (const auto& b : row.recommendation.blocks)
        if (b.type == informe::block::kind::paragraph && b.text.empty()) __builtin_trap();
    }
    for (const auto& d : diags.all())
      if (d.where.line <= 0 && d.where.page <= 0) __builtin_trap();
  } catch (const informe::error&) {
    // a hopeless input: refused with a message, which is fine
  }
  return 0;
}
