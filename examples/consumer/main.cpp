// Reads a report in any readable format and prints its row count and fulfilled share.
//   count_rows report.json   ->   "13 rows, 13 fulfilled"
#include <informe/informe.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: count_rows REPORT\n";
    return 2;
  }
  const std::string path = argv[1];
  const informe::format_info* format = informe::format_for_path(path);
  if (!format || !format->read) {
    std::cerr << path << ": cannot read this format\n";
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::cerr << path << ": cannot read\n";
    return 1;
  }

  informe::diagnostics diags(path);
  try {
    informe::report report = format->read(bytes, {}, diags);
    for (const auto& d : diags.all()) std::cerr << d.to_string() << '\n';
    informe::status_summary summary = informe::summarize(report);
    std::cout << report.rows.size() << " rows, " << summary.fulfilled << " fulfilled\n";
  } catch (const informe::error& e) {
    std::cerr << e.with_file(path).to_string() << '\n';
    return 1;
  }
  return 0;
}
