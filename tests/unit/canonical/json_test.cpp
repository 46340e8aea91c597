#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "informe/io.hpp"
#include "sample_reports.hpp"
#include "test_files.hpp"

using namespace informe;

namespace {

std::string to_json(const report& r) {
  diagnostics diags;
  std::string out;
  write_json(r, {}, out, diags);
  CHECK(diags.empty());
  return out;
}

report from_json(const std::string& text, diagnostics& diags) { return read_json(text, {}, diags); }

}  // namespace

TEST_CASE("the JSON writer writes every key, in order, with null for absent values") {
  std::string out = to_json(test::bare_report());
  CHECK(out ==
        "{\n"
        "  \"cutoff_date\": null,\n"
        "  \"issued_at\": null,\n"
        "  \"program\": null,\n"
        "  \"ministry\": null,\n"
        "  \"service\": null,\n"
        "  \"evaluation_year\": null,\n"
        "  \"program_status\": null,\n"
        "  \"exit_date\": null,\n"
        "  \"observation\": null,\n"
        "  \"commitments\": [\n"
        "    {\n"
        "      \"number\": null,\n"
        "      \"recommendation\": null,\n"
        "      \"responsible\": null,\n"
        "      \"commitment\": null,\n"
        "      \"due\": null,\n"
        "      \"due_text\": null,\n"
        "      \"compliance\": null,\n"
        "      \"compliance_observation\": null,\n"
        "      \"status\": null,\n"
        "      \"status_text\": null,\n"
        "      \"verification\": null\n"
        "    }\n"
        "  ]\n"
        "}\n");
  CHECK(to_json(report{}).find("\"commitments\": []\n}") != std::string::npos);
}

TEST_CASE("the JSON writer writes rich text as a string, or an array of strings and lists") {
  std::string out = to_json(test::rich_report());
  auto doc = nlohmann::json::parse(out);
  CHECK(doc["evaluation_year"] == 2000);
  CHECK(doc["issued_at"] == "2009-10-07T17:06:25");
  CHECK(doc["commitments"][0]["recommendation"] == "Actualizar la Matriz de Marco Lógico.");
  CHECK(doc["commitments"][0]["commitment"].size() == 2);
  CHECK(doc["commitments"][1]["recommendation"][1]["list"][2] == "Ñandú & <co>");
  CHECK(doc["commitments"][1]["due"] == "2001");
  CHECK(doc["commitments"][0]["due"] == "2000-12");
  CHECK(doc["commitments"][1]["status"] == "partially_fulfilled");
  CHECK(doc["commitments"][3]["status"].is_null());
  // UTF-8 unescaped, never "".
  CHECK(out.find("RECONSTRUCCIÓN") != std::string::npos);
  CHECK(out.find("🎉") != std::string::npos);
  CHECK(out.find("\"\"") == std::string::npos);
  CHECK(out.find("\\u") == std::string::npos);
}

TEST_CASE("model -> JSON -> model is identical, and the JSON is stable") {
  for (const auto& r : {test::rich_report(), test::bare_report(), report{}}) {
    std::string first = to_json(r);
    diagnostics diags;
    report back = from_json(first, diags);
    CHECK(diags.empty());
    CHECK(back == r);
    CHECK(to_json(back) == first);
  }
}

TEST_CASE("the example report round-trips byte for byte through the JSON reader and writer") {
  std::string path = test::source_path("examples/fomento-microempresa-2009.json");
  std::string original = test::read_file(path);
  diagnostics diags(path);
  report r = read_json(original, {}, diags);
  for (const auto& d : diags.all()) MESSAGE(d.to_string());
  CHECK(diags.empty());
  CHECK(r.rows.size() == 13);
  CHECK(r.rows[3].number == "4");
  CHECK(r.rows[4].number == "4");
  CHECK(r.rows[0].source.line > 0);
  std::string out;
  write_json(r, {}, out, diags);
  CHECK(out == original);
}

TEST_CASE("the JSON reader accepts one-element arrays and left-out keys, and cleans text") {
  diagnostics diags;
  report r = from_json(R"({"program": "  Fomento\u00a0a la  Microempresa ",
    "observation": ["Un  párrafo"], "commitments": [{"number": "4", "recommendation": "Cafe\u0301"}]})",
                       diags);
  CHECK(diags.empty());
  CHECK(r.program == "Fomento a la Microempresa");
  CHECK(r.observation == rich_text::paragraph("Un párrafo"));
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0].recommendation == rich_text::paragraph("Café"));  // NFC
  CHECK(r.rows[0].source.line == 2);
  CHECK(r.rows[0].source.column == 53);
  CHECK_FALSE(r.cutoff_date);
}

TEST_CASE("JSON rows carry the line of their opening brace") {
  diagnostics diags;
  report r = from_json("{\n  \"commitments\": [\n    {\"number\": \"1\"},\n\n    {\"number\": \"2\"}\n  ]\n}\n", diags);
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0].source == source_position{3, 5, 0});
  CHECK(r.rows[1].source == source_position{5, 5, 0});
}

TEST_CASE("the JSON reader reads \"\" as absent and skips a UTF-8 byte order mark") {
  diagnostics diags;
  report r = from_json("\xEF\xBB\xBF{\"program\": \"\", \"cutoff_date\": \"\", \"commitments\": [{\"status\": \"\", "
                       "\"due\": \"\", \"recommendation\": [\"\", {\"list\": [\"\", \" \"]}]}]}",
                       diags);
  CHECK(diags.empty());
  CHECK(r.program.empty());
  CHECK_FALSE(r.cutoff_date);
  REQUIRE(r.rows.size() == 1);
  CHECK_FALSE(r.rows[0].status);
  CHECK(r.rows[0].recommendation.empty());
  // Positions count the mark as no column.
  diagnostics bad;
  from_json("\xEF\xBB\xBF{\"program\": 1}", bad);
  REQUIRE(bad.all().size() == 1);
  CHECK(bad.all()[0].where == source_position{1, 13, 0});
}
