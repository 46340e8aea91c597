// Seed (examples/fomento-microempresa-2009.json) to .docx: in-process, and scaled to 10x and 100x rows
// to check the writer is linear. The whole-process comparison with LibreOffice and pandoc is
// tests/bench/bench_docx.sh.
//
//     bench_docx [iterations]                 prints one line per size: rows, mean, best, bytes
//     bench_docx --write FILE [--flat]        writes the seed's .docx (or Flat OPC) once, for timing a process
#include <informe/informe.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
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

double cpu_us() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

// Mean and best wall time of writing `r`, and mean CPU time, in microseconds (CPU time is the
// steadier figure on a shared machine).
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
  const double cpu_start = cpu_us();
  for (int i = 0; i < iterations; ++i) {
    std::string docx;
    const auto start = clock::now();
    informe::write_docx(r, options, docx, diags);
    const double us = std::chrono::duration<double, std::micro>(clock::now() - start).count();
    total += us;
    best = std::min(best, us);
  }
  const double cpu = (cpu_us() - cpu_start) / iterations;
  std::printf("docx\t%5zu rows\twall %9.1f µs mean %9.1f µs best\tcpu %9.1f µs mean\t%6.1f cpu µs/row\t%7zu bytes\t(%d runs)\n",
              r.rows.size(), total / iterations, best, cpu, cpu / static_cast<double>(r.rows.size()), size, iterations);
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
