// Helpers of the DOCX tests: temporary folders, running real clients, words of a report.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "core/spanish.hpp"
#include "informe/model.hpp"
#include "test_files.hpp"

namespace informe::test {

/// A fresh folder below /tmp, removed with the object.
struct temp_dir {
  std::string path;
  temp_dir() {
    std::string pattern = "/tmp/informe-docx-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path = pattern;
  }
  ~temp_dir() {
    std::error_code ec;
    if (!std::getenv("INFORME_KEEP_TMP")) std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

/// Runs a shell command; returns its exit status.
inline int run(const std::string& command) {
  int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

inline bool have(const std::string& program) { return run("command -v " + program + " >/dev/null 2>&1") == 0; }

/// Converts `file` to PDF in `dir` with LibreOffice (a private profile, so parallel runs don't clash).
/// Returns the PDF's path, or "" when the conversion failed; soffice's output goes to dir/soffice.log.
inline std::string soffice_to_pdf(const temp_dir& dir, const std::string& file, const std::string& stem) {
  std::string profile = dir / "profile";
  std::string out = dir / "pdf";
  std::filesystem::create_directories(out);
  int rc = run("cd " + dir.path + " && timeout 180 soffice -env:UserInstallation=file://" + profile +
               " --headless --norestore --convert-to pdf --outdir " + out + " " + file + " >" + (dir / "soffice.log") +
               " 2>&1");
  std::string pdf = out + "/" + stem + ".pdf";
  if (rc != 0 || !std::filesystem::exists(pdf)) return {};
  return pdf;
}

/// The words of `text`: runs of letters and digits (any non-ASCII byte counts as a letter), with counts.
inline std::map<std::string, int> words(const std::string& text) {
  std::map<std::string, int> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) ++out[word];
    word.clear();
  };
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/// Every field of the report as text: what a reader of the document must find.
inline std::string field_text(const report& r) {
  std::string t;
  auto add = [&](const std::string& s) { t += s + "\n"; };
  if (r.cutoff_date) add(detail::spanish_long_date(*r.cutoff_date));
  if (r.issued_at) add(detail::spanish_long_date_time(*r.issued_at));
  add(r.program);
  add(r.ministry);
  add(r.service);
  if (r.evaluation_year) add(std::to_string(*r.evaluation_year));
  add(r.program_status);
  if (r.exit_date) add(detail::spanish_long_date(*r.exit_date));
  add(r.observation.plain_text());
  for (const auto& row : r.rows) {
    add(row.number);
    add(row.recommendation.plain_text());
    add(row.responsible);
    add(row.commitment.plain_text());
    add(row.due_text);
    add(row.compliance.plain_text());
    add(row.compliance_observation.plain_text());
    add(row.status_text);
    add(row.verification.plain_text());
  }
  return t;
}

/// `seed` with a 14th row taller than an A4 page in three columns (thirty paragraphs; a paragraph
/// and a list of forty items; fifteen paragraphs, an observation and a list of twenty): the DOCX
/// writer divides it into rows that fit a page.
inline report long_row_report(report seed) {
  const std::string sentence =
      "Se revisaron los procedimientos de asignación de recursos a las regiones y se ajustaron los criterios "
      "de focalización según la evaluación de impacto del año anterior.";
  row r;
  r.number = "14";
  for (int i = 1; i <= 30; ++i) r.recommendation.add_paragraph(std::to_string(i) + ". " + sentence);
  r.responsible = "SERCOTEC";
  r.commitment.add_paragraph("Un plan de trabajo en etapas:");
  std::vector<std::string> stages;
  for (int i = 1; i <= 40; ++i)
    stages.push_back("Etapa " + std::to_string(i) + ": se ajustan los criterios de focalización de cada región.");
  r.commitment.add_list(stages);
  r.due = partial_date{2009, 12, 0};
  r.due_text = "Dic. 2009";
  for (int i = 1; i <= 15; ++i) r.compliance.add_paragraph("Avance " + std::to_string(i) + ": " + sentence);
  r.compliance_observation = rich_text::paragraph("Se mantiene en seguimiento.");
  r.status = compliance_status::partially_fulfilled;
  r.status_text = "Parcialmente cumplido";
  std::vector<std::string> reports;
  for (int i = 1; i <= 20; ++i) reports.push_back("Informe " + std::to_string(i) + " de avance trimestral.");
  r.verification.add_list(reports);
  seed.rows.push_back(std::move(r));
  return seed;
}

/// The words of `expected` missing from `actual` (counting repeats), as "word (need N, have M)" lines.
/// A word the layout broke across lines (pdftotext joins "Pre-" and "inversión" into "Preinversión";
/// a long "A/B/CD" in a narrow column breaks inside) still counts when `text` without white space
/// holds it often enough.
inline std::string missing_words(const std::map<std::string, int>& expected, const std::map<std::string, int>& actual,
                                 const std::string& text) {
  std::string squeezed;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
  }
  std::string out;
  for (const auto& [w, n] : expected) {
    auto it = actual.find(w);
    int have_n = it == actual.end() ? 0 : it->second;
    if (have_n >= n) continue;
    int inside = 0;
    for (auto at = squeezed.find(w); at != std::string::npos; at = squeezed.find(w, at + w.size())) ++inside;
    if (inside >= n) continue;
    out += w + " (need " + std::to_string(n) + ", have " + std::to_string(have_n) + ")\n";
  }
  return out;
}

}  // namespace informe::test
