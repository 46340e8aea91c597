#include <doctest/doctest.h>

#include <filesystem>

#include "html_support.hpp"
#include "informe/io.hpp"
#include "seed_report.hpp"
#include "test_files.hpp"

using namespace informe;
namespace fs = std::filesystem;

TEST_CASE("the seed renders to a standalone HTML5 document") {
  const report seed = test::seed_report();
  write_options options;
  options.source_date_epoch = 1254935185;
  const std::string html = test::render_html(seed, options);
  // Kept for looking at it (screenshots, print to PDF).
  test::write_file((fs::temp_directory_path() / "informe-seed.html").string(), html);

  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\"") != std::string::npos);
  CHECK(html.find("<meta charset=\"utf-8\" />") != std::string::npos);
  CHECK(html.find("<title>Informe de Cumplimiento de Compromisos al 30 de junio de 2009</title>") != std::string::npos);
  CHECK(html.find("<style>") != std::string::npos);
  // No external resources.
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
}
