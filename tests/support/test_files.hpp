// Paths and file helpers for tests. The test runner sets INFORME_SOURCE_DIR and friends (tests/CMakeLists.txt).
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace informe::test {

/// A file below the source tree: source_path("examples/x.json").
inline std::string source_path(const std::string& relative) {
  const char* root = std::getenv("INFORME_SOURCE_DIR");
  return std::string(root ? root : ".") + "/" + relative;
}

/// The whole file as bytes; throws when it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

/// The canonical JSON examples (examples/*.json), sorted by name.
inline std::vector<std::filesystem::path> example_files() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(source_path("examples")))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace informe::test
