// PDF writer benchmark: the seed to PDF in process, pages per second at 1x, 10x and 100x rows, peak memory.
//
//     bench_pdf [SEED.json] [--repeat N] [--seed-only] [--pdf-standard a-2b|a-2u|a-2a]
//
// Prints one line per measurement, "name value unit", for run.sh's table.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <podofo/podofo.h>

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

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long peak_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

// The floor: PoDoFo alone wrapping the report's text onto A4 pages (greedy, word widths from PoDoFo's
// metrics, one DrawText per line), the same subset font, no table, no layout engine.
std::string bare_podofo(const informe::report& r) {
  using namespace PoDoFo;
  std::vector<std::string> paragraphs = {r.program, r.ministry, r.service, r.observation.plain_text(" ")};
  for (const auto& row : r.rows)
    for (const auto* t : {&row.recommendation, &row.commitment, &row.compliance, &row.compliance_observation,
                          &row.verification})
      for (const auto& b : t->blocks) {
        if (b.type == informe::block::kind::paragraph) paragraphs.push_back(b.text);
        for (const auto& item : b.items) paragraphs.push_back(item);
      }
  PdfMemDocument doc;
  PdfFont* font = doc.CreateFontSubset("LiberationSans", false, false, false,
                                       PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                                       "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf");
  font->SetFontSize(8.5f);
  const double width = 170, line = 10.4, top = 790, bottom = 50;
  PdfPainter painter;
  PdfPage* page = nullptr;
  double y = 0;
  int column = 0;
  auto new_page = [&] {
    if (page) painter.FinishPage();
    page = doc.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
    painter.SetPage(page);
    painter.SetFont(font);
    y = top;
    column = 0;
  };
  auto put = [&](const std::string& text) {
    if (!page || y < bottom) {
      if (page && column < 2) {
        ++column;
        y = top;
      } else {
        new_page();
      }
    }
    painter.DrawText(40 + column * 180, y, PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str())));
    y -= line;
  };
  for (const auto& p : paragraphs) {
    std::string current;
    std::istringstream words(p);
    std::string w;
    while (words >> w) {
      std::string candidate = current.empty() ? w : current + " " + w;
      PdfString s(reinterpret_cast<const pdf_utf8*>(candidate.c_str()));
      if (!current.empty() && font->GetFontMetrics()->StringWidth(s) > width) {
        put(current);
        current = w;
      } else {
        current = candidate;
      }
    }
    if (!current.empty()) put(current);
  }
  painter.FinishPage();
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  doc.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

}  // namespace

int main(int argc, char** argv) {
  std::string seed_path = std::string(INFORME_SOURCE_DIR) + "/examples/fomento-microempresa-2009.json";
  int repeat = 15;
  bool seed_only = false;
  std::string standard;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seed-only")) {
      seed_only = true;
    } else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--pdf-standard") && i + 1 < argc) {
      standard = argv[++i];
    } else {
      seed_path = argv[i];
    }
  }
  const std::string json = read_all(seed_path);
  informe::write_options options;
  options.source_date_epoch = 1254935185;
  options.pdf_standard = standard;

  // The seed: JSON to PDF, in process (median of `repeat` runs, after one warm-up).
  // Also the least CPU time of a run: steadier than wall time on a shared machine.
  std::vector<double> times;
  double least_cpu = 1e9;
  std::string pdf;
  for (int i = 0; i <= repeat; ++i) {
    auto t0 = clock_type::now();
    const double c0 = cpu_ms();
    informe::diagnostics diags;
    informe::report r = informe::read_json(json, {}, diags);
    pdf.clear();
    informe::write_pdf(r, options, pdf, diags);
    double ms = std::chrono::duration<double, std::milli>(clock_type::now() - t0).count();
    if (i > 0) times.push_back(ms);
    if (i > 0) least_cpu = std::min(least_cpu, cpu_ms() - c0);
  }
  std::printf("seed_to_pdf_ms %.2f ms\n", median(times));
  std::printf("seed_to_pdf_cpu_min_ms %.2f ms\n", least_cpu);
  std::printf("seed_pdf_bytes %zu bytes\n", pdf.size());
  std::printf("seed_pages %d pages\n", count_pages(pdf));
  std::printf("peak_rss_seed %.1f MiB\n", static_cast<double>(peak_kib()) / 1024.0);

  if (seed_only) return 0;
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
    std::vector<double> floor_t;
    for (int i = 0; i < runs; ++i) {
      auto t0 = clock_type::now();
      std::string out = bare_podofo(big);
      floor_t.push_back(std::chrono::duration<double>(clock_type::now() - t0).count());
    }
    const double f = median(floor_t);
    std::printf("rows_%dx %zu rows\n", scale, big.rows.size());
    std::printf("bare_podofo_%dx_ms %.1f ms\n", scale, f * 1000.0);
    std::printf("ratio_to_bare_%dx %.2f x\n", scale, s / f);
    std::printf("pages_%dx %d pages\n", scale, pages);
    std::printf("write_%dx_ms %.1f ms\n", scale, s * 1000.0);
    std::printf("pages_per_second_%dx %.0f pages/s\n", scale, pages / s);
    std::printf("peak_rss_after_%dx %.1f MiB\n", scale, static_cast<double>(peak_kib()) / 1024.0);
  }
  return 0;
}
