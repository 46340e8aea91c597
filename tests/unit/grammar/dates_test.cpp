#include <doctest/doctest.h>

#include "grammar/dates.hpp"
#include "grammar/status.hpp"

using namespace informe;
using namespace informe::detail;

TEST_CASE("month-and-year dates as the reports print them") {
  CHECK(parse_spanish_date("Dic. 2000") == partial_date{2000, 12, 0});
  CHECK(parse_spanish_date("Dic 2001") == partial_date{2001, 12, 0});
  CHECK(parse_spanish_date("Junio 2001") == partial_date{2001, 6, 0});
  CHECK(parse_spanish_date("Jun. 2001") == partial_date{2001, 6, 0});
  CHECK(parse_spanish_date("Sep. 2007") == partial_date{2007, 9, 0});
  CHECK(parse_spanish_date("Diciembre 2007") == partial_date{2007, 12, 0});
  CHECK(parse_spanish_date("diciembre de 2007") == partial_date{2007, 12, 0});
  CHECK(parse_spanish_date("DICIEMBRE 2007.") == partial_date{2007, 12, 0});
  CHECK(parse_spanish_date("  ago.   2003 ") == partial_date{2003, 8, 0});
  CHECK(parse_spanish_date("dic-2007") == partial_date{2007, 12, 0});
  CHECK(parse_spanish_date("06-2007") == partial_date{2007, 6, 0});
  CHECK(parse_spanish_date("2007") == partial_date{2007, 0, 0});
}

TEST_CASE("full dates, with or without a time") {
  CHECK(parse_spanish_date("30-06-2007") == partial_date{2007, 6, 30});
  CHECK(parse_spanish_date("30/06/2007") == partial_date{2007, 6, 30});
  CHECK(parse_spanish_date("2007-06-30") == partial_date{2007, 6, 30});
  CHECK(parse_spanish_date("30 de junio de 2007") == partial_date{2007, 6, 30});
  CHECK(parse_spanish_date("30-06-2003 0:00:00") == partial_date{2003, 6, 30});
  CHECK(parse_spanish_date("07-10-2009 ; 17:06:25") == partial_date{2009, 10, 7});
}

TEST_CASE("what is not a date") {
  CHECK_FALSE(parse_spanish_date(""));
  CHECK_FALSE(parse_spanish_date("primer semestre 2008"));
  CHECK_FALSE(parse_spanish_date("31-02-2007"));
  CHECK_FALSE(parse_spanish_date("13-13-2007"));
  CHECK_FALSE(parse_spanish_date("Dic. 07"));
  CHECK_FALSE(parse_spanish_date("Foo 2007"));
  CHECK_FALSE(parse_spanish_date("30-06-2007 y 30-06-2008"));
  CHECK_FALSE(parse_spanish_date(std::string(300, '1')));
}

TEST_CASE("dates with times") {
  auto t = parse_date_time("07-10-2009 ; 17:06:25");
  REQUIRE(t);
  CHECK(t->to_iso() == "2009-10-07T17:06:25");
  CHECK(parse_date_time("07-10-2009 17:06")->to_iso() == "2009-10-07T17:06:00");
  CHECK(parse_date_time("2009-10-07T17:06:25")->to_iso() == "2009-10-07T17:06:25");
  CHECK(parse_date_time("07-10-2009")->to_iso() == "2009-10-07T00:00:00");
  CHECK(parse_date_time("30-06-2003 0:00:00")->to_iso() == "2003-06-30T00:00:00");
  CHECK_FALSE(parse_date_time("07-10-2009 ; 25:06:25"));
  CHECK_FALSE(parse_date_time("Oct. 2009"));
  CHECK_FALSE(parse_date_time("mañana"));
}

TEST_CASE("a time cut short at a page's edge is told") {
  CHECK(time_cut_short("28-01-2008 ; 15:20:0"));
  CHECK(time_cut_short("28-01-2008 15:2"));
  CHECK_FALSE(time_cut_short("28-01-2008 ; 15:20:07"));
  CHECK_FALSE(time_cut_short("30-06-2003 0:00:00"));
  CHECK_FALSE(time_cut_short("28-01-2008"));
  CHECK_FALSE(time_cut_short("Observación: 5"));
}

TEST_CASE("the cut-off date at the end of a title") {
  CHECK(find_trailing_date("INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009") == partial_date{2009, 6, 30});
  CHECK(find_trailing_date("Informe de Cumplimiento de Compromisos al 30 de junio de 2009") ==
        partial_date{2009, 6, 30});
  CHECK(find_trailing_date("INFORME DE CUMPLIMIENTO DE COMPROMISOS 31-12-2008") == partial_date{2008, 12, 31});
  CHECK_FALSE(find_trailing_date("INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL"));
}

TEST_CASE("statuses in any case and with or without accents") {
  CHECK(parse_status("Cumplido") == compliance_status::fulfilled);
  CHECK(parse_status("CUMPLIDO") == compliance_status::fulfilled);
  CHECK(parse_status(" cumplido. ") == compliance_status::fulfilled);
  CHECK(parse_status("Parcialmente cumplido") == compliance_status::partially_fulfilled);
  CHECK(parse_status("PARCIALMENTE  CUMPLIDO") == compliance_status::partially_fulfilled);
  CHECK(parse_status("No cumplido") == compliance_status::not_fulfilled);
  CHECK(parse_status("NO CUMPLIDO") == compliance_status::not_fulfilled);
  CHECK_FALSE(parse_status("En proceso"));
  CHECK_FALSE(parse_status("Cumplido con observaciones"));
  CHECK_FALSE(parse_status(""));
}

TEST_CASE("a status drawn after an icon: bullets and geometric shapes are not wording") {
  CHECK(parse_status("\xE2\x97\x90 Parcialmente cumplido") == compliance_status::partially_fulfilled);  // ◐
  CHECK(parse_status("\xE2\x97\x8F Cumplido") == compliance_status::fulfilled);                          // ●
  CHECK(parse_status("\xE2\x96\xA0No cumplido") == compliance_status::not_fulfilled);                    // ■
  CHECK(parse_status("\xE2\x80\xA2 cumplido") == compliance_status::fulfilled);                          // •
  CHECK(without_status_decoration(" \xE2\x97\x8B  Cumplido") == "Cumplido");                            // ○
  CHECK(without_status_decoration("Cumplido \xE2\x97\x8F") == "Cumplido \xE2\x97\x8F");  // only a leading icon
  CHECK_FALSE(parse_status("\xE2\x80\x94 Cumplido"));  // an em dash is punctuation, not an icon
}
