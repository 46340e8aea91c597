// Benchmark of read_pdf beside pdftotext on the same files, in the same run: pages per second at 1x,
// 10x and 100x the seed's rows (the seed's 13 rows repeated and renumbered, written by write_pdf).
// pdftotext only extracts text; read_pdf also rebuilds the table and runs the field grammar.
// Target: read_pdf within 2x of pdftotext's time.
//
//   bench_pdf_reader [seconds per case, default 2]
//
// Times are CPU time (user + system), one thread each, so that other work on a shared machine does not
// count: this process's for read_pdf, the children's (getrusage) for pdftotext. pdftotext's include
// starting its process (measured too: "pdftotext -v"), shown and subtracted in the last column.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

#include "informe/informe.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double seconds_since(clock_type::time_point t) {
  return std::chrono::duration<double>(clock_type::now() - t).count();
}

double cpu_of(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double self_cpu() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return cpu_of(u);
}

double children_cpu() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  return cpu_of(u);
}

// Seconds per run of `command` (through the shell), repeated for at least `min_seconds`.
double time_command(const std::string& command, double min_seconds) {
  int runs = 0;
  const double cpu0 = children_cpu();
  auto start = clock_type::now();
  do {
    if (std::system(command.c_str()) != 0) {
      std::fprintf(stderr, "failed: %s\n", command.c_str());
      std::exit(2);
    }
    ++runs;
  } while (seconds_since(start) < min_seconds || runs < 3);
  return (children_cpu() - cpu0) / runs;
}

int page_count(const std::string& path) {
  std::string cmd = "pdfinfo '" + path + "' 2>/dev/null | awk '/^Pages:/ {print $2}'";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return 0;
  int pages = 0;
  if (std::fscanf(p, "%d", &pages) != 1) pages = 0;
  pclose(p);
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  const double min_seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
  informe::diagnostics d;
  const informe::report seed =
      informe::read_json(read_file(std::string(INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.json"), {}, d);
  char dir_template[] = "/tmp/bench_pdf_reader.XXXXXX";
  const char* dir = mkdtemp(dir_template);
  if (!dir) return 2;
  const double startup = time_command("pdftotext -v >/dev/null 2>&1", min_seconds / 4);

  std::printf("read_pdf (this library) beside pdftotext (poppler-utils) on the same PDFs, CPU time, one thread\n");
  std::printf("pdftotext process start-up: %.1f ms\n\n", startup * 1e3);
  std::printf("%-6s %6s %6s %9s | %12s %10s | %12s %12s | %8s %8s\n", "size", "rows", "pages", "KiB", "read_pdf ms",
              "pages/s", "pdftotext ms", "-layout ms", "ratio", "ratio*");
  for (int factor : {1, 10, 100}) {
    informe::report r = seed;
    r.rows.clear();
    int number = 0;
    for (int c = 0; c < factor; ++c)
      for (auto row : seed.rows) {
        row.number = std::to_string(++number);
        r.rows.push_back(std::move(row));
      }
    std::string pdf;
    informe::write_pdf(r, {}, pdf, d);
    const std::string path = std::string(dir) + "/x" + std::to_string(factor) + ".pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    const int pages = page_count(path);

    int runs = 0;
    std::size_t rows_read = 0;
    const double cpu0 = self_cpu();
    auto start = clock_type::now();
    do {
      informe::diagnostics dd;
      rows_read = informe::read_pdf(pdf, {}, dd).rows.size();
      ++runs;
    } while (seconds_since(start) < min_seconds || runs < 3);
    const double ours = (self_cpu() - cpu0) / runs;
    if (rows_read != r.rows.size()) {
      std::fprintf(stderr, "x%d: read %zu rows of %zu\n", factor, rows_read, r.rows.size());
      return 1;
    }
    const double plain = time_command("pdftotext '" + path + "' /dev/null", min_seconds);
    const double layout = time_command("pdftotext -layout '" + path + "' /dev/null", min_seconds);
    std::printf("%-6s %6zu %6d %9.0f | %12.1f %10.0f | %12.1f %12.1f | %8.2f %8.2f\n",
                ("x" + std::to_string(factor)).c_str(), r.rows.size(), pages, pdf.size() / 1024.0, ours * 1e3,
                pages / ours, plain * 1e3, layout * 1e3, ours / plain, ours / std::max(plain - startup, 1e-6));
    std::remove(path.c_str());
  }
  rmdir(dir);
  std::printf("\nratio = read_pdf time / pdftotext time; ratio* = the same without pdftotext's process start-up\n");
  return 0;
}
