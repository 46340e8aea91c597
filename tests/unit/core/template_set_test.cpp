#include <doctest/doctest.h>

#include <filesystem>

#include "core/template_json.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"
#include "test_files.hpp"

using namespace informe;
namespace fs = std::filesystem;

TEST_CASE("built-in templates are compiled in") {
  template_set t;
  auto names = template_set::builtin_names();
  CHECK(std::find(names.begin(), names.end(), "common/labels.json") != names.end());
  auto labels = detail::load_labels(t);
  CHECK(labels.at("column_recommendation") == "Recomendación");
  CHECK_THROWS_AS(t.load("no/such.file"), error);
  CHECK_FALSE(t.try_load("../CMakeLists.txt"));
}

TEST_CASE("a directory overrides templates file by file, and errors name the file and line") {
  fs::path dir = fs::temp_directory_path() / "informe-template-test";
  fs::remove_all(dir);
  template_set::export_builtin(dir.string());
  CHECK(fs::exists(dir / "common" / "labels.json"));
  test::write_file((dir / "common" / "labels.json").string(), "{\n  \"title\": \"Otro\",\n  oops\n}");
  template_set t(dir.string());
  CHECK(t.origin("common/labels.json") == (dir / "common" / "labels.json").string());
  try {
    detail::load_labels(t);
    FAIL("expected a parse error");
  } catch (const error& e) {
    CHECK(e.file() == (dir / "common" / "labels.json").string());
    CHECK(e.where().line == 3);
  }
  fs::remove_all(dir);
}
