// A label given as structure (fragment::kind::label): a reader that finds a field in a column of its
// own hands its value to the grammar with the field, not with the vocabulary's label written as text
// for the grammar to read again.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "grammar/grammar.hpp"
#include "grammar/lexicon.hpp"

using namespace informe;
using namespace informe::detail;
namespace fs = std::filesystem;

namespace {

fragment text(const char* t, int line, int column) { return {fragment::kind::text, t, {line, column, 0}, false}; }
fragment label(field f, int line, int column) { return {fragment::kind::label, {}, {line, column, 0}, false, f}; }
fragment soft_break() { return {fragment::kind::paragraph_break, {}, {}, false}; }
fragment forced_break() { return {fragment::kind::paragraph_break, {}, {}, true}; }

table_row make_row(std::initializer_list<fragment> a, std::initializer_list<fragment> b,
                   std::initializer_list<fragment> c, int line = 1) {
  table_row r;
  r.cells[0].fragments = a;
  r.cells[1].fragments = b;
  r.cells[2].fragments = c;
  r.where = {line, 1, 0};
  return r;
}

report read_rows(std::initializer_list<table_row> rows, diagnostics& diags) {
  report_builder b(diags);
  for (const auto& r : rows) b.add_row(r);
  return b.finish();
}

std::string describe(const diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) out += d.to_string() + '\n';
  return out;
}

// A template directory whose labels.json gives `json`'s wordings; removed with the object.
struct labels_dir {
  fs::path path;
  explicit labels_dir(const char* json) : path(fs::temp_directory_path() / "informe-labelled-values-test") {
    fs::create_directories(path / "common");
    std::ofstream(path / "common" / "labels.json") << json;
  }
  ~labels_dir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("labelled values: each reaches its field, the due date parsed and the status read") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Mejorar el sistema.", 2, 1), label(field::responsible, 2, 30), text("SERNAM", 2, 30)},
                                 {text("Diseñar un plan", 2, 50), label(field::due, 2, 80), text("Dic. 2007", 2, 80)},
                                 {text("Se diseñó.", 2, 100), label(field::status, 2, 130), text("Parcialmente cumplido", 2, 130),
                                  label(field::compliance_observation, 2, 150), text("Falta la evaluación.", 2, 150),
                                  label(field::verification, 2, 170), text("Informe final.", 2, 170)},
                                 2)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& row = r.rows[0];
  CHECK(row.number == "1");
  CHECK(row.recommendation == rich_text::paragraph("Mejorar el sistema."));
  CHECK(row.responsible == "SERNAM");
  CHECK(row.commitment == rich_text::paragraph("Diseñar un plan"));  // ends mid-sentence: the label still ends it
  CHECK(row.due_text == "Dic. 2007");
  CHECK(row.due == partial_date{2007, 12, 0});
  CHECK(row.compliance == rich_text::paragraph("Se diseñó."));
  CHECK(row.status == compliance_status::partially_fulfilled);
  CHECK(row.status_text == "Parcialmente cumplido");
  CHECK(row.compliance_observation == rich_text::paragraph("Falta la evaluación."));
  CHECK(row.verification == rich_text::paragraph("Informe final."));
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("labelled values: a status that is none and a date that does not read are kept as printed, with warnings") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 3, 1)}, {text("Algo.", 3, 20), label(field::due, 3, 40), text("Pendiente", 3, 40)},
                                 {text("Se hizo.", 3, 60), label(field::status, 3, 90), text("En proceso", 3, 90)}, 3)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& row = r.rows[0];
  CHECK_FALSE(row.due);
  CHECK(row.due_text == "Pendiente");
  CHECK_FALSE(row.status);
  CHECK(row.status_text == "En proceso");
  CHECK(row.compliance == rich_text::paragraph("Se hizo."));
  REQUIRE(diags.warning_count() == 2);
  CHECK(diags.all()[0].code == diagnostic_code::bad_date);
  CHECK(diags.all()[0].where == source_position{3, 40, 0});
  CHECK(diags.all()[1].code == diagnostic_code::bad_status);
  CHECK(diags.all()[1].where == source_position{3, 90, 0});
  CHECK(diags.all()[1].message.find("\"En proceso\"") != std::string::npos);
}

TEST_CASE("labelled values: a single-valued field takes one paragraph; the cell's own text resumes after it") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 1, 1)},
                                 {text("Algo.", 1, 20), label(field::due, 1, 40), text("Sept.", 1, 40), soft_break(),
                                  text("2006", 2, 40), soft_break(), text("Reprogramado.", 3, 40)},
                                 {label(field::status, 1, 60), text("No cumplido", 1, 60), forced_break(), text("Se hará.", 2, 60)})},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& row = r.rows[0];
  CHECK(row.due_text == "Sept. 2006");  // the year wrapped into the next paragraph, as after a printed label
  CHECK(row.due == partial_date{2006, 9, 0});
  rich_text commitment;
  commitment.add_paragraph("Algo.");
  commitment.add_paragraph("Reprogramado.");
  CHECK(row.commitment == commitment);
  CHECK(row.status == compliance_status::not_fulfilled);
  CHECK(row.compliance == rich_text::paragraph("Se hará."));
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("labelled values: a field given by a label in the text and by a column keeps the first, and says where the second is") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 4, 1)}, {text("Algo.", 4, 20)},
                                 {text("Se hizo. Calificación: Cumplido", 4, 60), label(field::status, 4, 120), text("No cumplido", 4, 120),
                                  label(field::verification, 5, 140), text("Acta.", 5, 140)},
                                 4)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  const auto& row = r.rows[0];
  CHECK(row.status == compliance_status::fulfilled);
  CHECK(row.status_text == "Cumplido");
  CHECK(row.verification == rich_text::paragraph("Acta."));  // the column after the discarded value is read
  REQUIRE(diags.warning_count() == 1);
  const auto& w = diags.all()[0];
  CHECK(w.code == diagnostic_code::unplaced_text);
  CHECK(w.where == source_position{4, 120, 0});
  CHECK(w.content == "No cumplido");
  CHECK(w.message.find("\"Calificación:\" appears twice in the row (in the text, then in its column)") != std::string::npos);
}

TEST_CASE("labelled values: a field of many paragraphs given by a label in the text and by a column keeps both, and says where") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 4, 1)}, {text("Algo.", 4, 20)},
                                 {text("Se hizo. Medios de Verificación: Acta.", 4, 60), label(field::verification, 4, 120),
                                  text("Informe.", 4, 120)},
                                 4)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  rich_text both;
  both.add_paragraph("Acta.");
  both.add_paragraph("Informe.");
  CHECK(r.rows[0].verification == both);
  REQUIRE(diags.warning_count() == 1);
  const auto& w = diags.all()[0];
  CHECK(w.code == diagnostic_code::duplicate_field);
  CHECK(w.where == source_position{4, 120, 0});
  CHECK(w.message.find("appears twice in the row (in the text, then in its column); both values are kept") != std::string::npos);
}

TEST_CASE("labelled values: a labelled value opening the first cell is no row number, nor a column title") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 1, 1)}, {text("Algo.", 1, 20)}, {text("Hecho.", 1, 40)}, 1),
                        // the next row's office column alone in the recommendation's cell: the row above
                        // continues (the number is the office's text, not this row's)
                        make_row({label(field::responsible, 2, 1), text("2. División", 2, 1)}, {}, {}, 2),
                        // a value that reads as a column's title is still a value
                        make_row({}, {text("Compromiso", 3, 20)},
                                 {label(field::compliance_observation, 3, 40), text("Cumplimiento", 3, 40)}, 3)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].responsible == "2. División");
  CHECK(r.rows[0].compliance_observation == rich_text::paragraph("Cumplimiento"));
  rich_text commitment;
  commitment.add_paragraph("Algo.");
  commitment.add_paragraph("Compromiso");
  CHECK(r.rows[0].commitment == commitment);
}

TEST_CASE("labelled values: a field's label that reads as another field's in the text still names its field") {
  // The user's labels word the status "Observación", as the observation is worded: "Observación:
  // Cumplido" written as text is the observation; given as structure it is the status.
  labels_dir dir(R"j({"status": "Observación"})j");
  read_options options;
  options.template_dir = dir.path.string();
  diagnostics diags;
  reading_scope scope(options, diags);
  REQUIRE(active_lexicon().words()[term::status] == "Observación");
  report r = read_rows({make_row({text("1. Uno.", 1, 1)}, {text("Algo.", 1, 20)},
                                 {text("Se hizo.", 1, 40), label(field::status, 1, 60), text("Cumplido", 1, 60)}),
                        make_row({text("2. Dos.", 2, 1)}, {text("Algo.", 2, 20)}, {text("Se hizo. Observación: Cumplido", 2, 40)}, 2)},
                       diags);
  INFO(describe(diags));
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].status == compliance_status::fulfilled);
  CHECK(r.rows[0].status_text == "Cumplido");
  CHECK(r.rows[0].compliance_observation.empty());
  // what re-serialising the label as text would have given
  CHECK_FALSE(r.rows[1].status);
  CHECK(r.rows[1].compliance_observation == rich_text::paragraph("Cumplido"));
  CHECK(diags.warning_count() == 0);
}

TEST_CASE("labelled values: a header field's label has no place in a row; its text stays the cell's") {
  diagnostics diags;
  report r = read_rows({make_row({text("1. Uno.", 1, 1)}, {text("Algo.", 1, 20), label(field::ministry, 1, 40), text("Economía.", 1, 40)},
                                 {text("Hecho.", 1, 60)})},
                       diags);
  REQUIRE(r.rows.size() == 1);
  rich_text commitment;
  commitment.add_paragraph("Algo.");
  commitment.add_paragraph("Economía.");
  CHECK(r.rows[0].commitment == commitment);
  CHECK(r.ministry.empty());
}

TEST_CASE("to_rich_text: a label given as structure ends a paragraph and adds no text") {
  std::vector<fragment> f{text("Uno", 1, 1), label(field::due, 1, 5), text("dos", 1, 5)};
  rich_text want;
  want.add_paragraph("Uno");
  want.add_paragraph("dos");
  CHECK(to_rich_text(f) == want);
}
