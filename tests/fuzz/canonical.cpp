// libFuzzer target for the canonical readers. The first byte picks the reader (even: JSON, odd: XML);
// the rest is the input. Whatever a reader accepts must survive both writers and both readers
// unchanged (the canonical formats are lossless), and validate() must not crash on it.
//
//     cmake --preset fuzz        (clang, INFORME_FUZZ=ON: build/fuzz)
//     cmake --build build/fuzz --target fuzz_canonical
//     # seeds: each file of tests/data/canonical and examples/*.json, prefixed with one byte
//     # (0 for JSON, 1 for XML)
//     build/fuzz/tests/fuzz_canonical -max_total_time=600 -max_len=32768
//           -dict=tests/data/canonical/fuzz.dict CORPUS SEEDS     (one command line)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "informe/io.hpp"
#include "informe/validate.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool xml = (data[0] & 1) != 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  informe::read_options options;
  options.max_input_bytes = 1 << 20;
  informe::diagnostics diags("fuzz");
  informe::report r;
  try {
    r = xml ? informe::read_xml(input, options, diags) : informe::read_json(input, options, diags);
  } catch (const informe::error&) {
    return 0;
  }
  informe::validate(r, diags);

  // Lossless both ways: model -> JSON -> model and model -> XML -> model.
  informe::diagnostics again;
  std::string json;
  informe::write_json(r, {}, json, again);
  require(again.empty());
  informe::report from_json = informe::read_json(json, {}, again);
  require(again.empty());
  require(from_json == r);

  std::string xml_text;
  informe::write_xml(r, {}, xml_text, again);
  require(again.empty());
  informe::report from_xml = informe::read_xml(xml_text, {}, again);
  require(again.empty());
  require(from_xml == r);

  std::string json_again;
  informe::write_json(from_xml, {}, json_again, again);
  require(json_again == json);
  return 0;
}
