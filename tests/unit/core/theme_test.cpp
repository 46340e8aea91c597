// The theme: complete and masthead-free by default, partial files merged, mistakes named.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/theme.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

using namespace informe::detail;
namespace fs = std::filesystem;

TEST_CASE("the built-in theme claims no issuing office") {
  const theme& t = theme::defaults();
  CHECK_FALSE(t.masthead);
  CHECK(t.masthead_lines.empty());
  CHECK_FALSE(t.shows_masthead());
  CHECK(t[colour_role::primary].hex() == "#0b3a6e");
  CHECK(t[colour_role::primary].word_hex() == "0B3A6E");
  CHECK(t.status(status_role::not_fulfilled).hex() != t.status(status_role::fulfilled).hex());
  CHECK(t.font_family == "Liberation Sans");
}

TEST_CASE("a partial theme.json changes its keys; a misspelt role or a bad colour warns, naming the file") {
  fs::path dir = fs::temp_directory_path() / "informe-theme-test";
  fs::create_directories(dir / "common");
  std::ofstream(dir / "common" / "theme.json")
      << R"j({"colours": {"primary": "#FF00ff", "primray": "#000000", "muted": "grey"},
              "masthead": {"show": true, "lines": ["Oficina de Prueba"]}})j";
  informe::diagnostics diags;
  const theme t = load_theme(informe::template_set(dir.string()), &diags);
  CHECK(t[colour_role::primary].hex() == "#ff00ff");
  CHECK(t[colour_role::muted].hex() == theme::defaults()[colour_role::muted].hex());
  CHECK(t[colour_role::text].hex() == theme::defaults()[colour_role::text].hex());
  CHECK(t.shows_masthead());
  REQUIRE(diags.all().size() == 2);
  for (const auto& d : diags.all()) CHECK(d.file == (dir / "common" / "theme.json").string());
  const std::string both = diags.all()[0].message + diags.all()[1].message;
  CHECK(both.find("\"primray\"") != std::string::npos);
  CHECK(both.find("\"muted\" is not") != std::string::npos);
  fs::remove_all(dir);
}
