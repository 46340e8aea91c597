#include <doctest/doctest.h>

#include "informe/summary.hpp"

using namespace informe;

namespace {

row make_row(std::string number, std::optional<compliance_status> status, std::optional<partial_date> due = {}) {
  row r;
  r.number = std::move(number);
  r.status = status;
  r.due = due;
  return r;
}

report make_report(std::string program, std::string ministry, int year, partial_date cutoff) {
  report r;
  r.program = std::move(program);
  r.ministry = std::move(ministry);
  r.service = "Servicio";
  r.evaluation_year = year;
  r.cutoff_date = cutoff;
  return r;
}

}  // namespace

TEST_CASE("overdue: due before the cut-off and not fulfilled; partial due dates end with their period") {
  const partial_date cutoff{2009, 6, 30};
  CHECK(is_overdue(make_row("1", compliance_status::not_fulfilled, partial_date{2009, 5, 0}), cutoff));
  CHECK(is_overdue(make_row("1", std::nullopt, partial_date{2008, 0, 0}), cutoff));
  CHECK(is_overdue(make_row("1", compliance_status::partially_fulfilled, partial_date{2009, 6, 29}), cutoff));
  CHECK_FALSE(is_overdue(make_row("1", compliance_status::fulfilled, partial_date{2000, 12, 0}), cutoff));
  CHECK_FALSE(is_overdue(make_row("1", compliance_status::not_fulfilled, partial_date{2009, 6, 0}), cutoff));
  CHECK_FALSE(is_overdue(make_row("1", compliance_status::not_fulfilled, partial_date{2009, 6, 30}), cutoff));
  CHECK_FALSE(is_overdue(make_row("1", compliance_status::not_fulfilled, partial_date{2009, 0, 0}), cutoff));
  CHECK_FALSE(is_overdue(make_row("1", compliance_status::not_fulfilled), cutoff));
}

TEST_CASE("summary: groups by ministry, service, year and cut-off; programs counted once") {
  report a = make_report("Programa A", "Hacienda", 2008, {2009, 6, 30});
  a.rows = {make_row("1", compliance_status::fulfilled, partial_date{2008, 12, 0}),
            make_row("2", compliance_status::partially_fulfilled, partial_date{2008, 12, 0}),
            make_row("3", std::nullopt, partial_date{2010, 1, 0})};
  report b = make_report("Programa B", "Hacienda", 2008, {2009, 6, 30});
  b.rows = {make_row("1", std::nullopt), make_row("2", std::nullopt)};
  report c = make_report("Programa C", "Educación", 2007, {2009, 6, 30});
  report a2 = a;  // the same program again, in another file
  summary_builder builder;
  builder.add(a, "a.json");
  builder.add(b, "b.json");
  builder.add(c, "c.json");
  builder.add(a2, "a.pdf");
  summary s = builder.result();

  REQUIRE(s.groups.size() == 2);
  CHECK(s.groups[0].ministry == "Educación");
  CHECK(s.groups[0].programs == 1);
  CHECK(s.groups[0].counts.total == 0);
  CHECK(s.groups[0].programs_without_status == 1);  // no commitment at all
  const summary_group& h = s.groups[1];
  CHECK(h.ministry == "Hacienda");
  CHECK(h.reports == 3);
  CHECK(h.programs == 2);
  CHECK(h.counts.total == 8);
  CHECK(h.counts.fulfilled == 2);
  CHECK(h.counts.partially_fulfilled == 2);
  CHECK(h.counts.not_fulfilled == 0);
  CHECK(h.counts.unknown == 4);
  CHECK(h.overdue == 2);  // the partially fulfilled row of a, twice
  CHECK(h.programs_without_status == 1);
  CHECK(h.counts.share_fulfilled() == doctest::Approx(0.25));
  CHECK(s.total.programs == 3);
  CHECK(s.total.reports == 4);
  CHECK(s.total.counts.total == 8);
  REQUIRE(s.reports.size() == 4);
  CHECK(s.reports[0].source == "c.json");
  CHECK(s.reports[1].source == "a.json");  // "a.json" < "a.pdf" within the same program
  CHECK(s.reports[2].source == "a.pdf");
}

TEST_CASE("summary of nothing") {
  summary s = summary_builder{}.result();
  CHECK(s.groups.empty());
  CHECK(s.total.reports == 0);
  CHECK(s.total.counts.share_fulfilled() == 0.0);
}
