// Seed (examples/fomento-microempresa-2009.json) to HTML, in-process: templates, view and rendering.
//
//     bench_html [iterations]
//
// Prints one line: wall-clock median and best, and the thread's CPU time per conversion (less
// sensitive to a loaded machine), in microseconds.
#include <informe/informe.hpp>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  const int iterations = std::max(1, argc > 1 ? std::atoi(argv[1]) : 2000);
  const char* root = std::getenv("INFORME_SOURCE_DIR");
  const std::string path = std::string(root ? root : INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  informe::diagnostics diags(path);
  const informe::report seed = informe::read_json(bytes.str(), {}, diags);
  informe::write_options options;
  options.source_date_epoch = 1254935185;

  using clock = std::chrono::steady_clock;
  std::size_t size = 0;
  for (int i = 0; i < 20; ++i) {  // warm-up: ICU data, allocator
    std::string html;
    informe::write_html(seed, options, html, diags);
    size = html.size();
  }
  auto cpu_now = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
  };
  std::vector<double> wall;
  wall.reserve(static_cast<std::size_t>(iterations));
  const double cpu_start = cpu_now();
  for (int i = 0; i < iterations; ++i) {
    std::string html;
    const auto start = clock::now();
    informe::write_html(seed, options, html, diags);
    wall.push_back(std::chrono::duration<double, std::micro>(clock::now() - start).count());
  }
  const double cpu = (cpu_now() - cpu_start) / iterations;
  std::sort(wall.begin(), wall.end());
  std::printf("html\t%.0f µs median\t%.0f µs best\t%.0f µs cpu\t%zu bytes\t(%d iterations)\n",
              wall[wall.size() / 2], wall.front(), cpu, size, iterations);
  return 0;
}
