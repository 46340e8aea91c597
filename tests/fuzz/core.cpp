// libFuzzer target for the template loaders: the input is a template directory's
// common/labels.json (first byte even) or pdf/style.json (odd). Whatever the bytes, loading either
// returns a JSON value or throws informe::error: no crash, no unbounded recursion (issue 19: a
// million nested arrays overflowed the stack), no other exception.
//
//     cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_core
//     build/fuzz/tests/fuzz_core -max_total_time=600 -max_len=65536 CORPUS templates/common templates/pdf
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/template_json.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& scratch() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("informe-fuzz-core-" + std::to_string(::getpid()));
    fs::create_directories(d / "common");
    fs::create_directories(d / "pdf");
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* name = (data[0] & 1) != 0 ? "pdf/style.json" : "common/labels.json";
  {
    std::ofstream out(scratch() / name, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
  }
  informe::template_set templates(scratch().string());
  try {
    nlohmann::json j = informe::detail::load_json_template(templates, name);
    (void)j.dump();
  } catch (const informe::error&) {
  }
  return 0;
}
