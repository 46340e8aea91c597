#include <doctest/doctest.h>

#include <sys/stat.h>

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

namespace {

// A fresh folder below the temporary directory, removed when the test ends.
struct scratch {
  fs::path dir;
  explicit scratch(const char* name) : dir(fs::temp_directory_path() / name) { fs::remove_all(dir); }
  ~scratch() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("template JSON has the canonical reader's depth limit, checked before parsing") {
  scratch s("informe-template-deep");
  fs::create_directories(s.dir / "common");
  // A million levels overflowed the stack in nlohmann-json's recursive copy; 400,000 (within the
  // size limit of a template) would too.
  std::string deep = "{\"a\": " + std::string(400000, '[') + std::string(400000, ']') + "}";
  test::write_file((s.dir / "common" / "labels.json").string(), deep);
  template_set t(s.dir.string());
  try {
    detail::load_labels(t);
    FAIL("expected a depth error");
  } catch (const error& e) {
    CHECK(e.message() == "JSON nested deeper than 64 levels");
    CHECK(e.where().column == 70);  // the 65th level: the object, then the 64th bracket after `{"a": `
    CHECK(e.file() == (s.dir / "common" / "labels.json").string());
  }
  // 64 levels are fine.
  test::write_file((s.dir / "common" / "labels.json").string(),
                   "{\"a\": " + std::string(63, '[') + std::string(63, ']') + "}");
  CHECK(detail::load_labels(t).at("a").is_array());
}

TEST_CASE("template files must be regular files within the size limit") {
  scratch s("informe-template-special");
  fs::create_directories(s.dir / "common");
  std::string path = (s.dir / "common" / "labels.json").string();
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  template_set t(s.dir.string());
  // A FIFO would block the open forever; it is refused instead.
  auto message_of = [&] {
    try {
      t.load("common/labels.json");
    } catch (const error& e) {
      CHECK(e.file() == path);
      return e.message();
    }
    return std::string("no error");
  };
  CHECK(message_of() == "the template is not a regular file");
  fs::remove(path);
  test::write_file(path, std::string(template_set::max_file_bytes + 1, ' '));
  CHECK(message_of() == "the template is larger than the limit of 1 MiB");
  test::write_file(path, std::string(template_set::max_file_bytes, ' '));
  CHECK(t.load("common/labels.json").size() == template_set::max_file_bytes);
}

TEST_CASE("export refuses to overwrite, to follow links and to open special files") {
  scratch s("informe-template-export");
  template_set::export_builtin(s.dir.string());
  std::string labels = (s.dir / "common" / "labels.json").string();
  test::write_file(labels, "{\"edited\": true}");
  // An edited template is kept unless overwriting is asked for; nothing else changes either.
  fs::remove(s.dir / "html" / "style.css");
  CHECK_THROWS_AS(template_set::export_builtin(s.dir.string()), error);
  CHECK(test::read_file(labels) == "{\"edited\": true}");
  CHECK_FALSE(fs::exists(s.dir / "html" / "style.css"));
  template_set::export_builtin(s.dir.string(), true);
  CHECK(test::read_file(labels) != "{\"edited\": true}");
  CHECK(fs::exists(s.dir / "html" / "style.css"));

  // A link in place of a template is never written through, even with overwrite.
  std::string victim = (s.dir / "victim.txt").string();
  test::write_file(victim, "keep me");
  fs::remove(labels);
  fs::create_symlink(victim, labels);
  CHECK_THROWS_AS(template_set::export_builtin(s.dir.string(), true), error);
  CHECK(test::read_file(victim) == "keep me");
  // Nor is a link in place of a folder.
  fs::remove(labels);
  fs::remove_all(s.dir / "pdf");
  fs::create_directories(s.dir / "elsewhere");
  fs::create_directory_symlink(s.dir / "elsewhere", s.dir / "pdf");
  CHECK_THROWS_AS(template_set::export_builtin(s.dir.string(), true), error);
  CHECK(fs::is_empty(s.dir / "elsewhere"));
  // A FIFO is refused without blocking.
  fs::remove(s.dir / "pdf");
  fs::create_directories(s.dir / "pdf");
  REQUIRE(::mkfifo((s.dir / "pdf" / "style.json").c_str(), 0600) == 0);
  CHECK_THROWS_AS(template_set::export_builtin(s.dir.string(), true), error);
}
