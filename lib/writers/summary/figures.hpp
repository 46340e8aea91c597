// The columns the summary's data writers (CSV, XLSX, JSON) share, and its labels.
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "informe/summary.hpp"
#include "informe/templates.hpp"

namespace informe::detail::summary_out {

/// The counted columns of a group, in the order the writers show them (canonical keys).
inline constexpr std::array<const char*, 9> count_keys = {
    "programs", "reports", "commitments", "fulfilled", "partially_fulfilled", "not_fulfilled", "no_status",
    "overdue", "programs_without_status"};

/// The count of `key` (one of count_keys) in `g`.
std::size_t count(const summary_group& g, std::string_view key);

/// The labels of templates/summary/labels.json, with the override directory's on top.
nlohmann::json labels(const template_set& templates);

/// labels[key] as text, or the key itself.
std::string label(const nlohmann::json& labels, const std::string& key);

/// "2009-06-30", or "" when absent.
std::string iso(const std::optional<partial_date>& d);

/// The share fulfilled as a percentage with one decimal and a point: "62.5".
std::string percent_text(double share);

}  // namespace informe::detail::summary_out
