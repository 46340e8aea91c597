// write_json: the model as canonical JSON (docs/format.md): every key in a fixed order, null for absent.
#include <nlohmann/json.hpp>

#include "canonical/text_support.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

using ordered = nlohmann::ordered_json;

ordered text(const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

template <class T>
ordered iso(const std::optional<T>& value) {
  return value ? ordered(value->to_iso()) : ordered(nullptr);
}

// null, a string for exactly one paragraph, else an array of strings and {"list": [...]}.
ordered rich(const rich_text& t) {
  if (t.empty()) return nullptr;
  if (t.blocks.size() == 1 && t.blocks.front().type == block::kind::paragraph) return t.blocks.front().text;
  ordered parts = ordered::array();
  for (const auto& b : t.blocks) {
    if (b.type == block::kind::paragraph) {
      parts.push_back(b.text);
    } else {
      ordered list = ordered::object();
      list["list"] = b.items;
      parts.push_back(std::move(list));
    }
  }
  return parts;
}

// Dumps `value` as nlohmann's pretty printer does at `depth` levels of indentation (two spaces each):
// strings hold no raw line ends, so every line after the first is indented.
void append_indented(std::string& output, const ordered& value, int depth) {
  std::string text;
  try {
    text = value.dump(2, ' ', false, ordered::error_handler_t::strict);
  } catch (const nlohmann::json::exception& e) {  // not expected: output_ready repaired the UTF-8
    throw error(std::string("cannot write JSON: ") + e.what());
  }
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    output.append(text, start, end + 1 - start);
    output += indent;
    start = end + 1;
  }
  output.append(text, start, std::string::npos);
}

void write_json_into(const report& original, std::string& output, diagnostics& diags);

}  // namespace

// The rows are dumped one at a time, each as its own small tree, into the same text nlohmann would
// print for the whole document: a tree of every row held 2x the input in memory (issue 19).
void write_json(const report& original, const write_options&, std::string& output, diagnostics& diags) {
  const std::size_t before = output.size();
  try {
    write_json_into(original, output, diags);
  } catch (...) {
    output.resize(before);  // nothing half-written
    throw;
  }
}

namespace {

void write_json_into(const report& original, std::string& output, diagnostics& diags) {
  report r = detail::output_ready(original, diags);
  ordered doc = ordered::object();
  doc["cutoff_date"] = iso(r.cutoff_date);
  doc["issued_at"] = iso(r.issued_at);
  doc["program"] = text(r.program);
  doc["ministry"] = text(r.ministry);
  doc["service"] = text(r.service);
  doc["evaluation_year"] = r.evaluation_year ? ordered(*r.evaluation_year) : ordered(nullptr);
  doc["program_status"] = text(r.program_status);
  doc["exit_date"] = iso(r.exit_date);
  doc["observation"] = rich(r.observation);
  doc["commitments"] = nullptr;  // its place: the rows follow
  std::string head;
  append_indented(head, doc, 0);
  constexpr std::string_view tail = "null\n}";
  head.resize(head.size() - tail.size());  // "...\n  \"commitments\": "
  output += head;
  if (r.rows.empty()) {
    output += "[]";
  } else {
    output += "[\n";
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
      const row& w = r.rows[i];
      ordered o = ordered::object();
      o["number"] = text(w.number);
      o["recommendation"] = rich(w.recommendation);
      o["responsible"] = text(w.responsible);
      o["commitment"] = rich(w.commitment);
      o["due"] = iso(w.due);
      o["due_text"] = text(w.due_text);
      o["compliance"] = rich(w.compliance);
      o["compliance_observation"] = rich(w.compliance_observation);
      o["status"] = w.status ? ordered(std::string(to_string(*w.status))) : ordered(nullptr);
      o["status_text"] = text(w.status_text);
      o["verification"] = rich(w.verification);
      output += "    ";
      append_indented(output, o, 2);
      output += i + 1 < r.rows.size() ? ",\n" : "\n";
    }
    output += "  ]";
  }
  output += "\n}\n";
}

}  // namespace

}  // namespace informe
