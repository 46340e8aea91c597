// The readers recognise the active wording (read_options::template_dir) and the historic ones.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/status.hpp"

using namespace informe::detail;
namespace fs = std::filesystem;

TEST_CASE("a reading scope adds the wording of the labels an input was written with") {
  fs::path dir = fs::temp_directory_path() / "informe-lexicon-test";
  fs::create_directories(dir / "common");
  std::ofstream(dir / "common" / "labels.json")
      << R"j({"verification": "Evidencia", "status_not_fulfilled": "Incumplido", "continued": "(sigue abajo)",
            "none": "(ninguno)", "title": "Reporte de Avance de Compromisos", "typo_key": "x"})j";
  CHECK(match_label("Evidencia:", label_context::cell) == field::none);
  CHECK_FALSE(parse_status("Incumplido"));
  {
    informe::read_options options;
    options.template_dir = dir.string();
    informe::diagnostics diags;
    reading_scope scope(options, diags);
    REQUIRE(diags.all().size() == 1);  // the unknown key
    CHECK(diags.all()[0].message.find("typo_key") != std::string::npos);
    CHECK(match_label("EVIDENCIA:", label_context::cell) == field::verification);
    CHECK(match_label("Medios de Verificación", label_context::cell) == field::verification);  // built-in
    CHECK(match_label("Medio de Verificacion:", label_context::cell) == field::verification);   // historic
    CHECK(parse_status("incumplido") == informe::compliance_status::not_fulfilled);
    CHECK(parse_status("No cumplida") == informe::compliance_status::not_fulfilled);
    CHECK(active_lexicon().is_continued("(sigue abajo)"));
    CHECK(active_lexicon().is_continued("(continua)"));
    CHECK(active_lexicon().is_none("(ninguno)"));
    CHECK(active_lexicon().is_none("\xE2\x80\x94"));
    CHECK(active_lexicon().starts_title("reporte de avance al 30 de junio"));
    CHECK(active_lexicon().starts_title("informe de cumplimiento de compromisos al"));
  }
  CHECK(match_label("Evidencia:", label_context::cell) == field::none);  // the scope ended
  CHECK_FALSE(active_lexicon().is_none("(ninguno)"));
  fs::remove_all(dir);
}

TEST_CASE("the built-in lexicon keeps the grammar's historic synonyms") {
  CHECK(match_label("Fecha Informe", label_context::header) == field::issued_at);
  CHECK(match_label("Año de Evaluación:", label_context::header) == field::evaluation_year);
  CHECK(match_label("Institución Responsable:", label_context::cell) == field::responsible);
  CHECK(parse_status("Parcialmente cumplida.") == informe::compliance_status::partially_fulfilled);
  CHECK(active_lexicon().is_continued("(cont.)"));
  CHECK(active_lexicon().is_no_status("calificacion: sin calificacion"));
  CHECK(active_lexicon().column_title("recomendaciones del panel") == term::column_recommendation);
  CHECK(active_lexicon().is_column_title("compromisos institucionales"));
  CHECK_FALSE(active_lexicon().is_column_title("compromisos varios"));
}

TEST_CASE("may_start_column_title lets through every first byte of a text that folds to a column title") {
  const lexicon& lex = lexicon::defaults();
  int titles = 0;
  for (const char* title : {"Recomendación", "Recomendaciones", "Compromiso", "Compromisos", "Cumplimiento",
                            "RECOMENDACIÓN", "Ćompromiso" /* C with acute: non-ASCII, folds to c */}) {
    const std::string rest = std::string(title).substr(std::string(title).front() & 0x80 ? 2 : 1);
    for (int b = 0; b < 256; ++b) {
      const std::string text = std::string(1, static_cast<char>(b)) + rest;
      if (!lex.is_column_title(fold(text))) continue;
      ++titles;
      CHECK_MESSAGE(lex.may_start_column_title(text.front()), text);
    }
    CHECK(column_header_cell(title) == column_cell::title);
  }
  CHECK(titles >= 12);  // 'r', 'R', 'c', 'C' starts and more: the check above is not vacuous
  CHECK_FALSE(lex.may_start_column_title('x'));
  CHECK_FALSE(lex.may_start_column_title('7'));
  CHECK(lex.may_start_column_title('\xC3'));  // "Á..."
}
