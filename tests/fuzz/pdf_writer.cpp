// libFuzzer target for the PDF style loader: the input is a template directory's pdf/style.json.
// Whatever the bytes, loading it gives a style whose every value is within the ranges of docs/cli.md
// (margins, sizes, padding: issue 19, where a cell padding of 300 or a body size of 1e6 took 4 GB),
// or throws informe::error: no crash, no other exception.
//
//     cmake --preset fuzz && cmake --build build/fuzz --target fuzz_pdf_writer
//     build/fuzz/tests/fuzz_pdf_writer -max_total_time=600 -max_len=8192 CORPUS templates/pdf
#include <unistd.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"
#include "writers/pdf/style.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& scratch() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("informe-fuzz-style-" + std::to_string(::getpid()));
    fs::create_directories(d / "pdf");
    return d;
  }();
  return dir;
}

bool within(double v, double low, double high) { return std::isfinite(v) && v >= low && v <= high; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(scratch() / "pdf/style.json", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  informe::template_set templates(scratch().string());
  try {
    const auto s = informe::detail::pdf::load_style(templates, "");
    // A style that loads is one the layout can lay out in bounded memory.
    if (!within(s.frame.top, 0, 300) || !within(s.frame.left, 0, 300) || !within(s.body, 4, 72) ||
        !within(s.cell_padding, 0, 50) || !within(s.line_height, 0.8, 3) || s.columns.size() != 3)
      std::abort();
  } catch (const informe::error&) {
  }
  return 0;
}
