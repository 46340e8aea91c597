// Benchmark of read_html: pages per second for a legacy page of the seed's size (13 rows), 10x and
// 100x the rows, and the same for this library's own HTML output. Time per row should stay flat.
//
//   bench_html_reader [CPU seconds per case, default 1]
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "informe/informe.hpp"

namespace {

using informe::report;

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

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string rich(const informe::rich_text& t) {
  std::string out;
  for (const auto& b : t.blocks) {
    if (b.type == informe::block::kind::paragraph) {
      out += "<P>" + escape(b.text) + "</P>\n";
    } else {
      out += "<UL>\n";
      for (const auto& i : b.items) out += "<LI>- " + escape(i) + "\n";
      out += "</UL>\n";
    }
  }
  return out;
}

// A 2000s-style page of the report: layout tables, <FONT>, labels in <U>, <BR><BR> between fields.
std::string legacy_page(const report& r, int copies) {
  std::string h =
      "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD>\n"
      "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
      "<SCRIPT>function imprimir(){window.print();}</SCRIPT></HEAD>\n<BODY>\n"
      "<TABLE WIDTH=\"760\"><TR><TD CLASS=\"menu\"><A HREF=\"/\">Inicio</A></TD><TD>\n"
      "<FONT SIZE=\"3\"><B>INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL<BR>30-06-2009</B></FONT><BR>\n"
      "<B>Fecha del Informe:</B> 07-10-2009 ; 17:06:25<BR>\n<TABLE>\n"
      "<TR><TD><B>Programa/Instituci&oacute;n:</B></TD><TD>" + escape(r.program) + "</TD></TR>\n"
      "<TR><TD><B>Ministerio:</B></TD><TD>" + escape(r.ministry) + "</TD></TR>\n"
      "<TR><TD><B>Servicio:</B></TD><TD>" + escape(r.service) + "</TD></TR>\n</TABLE>\n"
      "<TABLE BORDER=\"1\">\n<TR><TD><B>RECOMENDACI&Oacute;N</B></TD><TD><B>COMPROMISO</B></TD><TD><B>CUMPLIMIENTO</B></TD></TR>\n";
  int number = 0;
  for (int c = 0; c < copies; ++c) {
    for (const auto& row : r.rows) {
      h += "<TR VALIGN=\"TOP\"><TD><FONT SIZE=\"2\">" + std::to_string(++number) + ". " + rich(row.recommendation);
      if (!row.responsible.empty()) h += "<BR><BR>Organismo Responsable: " + escape(row.responsible);
      h += "</FONT></TD>\n<TD><FONT SIZE=\"2\">" + rich(row.commitment);
      if (!row.due_text.empty()) h += "<BR><BR><U>Fecha de Vencimiento:</U> " + escape(row.due_text);
      h += "</FONT></TD>\n<TD><FONT SIZE=\"2\">" + rich(row.compliance);
      if (!row.compliance_observation.empty()) h += "<BR><BR><U>Observaci&oacute;n:</U> " + rich(row.compliance_observation);
      if (!row.status_text.empty()) h += "<BR><BR><U>Calificaci&oacute;n:</U> " + escape(row.status_text);
      h += "<BR><BR><U>Medios de Verificaci&oacute;n:</U> " + rich(row.verification) + "</FONT></TD></TR>\n";
      if (number % 8 == 0)
        h += "<TR><TD><B>Recomendaci&oacute;n</B></TD><TD><B>Compromiso</B></TD><TD><B>Cumplimiento</B></TD></TR>\n";
    }
  }
  h += "</TABLE></TD></TR></TABLE>\n<P CLASS=\"pie\">Direcci&oacute;n de Presupuestos</P></BODY></HTML>\n";
  return h;
}

std::string own_page(report r, int copies) {
  auto rows = r.rows;
  r.rows.clear();
  for (int c = 0; c < copies; ++c) r.rows.insert(r.rows.end(), rows.begin(), rows.end());
  std::string out;
  informe::diagnostics d;
  informe::write_html(r, {}, out, d);
  return out;
}

// CPU time of this process: the machine may be shared, wall time would measure the neighbours.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void run(const char* kind, const std::string& page, std::size_t expected_rows, double budget) {
  std::size_t pages = 0;
  const double t0 = cpu_seconds();
  double elapsed = 0;
  do {
    informe::diagnostics d;
    report r = informe::read_html(page, {}, d);
    if (r.rows.size() != expected_rows) {
      std::fprintf(stderr, "%s: %zu rows read, %zu expected\n", kind, r.rows.size(), expected_rows);
      std::exit(1);
    }
    ++pages;
    elapsed = cpu_seconds() - t0;
  } while (elapsed < budget);
  const double per_page = elapsed / static_cast<double>(pages);
  std::printf("%-8s %6zu rows %9.1f KiB %10.1f pages/s %9.0f rows/s %7.2f MiB/s %8.2f us/row\n", kind, expected_rows,
              static_cast<double>(page.size()) / 1024.0, 1.0 / per_page,
              static_cast<double>(expected_rows) / per_page, static_cast<double>(page.size()) / per_page / 1048576.0,
              per_page * 1e6 / static_cast<double>(expected_rows));
}

}  // namespace

int main(int argc, char** argv) {
  const double budget = argc > 1 ? std::atof(argv[1]) : 1.0;
  const char* root = std::getenv("INFORME_SOURCE_DIR");
#ifdef INFORME_SOURCE_DIR
  std::string dir = root ? root : INFORME_SOURCE_DIR;
#else
  std::string dir = root ? root : ".";
#endif
  informe::diagnostics d;
  report seed = informe::read_json(read_file(dir + "/examples/fomento-microempresa-2009.json"), {}, d);
  std::printf("read_html, %zu-row seed report (CPU time of this process)\n", seed.rows.size());
  for (int copies : {1, 10, 100}) run("legacy", legacy_page(seed, copies), seed.rows.size() * copies, budget);
  for (int copies : {1, 10, 100}) run("own", own_page(seed, copies), seed.rows.size() * copies, budget);
  return 0;
}
