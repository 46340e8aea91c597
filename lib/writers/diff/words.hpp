// What the diff writers share: the labels of fields and statuses, and a row's fields as text.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "informe/compare.hpp"
#include "informe/templates.hpp"

namespace informe::detail::diff_out {

/// The report labels (common/labels.json) with templates/diff/labels.json on top, overrides applied.
nlohmann::json labels(const template_set& templates);

/// The word `labels` holds under `key`, or `key` itself where it holds none (or no string).
std::string label_word(const nlohmann::json& labels, const std::string& key);

/// The label of a field's canonical key ("commitment" -> "Compromiso").
std::string field_label(const nlohmann::json& labels, const std::string& field);

/// A value as shown: a status key becomes its words ("partially_fulfilled" -> "Parcialmente cumplido").
std::string shown_value(const nlohmann::json& labels, const std::string& field, const std::string& value);

/// A row's non-empty fields in model order, as (canonical key, value) in field_change's text forms.
std::vector<std::pair<std::string, std::string>> row_fields(const row& r);

/// row_fields() for people: without the number (the hunk's title says it) and without a status wording
/// that only repeats the status's label.
std::vector<std::pair<std::string, std::string>> shown_row_fields(const nlohmann::json& labels, const row& r);

/// The pieces to show for a change: its word diff, or the old value removed and the new one added.
std::vector<diff_piece> pieces_of(const nlohmann::json& labels, const field_change& c);

/// True when `c` is a "status_text" change that only repeats the "status" change beside it in
/// `changes` (each side's wording is the status's label, or empty): writers for people leave it out.
bool repeats_status(const nlohmann::json& labels, const std::vector<field_change>& changes, const field_change& c);

}  // namespace informe::detail::diff_out
