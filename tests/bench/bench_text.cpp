// Benchmark of read_text on the seed format (tab-separated cells): reports per second and MB/s for the
// seed (13 rows), for tables 10x and 100x longer (the seed's rows repeated and renumbered), and for a
// ~50 MB input, which must convert in linear time: time per MB should stay flat from top to bottom.
// Target (issue 12): at least 80 MB/s. The -layout text is measured by bench_text_layout.
//
//   bench_text [seconds per case, default 1] [MB of the big case, default 50; 0 skips it]
//
// Times are CPU time of this process (one thread), so that other work on the machine does not count.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "informe/informe.hpp"

namespace {

constexpr double target_mb_per_second = 80.0;

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

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Splits the seed into the part before the table's first row and the table's lines.
void split_seed(const std::string& seed, std::string& head, std::vector<std::string>& table) {
  std::size_t header = seed.find("Recomendación\tCompromiso\tCumplimiento");
  if (header == std::string::npos) {
    std::fprintf(stderr, "the seed has no column-header line\n");
    std::exit(2);
  }
  std::size_t first_row = seed.find('\n', header) + 1;
  head = seed.substr(0, first_row);
  std::istringstream lines(seed.substr(first_row));
  for (std::string line; std::getline(lines, line);) table.push_back(line);
}

// The line with its leading row number ("12. " or "<p>12. ") replaced by `number`, if it has one.
std::string renumber(const std::string& line, int number, bool& numbered) {
  std::size_t start = line.compare(0, 3, "<p>") == 0 ? 3 : 0;
  std::size_t i = start;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  numbered = i > start && i + 1 < line.size() && line[i] == '.' && line[i + 1] == ' ';
  if (!numbered) return line;
  return line.substr(0, start) + std::to_string(number) + line.substr(i);
}

// The seed with its table repeated `copies` times, rows renumbered 1, 2, 3, ...
std::string repeated(const std::string& head, const std::vector<std::string>& table, int copies, int& rows) {
  std::string out = head;
  rows = 0;
  for (int c = 0; c < copies; ++c) {
    for (const auto& line : table) {
      bool numbered = false;
      std::string l = renumber(line, rows + 1, numbered);
      if (numbered) ++rows;
      out += l;
      out += '\n';
    }
  }
  return out;
}

struct result {
  double reports_per_second = 0;
  double mb_per_second = 0;
  double seconds_per_mb = 0;
  std::size_t rows_read = 0;
};

result measure(const std::string& input, double min_seconds) {
  result r;
  int runs = 0;
  double start = cpu_seconds();
  double elapsed = 0;
  do {
    informe::diagnostics diags;
    informe::report rep = informe::read_text(input, {}, diags);
    r.rows_read = rep.rows.size();
    ++runs;
    elapsed = cpu_seconds() - start;
  } while (elapsed < min_seconds);
  double mb = static_cast<double>(input.size()) / 1e6;
  r.reports_per_second = runs / elapsed;
  r.mb_per_second = mb * runs / elapsed;
  r.seconds_per_mb = elapsed / (mb * runs);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  double big_mb = argc > 2 ? std::atof(argv[2]) : 50.0;
  std::string seed = read_file(std::string(INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.txt");
  std::string head;
  std::vector<std::string> table;
  split_seed(seed, head, table);

  struct bench_case {
    std::string name;
    int copies;
  };
  std::vector<bench_case> cases{{"seed (1x)", 1}, {"10x rows", 10}, {"100x rows", 100}};
  if (big_mb > 0) {
    int rows = 0;
    std::size_t one = repeated(head, table, 1, rows).size() - head.size();
    int copies = static_cast<int>(big_mb * 1e6 / static_cast<double>(one)) + 1;
    cases.push_back({std::to_string(static_cast<int>(big_mb)) + " MB", copies});
  }

  std::printf("read_text on the seed format, CPU time, one thread; target %.0f MB/s\n\n", target_mb_per_second);
  std::printf("%-12s %12s %8s %12s %10s %12s %7s\n", "text reader", "bytes", "rows", "reports/s", "MB/s", "ms per MB",
              "target");
  bool ok = true;
  double first_ms_per_mb = 0;
  for (const auto& c : cases) {
    int rows = 0;
    std::string input = repeated(head, table, c.copies, rows);
    result r = measure(input, c.copies > 1000 ? 0 : seconds);
    if (r.rows_read != static_cast<std::size_t>(rows)) {
      std::fprintf(stderr, "%s: read %zu rows, expected %d\n", c.name.c_str(), r.rows_read, rows);
      ok = false;
    }
    double ms_per_mb = r.seconds_per_mb * 1e3;
    if (first_ms_per_mb == 0) first_ms_per_mb = ms_per_mb;
    std::printf("%-12s %12zu %8d %12.1f %10.1f %12.1f %7s\n", c.name.c_str(), input.size(), rows,
                r.reports_per_second, r.mb_per_second, ms_per_mb,
                r.mb_per_second >= target_mb_per_second ? "met" : "MISSED");
    std::fflush(stdout);
  }
  return ok ? 0 : 1;
}
