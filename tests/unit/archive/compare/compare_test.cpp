#include <doctest/doctest.h>

#include "informe/compare.hpp"

using namespace informe;

namespace {

row make_row(std::string number, std::string commitment, std::optional<compliance_status> status) {
  row r;
  r.number = std::move(number);
  r.recommendation = rich_text::paragraph("Recomendación " + commitment);
  r.commitment = rich_text::paragraph(std::move(commitment));
  r.status = status;
  return r;
}

report base() {
  report r;
  r.program = "Programa de Fomento";
  r.cutoff_date = partial_date{2009, 6, 30};
  r.rows = {make_row("1", "Elaborar la matriz de marco lógico del programa", compliance_status::fulfilled),
            make_row("2", "Diseñar un sistema de seguimiento de beneficiarios", compliance_status::partially_fulfilled),
            make_row("3", "Evaluar el impacto en las microempresas atendidas", compliance_status::not_fulfilled)};
  return r;
}

std::string joined(const std::vector<diff_piece>& pieces) {
  std::string out;
  for (const auto& p : pieces) {
    if (p.type == diff_piece::kind::same) out += p.text;
    if (p.type == diff_piece::kind::removed) out += "[-" + p.text + "-]";
    if (p.type == diff_piece::kind::added) out += "{+" + p.text + "+}";
  }
  return out;
}

}  // namespace

TEST_CASE("diff_words: word runs, shared spaces inside a change") {
  CHECK(joined(diff_words("Se hará la matriz.", "Se hizo la matriz.")) == "Se [-hará-]{+hizo+} la matriz.");
  CHECK(joined(diff_words("a b c", "x y z")) == "[-a b c-]{+x y z+}");
  CHECK(joined(diff_words("uno dos", "uno dos tres")) == "uno dos{+ tres+}");
  CHECK(joined(diff_words("", "nuevo")) == "{+nuevo+}");
  CHECK(diff_words("igual", "igual").size() == 1);
}

TEST_CASE("compare: a report against itself is empty") {
  report a = base();
  report_diff d = compare(a, a);
  CHECK(d.empty());
  CHECK(d.rows.size() == 3);
}

TEST_CASE("compare: statuses, an added row, an edited text, a header field") {
  report a = base(), b = base();
  b.program = "Programa de Fomento Productivo";
  b.rows[1].status = compliance_status::fulfilled;
  b.rows[2].status = compliance_status::partially_fulfilled;
  b.rows[0].commitment = rich_text::paragraph("Elaborar la nueva matriz de marco lógico del programa");
  b.rows.push_back(make_row("4", "Publicar los resultados", std::nullopt));
  report_diff d = compare(a, b);
  CHECK_FALSE(d.empty());
  REQUIRE(d.header.size() == 1);
  CHECK(d.header[0].field == "program");
  CHECK(d.added() == 1);
  CHECK(d.removed() == 0);
  CHECK(d.changed() == 3);
  REQUIRE(d.rows.size() == 4);
  REQUIRE(d.rows[0].changes.size() == 1);
  CHECK(d.rows[0].changes[0].field == "commitment");
  CHECK(joined(d.rows[0].changes[0].words) == "Elaborar la {+nueva +}matriz de marco lógico del programa");
  REQUIRE(d.rows[1].changes.size() == 1);
  CHECK(d.rows[1].changes[0].field == "status");
  CHECK(d.rows[1].changes[0].old_value == "partially_fulfilled");
  CHECK(d.rows[1].changes[0].new_value == "fulfilled");
  CHECK(d.rows[3].type == row_change::kind::added);
  CHECK(*d.rows[3].new_index == 3);
}

TEST_CASE("compare: renumbered rows are matched by their texts") {
  report a = base(), b = base();
  // A row inserted first: every number shifts by one.
  b.rows.insert(b.rows.begin(), make_row("1", "Crear un registro nacional de prestadores", std::nullopt));
  for (std::size_t i = 1; i < b.rows.size(); ++i) b.rows[i].number = std::to_string(i + 1);
  report_diff d = compare(a, b);
  CHECK(d.added() == 1);
  CHECK(d.removed() == 0);
  CHECK(d.rows[0].type == row_change::kind::added);
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(d.rows[i].type == row_change::kind::kept);
    CHECK(d.rows[i].matched_by_text);
    CHECK(*d.rows[i].old_index == i - 1);
    REQUIRE(d.rows[i].changes.size() == 1);
    CHECK(d.rows[i].changes[0].field == "number");
  }
}

TEST_CASE("compare: removed rows and moved rows") {
  report a = base(), b = base();
  b.rows.erase(b.rows.begin() + 1);
  report_diff d = compare(a, b);
  CHECK(d.removed() == 1);
  REQUIRE(d.rows.size() == 3);
  CHECK(d.rows[1].type == row_change::kind::removed);  // after row 1, where it was
  CHECK(*d.rows[1].old_index == 1);

  report c = base();
  std::swap(c.rows[0], c.rows[2]);
  report_diff m = compare(a, c);
  CHECK_FALSE(m.empty());
  CHECK(m.changed() == 2);  // moved, with no field changed
  for (const auto& r : m.rows) CHECK(r.changes.empty());
  CHECK_FALSE(m.rows[0].moved);
  CHECK(m.rows[1].moved);
  CHECK(m.rows[2].moved);
}

TEST_CASE("comparable_text: paragraphs and list items one per line, items marked") {
  rich_text t = rich_text::paragraph("Uno.");
  t.add_list({"a", "b"});
  t.add_paragraph("Dos.");
  CHECK(comparable_text(t) == "Uno.\n- a\n- b\nDos.");
  CHECK(comparable_text(rich_text{}).empty());
}
