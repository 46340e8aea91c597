#include <doctest/doctest.h>

#include "core/spanish.hpp"
#include "core/template_json.hpp"
#include "core/vocabulary.hpp"
#include "core/view.hpp"
#include "informe/templates.hpp"
#include "seed_report.hpp"

using namespace informe;
using json = nlohmann::json;

namespace {

json seed_view(detail::view_options options = {}) {
  return detail::build_view(test::seed_report(), detail::vocabulary::defaults(), options);
}

}  // namespace

TEST_CASE("the view holds Spanish dates, ready-made") {
  const json v = seed_view();
  CHECK(v["title"] == "Informe de Cumplimiento de Compromisos al 30 de junio de 2009");
  CHECK(v["cutoff_date"]["iso"] == "2009-06-30");
  CHECK(v["cutoff_date"]["long"] == "30 de junio de 2009");
  CHECK(v["issued_at"]["iso"] == "2009-10-07T17:06:25");
  CHECK(v["issued_at"]["long"] == "7 de octubre de 2009, 17:06:25");
  CHECK(v["issued_at"]["time"] == "17:06:25");
  CHECK(v["exit_date"]["long"] == "30 de junio de 2003");
  CHECK(v["evaluation_year"] == "2000");
  const json& due = v["rows"][0]["due"];
  CHECK(due["iso"] == "2000-12");
  // ICU's wording for es-CL ("dic 2000" in ICU 72; "dic. 2000" in other data versions).
  CHECK(due["short"] == detail::spanish_short_date(partial_date{2000, 12, 0}));
  CHECK(due["short"].get<std::string>().rfind("dic", 0) == 0);
  CHECK(due["long"] == "diciembre de 2000");
  CHECK(due["text"] == "Dic. 2000");
  CHECK(due["display"] == "Dic. 2000");
  CHECK(due["derived"] == false);
}

TEST_CASE("the view's labels, statuses, counters and summary") {
  const json v = seed_view();
  CHECK(v["labels"]["column_recommendation"] == "Recomendación");
  REQUIRE(v["rows"].size() == 13);
  const json& first = v["rows"][0];
  const json& last = v["rows"][12];
  CHECK(first["index"] == 1);
  CHECK(first["first"] == true);
  CHECK(first["odd"] == true);
  CHECK(first["even"] == false);
  CHECK(last["last"] == true);
  CHECK(last["index"] == 13);
  CHECK(v["rows"][4]["number"] == "4");
  CHECK(first["status"]["key"] == "fulfilled");
  CHECK(first["status"]["class"] == "status-fulfilled");
  CHECK(first["status"]["label"] == "Cumplido");
  CHECK(first["has_responsible"] == false);
  CHECK(first["responsible"] == false);
  CHECK(v["rows"][1]["responsible"] == "SERCOTEC");
  CHECK(first["has_verification"] == false);
  CHECK(v["rows"][2]["has_compliance_observation"] == true);

  const json& s = v["summary"];
  CHECK(s["total"] == "13");
  CHECK(s["fulfilled"] == "13");
  CHECK(s["not_fulfilled"] == "0");
  CHECK(s["share_fulfilled"] == "100\u00A0%");
  REQUIRE(s["statuses"].size() == 3);  // no "unknown" entry: every row has a status
  CHECK(s["statuses"][1]["class"] == "status-partially-fulfilled");
  CHECK(s["statuses"][1]["label"] == "Parcialmente cumplido");
  CHECK(s["statuses"][1]["share"] == "0\u00A0%");
}

TEST_CASE("rich text becomes blocks templates can loop over") {
  const json v = seed_view();
  const json& rec = v["rows"][12]["recommendation"];
  CHECK(rec["present"] == true);
  REQUIRE(rec["blocks"].size() == 2);
  CHECK(rec["blocks"][0]["is_paragraph"] == true);
  CHECK(rec["blocks"][0]["is_list"] == false);
  CHECK(rec["blocks"][1]["is_list"] == true);
  CHECK(rec["blocks"][1]["items"].size() == 5);
  CHECK(rec["blocks"][1]["last"] == true);
  CHECK(v["rows"][0]["verification"]["present"] == false);
  CHECK(v["rows"][0]["verification"]["blocks"].empty());
}

TEST_CASE("absent values, derived wording, shares and the timestamp") {
  report r;
  row a;
  a.status = compliance_status::partially_fulfilled;  // no wording printed
  a.due = partial_date{2001, 6, 0};                    // no wording printed
  row b;
  b.due_text = "a fines de 2001";  // wording that is no date
  row c;
  c.status = compliance_status::fulfilled;
  r.rows = {a, b, c};
  const json v = detail::build_view(r, detail::vocabulary::defaults(), {});
  CHECK(v["title"] == "Informe de Cumplimiento de Compromisos");
  CHECK(v["cutoff_date"] == false);
  CHECK(v["has_cutoff_date"] == false);
  CHECK(v["program"] == false);
  CHECK(v["has_header_fields"] == false);
  CHECK(v["generated"]["iso"] == "2000-01-01T00:00:00");  // no epoch, no issue date: a fixed date

  CHECK(v["rows"][0]["status"]["display"] == "Parcialmente cumplido");
  CHECK(v["rows"][0]["status"]["derived"] == true);
  CHECK(v["rows"][0]["due"]["display"] == detail::spanish_short_date(partial_date{2001, 6, 0}));
  CHECK(v["rows"][0]["due"]["derived"] == true);
  CHECK(v["rows"][1]["due"]["parsed"] == false);
  CHECK(v["rows"][1]["due"]["display"] == "a fines de 2001");
  CHECK(v["rows"][1]["status"]["key"] == "unknown");
  CHECK(v["rows"][1]["status"]["known"] == false);
  CHECK(v["rows"][1]["status"]["display"] == "Sin calificación");
  CHECK(v["rows"][2]["has_due"] == false);

  const json& s = v["summary"];
  CHECK(s["share_fulfilled"] == "33,3\u00A0%");
  REQUIRE(s["statuses"].size() == 4);
  CHECK(s["statuses"][3]["key"] == "unknown");
  CHECK(s["statuses"][3]["count"] == "1");

  detail::view_options options;
  options.source_date_epoch = 1254935185;
  const json epoch = detail::build_view(r, detail::vocabulary::defaults(), options);
  CHECK(epoch["generated"]["iso"] == "2009-10-07T17:06:25");
  CHECK(epoch["generated"]["utc"] == true);
  CHECK(v["generated"]["utc"] == false);  // the fixed date's offset is unknown: not UTC
  // A partial vocabulary: the terms it does not name keep their built-in wording.
  const json partial = detail::build_view(
      r, detail::vocabulary_of(json{{"status_unknown", "Pendiente"}}, "labels.json"), options);
  CHECK(partial["rows"][1]["status"]["display"] == "Pendiente");
  CHECK(partial["rows"][0]["status"]["display"] == "Parcialmente cumplido");
}

TEST_CASE("Spanish numbers via ICU") {
  CHECK(detail::spanish_percent(1.0) == "100\u00A0%");
  CHECK(detail::spanish_percent(0.0) == "0\u00A0%");
  CHECK(detail::spanish_integer(12345) == "12.345");
}
