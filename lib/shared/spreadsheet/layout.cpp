#include "shared/spreadsheet/layout.hpp"

#include "core/template_json.hpp"
#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "informe/templates.hpp"

namespace informe::detail::sheets {

namespace {

constexpr std::array<std::string_view, column_count> column_keys{
    "number",     "recommendation",         "responsible", "commitment",  "due",         "due_text",
    "compliance", "compliance_observation", "status",      "status_text", "verification"};
constexpr std::array<std::string_view, header_field_count> header_keys{
    "cutoff_date",    "issued_at", "program",    "ministry", "service", "evaluation_year",
    "program_status", "exit_date", "observation"};

std::string text_of(const nlohmann::json& labels, const char* key) {
  auto it = labels.find(key);
  return it != labels.end() && it->is_string() ? it->get<std::string>() : std::string(key);
}

std::optional<column> column_of_cell_label(field f) {
  switch (f) {
    case field::responsible: return column::responsible;
    case field::due: return column::due;
    case field::compliance_observation: return column::compliance_observation;
    case field::status: return column::status;
    case field::verification: return column::verification;
    default: return std::nullopt;
  }
}

std::optional<header_field> header_of_label(field f) {
  switch (f) {
    case field::issued_at: return header_field::issued_at;
    case field::program: return header_field::program;
    case field::ministry: return header_field::ministry;
    case field::service: return header_field::service;
    case field::evaluation_year: return header_field::evaluation_year;
    case field::program_status: return header_field::program_status;
    case field::exit_date: return header_field::exit_date;
    case field::observation: return header_field::observation;
    default: return std::nullopt;
  }
}

}  // namespace

std::string_view json_key(column c) { return column_keys[static_cast<std::size_t>(c)]; }
std::string_view json_key(header_field f) { return header_keys[static_cast<std::size_t>(f)]; }

std::string fold_title(std::string_view text) {
  std::string s = fold(text);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    // "º" (U+00BA, masculine ordinal) is how Spanish keyboards type "N°".
    if (s.compare(i, 2, "\xC2\xBA") == 0) {
      out += "\xC2\xB0";
      ++i;
      continue;
    }
    if (s[i] == '*') continue;
    if (s[i] == ' ' && ((i + 1 < s.size() && s[i + 1] == '/') || (!out.empty() && out.back() == '/'))) continue;
    out += s[i];
  }
  while (!out.empty() && (out.back() == ':' || out.back() == ' ' || out.back() == '.')) out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

vocabulary::vocabulary(const nlohmann::json& labels) {
  std::string as_printed = " (" + text_of(labels, "as_printed") + ")";
  auto set_title = [&](column c, std::string text) {
    folded_titles_[static_cast<std::size_t>(c)] = fold_title(text);
    titles_[static_cast<std::size_t>(c)] = std::move(text);
  };
  set_title(column::number, text_of(labels, "number"));
  set_title(column::recommendation, text_of(labels, "column_recommendation"));
  set_title(column::responsible, text_of(labels, "responsible"));
  set_title(column::commitment, text_of(labels, "column_commitment"));
  set_title(column::due, text_of(labels, "due"));
  set_title(column::due_text, text_of(labels, "due") + as_printed);
  set_title(column::compliance, text_of(labels, "column_compliance"));
  set_title(column::compliance_observation, text_of(labels, "compliance_observation"));
  set_title(column::status, text_of(labels, "status"));
  set_title(column::status_text, text_of(labels, "status") + as_printed);
  set_title(column::verification, text_of(labels, "verification"));

  std::string title = text_of(labels, "title") + " " + text_of(labels, "title_cutoff");
  folded_title_ = fold_title(title);
  auto set_label = [&](header_field f, std::string text) {
    folded_labels_[static_cast<std::size_t>(f)] = fold_title(text);
    labels_[static_cast<std::size_t>(f)] = std::move(text);
  };
  set_label(header_field::cutoff_date, title);
  set_label(header_field::issued_at, text_of(labels, "issued_at"));
  set_label(header_field::program, text_of(labels, "program"));
  set_label(header_field::ministry, text_of(labels, "ministry"));
  set_label(header_field::service, text_of(labels, "service"));
  set_label(header_field::evaluation_year, text_of(labels, "evaluation_year"));
  set_label(header_field::program_status, text_of(labels, "program_status"));
  set_label(header_field::exit_date, text_of(labels, "exit_date"));
  set_label(header_field::observation, text_of(labels, "observation"));

  statuses_[static_cast<std::size_t>(compliance_status::fulfilled)] = text_of(labels, "status_fulfilled");
  statuses_[static_cast<std::size_t>(compliance_status::partially_fulfilled)] =
      text_of(labels, "status_partially_fulfilled");
  statuses_[static_cast<std::size_t>(compliance_status::not_fulfilled)] = text_of(labels, "status_not_fulfilled");
  commitments_sheet_ = text_of(labels, "sheet_commitments");
  report_sheet_ = text_of(labels, "sheet_report");
  folded_number_long_ = fold_title(text_of(labels, "number_long"));
}

std::optional<column> vocabulary::match_column(std::string_view title) const {
  std::string key = fold_title(title);
  if (key.empty()) return std::nullopt;
  auto try_key = [&](const std::string& k) -> std::optional<column> {
    for (std::size_t i = 0; i < column_count; ++i) {
      if (folded_titles_[i] == k || column_keys[i] == k) return static_cast<column>(i);
    }
    if (k == folded_number_long_) return column::number;
    if (auto c = column_of_cell_label(match_column_title(k).which)) return c;  // "Plazo" too
    return std::nullopt;
  };
  if (auto c = try_key(key)) return c;
  // Plurals: "Compromisos", "Recomendaciones".
  if (key.size() > 1 && key.back() == 's') {
    if (auto c = try_key(key.substr(0, key.size() - 1))) return c;
    if (key.size() > 2 && key[key.size() - 2] == 'e') return try_key(key.substr(0, key.size() - 2));
  }
  return std::nullopt;
}

bool vocabulary::is_title(std::string_view text) const {
  std::string key = fold_title(text);
  if (key == folded_title_) return true;
  // "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL", as the archived reports print it.
  auto s = key.find("cumplimientos");
  if (s == std::string::npos) return false;
  key.erase(s + 12, 1);
  return key == folded_title_;
}

std::optional<header_field> vocabulary::match_header(std::string_view label) const {
  std::string key = fold_title(label);
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < header_field_count; ++i) {
    if (folded_labels_[i] == key || header_keys[i] == key) return static_cast<header_field>(i);
  }
  if (is_title(label)) return header_field::cutoff_date;
  return header_of_label(match_label(key, label_context::header));
}

const vocabulary& default_vocabulary() {
  static const vocabulary v(load_labels(template_set{}));
  return v;
}

}  // namespace informe::detail::sheets
