// The text grid: `pdftotext -layout` text -> positioned words for the layout engine, and through the
// engine to a report.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "grammar/report_builder.hpp"
#include "layout/read_layout.hpp"
#include "readers/text/text_grid.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

// One grid line: each text placed at its (0-based) character column.
std::string grid_line(const std::vector<std::pair<std::size_t, std::string>>& parts) {
  std::string out;
  std::size_t width = 0;  // code points written
  for (const auto& [column, text] : parts) {
    if (column > width) {
      out.append(column - width, ' ');
      width = column;
    }
    out += text;
    for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return out + "\n";
}

// `text` read as a grid through the layout engine and the grammar.
report read_grid(const std::string& text, diagnostics& diags) {
  report_builder builder(diags);
  layout::read_layout(grid_pages(text), builder, diags);
  return builder.finish();
}

std::string messages(const diagnostics& diags) {
  std::string all;
  for (const auto& d : diags.all()) all += d.to_string() + "\n";
  return all;
}

}  // namespace

TEST_CASE("grid_pages places each word at its character column and line") {
  auto pages = grid_pages("ab  cd\n  éx y\n\n\tz\n");
  REQUIRE(pages.size() == 1);
  const auto& ws = pages[0].words;
  REQUIRE(ws.size() == 5);
  CHECK(pages[0].number == 1);
  CHECK(ws[0].text == "ab");
  CHECK(ws[0].x0 == 0);
  CHECK(ws[0].x1 == 2 * text_grid::char_width);
  CHECK(ws[0].y0 == 0);
  CHECK(ws[0].size == text_grid::font_size);
  CHECK(ws[0].line == 1);
  CHECK(ws[0].column == 1);
  CHECK(ws[0].estimated_width == doctest::Approx(2 * 0.556 * text_grid::font_size));
  CHECK(ws[1].x0 == 4 * text_grid::char_width);
  // "éx": two code points (three bytes) wide on the grid; its file column counts bytes.
  CHECK(ws[2].text == "éx");
  CHECK(ws[2].x0 == 2 * text_grid::char_width);
  CHECK(ws[2].x1 == 4 * text_grid::char_width);
  CHECK(ws[2].y0 == text_grid::line_height);
  CHECK(ws[2].line == 2);
  CHECK(ws[3].x0 == 5 * text_grid::char_width);
  CHECK(ws[3].column == 7);  // bytes: "  éx " is six
  // A blank line keeps its row; a tab advances to the next multiple of eight.
  CHECK(ws[4].text == "z");
  CHECK(ws[4].y0 == 3 * text_grid::line_height);
  CHECK(ws[4].x0 == 8 * text_grid::char_width);
  CHECK(ws[4].line == 4);
  CHECK(pages[0].width == 9 * text_grid::char_width);  // the widest line, "\tz"
}

TEST_CASE("form feeds separate pages; rows restart at each page, file lines do not") {
  auto pages = grid_pages("uno\r\ndos\fcuatro\ncinco\n\f");
  REQUIRE(pages.size() == 2);  // the final form feed leaves no empty page
  REQUIRE(pages[0].words.size() == 2);
  CHECK(pages[0].words[1].text == "dos");
  CHECK(pages[0].words[1].line == 2);
  CHECK(pages[0].words[1].y0 == text_grid::line_height);
  REQUIRE(pages[1].words.size() == 2);
  CHECK(pages[1].number == 2);
  CHECK(pages[1].words[0].text == "cuatro");
  CHECK(pages[1].words[0].y0 == 0);
  CHECK(pages[1].words[0].x0 == 0);  // the page starts after the form feed
  CHECK(pages[1].words[0].line == 2);
  CHECK(pages[1].words[1].text == "cinco");
  CHECK(pages[1].words[1].y0 == text_grid::line_height);
  CHECK(pages[1].words[1].line == 3);
}

TEST_CASE("has_spaced_table_header wants two column titles set apart by two spaces or more") {
  CHECK(has_spaced_table_header("texto\nN°   Recomendación        Compromiso        Cumplimiento\n"));
  CHECK(has_spaced_table_header("RECOMENDACIÓN    COMPROMISO\n"));
  CHECK_FALSE(has_spaced_table_header("La Recomendación y el Compromiso de Cumplimiento\n"));
  CHECK_FALSE(has_spaced_table_header("Recomendación\tCompromiso\tCumplimiento\n"));
  CHECK_FALSE(has_spaced_table_header("Compromiso\n"));
}

TEST_CASE("a -layout grid through the layout engine: columns from blanks, two columns run together are split") {
  std::string text;
  text += grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009"}});
  text += "\n";
  text += grid_line({{0, "Programa/Institución:"}, {24, "Programa de Becas"}});
  text += "\n";
  text += grid_line({{0, "N°"}, {5, "Recomendación"}, {34, "Compromiso"}, {64, "Cumplimiento"}});
  text += "\n";
  text += grid_line({{0, "1"}, {5, "Mejorar la selección de"}, {34, "Revisar la selección"}, {64, "Se revisó en"}});
  text += grid_line({{5, "los becarios con"}, {34, "de los becarios."}, {64, "2009."}});
  text += grid_line({{5, "aplicando nuevos criteriosDurante el año se revisó."}});
  text += "\n";
  text += grid_line({{0, "2"}, {5, "Evaluar el programa."}, {34, "Contratar."}, {64, "Se contrató."}});
  diagnostics diags("grid.txt");
  report r = read_grid(text, diags);
  INFO(messages(diags));
  CHECK(r.program == "Programa de Becas");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].recommendation.plain_text() == "Mejorar la selección de los becarios con aplicando nuevos criterios");
  CHECK(r.rows[0].commitment.plain_text() == "Revisar la selección de los becarios. Durante el año se revisó.");
  CHECK(r.rows[0].compliance.plain_text() == "Se revisó en 2009.");
  CHECK(r.rows[1].commitment.plain_text() == "Contratar.");
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("a -layout grid whose columns the extractor shifted sideways on the next page and mid-row") {
  std::string text;
  text += grid_line({{0, "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 30-06-2009"}});
  text += "\n";
  text += grid_line({{0, "Programa/Institución:"}, {24, "Programa de Becas"}});
  text += "\n";
  text += grid_line({{0, "N°"}, {5, "Recomendación"}, {34, "Compromiso"}, {66, "Cumplimiento"}});
  text += "\n";
  text += grid_line({{0, "1"}, {5, "Mejorar la selección de"}, {34, "Revisar la selección"}, {66, "Se revisó en"}});
  text += grid_line({{5, "los becarios."}, {34, "de los becarios de la región"}, {66, "2009 con"}});
  text += grid_line({{66, "nuevos criterios"}});
  // The rest of the compliance column, placed three characters left (a separate text block): next
  // to the commitment column's longest line, left of the middle of the gutter between them.
  text += grid_line({{63, "de selección."}});
  text += "\n";
  text += grid_line({{0, "2"}, {5, "Evaluar el programa."}, {34, "Contratar un estudio."}, {66, "Se contrató."}});
  text += grid_line({{5, "en 2009."}, {34, "externo."}, {66, "en enero."}});
  text += "\f";
  // The next page: the columns five characters left, no header repeated.
  text += grid_line({{0, "3"}, {4, "Medir los resultados"}, {29, "Se medirán los resultados del"}, {61, "Se midieron en"}});
  text += grid_line({{4, "de cada año."}, {29, "año en marzo."}, {61, "2010."}});
  diagnostics diags("grid.txt");
  report r = read_grid(text, diags);
  INFO(messages(diags));
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].commitment.plain_text() == "Revisar la selección de los becarios de la región");
  CHECK(r.rows[0].compliance.plain_text() == "Se revisó en 2009 con nuevos criterios de selección.");
  CHECK(r.rows[2].recommendation.plain_text() == "Medir los resultados de cada año.");
  CHECK(r.rows[2].commitment.plain_text() == "Se medirán los resultados del año en marzo.");
  CHECK(r.rows[2].compliance.plain_text() == "Se midieron en 2010.");
  CHECK(diags.warning_count() == 0);
}
