#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "canonical/text_support.hpp"
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

TEST_CASE("the JSON writer prints what nlohmann-json's pretty printer prints") {
  // The writer formats by hand; the text must stay the one nlohmann-json gives for the same document.
  using ordered = nlohmann::ordered_json;
  auto text = [](const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); };
  auto rich = [](const rich_text& t) -> ordered {
    if (t.empty()) return nullptr;
    if (t.blocks.size() == 1 && t.blocks.front().type == block::kind::paragraph) return t.blocks.front().text;
    ordered parts = ordered::array();
    for (const auto& b : t.blocks) {
      if (b.type == block::kind::paragraph) {
        parts.push_back(b.text);
      } else {
        parts.push_back(ordered{{"list", b.items}});
      }
    }
    return parts;
  };
  report r = test::rich_report();
  r.program = "Comillas \" barra \\ y / , tab\tfin";  // output_ready folds the tab to a space
  r.rows[0].status_text = "\x7F borrar";
  for (const auto& x : {r, test::bare_report(), report{}}) {
    diagnostics d;
    report clean = detail::output_ready(x, d);
    ordered doc = ordered::object();
    doc["cutoff_date"] = clean.cutoff_date ? ordered(clean.cutoff_date->to_iso()) : ordered(nullptr);
    doc["issued_at"] = clean.issued_at ? ordered(clean.issued_at->to_iso()) : ordered(nullptr);
    doc["program"] = text(clean.program);
    doc["ministry"] = text(clean.ministry);
    doc["service"] = text(clean.service);
    doc["evaluation_year"] = clean.evaluation_year ? ordered(*clean.evaluation_year) : ordered(nullptr);
    doc["program_status"] = text(clean.program_status);
    doc["exit_date"] = clean.exit_date ? ordered(clean.exit_date->to_iso()) : ordered(nullptr);
    doc["observation"] = rich(clean.observation);
    doc["commitments"] = ordered::array();
    for (const auto& w : clean.rows) {
      ordered o = ordered::object();
      o["number"] = text(w.number);
      o["recommendation"] = rich(w.recommendation);
      o["responsible"] = text(w.responsible);
      o["commitment"] = rich(w.commitment);
      o["due"] = w.due ? ordered(w.due->to_iso()) : ordered(nullptr);
      o["due_text"] = text(w.due_text);
      o["compliance"] = rich(w.compliance);
      o["compliance_observation"] = rich(w.compliance_observation);
      o["status"] = w.status ? ordered(std::string(to_string(*w.status))) : ordered(nullptr);
      o["status_text"] = text(w.status_text);
      o["verification"] = rich(w.verification);
      doc["commitments"].push_back(o);
    }
    diagnostics wd;
    std::string out;
    write_json(x, {}, out, wd);
    CHECK(out == doc.dump(2) + "\n");
  }
}
