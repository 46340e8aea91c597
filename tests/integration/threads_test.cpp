// The threading contract of informe.hpp: every reader and writer runs from many threads at once
// (the PDF plugins loading on first use from all of them), and gives the bytes one thread gives.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "informe/informe.hpp"
#include "test_files.hpp"

namespace {

struct outputs {
  std::map<std::string, std::string> bytes;    // format -> what it wrote
  std::map<std::string, informe::report> back;  // format -> that output read back
  informe::report from_text;
  std::string failure;
};

void convert_all(const informe::report& model, const std::string& seed_text, outputs& out) {
  try {
    informe::write_options options;
    options.source_date_epoch = 1254935185;
    for (const auto& f : informe::formats()) {
      if (!f.write || !f.read) continue;
      informe::diagnostics diags(std::string(f.name));
      std::string bytes;
      f.write(model, options, bytes, diags);
      out.back[std::string(f.name)] = f.read(bytes, {}, diags);
      out.bytes[std::string(f.name)] = std::move(bytes);
      if (diags.error_count() > 0) out.failure += std::string(f.name) + ": " + diags.all().front().to_string() + "\n";
    }
    informe::diagnostics diags("seed.txt");
    out.from_text = informe::read_text(seed_text, {}, diags);
  } catch (const std::exception& e) {
    out.failure += e.what();
  }
}

}  // namespace

TEST_CASE("every reader and writer runs in many threads at once, with the output of one thread") {
  std::string json = informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.json"));
  std::string text = informe::test::read_file(informe::test::source_path("examples/fomento-microempresa-2009.txt"));
  informe::diagnostics diags("example.json");
  const informe::report model = informe::read_json(json, {}, diags);
  REQUIRE(diags.error_count() == 0);

  // First use of everything (PDF plugins included) from all threads together, then the reference.
  constexpr int thread_count = 8;
  std::vector<outputs> results(thread_count);
  {
    std::vector<std::thread> threads;
    for (auto& r : results) threads.emplace_back(convert_all, std::cref(model), std::cref(text), std::ref(r));
    for (auto& t : threads) t.join();
  }
  outputs reference;
  convert_all(model, text, reference);
  REQUIRE(reference.failure.empty());
  CHECK(reference.bytes.count("pdf") == 1);
  CHECK(reference.bytes.size() >= 7);  // json, xml, html, pdf, docx, docx-xml, xlsx...

  for (int i = 0; i < thread_count; ++i) {
    CAPTURE(i);
    CHECK(results[i].failure == "");
    for (const auto& [format, bytes] : reference.bytes) {
      CAPTURE(format);
      CHECK(results[i].bytes[format] == bytes);
      CHECK(results[i].back[format] == reference.back[format]);
    }
    CHECK(results[i].from_text == reference.from_text);
  }
  // The lossless formats give the model back.
  CHECK(reference.back["json"] == model);
  CHECK(reference.back["xml"] == model);
  CHECK(reference.from_text.rows.size() == model.rows.size());
}
