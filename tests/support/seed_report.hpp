// The seed report for writer tests: examples/fomento-microempresa-2009.json through the library's own
// JSON reader, so the tests and the canonical example cannot drift apart.
#pragma once

#include <stdexcept>
#include <string>

#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "informe/model.hpp"
#include "test_files.hpp"

namespace informe::test {

/// The whole seed report, every field, read from the example's canonical JSON (found through
/// INFORME_SOURCE_DIR, as every test finds examples/). Throws when the file cannot be read or the
/// reader has anything to say about it: the example is expected to be clean.
///
///     const report seed = informe::test::seed_report();
inline report seed_report() {
  const std::string path = source_path("examples/fomento-microempresa-2009.json");
  diagnostics diags(path);
  report r = read_json(read_file(path), {}, diags);
  if (!diags.empty()) throw std::runtime_error("the seed example is not clean: " + diags.all().front().to_string());
  return r;
}

}  // namespace informe::test
