#include "core/vocabulary.hpp"

#include "core/template_json.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

namespace informe::detail {

namespace {

// In the order of `term`.
constexpr std::array<std::string_view, term_count> keys{
    "title",
    "title_cutoff",
    "issued_at",
    "program",
    "ministry",
    "service",
    "evaluation_year",
    "program_status",
    "exit_date",
    "observation",
    "column_recommendation",
    "column_commitment",
    "column_compliance",
    "number",
    "responsible",
    "due",
    "status",
    "compliance_observation",
    "verification",
    "summary",
    "summary_total",
    "summary_share_fulfilled",
    "status_fulfilled",
    "status_partially_fulfilled",
    "status_not_fulfilled",
    "status_unknown",
    "continued",
    "page",
    "page_of",
    "none",
    "program_section",
    "commitments_section",
    "number_long",
    "summary_count",
    "summary_share",
    "generated_by",
    "generated_on",
    "sheet_commitments",
    "sheet_report",
    "as_printed",
    "no_commitments",
};

// The wordings of archived reports and of older versions of our output (the grammar's synonyms).
struct variants_of {
  term which;
  std::span<const std::string_view> words;
};

constexpr std::string_view title_variants[] = {"Informe de Cumplimientos de Compromisos"};
constexpr std::string_view issued_at_variants[] = {"Fecha del Informe", "Fecha Informe"};
constexpr std::string_view program_variants[] = {"Programa/Institución", "Programa", "Institución"};
constexpr std::string_view ministry_variants[] = {"Ministerio"};
constexpr std::string_view service_variants[] = {"Servicio"};
constexpr std::string_view evaluation_year_variants[] = {"Año", "Año de Evaluación", "Año Evaluación"};
constexpr std::string_view program_status_variants[] = {"Calificación"};
constexpr std::string_view exit_date_variants[] = {"Fecha Egreso", "Fecha de Egreso"};
constexpr std::string_view observation_variants[] = {"Observación", "Observaciones"};
constexpr std::string_view recommendation_variants[] = {"Recomendación", "Recomendaciones", "Recomendación del panel"};
constexpr std::string_view commitment_variants[] = {"Compromiso", "Compromisos", "Compromisos institucionales"};
constexpr std::string_view compliance_variants[] = {"Cumplimiento", "Cumplimientos"};
constexpr std::string_view responsible_variants[] = {"Organismo Responsable", "Organismos Responsables",
                                                     "Institución Responsable"};
constexpr std::string_view due_variants[] = {"Fecha de Vencimiento", "Fecha Vencimiento"};
constexpr std::string_view status_variants[] = {"Calificación"};
constexpr std::string_view verification_variants[] = {"Medios de Verificación", "Medio de Verificación",
                                                      "Medios Verificación"};
constexpr std::string_view fulfilled_variants[] = {"Cumplido", "Cumplida"};
constexpr std::string_view partially_variants[] = {"Parcialmente cumplido", "Parcialmente cumplida"};
constexpr std::string_view not_fulfilled_variants[] = {"No cumplido", "No cumplida"};
constexpr std::string_view unknown_variants[] = {"Sin calificación"};
constexpr std::string_view continued_variants[] = {"(continúa)", "(continúa...)", "continúa...", "(sigue)",
                                                   "(cont.)"};
constexpr std::string_view summary_variants[] = {"Resumen"};
constexpr std::string_view none_variants[] = {"—", "–", "-"};

constexpr variants_of all_variants[] = {
    {term::title, title_variants},
    {term::issued_at, issued_at_variants},
    {term::program, program_variants},
    {term::ministry, ministry_variants},
    {term::service, service_variants},
    {term::evaluation_year, evaluation_year_variants},
    {term::program_status, program_status_variants},
    {term::exit_date, exit_date_variants},
    {term::observation, observation_variants},
    {term::column_recommendation, recommendation_variants},
    {term::column_commitment, commitment_variants},
    {term::column_compliance, compliance_variants},
    {term::responsible, responsible_variants},
    {term::due, due_variants},
    {term::status, status_variants},
    {term::compliance_observation, observation_variants},
    {term::verification, verification_variants},
    {term::status_fulfilled, fulfilled_variants},
    {term::status_partially_fulfilled, partially_variants},
    {term::status_not_fulfilled, not_fulfilled_variants},
    {term::status_unknown, unknown_variants},
    {term::continued, continued_variants},
    {term::none, none_variants},
    {term::summary, summary_variants},
};

// Column titles only (column_title_variants): a table with the due date, the responsible or the
// status in a column of its own, as analysts' sheets and typed reports title it.
constexpr std::string_view responsible_column_variants[] = {"Responsable", "Responsables"};
constexpr std::string_view due_column_variants[] = {"Plazo", "Vencimiento", "Fecha compromiso", "Fecha de compromiso"};
constexpr std::string_view status_column_variants[] = {"Estado"};

constexpr variants_of all_column_variants[] = {
    {term::responsible, responsible_column_variants},
    {term::due, due_column_variants},
    {term::status, status_column_variants},
};

}  // namespace

std::span<const std::string_view> column_title_variants(term t) {
  for (const auto& v : all_column_variants)
    if (v.which == t) return v.words;
  return {};
}

std::string_view term_key(term t) { return keys[static_cast<std::size_t>(t)]; }

std::optional<term> term_named(std::string_view key) {
  for (std::size_t i = 0; i < term_count; ++i)
    if (keys[i] == key) return static_cast<term>(i);
  return std::nullopt;
}

std::span<const std::string_view> historic_variants(term t) {
  for (const auto& v : all_variants)
    if (v.which == t) return v.words;
  return {};
}

const vocabulary& vocabulary::defaults() {
  static const vocabulary builtin = [] {
    const nlohmann::json labels = load_labels(template_set{});
    vocabulary v;
    for (std::size_t i = 0; i < term_count; ++i) {
      auto it = labels.find(keys[i]);
      // The compiled-in file is checked by the tests to hold every term; a missing one shows its key.
      v.words_[i] = it != labels.end() && it->is_string() ? it->get<std::string>() : std::string(keys[i]);
    }
    return v;
  }();
  return builtin;
}

const std::string& vocabulary::status_word(std::optional<compliance_status> s) const {
  if (!s) return (*this)[term::status_unknown];
  switch (*s) {
    case compliance_status::fulfilled: return (*this)[term::status_fulfilled];
    case compliance_status::partially_fulfilled: return (*this)[term::status_partially_fulfilled];
    case compliance_status::not_fulfilled: return (*this)[term::status_not_fulfilled];
  }
  return (*this)[term::status_unknown];
}

std::string vocabulary::title_with(const std::string& cutoff_long) const {
  std::string t = (*this)[term::title];
  if (!cutoff_long.empty()) t += " " + (*this)[term::title_cutoff] + " " + cutoff_long;
  return t;
}

nlohmann::json vocabulary::to_json() const {
  nlohmann::json o = nlohmann::json::object();
  for (std::size_t i = 0; i < term_count; ++i) o[std::string(keys[i])] = words_[i];
  return o;
}

vocabulary vocabulary_of(const nlohmann::json& labels, std::string_view origin, diagnostics* diags) {
  vocabulary v = vocabulary::defaults();
  auto warn = [&](std::string message) {
    if (!diags) return;
    diagnostic d;
    d.level = severity::warning;
    d.file = std::string(origin);
    d.message = std::move(message);
    diags->add(std::move(d));
  };
  if (!labels.is_object()) {
    warn("labels: not a JSON object of label key -> wording; the built-in labels are used");
    return v;
  }
  for (auto it = labels.begin(); it != labels.end(); ++it) {
    auto t = term_named(it.key());
    if (!t && (it.key() == "issuer" || it.key() == "issuer_government" || it.key() == "issuer_ministry")) {
      warn("labels: \"" + it.key() + "\" is no longer a label: the masthead is common/theme.json's \"masthead\"");
      continue;
    }
    if (!t) {
      warn("labels: unknown key \"" + it.key() + "\" (misspelt?); it changes nothing");
      continue;
    }
    if (!it->is_string()) {
      warn("labels: the value of \"" + it.key() + "\" is not a string; the built-in wording is kept");
      continue;
    }
    std::string& word = v.words_[static_cast<std::size_t>(*t)];
    if (word != it->get_ref<const std::string&>()) {
      word = it->get<std::string>();
      v.default_ = false;
    }
  }
  return v;
}

vocabulary load_vocabulary(const template_set& templates, diagnostics* diags) {
  const char* const name = "common/labels.json";
  static const std::string builtin_text = template_set{}.load(name);
  if (templates.load(name) == builtin_text) return vocabulary::defaults();  // not overridden
  return vocabulary_of(load_labels(templates), templates.origin(name), diags);
}

}  // namespace informe::detail
