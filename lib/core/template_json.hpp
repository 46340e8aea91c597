// JSON data files of the template set (labels, PDF styles), parsed with nlohmann-json.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "informe/templates.hpp"

namespace informe::detail {

/// Parses the template `name` as JSON; a syntax error throws informe::error naming the template's
/// origin with line and column.
nlohmann::json load_json_template(const template_set& templates, std::string_view name);

/// The labels every writer shows ("templates/common/labels.json"): label key -> Spanish text.
nlohmann::json load_labels(const template_set& templates);

}  // namespace informe::detail
