// write_json: the model as canonical JSON (docs/format.md): every key in a fixed order, null for absent.
// The text is what nlohmann-json's pretty printer makes of the document (two-space indent, strings
// escaped as it escapes them), written straight into the output: building a tree of the report to
// print it cost more than reading most inputs.
#include <cstdio>

#include "canonical/text_support.hpp"
#include "core/unicode.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

class json_text {
 public:
  explicit json_text(std::string& out) : out_(out) {}

  // A JSON string, escaped as nlohmann-json escapes (ensure_ascii off): '"', '\\', the short forms
  // \b \f \n \r \t, \u00xx for the other control characters; everything else as it is.
  void string(std::string_view s) {
    if (!detail::is_valid_utf8(s)) {  // not expected: output_ready repaired the UTF-8
      throw error("cannot write JSON: invalid UTF-8 in " + detail::quote_for_message(s));
    }
    out_ += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out_ += escaped;
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  void null() { out_ += "null"; }

  // Text: null when empty.
  void text(const std::string& s) { s.empty() ? null() : string(s); }

  template <class T>
  void iso(const std::optional<T>& value) {
    value ? string(value->to_iso()) : null();
  }

  // null, a string for exactly one paragraph, else an array of strings and {"list": [...]}.
  void rich(const rich_text& t, int indent) {
    if (t.empty()) return null();
    if (t.blocks.size() == 1 && t.blocks.front().type == block::kind::paragraph) return string(t.blocks.front().text);
    out_ += '[';
    for (std::size_t i = 0; i < t.blocks.size(); ++i) {
      const block& b = t.blocks[i];
      if (i > 0) out_ += ',';
      newline(indent + 2);
      if (b.type == block::kind::paragraph) {
        string(b.text);
      } else {
        out_ += '{';
        key("list", indent + 4, true);
        strings(b.items, indent + 4);
        newline(indent + 2);
        out_ += '}';
      }
    }
    newline(indent);
    out_ += ']';
  }

  void strings(const std::vector<std::string>& items, int indent) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ',';
      newline(indent + 2);
      string(items[i]);
    }
    newline(indent);
    out_ += ']';
  }

  // `"name": ` on a line of its own at `indent`, after a comma unless it is the object's first key.
  void key(std::string_view name, int indent, bool first = false) {
    if (!first) out_ += ',';
    newline(indent);
    string(name);
    out_ += ": ";
  }

  // "name": value, at `indent`: text (null when empty), rich text, or a date (ISO 8601, null when absent).
  void field(std::string_view name, const std::string& value, int indent, bool first = false) {
    key(name, indent, first);
    text(value);
  }
  void field(std::string_view name, const rich_text& value, int indent) {
    key(name, indent);
    rich(value, indent);
  }
  template <class T>
  void field(std::string_view name, const std::optional<T>& value, int indent, bool first = false) {
    key(name, indent, first);
    iso(value);
  }

  void newline(int indent) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent), ' ');
  }

 private:
  std::string& out_;
};

void write_json_into(const report& original, std::string& output, diagnostics& diags) {
  report r = detail::output_ready(original, diags);
  json_text j(output);
  output += '{';
  j.field("cutoff_date", r.cutoff_date, 2, true);
  j.field("issued_at", r.issued_at, 2);
  j.field("program", r.program, 2);
  j.field("ministry", r.ministry, 2);
  j.field("service", r.service, 2);
  j.key("evaluation_year", 2);
  r.evaluation_year ? void(output += std::to_string(*r.evaluation_year)) : j.null();
  j.field("program_status", r.program_status, 2);
  j.field("exit_date", r.exit_date, 2);
  j.field("observation", r.observation, 2);
  j.key("commitments", 2);
  if (r.rows.empty()) {
    output += "[]";
  } else {
    output += '[';
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
      const row& w = r.rows[i];
      if (i > 0) output += ',';
      j.newline(4);
      output += '{';
      j.field("number", w.number, 6, true);
      j.field("recommendation", w.recommendation, 6);
      j.field("responsible", w.responsible, 6);
      j.field("commitment", w.commitment, 6);
      j.field("due", w.due, 6);
      j.field("due_text", w.due_text, 6);
      j.field("compliance", w.compliance, 6);
      j.field("compliance_observation", w.compliance_observation, 6);
      j.key("status", 6);
      w.status ? j.string(to_string(*w.status)) : j.null();
      j.field("status_text", w.status_text, 6);
      j.field("verification", w.verification, 6);
      j.newline(4);
      output += '}';
    }
    j.newline(2);
    output += ']';
  }
  output += "\n}\n";
}

}  // namespace

void write_json(const report& original, const write_options&, std::string& output, diagnostics& diags) {
  const std::size_t before = output.size();
  try {
    write_json_into(original, output, diags);
  } catch (...) {
    output.resize(before);  // nothing half-written
    throw;
  }
}

}  // namespace informe
