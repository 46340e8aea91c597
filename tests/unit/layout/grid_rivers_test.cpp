// On a text grid, each block's own column starts (grid_rivers.hpp).
#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "layout/grid_rivers.hpp"
#include "layout/lines.hpp"

using namespace informe::detail::layout;

namespace {

constexpr double cw = 5, lh = 12;

// Grid lines from (character column, text) words; a line of no words leaves a blank line.
struct grid {
  std::deque<std::string> texts;  // the words' texts (a word views its text)
  std::vector<std::vector<word>> words;
  std::vector<line> lines;
  explicit grid(const std::vector<std::vector<std::pair<int, std::string>>>& rows) {
    words.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      auto& ws = words.emplace_back();
      for (const auto& [column, text] : rows[r]) {
        word w;
        w.text = texts.emplace_back(text);
        w.x0 = column * cw;
        w.x1 = (column + static_cast<double>(text.size())) * cw;
        w.y0 = static_cast<double>(r) * lh;
        w.y1 = w.y0 + 11.5;
        w.size = 10;
        w.estimated_width = 1;
        ws.push_back(w);
      }
    }
    for (std::size_t r = 0; r < words.size(); ++r) {
      if (words[r].empty()) continue;
      line l;
      for (const auto& w : words[r]) l.words.push_back(&w);
      l.top = words[r].front().y0;
      l.size = 10;
      l.index = static_cast<int>(lines.size()) + 1;
      lines.push_back(l);
    }
  }
  std::vector<const line*> pointers() const {
    std::vector<const line*> out;
    for (const auto& l : lines) out.push_back(&l);
    return out;
  }
};

}  // namespace

TEST_CASE("a block's column start is where its lines start a word with a blank left of it on every line") {
  // The page's boundary says 45; this block's second column starts at 40, one blank after the first.
  grid g({{{0, "Asegurar"}, {9, "la"}, {12, "renovación"}, {23, "tecnológica"}, {40, "Se"}, {43, "presentará"}},
          {{0, "de"}, {3, "los"}, {7, "equipos,"}, {40, "renovación"}},
          {{0, "estima"}, {7, "en"}, {10, "cuatro"}, {17, "años."}, {40, "Fecha"}, {46, "de"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[1], {45 * cw});
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].has_value());
  CHECK(*found[0] == doctest::Approx(39.5 * cw));
}

TEST_CASE("a word placed a character left of the river on one line moves the boundary to it") {
  grid g({{{0, "uno"}, {20, "Plan"}},
          {{0, "dos"}, {19, "2011."}},
          {{0, "tres"}, {20, "Calificación:"}},
          {{0, "cuatro"}, {20, "Cumplido"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[0], {22 * cw});
  REQUIRE(found[0].has_value());
  CHECK(*found[0] == doctest::Approx(18.5 * cw));
}

TEST_CASE("far from the boundary, two lines tell a river when one starts its column well apart from its text") {
  // A spreadsheet printed by LibreOffice Calc through pdftotext -layout (subprev-educacion-previsional-2010,
  // row 7): the page's boundary says 75.5; this block's next column starts at 86, where the first line
  // runs on one blank apart ("Prevision Se") and the second starts it after a wide blank ("de      del").
  // (ASCII words: the helper counts bytes.) The words at 76 ("Prevision", "de", "Finanzas") are the left column's prose lined up by chance,
  // each one blank after the word before it.
  grid g({{{0, "7"}, {5, "Revisar"}, {59, "Subsecretaria"}, {73, "de"}, {76, "Prevision"}, {86, "Se"}, {89, "reducira"}},
          {{59, "Social,"}, {67, "Division"}, {76, "de"}, {86, "del"}, {90, "10%"}},
          {{59, "Administracion"}, {74, "y"}, {76, "Finanzas"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[1], {75.5 * cw});
  REQUIRE(found[0].has_value());
  CHECK(*found[0] == doctest::Approx(85.5 * cw));
}

TEST_CASE("far from the boundary, two lines that run on to a word one blank apart tell no river") {
  // Two lines start a word at 86, ten characters right of the boundary, each one blank after the word
  // before it: prose's chance, no column's start.
  grid g({{{0, "7"}, {5, "Revisar"}, {59, "Subsecretaria"}, {73, "de"}, {76, "Prevision"}, {86, "Se"}, {89, "reducira"}},
          {{59, "Sociales"}, {68, "del"}, {72, "area"}, {77, "de"}, {80, "una"}, {84, "u"}, {86, "del"}, {90, "10%"}},
          {{59, "Administracion"}}});
  grid_rivers r;
  r.page(g.pointers());
  CHECK_FALSE(r.rivers(g.lines[1], {75.5 * cw})[0].has_value());
}

namespace {

// wkhtmltopdf's minsal-enfermedades-respiratorias-2008 through pdftotext -layout, row 3 (ASCII words:
// the helper counts bytes): the commitment starts at 44 on every line of the block but the fourth, where
// the extractor wrote it right after the recommendation's "mayores", which ended there
// ("mayorescomunas"). `above`: where the third line's commitment starts.
grid fused_block(int above) {
  return grid({{{0, "3"}, {7, "Evaluar"}, {15, "el"}, {18, "impacto"}},
               {{44, "Se"}, {47, "realizara"}, {80, "El"}},
               {{7, "hospitalizaciones"}, {25, "por"}, {29, "neumonia"}, {38, "y"}, {40, "por"}, {above, "evaluacion"}},
               {{7, "exacerbaciones"}, {22, "de"}, {25, "EPOC"}, {30, "de"}, {33, "los"}, {37, "mayorescomunas"}, {52, "con"}},
               {{7, "de"}, {10, "65"}, {13, "anos."}, {44, "egresos"}, {52, "hospitalarios"}},
               {{7, "Organismo"}, {44, "Los"}}});
}

}  // namespace

TEST_CASE("a river holds over one word run together on it, between lines that start a word on it") {
  grid g = fused_block(44);
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[3], {51.5 * cw});
  REQUIRE(found[0].has_value());
  CHECK(*found[0] == doctest::Approx(43.5 * cw));
}

TEST_CASE("a word over a river is no two run together where the line above does not start a word on it") {
  grid g = fused_block(45);
  grid_rivers r;
  r.page(g.pointers());
  CHECK_FALSE(r.rivers(g.lines[3], {51.5 * cw})[0].has_value());
}

TEST_CASE("fused_cut: letters on both sides, at least three characters each") {
  CHECK(fused_cut("mayorescomunas", 7) == std::optional<std::size_t>(7));
  CHECK(fused_cut("niñoscomunas", 5) == std::optional<std::size_t>(6));  // "ñ" is two bytes
  CHECK_FALSE(fused_cut("mayores.comunas", 7).has_value());             // not at a letter
  CHECK_FALSE(fused_cut("2009comunas", 4).has_value());
  CHECK_FALSE(fused_cut("decomunas", 2).has_value());                   // too short a piece
  CHECK_FALSE(fused_cut("mayoresco", 7).has_value());
}

TEST_CASE("no river: too few lines, prose that covers every position, or lines that start elsewhere") {
  SUBCASE("two lines are too few") {
    grid g({{{0, "uno"}, {20, "dos"}}, {{0, "tres"}, {20, "cuatro"}}});
    grid_rivers r;
    r.page(g.pointers());
    CHECK_FALSE(r.rivers(g.lines[0], {20 * cw})[0].has_value());
  }
  SUBCASE("a blank line ends the block") {
    grid g({{{0, "uno"}, {20, "dos"}}, {}, {{0, "tres"}, {20, "cuatro"}}, {{0, "cinco"}, {20, "seis"}}});
    grid_rivers r;
    r.page(g.pointers());
    CHECK_FALSE(r.rivers(g.lines[1], {20 * cw})[0].has_value());
  }
  SUBCASE("prose runs over the boundary on one line") {
    grid g({{{0, "uno"}, {20, "dos"}},
            {{0, "una"}, {4, "línea"}, {10, "larga"}, {16, "que"}, {20, "cruza"}, {26, "todo"}},
            {{0, "tres"}, {22, "cuatro"}},
            {{0, "cinco"}, {21, "seis"}}});
    grid_rivers r;
    r.page(g.pointers());
    auto found = r.rivers(g.lines[0], {20 * cw});
    // Only the second line starts a word at 20; 22 and 21 have one line each.
    CHECK_FALSE(found[0].has_value());
  }
}

TEST_CASE("a row's number starts a line: \"4\", \"12.\", and sub-numbers \"1.2\", \"2.1.\"; figures do not") {
  grid g({{{0, "4"}, {4, "Mejorar"}},
          {{0, "12."}, {4, "Mejorar"}},
          {{0, "1.2"}, {4, "Publicar"}},
          {{0, "2.1."}, {5, "Establecer"}},
          {{0, "1.236"}, {6, "obras"}},
          {{0, "31.12.2008"}, {11, "plazo"}},
          {{0, "2004"}, {5, "fue"}},
          {{0, "Mejorar"}}});
  REQUIRE(g.lines.size() == 8);
  CHECK(starts_with_number(g.lines[0]));
  CHECK(starts_with_number(g.lines[1]));
  CHECK(starts_with_number(g.lines[2]));
  CHECK(starts_with_number(g.lines[3]));
  CHECK_FALSE(starts_with_number(g.lines[4]));
  CHECK_FALSE(starts_with_number(g.lines[5]));
  CHECK_FALSE(starts_with_number(g.lines[6]));
  CHECK_FALSE(starts_with_number(g.lines[7]));
}

TEST_CASE("a boundary is not moved onto or past the next one: a narrow column between them stays") {
  // dga-fiscalizacion-policia-aguas-2009's LibreOffice -layout text (corpus): the due date's column
  // ("Plazo", at 61) holds two lines of the block; the compliance column's river (70) lies within reach of
  // the commitment | due date boundary (60) too, past the due date | compliance boundary (68).
  grid g({{{0, "Se"}, {3, "elaborará"}, {13, "el"}, {16, "Plan"}, {61, "Marzo"}, {70, "El"}, {73, "Plan"}},
          {{0, "Nacional"}, {9, "de"}, {12, "Fiscalización"}, {61, "2010"}, {70, "Fiscalización"}},
          {{0, "2010,"}, {6, "con"}, {10, "metas"}, {70, "aprobado"}, {79, "por"}},
          {{0, "región"}, {7, "y"}, {9, "criterios"}, {70, "Resolución"}, {81, "DGA"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[0], {60 * cw, 68 * cw});
  REQUIRE(found.size() == 2);
  REQUIRE(found[1].has_value());
  CHECK(*found[1] == doctest::Approx(69.5 * cw));
  CHECK((!found[0] || *found[0] < 68 * cw));  // not past the next boundary: "Marzo" stays in its column
}

TEST_CASE("nor onto or past where the next boundary moved: the boundary keeps its place") {
  // dga-fiscalizacion-policia-aguas-2009's wkhtmltopdf -layout text (corpus), row 11: the compliance's
  // lines start at 96 in this block, one blank after the due date "Agosto 2010" (84-95); the commitment |
  // due date boundary (83.5) found that river too, before the due date | compliance boundary (97.5) moved
  // left to it.
  grid g({{{0, "Se"}, {3, "aprobará"}, {12, "el"}, {15, "plan"}, {84, "Agosto"}, {91, "2010"}, {96, "El"}, {99, "plan"}},
          {{0, "fiscalización"}, {14, "2010"}, {96, "aprobado"}, {105, "y"}},
          {{0, "Valparaíso"}, {11, "y"}, {96, "fiscalizaciones"}},
          {{0, "avance"}, {7, "trimestral."}, {96, "de"}, {99, "la"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[0], {83.5 * cw, 97.5 * cw});
  REQUIRE(found.size() == 2);
  REQUIRE(found[1].has_value());
  CHECK(*found[1] == doctest::Approx(95.5 * cw));
  CHECK((!found[0] || *found[0] < *found[1]));  // "Agosto 2010" keeps a column of its own
}

TEST_CASE("nor right next to the next boundary: a due date's column keeps room for its month") {
  // dga-fiscalizacion-policia-aguas-2009's Chromium -layout text (corpus), rows 14-16 (one block): "Nov. 2010"
  // (74-82) one blank before the compliance (84); the commitment | due date boundary (72) found a river
  // there, a character left of the due date | compliance boundary (84.5), and "Nov. 2010" went into the
  // commitment.
  grid g({{{4, "14"}, {7, "Elaborar"}, {16, "un"}, {19, "plan"}, {24, "regional"}, {33, "de"}, {43, "Se"}, {46, "aprobará"}, {55, "el"}, {58, "plan"}, {74, "Nov."}, {79, "2010"}, {84, "El"}, {87, "plan"}, {92, "regional"}, {101, "de"}, {104, "Biobío"}, {117, "Cumplido"}},
          {{7, "fiscalización"}, {21, "en"}, {24, "la"}, {27, "Región"}, {34, "de"}, {43, "regional"}, {52, "de"}, {55, "fiscalización"}, {84, "fue"}, {88, "aprobado"}, {97, "y"}, {99, "se"}},
          {{7, "Biobío,"}, {15, "con"}, {19, "prioridad"}, {29, "en"}, {32, "la"}, {43, "2010"}, {48, "de"}, {51, "la"}, {54, "Región"}, {61, "de"}, {84, "ejecutaron"}, {95, "96"}},
          {{7, "cuenca"}, {14, "del"}, {18, "río"}, {22, "Ñuble."}, {43, "Biobío"}, {50, "y"}, {52, "se"}, {55, "informará"}, {65, "su"}, {84, "fiscalizaciones"}, {100, "en"}, {103, "2010,"}, {109, "el"}},
          {{43, "avance"}, {50, "trimestral."}, {84, "100%"}, {89, "de"}, {92, "la"}, {95, "meta."}},
          {{9, "Organismo"}, {19, "Responsable:"}},
          {{9, "Dirección"}, {19, "Regional"}, {28, "de"}, {31, "Biobío"}, {87, "Medios"}, {94, "de"}, {97, "Verificación:"}},
          {{87, "Resolución"}, {98, "de"}, {101, "la"}, {104, "Dirección"}},
          {{87, "Regional"}, {96, "de"}, {99, "Biobío"}, {106, "que"}},
          {{87, "aprueba"}, {95, "el"}, {98, "plan."}},
          {{4, "15"}, {7, "Elaborar"}, {16, "un"}, {19, "plan"}, {24, "regional"}, {33, "de"}, {43, "Se"}, {46, "aprobará"}, {55, "el"}, {58, "plan"}, {75, "Dic."}, {80, "2010"}, {85, "El"}, {88, "plan"}, {93, "regional"}, {102, "de"}, {105, "La"}, {117, "Cumplido"}},
          {{7, "fiscalización"}, {21, "en"}, {24, "la"}, {27, "Región"}, {34, "de"}, {37, "La"}, {43, "regional"}, {52, "de"}, {55, "fiscalización"}, {85, "Araucanía"}, {95, "fue"}, {99, "aprobado"}, {108, "y"}},
          {{7, "Araucanía,"}, {18, "con"}, {22, "prioridad"}, {32, "en"}, {35, "la"}, {43, "2010"}, {48, "de"}, {51, "la"}, {54, "Región"}, {61, "de"}, {64, "La"}, {85, "se"}, {88, "ejecutaron"}, {99, "103"}},
          {{7, "cuenca"}, {14, "del"}, {18, "río"}, {22, "Cautín."}, {43, "Araucanía"}, {53, "y"}, {55, "se"}, {58, "informará"}, {85, "fiscalizaciones"}, {101, "en"}, {104, "2010,"}, {110, "el"}},
          {{43, "su"}, {46, "avance"}, {53, "trimestral."}, {85, "101%"}, {90, "de"}, {93, "la"}, {96, "meta."}},
          {{9, "Organismo"}, {19, "Responsable:"}},
          {{9, "Dirección"}, {19, "Regional"}, {28, "de"}, {31, "La"}, {87, "Medios"}, {94, "de"}, {97, "Verificación:"}},
          {{9, "Araucanía"}, {87, "Resolución"}, {98, "de"}, {101, "la"}, {104, "Dirección"}},
          {{87, "Regional"}, {96, "de"}, {99, "La"}, {102, "Araucanía"}},
          {{87, "que"}, {91, "aprueba"}, {99, "el"}, {102, "plan."}},
          {{4, "16"}, {7, "Elaborar"}, {16, "un"}, {19, "plan"}, {24, "regional"}, {33, "de"}, {43, "Se"}, {46, "aprobará"}, {55, "el"}, {58, "plan"}, {76, "Marzo"}, {87, "El"}, {90, "plan"}, {95, "regional"}, {104, "de"}, {107, "Los"}, {117, "Cumplido"}},
          {{7, "fiscalización"}, {21, "en"}, {24, "la"}, {27, "Región"}, {34, "de"}, {43, "regional"}, {52, "de"}, {55, "fiscalización"}, {76, "2010"}, {87, "Ríos"}, {92, "fue"}, {96, "aprobado"}, {105, "y"}, {107, "se"}},
          {{7, "Los"}, {11, "Ríos,"}, {17, "con"}, {21, "prioridad"}, {31, "en"}, {34, "la"}, {43, "2010"}, {48, "de"}, {51, "la"}, {54, "Región"}, {61, "de"}, {64, "Los"}, {87, "ejecutaron"}, {98, "110"}},
          {{7, "cuenca"}, {14, "del"}, {18, "río"}, {22, "Calle"}, {28, "Calle."}, {43, "Ríos"}, {48, "y"}, {50, "se"}, {53, "informará"}, {63, "su"}, {87, "fiscalizaciones"}, {103, "en"}, {106, "2010,"}, {112, "el"}},
          {{43, "avance"}, {50, "trimestral."}, {87, "102%"}, {92, "de"}, {95, "la"}, {98, "meta."}},
          {{9, "Organismo"}, {19, "Responsable:"}},
          {{9, "Dirección"}, {19, "Regional"}, {28, "de"}, {31, "Los"}, {35, "Ríos"}, {87, "Medios"}, {94, "de"}, {97, "Verificación:"}},
          {{87, "Resolución"}, {98, "de"}, {101, "la"}, {104, "Dirección"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[0], {6.5 * cw, 42.5 * cw, 72 * cw, 84.5 * cw, 114.5 * cw});
  REQUIRE(found.size() == 5);
  const double next = found[3] ? *found[3] : 84.5 * cw;
  CHECK((!found[2] || *found[2] <= next - 3 * cw));  // "Nov." keeps a column of its own
}

TEST_CASE("each boundary is checked against where the next one is at last, right to left") {
  // The first boundary (31) moves to a river two lines start (39), a character left of the second (40);
  // the second moves to a river every line starts (47), which the third (50) finds too, so the second
  // keeps its place: then the first, right next to it, keeps its place too (a column 1.5 characters wide
  // is none). Checked left to right, the first was checked against the second's river, left after.
  grid g({{{0, "aaaa"}, {39, "bb"}, {47, "cc"}},
          {{0, "aaaa"}, {39, "bb"}, {47, "cc"}},
          {{0, "aaaa"}, {47, "cc"}},
          {{0, "aaaa"}, {47, "cc"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[0], {31 * cw, 40 * cw, 50 * cw});
  REQUIRE(found.size() == 3);
  REQUIRE(found[2].has_value());
  CHECK(*found[2] == doctest::Approx(46.5 * cw));
  CHECK_FALSE(found[1].has_value());
  CHECK_FALSE(found[0].has_value());
}

TEST_CASE("a list item's text after its bullet is no river: the item's indent starts no column") {
  // dga-fiscalizacion-policia-aguas-2009's LibreOffice -layout text (corpus), row 49: a verification list
  // indented in the compliance column, its items' text at 75, within reach of the status column's
  // boundary (87); the status boundary moved there and the items went into the status.
  grid g({{{68, "Verificación:"}},
          {},
          {{73, "•"}, {75, "Convenio"}},
          {{75, "DGA–SISS–"}},
          {{75, "SAG"}},
          {{73, "•"}, {75, "Actas"}, {81, "del"}},
          {{75, "comité"}, {82, "de"}},
          {{75, "coordinación"}}});
  grid_rivers r;
  r.page(g.pointers());
  auto found = r.rivers(g.lines[1], {87 * cw});
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].has_value());
}

namespace {
// The block's column starts where it moved them, else the page's.
std::vector<double> placed(const std::vector<std::optional<double>>& found, const std::vector<double>& bounds) {
  std::vector<double> out;
  for (std::size_t b = 0; b < bounds.size(); ++b) out.push_back(found[b] ? *found[b] : bounds[b]);
  return out;
}
}  // namespace

TEST_CASE("a boundary dropped for the next one is not put back right of where the next one moved") {
  // A narrow due date's column on the page (97-103); in this block the compliance's lines start at 96,
  // left of the page's commitment | due date boundary (97). Both boundaries find the river at 96; the first,
  // onto the second, is dropped: back at the page's 97 it stood right of the second (95.5), the block's
  // columns out of order. Then the second falls back to the page's place too.
  grid g({{{0, "Se"}, {3, "aprobará"}, {12, "el"}, {15, "plan"}, {84, "Agosto"}, {91, "2010"}, {96, "El"}, {99, "plan"}},
          {{0, "fiscalización"}, {14, "2010"}, {96, "aprobado"}, {105, "y"}},
          {{0, "Valparaíso"}, {11, "y"}, {96, "fiscalizaciones"}},
          {{0, "avance"}, {7, "trimestral."}, {96, "de"}, {99, "la"}}});
  grid_rivers r;
  r.page(g.pointers());
  const std::vector<double> bounds{97 * cw, 104 * cw};
  auto found = r.rivers(g.lines[0], bounds);
  REQUIRE(found.size() == 2);
  const auto at = placed(found, bounds);
  CHECK(at[1] - at[0] >= 3 * cw);  // strictly increasing, a column (grid_min_column) apart
}

TEST_CASE("keep_in_order: a boundary back at the page's place takes the next one back too, and so on rightwards") {
  const std::vector<double> bounds{10, 20, 30};
  SUBCASE("in order: nothing dropped") {
    std::vector<std::optional<double>> found{8.0, std::nullopt, 26.0};
    CHECK_FALSE(keep_in_order(found, bounds, 3));
    CHECK(found == std::vector<std::optional<double>>{8.0, std::nullopt, 26.0});
  }
  SUBCASE("right next to where the next one moved: the boundary keeps the page's place") {
    std::vector<std::optional<double>> found{17.0, 18.0, std::nullopt};
    CHECK(keep_in_order(found, bounds, 3));
    CHECK(found == std::vector<std::optional<double>>{std::nullopt, 18.0, std::nullopt});
  }
  SUBCASE("the next one moved left of the page's place: it keeps the page's place too, then the one after it") {
    std::vector<std::optional<double>> found{std::nullopt, 9.0, 12.0};
    CHECK(keep_in_order(found, bounds, 3));
    CHECK(found == std::vector<std::optional<double>>{std::nullopt, std::nullopt, std::nullopt});
  }
}
