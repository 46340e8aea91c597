// PDF writer benchmark: the seed to PDF in process, pages per second at 1x, 10x and 100x rows, peak memory.
//
//     bench_pdf [SEED.json] [--repeat N]
//
// Prints one line per measurement, "name value unit", for run.sh's table.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "informe/informe.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int count_pages(const std::string& pdf) {
  int n = 0;
  for (std::size_t at = pdf.find("/Type/Page"); at != std::string::npos; at = pdf.find("/Type/Page", at + 1))
    if (at + 10 >= pdf.size() || pdf[at + 10] != 's') ++n;
  return n;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

long peak_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  std::string seed_path = std::string(INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.json";
  int repeat = 15;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      seed_path = argv[i];
    }
  }
  const std::string json = read_all(seed_path);
  informe::write_options options;
  options.source_date_epoch = 1254935185;

  // The seed: JSON to PDF, in process (median of `repeat` runs, after one warm-up).
  std::vector<double> times;
  std::string pdf;
  for (int i = 0; i <= repeat; ++i) {
    auto t0 = clock_type::now();
    informe::diagnostics diags;
    informe::report r = informe::read_json(json, {}, diags);
    pdf.clear();
    informe::write_pdf(r, options, pdf, diags);
    double ms = std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
    if (i > 0) times.push_back(ms);
  }
  std::printf("seed_to_pdf_ms %.2f ms\n", median(times));
  std::printf("seed_pdf_bytes %zu bytes\n", pdf.size());
  std::printf("seed_pages %d pages\n", count_pages(pdf));
  std::printf("peak_rss_seed %.1f MiB\n", static_cast<double>(peak_kib()) / 1024.0);

  informe::diagnostics diags;
  const informe::report seed = informe::read_json(json, {}, diags);
  for (int scale : {1, 10, 100}) {
    informe::report big = seed;
    big.rows.clear();
    for (int k = 0; k < scale; ++k)
      for (const auto& row : seed.rows) {
        big.rows.push_back(row);
        big.rows.back().number = std::to_string(big.rows.size());
      }
    const int runs = scale == 100 ? 3 : scale == 10 ? 5 : repeat;
    std::vector<double> t;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
      std::string out;
      auto t0 = clock_type::now();
      informe::write_pdf(big, options, out, diags);
      t.push_back(std::chrono::duration<double>(clock_type::now() - t0).count());
      pages = count_pages(out);
    }
    const double s = median(t);
    std::printf("rows_%dx %zu rows\n", scale, big.rows.size());
    std::printf("pages_%dx %d pages\n", scale, pages);
    std::printf("write_%dx_ms %.1f ms\n", scale, s * 1000.0);
    std::printf("pages_per_second_%dx %.0f pages/s\n", scale, pages / s);
    std::printf("peak_rss_after_%dx %.1f MiB\n", scale, static_cast<double>(peak_kib()) / 1024.0);
  }
  return 0;
}
