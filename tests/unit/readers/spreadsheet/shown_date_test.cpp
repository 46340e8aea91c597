// What a date cell of an XLSX sheet shows under its number format's code.
#include <doctest/doctest.h>

#include "readers/spreadsheet/shown_date.hpp"

using informe::date_time;
using informe::detail::sheets::shown_date;

TEST_CASE("a date format's code says the text a date cell shows, or nothing when it depends on a locale") {
  const date_time when{{2010, 3, 31}, 9, 5, 7};
  CHECK(shown_date("dd-mm-yyyy", when) == "31-03-2010");
  CHECK(shown_date("dd\\-mm\\-yyyy", when) == "31-03-2010");
  CHECK(shown_date("DD/MM/YYYY", when) == "31/03/2010");
  CHECK(shown_date("d/m/yy", when) == "31/3/10");
  CHECK(shown_date("mm\\-yyyy", when) == "03-2010");
  CHECK(shown_date("yyyy", when) == "2010");
  CHECK(shown_date("[$-340A]dd-mm-yyyy", when) == "31-03-2010");
  CHECK(shown_date("dd-mm-yyyy hh:mm:ss", when) == "31-03-2010 09:05:07");
  CHECK(shown_date("h:mm", when) == "9:05");
  CHECK(shown_date("dd/mm/yyyy\" (plazo)\"", when) == "31/03/2010 (plazo)");
  CHECK(shown_date("dd-mm-yyyy;@", when) == "31-03-2010");
  // month and day names, AM/PM, elapsed hours, digits: nothing says how the sheet shows them here
  CHECK_FALSE(shown_date("mmm-yyyy", when));
  CHECK_FALSE(shown_date("dddd dd", when));
  CHECK_FALSE(shown_date("m/d/yyyy h:mm AM/PM", when));
  CHECK_FALSE(shown_date("[h]:mm", when));
  CHECK_FALSE(shown_date("0.00", when));
  CHECK_FALSE(shown_date("", when));
  CHECK_FALSE(shown_date("\"fecha\"", when));
}
