// libFuzzer target for the mustache engine: the input is a template directory's html/page.mustache;
// bytes after a NUL, if any, become html/p.mustache (a partial it may include as {{> p}}). Compiling
// and rendering over the example report either gives a page or throws informe::error: no crash, and
// no unbounded time or memory (partials that fan out, nested sections over the rows: issue 19).
//
//     cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_html_writer
//     build/fuzz/tests/fuzz_html_writer -max_total_time=600 -max_len=4096 -rss_limit_mb=1024 CORPUS templates/html
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "writers/html/mustache_template.hpp"
#include "informe/diagnostics.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& scratch() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("informe-fuzz-mustache-" + std::to_string(::getpid()));
    fs::create_directories(d / "html");
    return d;
  }();
  return dir;
}

void put(const char* name, std::string_view text) {
  std::ofstream out(scratch() / name, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto nul = input.find('\0');
  put("html/page.mustache", input.substr(0, nul));
  put("html/p.mustache", nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1));
  const nlohmann::json view = {
      {"program", "Fomento <a> & \"b\""},
      {"has_rows", true},
      {"rows", nlohmann::json::array({{{"number", "1"}, {"text", "uno"}}, {{"number", "2"}, {"text", "dos"}}})},
      {"labels", {{"title", "Informe"}}}};
  informe::template_set templates(scratch().string());
  try {
    informe::detail::mustache_template page(templates, "html/page.mustache");
    (void)page.render(view);
  } catch (const informe::error&) {
  }
  return 0;
}
