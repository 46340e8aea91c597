// The 100-row example (examples/stress-100-rows.json) as XLSX and CSV, in-process: writing and reading.
//
//     bench_sheets [iterations]
//
// Prints one line per step: wall-clock median and the thread's CPU time per conversion, in
// milliseconds (the process figures beside LibreOffice and openpyxl are in bench_sheets.sh).
#include <informe/informe.hpp>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace {

void measure(const char* name, int iterations, const std::function<std::size_t()>& step) {
  using clock = std::chrono::steady_clock;
  for (int i = 0; i < 3; ++i) step();  // warm-up
  auto cpu_now = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
  };
  std::vector<double> wall;
  std::size_t size = 0;
  const double cpu_start = cpu_now();
  for (int i = 0; i < iterations; ++i) {
    const auto start = clock::now();
    size = step();
    wall.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
  }
  const double cpu = (cpu_now() - cpu_start) / iterations;
  std::sort(wall.begin(), wall.end());
  std::printf("%-14s %7.2f ms median  %7.2f ms cpu  %8zu bytes  (%d iterations)\n", name, wall[wall.size() / 2], cpu,
              size, iterations);
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = std::max(1, argc > 1 ? std::atoi(argv[1]) : 50);
  const char* root = std::getenv("INFORME_SOURCE_DIR");
  const std::string path = std::string(root ? root : INFORME_SOURCE_DIR) + "/examples/stress-100-rows.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  informe::diagnostics diags(path);
  const informe::report r = informe::read_json(bytes.str(), {}, diags);
  informe::write_options options;
  options.source_date_epoch = 1254935185;
  std::string xlsx, csv;
  informe::write_xlsx(r, options, xlsx, diags);
  informe::write_csv(r, options, csv, diags);

  measure("write xlsx", iterations, [&] {
    std::string out;
    informe::write_xlsx(r, options, out, diags);
    return out.size();
  });
  measure("read xlsx", iterations, [&] {
    informe::diagnostics d;
    return informe::read_xlsx(xlsx, {}, d).rows.size();
  });
  measure("write csv", iterations, [&] {
    std::string out;
    informe::write_csv(r, options, out, diags);
    return out.size();
  });
  measure("read csv", iterations, [&] {
    informe::diagnostics d;
    return informe::read_csv(csv, {}, d).rows.size();
  });
  measure("read json", iterations, [&] {
    informe::diagnostics d;
    return informe::read_json(bytes.str(), {}, d).rows.size();
  });
}
