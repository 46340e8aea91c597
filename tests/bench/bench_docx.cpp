// Seed (examples/fomento-microempresa-2009.json) to .docx: in-process, and scaled to 10x and 100x rows
// to check the writer is linear. The whole-process comparison with LibreOffice and pandoc is
// tests/bench/bench_docx.sh.
//
//     bench_docx [iterations]                 prints one line per size: rows, mean, best, bytes
//     bench_docx --write FILE [--flat]        writes the seed's .docx (or Flat OPC) once, for timing a process
#include <informe/informe.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {

informe::report load_seed(informe::diagnostics& diags) {
  const char* root = std::getenv("INFORME_SOURCE_DIR");
  const std::string path = std::string(root ? root : INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw informe::error("cannot read " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return informe::read_json(bytes.str(), {}, diags);
}

// Mean and best time of writing `r`, in microseconds.
void measure(const informe::report& r, const informe::write_options& options, int iterations) {
  using clock = std::chrono::steady_clock;
  informe::diagnostics diags;
  std::size_t size = 0;
  for (int i = 0; i < 5; ++i) {  // warm-up: ICU data, templates, allocator
    std::string docx;
    informe::write_docx(r, options, docx, diags);
    size = docx.size();
  }
  double total = 0;
  double best = 1e300;
  for (int i = 0; i < iterations; ++i) {
    std::string docx;
    const auto start = clock::now();
    informe::write_docx(r, options, docx, diags);
    const double us = std::chrono::duration<double, std::micro>(clock::now() - start).count();
    total += us;
    best = std::min(best, us);
  }
  std::printf("docx\t%zu rows\t%.1f µs mean\t%.1f µs best\t%.2f µs/row\t%zu bytes\t(%d iterations)\n", r.rows.size(),
              total / iterations, best, total / iterations / static_cast<double>(r.rows.size()), size, iterations);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    informe::diagnostics diags;
    const informe::report seed = load_seed(diags);
    informe::write_options options;
    options.source_date_epoch = 1254935185;

    if (argc > 2 && std::strcmp(argv[1], "--write") == 0) {
      std::string out;
      if (argc > 3 && std::strcmp(argv[3], "--flat") == 0) {
        informe::write_docx_xml(seed, options, out, diags);
      } else {
        informe::write_docx(seed, options, out, diags);
      }
      std::ofstream(argv[2], std::ios::binary).write(out.data(), static_cast<std::streamsize>(out.size()));
      return 0;
    }

    const int iterations = argc > 1 ? std::atoi(argv[1]) : 200;
    measure(seed, options, iterations);
    for (int factor : {10, 100}) {
      informe::report big = seed;
      big.rows.clear();
      for (int k = 0; k < factor; ++k) big.rows.insert(big.rows.end(), seed.rows.begin(), seed.rows.end());
      measure(big, options, std::max(3, iterations / factor));
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_docx: %s\n", e.what());
    return 1;
  }
}
