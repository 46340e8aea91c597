// Helpers of the PDF writer's tests: running the Poppler and qpdf tools, and word multisets.
#pragma once

#include <doctest/doctest.h>
#include <unicode/uchar.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "informe/model.hpp"
#include "writers/pdf/layout.hpp"
#include "test_files.hpp"

namespace informe::test {

struct command_result {
  int status = -1;
  std::string out;
};

/// Runs a shell command and returns its exit status and standard output.
inline command_result run(const std::string& command) {
  command_result r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// A scratch file path in the temporary directory, in a directory of this process's own (test runs of other
/// build trees may run at the same time).
inline std::string scratch(const std::string& name) {
  static const struct scratch_dir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("informe-pdf-writer-test-" + std::to_string(getpid()));
    ~scratch_dir() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  } own;
  const auto& dir = own.path;
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

/// An example report from examples/, read with no error.
inline report load_example(const std::string& name) {
  diagnostics d;
  report r = read_json(read_file(source_path("examples/" + name)), {}, d);
  REQUIRE(d.error_count() == 0);
  return r;
}

/// Options with the fixed timestamp the golden files use (2009-10-07T17:06:25Z).
inline write_options reproducible() {
  write_options o;
  o.source_date_epoch = 1254935185;
  return o;
}

/// Writes bytes to a scratch file and returns its path.
inline std::string save(const std::string& name, const std::string& bytes) {
  std::string path = scratch(name);
  write_file(path, bytes);
  return path;
}

/// Words as runs of letters and digits (so breaks after "-" or "/" do not matter), NFC, counted.
inline std::map<std::string, int> words(const std::string& text) {
  std::map<std::string, int> out;
  std::string word;
  for (char32_t c : detail::pdf::decode_utf8(detail::nfc(text))) {
    if (u_isalnum(static_cast<UChar32>(c))) {
      detail::append_utf8(word, c);
    } else if (!word.empty()) {
      ++out[word];
      word.clear();
    }
  }
  if (!word.empty()) ++out[word];
  return out;
}

inline void add_words(std::map<std::string, int>& into, const std::string& text) {
  for (const auto& [w, n] : words(text)) into[w] += n;
}

/// Every word of every field of the report.
inline std::map<std::string, int> model_words(const report& r) {
  std::map<std::string, int> w;
  for (const auto* s : {&r.program, &r.ministry, &r.service, &r.program_status}) add_words(w, *s);
  add_words(w, r.observation.plain_text(" "));
  for (const auto& row : r.rows) {
    for (const auto* s : {&row.number, &row.responsible, &row.due_text, &row.status_text}) add_words(w, *s);
    for (const auto* t : {&row.recommendation, &row.commitment, &row.compliance, &row.compliance_observation,
                          &row.verification})
      add_words(w, t->plain_text(" "));
  }
  return w;
}

/// The words of a PDF file as drawn, from `pdftotext -bbox` (plain pdftotext joins words hyphenated at
/// line ends), then split into runs of letters and digits like model_words.
inline std::map<std::string, int> pdf_words(const std::string& path) {
  auto r = run("pdftotext -enc UTF-8 -bbox '" + path + "' -");
  std::string all;
  for (std::size_t at = r.out.find("<word "); at != std::string::npos; at = r.out.find("<word ", at + 1)) {
    std::size_t open = r.out.find('>', at), close = r.out.find("</word>", at);
    if (open == std::string::npos || close == std::string::npos) break;
    std::string w = r.out.substr(open + 1, close - open - 1);
    for (auto [from, to] : {std::pair<const char*, const char*>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                            {"&apos;", "'"}, {"&amp;", "&"}}) {
      for (std::size_t p = w.find(from); p != std::string::npos; p = w.find(from, p + 1)) w.replace(p, std::string(from).size(), to);
    }
    all += w + " ";
  }
  return words(all);
}

/// Text with runs of white space collapsed to one space, for phrase searches across lines.
inline std::string flat(const std::string& text) { return detail::collapse_whitespace(text); }

/// Words of `expected` missing from `got` (with their shortfall), as "word×n" strings.
inline std::vector<std::string> missing_words(const std::map<std::string, int>& expected,
                                              const std::map<std::string, int>& got) {
  std::vector<std::string> out;
  for (const auto& [w, n] : expected) {
    auto it = got.find(w);
    int have = it == got.end() ? 0 : it->second;
    if (have < n) out.push_back(w + "x" + std::to_string(n - have));
  }
  return out;
}

}  // namespace informe::test
