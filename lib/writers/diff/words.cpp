#include "writers/diff/words.hpp"

#include "core/template_json.hpp"
#include "informe/compare.hpp"

namespace informe::detail::diff_out {

std::string label_word(const nlohmann::json& labels, const std::string& key) {
  auto it = labels.find(key);
  return it != labels.end() && it->is_string() ? it->get<std::string>() : key;
}

nlohmann::json labels(const template_set& templates) {
  static const nlohmann::json builtin = [] {
    nlohmann::json l = load_labels(template_set{});
    l.update(load_json_template(template_set{}, "diff/labels.json"));
    return l;
  }();
  nlohmann::json out = builtin;
  for (const char* name : {"common/labels.json", "diff/labels.json"}) {
    nlohmann::json custom = load_json_template(templates, name);
    if (custom.is_object()) out.update(custom);
  }
  return out;
}

std::string field_label(const nlohmann::json& labels, const std::string& field) {
  if (field == "recommendation" || field == "commitment" || field == "compliance")
    return label_word(labels, "column_" + field);
  if (field == "number") return label_word(labels, "number_long");
  return label_word(labels, field);
}

std::string shown_value(const nlohmann::json& labels, const std::string& field, const std::string& value) {
  if (field == "status" && !value.empty()) return label_word(labels, "status_" + value);
  return value;
}

std::vector<std::pair<std::string, std::string>> row_fields(const row& r) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&](const char* key, std::string value) {
    if (!value.empty()) out.emplace_back(key, std::move(value));
  };
  add("number", r.number);
  add("recommendation", comparable_text(r.recommendation));
  add("responsible", r.responsible);
  add("commitment", comparable_text(r.commitment));
  add("due", r.due ? r.due->to_iso() : "");
  add("due_text", r.due_text);
  add("compliance", comparable_text(r.compliance));
  add("compliance_observation", comparable_text(r.compliance_observation));
  add("status", r.status ? std::string(to_string(*r.status)) : "");
  add("status_text", r.status_text);
  add("verification", comparable_text(r.verification));
  return out;
}

std::vector<std::pair<std::string, std::string>> shown_row_fields(const nlohmann::json& labels, const row& r) {
  std::vector<std::pair<std::string, std::string>> out;
  const std::string status = r.status ? shown_value(labels, "status", std::string(to_string(*r.status))) : "";
  for (auto& f : row_fields(r)) {
    if (f.first == "number" || (f.first == "status_text" && f.second == status)) continue;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<diff_piece> pieces_of(const nlohmann::json& labels, const field_change& c) {
  if (!c.words.empty()) return c.words;
  std::vector<diff_piece> out;
  std::string a = shown_value(labels, c.field, c.old_value), b = shown_value(labels, c.field, c.new_value);
  if (!a.empty()) out.push_back({diff_piece::kind::removed, a});
  if (!b.empty()) out.push_back({diff_piece::kind::added, b});
  return out;
}

bool repeats_status(const nlohmann::json& labels, const std::vector<field_change>& changes, const field_change& c) {
  if (c.field != "status_text") return false;
  for (const auto& s : changes) {
    if (s.field != "status") continue;
    auto same = [&](const std::string& key, const std::string& text) {
      return text.empty() || (!key.empty() && shown_value(labels, "status", key) == text);
    };
    return same(s.old_value, c.old_value) && same(s.new_value, c.new_value);
  }
  return false;
}

}  // namespace informe::detail::diff_out
