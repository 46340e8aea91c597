// The vocabulary: every term has a compiled-in wording, a partial labels.json changes only its keys,
// and a key that names no term is a warning naming the file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/template_json.hpp"
#include "core/vocabulary.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

using namespace informe::detail;
namespace fs = std::filesystem;

namespace {

fs::path labels_dir(const std::string& name, const std::string& json) {
  fs::path dir = fs::temp_directory_path() / ("informe-vocabulary-" + name);
  fs::create_directories(dir / "common");
  std::ofstream(dir / "common" / "labels.json") << json;
  return dir;
}

}  // namespace

TEST_CASE("the compiled-in labels.json holds every term and nothing else") {
  const nlohmann::json labels = load_labels(informe::template_set{});
  CHECK(labels.size() == term_count);
  for (std::size_t i = 0; i < term_count; ++i) {
    const term t = static_cast<term>(i);
    INFO(term_key(t));
    REQUIRE(labels.contains(std::string(term_key(t))));
    CHECK(vocabulary::defaults()[t] == labels[std::string(term_key(t))].get<std::string>());
    CHECK(term_named(term_key(t)) == t);
  }
  CHECK(vocabulary::defaults().is_default());
  CHECK(vocabulary::defaults()[term::status_not_fulfilled] == "No cumplido");
}

TEST_CASE("a partial labels.json changes its keys only; a misspelt key is a warning naming the file") {
  fs::path dir = labels_dir("partial", R"j({"verification": "Evidencia", "none": "(ninguno)", "verificaton": "x",
                                          "due": 3})j");
  informe::diagnostics diags;
  vocabulary v = load_vocabulary(informe::template_set(dir.string()), &diags);
  CHECK_FALSE(v.is_default());
  CHECK(v[term::verification] == "Evidencia");
  CHECK(v[term::none] == "(ninguno)");
  CHECK(v[term::title] == "Informe de Cumplimiento de Compromisos");  // from the defaults
  CHECK(v[term::due] == "Fecha de Vencimiento");                      // not a string: kept
  REQUIRE(diags.all().size() == 2);
  const std::string file = (dir / "common" / "labels.json").string();
  const std::string both = diags.all()[0].message + "\n" + diags.all()[1].message;
  CHECK(both.find("unknown key \"verificaton\"") != std::string::npos);
  CHECK(both.find("\"due\" is not a string") != std::string::npos);
  for (const auto& d : diags.all()) {
    CHECK(d.file == file);
    CHECK(d.level == informe::severity::warning);
    CHECK(d.to_string().find(file) != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("a directory without labels.json gives the defaults, silently") {
  fs::path dir = fs::temp_directory_path() / "informe-vocabulary-none";
  fs::create_directories(dir);
  informe::diagnostics diags;
  vocabulary v = load_vocabulary(informe::template_set(dir.string()), &diags);
  CHECK(v.is_default());
  CHECK(diags.all().empty());
  fs::remove_all(dir);
}

TEST_CASE("historic wordings sit beside the terms") {
  auto has = [](term t, std::string_view w) {
    for (auto v : historic_variants(t))
      if (v == w) return true;
    return false;
  };
  CHECK(has(term::verification, "Medio de Verificación"));
  CHECK(has(term::status_fulfilled, "Cumplida"));
  CHECK(has(term::continued, "(sigue)"));
  CHECK(has(term::compliance_observation, "Observaciones"));
  // titles of a column of their own, not wordings of the label
  auto titles = [](term t, std::string_view w) {
    for (auto v : column_title_variants(t))
      if (v == w) return true;
    return false;
  };
  CHECK(titles(term::due, "Plazo"));
  CHECK(titles(term::responsible, "Responsable"));
  CHECK(titles(term::status, "Estado"));
  CHECK_FALSE(has(term::due, "Plazo"));
}
