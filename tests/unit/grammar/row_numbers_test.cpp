// Row numbers and sub-numbers ("1.2"), and the sequence rows follow.
#include <doctest/doctest.h>

#include <string>

#include "grammar/grammar.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

fragment text(const char* t, int line = 1) { return {fragment::kind::text, t, {line, 1, 0}, false}; }

table_row make_row(const char* a, const char* b, const char* c, int line) {
  table_row r;
  r.cells[0].fragments = {text(a, line)};
  r.cells[1].fragments = {text(b, line)};
  r.cells[2].fragments = {text(c, line)};
  r.where = {line, 1, 0};
  return r;
}

}  // namespace

TEST_CASE("a number cell's text: integers and sub-numbers, with or without the final period") {
  CHECK(row_number_text("4") == std::string_view("4"));
  CHECK(row_number_text("4.") == std::string_view("4"));
  CHECK(row_number_text("1.2") == std::string_view("1.2"));
  CHECK(row_number_text("1.2.") == std::string_view("1.2"));
  CHECK(row_number_text("2.1.3") == std::string_view("2.1.3"));
  CHECK(row_number_text("12.10") == std::string_view("12.10"));
  // three digits after a period are a thousands group, four a year: figures, not numbers
  CHECK_FALSE(row_number_text("1.236"));
  CHECK_FALSE(row_number_text("19.253"));
  CHECK_FALSE(row_number_text("31.12.2008"));
  CHECK_FALSE(row_number_text("30.06.2007"));
  CHECK_FALSE(row_number_text("1.2.3.4"));
  CHECK_FALSE(row_number_text("1..2"));
  CHECK_FALSE(row_number_text(".1"));
  CHECK_FALSE(row_number_text("1.2a"));
  CHECK_FALSE(row_number_text(""));
  CHECK_FALSE(row_number_text("1234567890123456789"));
  CHECK(is_sub_number("1.2"));
  CHECK_FALSE(is_sub_number("12"));
}

TEST_CASE("the row sequence: one part raised, the parts after it 1") {
  CHECK(follows_in_sequence("", "1"));
  CHECK(follows_in_sequence("", "1.1"));
  CHECK_FALSE(follows_in_sequence("", "2.1"));
  CHECK(follows_in_sequence("3", "4"));
  CHECK_FALSE(follows_in_sequence("3", "5"));
  CHECK(follows_in_sequence("1.1", "1.2"));
  CHECK(follows_in_sequence("1.2", "2.1"));
  CHECK(follows_in_sequence("1.3", "2"));
  CHECK(follows_in_sequence("2.1.3", "2.2.1"));
  CHECK(follows_in_sequence("09", "10"));
  CHECK_FALSE(follows_in_sequence("1.1", "1.236"));
  CHECK_FALSE(follows_in_sequence("1.1", "2.5"));
  CHECK_FALSE(follows_in_sequence("1.1", "1.1"));
  CHECK_FALSE(follows_in_sequence("2.1", "1.2"));
  CHECK(first_under("2", "2.1"));
  CHECK(first_under("2.1", "2.1.1"));
  CHECK(first_under("02", "2.01"));
  CHECK_FALSE(first_under("2", "2.2"));
  CHECK_FALSE(first_under("2", "3.1"));
  CHECK_FALSE(first_under("2.1", "2.2"));
  CHECK_FALSE(first_under("", "1.1"));
  CHECK(same_row_number("04", "4"));
  CHECK(same_row_number("1.01", "1.1"));
  CHECK_FALSE(same_row_number("1.1", "1.2"));
}

TEST_CASE("a sub-number typed before a recommendation starts a row only when it follows the row before") {
  std::size_t length = 0;
  CHECK(leading_row_number_after("1.1 Definir criterios", "", &length) == std::string_view("1.1"));
  CHECK(length == 4);
  CHECK(leading_row_number_after("1.2. Publicar", "1.1", &length) == std::string_view("1.2"));
  CHECK(length == 5);
  CHECK(leading_row_number_after("2.1\xC2\xA0" "Establecer", "1.2") == std::string_view("2.1"));
  // "N. " is read as before, whatever the sequence
  CHECK(leading_row_number_after("7. Evaluar", "1.2") == std::string_view("7"));
  // figures at a line start: out of sequence, thousands groups, years, or after an integer row
  CHECK_FALSE(leading_row_number_after("2.5 millones de pesos", "1.1"));
  CHECK_FALSE(leading_row_number_after("1.236 obras", "1.235"));
  CHECK_FALSE(leading_row_number_after("19.253.", "1.1"));
  CHECK_FALSE(leading_row_number_after("31.12.2008 se firmó", "31.11"));
  CHECK_FALSE(leading_row_number_after("4.1 millones", "3"));
  CHECK_FALSE(leading_row_number_after("1.2millones", "1.1"));
  // the form alone, whatever the sequence
  CHECK(leading_sub_number("2.5 millones", &length) == std::string_view("2.5"));
  CHECK(length == 4);
  CHECK(leading_sub_number("1.4.") == std::string_view("1.4"));
  CHECK_FALSE(leading_sub_number("1.236 obras"));
  CHECK_FALSE(leading_sub_number("4. Evaluar"));
}

TEST_CASE("builder: rows numbered 1.1, 1.2, 2.1 before their recommendations, and figures inside them") {
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row("1.1 Definir criterios.", "Se elaborará.", "Hecho.", 1));
  b.add_row(make_row("2.5 millones de pesos.", "", "", 2));  // out of sequence: the row's text
  b.add_row(make_row("1.2 Publicar la lista.", "Se publicará.", "Publicada.", 3));
  b.add_row(make_row("1.236 obras.", "", "", 4));  // a thousands group: the row's text
  b.add_row(make_row("2.1 Establecer una línea base.", "Se diseñará.", "Diseñada.", 5));
  report r = b.finish();
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].number == "1.1");
  CHECK(r.rows[0].recommendation.plain_text(" ") == "Definir criterios. 2.5 millones de pesos.");
  CHECK(r.rows[1].number == "1.2");
  CHECK(r.rows[1].recommendation.plain_text(" ") == "Publicar la lista. 1.236 obras.");
  CHECK(r.rows[2].number == "2.1");
  CHECK(r.rows[2].recommendation.plain_text(" ") == "Establecer una línea base.");
  // a sub-number out of sequence is read as text of the row above, and said so; a thousands group is text
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].where.line == 2);
  CHECK(diags.all()[0].message.find("\"2.5\" at the start of a row does not follow row 1.1") != std::string::npos);
}

TEST_CASE("builder: a sub-number after a row numbered as an integer is a figure") {
  diagnostics diags;
  report_builder b(diags);
  b.add_row(make_row("3. Ampliar la cobertura.", "Abrir.", "Hecho.", 1));
  b.add_row(make_row("4.1 millones de pesos.", "", "", 2));
  report r = b.finish();
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation.plain_text(" ") == "Ampliar la cobertura. 4.1 millones de pesos.");
}

TEST_CASE("opens_next_in_sequence: the first characters of the next number, the rest wrapped") {
  CHECK(opens_next_in_sequence("11", "1"));     // "1" / "2": row 12 wrapped in a narrow column
  CHECK(opens_next_in_sequence("1.3", "2."));   // "2." / "1": row 2.1
  CHECK(opens_next_in_sequence("1.3", "1."));   // "1." / "4": row 1.4
  CHECK(opens_next_in_sequence("9", "1"));      // "1" / "0": row 10
  CHECK(opens_next_in_sequence("2", "3."));     // "3." / "1": row 3.1
  CHECK(opens_next_in_sequence("2", "3"));        // "3" / ".1": the start of row 3.1 too
  CHECK_FALSE(opens_next_in_sequence("11", "2"));  // "2" starts no number after 11 ("12" starts "1")
  CHECK_FALSE(opens_next_in_sequence("1.3", "3."));
  CHECK_FALSE(opens_next_in_sequence("", "1"));  // no row before: nothing to continue
  CHECK_FALSE(opens_next_in_sequence("1.2.3.4", "1"));  // no row number
}
