#include <doctest/doctest.h>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

using namespace informe;

TEST_CASE("partial dates parse and print their ISO forms") {
  CHECK(partial_date::from_iso("2000")->to_iso() == "2000");
  CHECK(partial_date::from_iso("2000-12")->to_iso() == "2000-12");
  CHECK(partial_date::from_iso("2000-12-31")->to_iso() == "2000-12-31");
  CHECK(partial_date::from_iso("2004-02-29").has_value());
  CHECK_FALSE(partial_date::from_iso("2003-02-29").has_value());
  CHECK_FALSE(partial_date::from_iso("2000-13").has_value());
  CHECK_FALSE(partial_date::from_iso("2000-00-10").has_value());
  CHECK_FALSE(partial_date::from_iso("20001").has_value());
  CHECK_FALSE(partial_date::from_iso("").has_value());
  CHECK_FALSE(partial_date::from_iso("2000/12").has_value());
}

TEST_CASE("date_time keeps its time of day") {
  auto t = date_time::from_iso("2009-10-07T17:06:25");
  REQUIRE(t);
  CHECK(t->hour == 17);
  CHECK(t->second == 25);
  CHECK(t->to_iso() == "2009-10-07T17:06:25");
  CHECK(date_time::from_iso("2009-10-07T17:06")->to_iso() == "2009-10-07T17:06:00");
  CHECK_FALSE(date_time::from_iso("2009-10-07T24:00:00"));
  CHECK_FALSE(date_time::from_iso("2009-10-07"));
}

TEST_CASE("status keys round-trip") {
  for (auto s : {compliance_status::fulfilled, compliance_status::partially_fulfilled,
                 compliance_status::not_fulfilled}) {
    CHECK(compliance_status_from_string(to_string(s)) == s);
  }
  CHECK_FALSE(compliance_status_from_string("Cumplido"));
}

TEST_CASE("rich text keeps paragraphs and lists in order") {
  rich_text t = rich_text::paragraph("Uno.");
  t.add_list({"a", "b"});
  t.add_paragraph("");
  t.add_list({});
  t.add_paragraph("Dos.");
  REQUIRE(t.blocks.size() == 3);
  CHECK(t.blocks[1].type == block::kind::bullet_list);
  CHECK(t.plain_text(" | ") == "Uno. | a | b | Dos.");
  CHECK(rich_text::paragraph("").empty());
}

TEST_CASE("row equality ignores the source position") {
  row a, b;
  a.number = b.number = "4";
  a.source = {10, 1, 0};
  CHECK(a == b);
  b.status = compliance_status::fulfilled;
  CHECK_FALSE(a == b);
}

TEST_CASE("diagnostics format as FILE:LINE:COL: level: message") {
  diagnostics d("seed.txt");
  d.warning({12, 3, 0}, "repeated row number \"4\"");
  d.error({0, 0, 2}, "bad\nthing");
  CHECK(d.all()[0].to_string() == "seed.txt:12:3: warning: repeated row number \"4\"");
  CHECK(d.all()[1].to_string() == "seed.txt:page 2: error: bad thing");
  CHECK(d.warning_count() == 1);
  CHECK(d.error_count() == 1);
  error e("empty input", {1, 1, 0});
  CHECK(e.with_file("a.json").to_string() == "a.json:1:1: error: empty input");
  CHECK(std::string(e.what()) == "1:1: error: empty input");
}
