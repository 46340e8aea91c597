#include "metadata.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include "commands.hpp"
#include "informe/io.hpp"

namespace informe::cli {

namespace {

using copier = std::function<void(report& to, const report& from)>;

// The header keys of the canonical JSON (docs/format.md), each with how to copy its field.
const std::map<std::string_view, copier>& fields() {
  static const std::map<std::string_view, copier> table = {
      {"cutoff_date", [](report& to, const report& from) { to.cutoff_date = from.cutoff_date; }},
      {"issued_at", [](report& to, const report& from) { to.issued_at = from.issued_at; }},
      {"program", [](report& to, const report& from) { to.program = from.program; }},
      {"ministry", [](report& to, const report& from) { to.ministry = from.ministry; }},
      {"service", [](report& to, const report& from) { to.service = from.service; }},
      {"evaluation_year", [](report& to, const report& from) { to.evaluation_year = from.evaluation_year; }},
      {"program_status", [](report& to, const report& from) { to.program_status = from.program_status; }},
      {"exit_date", [](report& to, const report& from) { to.exit_date = from.exit_date; }},
      {"observation", [](report& to, const report& from) { to.observation = from.observation; }},
  };
  return table;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// The value as JSON for `key`: a year that is all digits is a number; anything else is a string, and
// the reader says what is wrong with it.
std::string json_value(std::string_view key, std::string_view value) {
  if (value.empty()) return "null";
  bool digits = value.size() <= 9 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (key == "evaluation_year" && digits) return std::string(value);
  return json_string(value);
}

std::string known_keys() {
  std::string s;
  for (auto key : metadata_keys()) s += (s.empty() ? "" : ", ") + std::string(key);
  return s;
}

}  // namespace

const std::vector<std::string_view>& metadata_keys() {
  static const std::vector<std::string_view> keys = {"program", "ministry", "service", "evaluation_year",
                                                     "program_status", "cutoff_date", "issued_at",
                                                     "exit_date", "observation"};
  return keys;
}

metadata_overrides::metadata_overrides(const std::vector<std::string>& arguments) {
  for (const auto& argument : arguments) {
    auto eq = argument.find('=');
    std::string key = argument.substr(0, eq);
    if (eq == std::string::npos || key.empty())
      throw usage_error{"-M needs KEY=VALUE, not '" + argument + "' (keys: " + known_keys() + ")"};
    auto field = fields().find(key);
    if (field == fields().end())
      throw usage_error{"-M: unknown header field '" + key + "' (keys: " + known_keys() + ")"};
    std::string value = argument.substr(eq + 1);
    // Read as the canonical JSON reader reads the key: the same checks, the same messages.
    diagnostics diags("-M " + key);
    report parsed;
    try {
      std::string document = "{";
      document.append(json_string(key)).append(": ").append(json_value(key, value)).append("}");
      parsed = read_json(document, {}, diags);
    } catch (const informe::error& e) {
      throw usage_error{"-M " + argument + ": " + e.message()};
    }
    for (const auto& d : diags.all()) {
      if (d.level != severity::info) throw usage_error{"-M " + argument + ": " + d.message};
    }
    field->second(values_, parsed);
    keys_.erase(std::remove(keys_.begin(), keys_.end(), key), keys_.end());
    keys_.push_back(key);
  }
}

void metadata_overrides::apply(report& r) const {
  for (const auto& key : keys_) fields().at(key)(r, values_);
}

}  // namespace informe::cli
