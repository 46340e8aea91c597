// -M/--metadata KEY=VALUE: header fields set or overridden on every report before it is written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "informe/model.hpp"

namespace informe::cli {

/// The header fields -M can set, by their canonical JSON keys ("program", "cutoff_date"...).
const std::vector<std::string_view>& metadata_keys();

/// Header fields to set on every report, parsed and checked once.
class metadata_overrides {
 public:
  metadata_overrides() = default;
  /// Parses "KEY=VALUE" arguments. A value is read as the canonical JSON reader reads that key (a date
  /// "2009-06-30", a year 2000, a text); an empty VALUE clears the field. Throws usage_error for an
  /// unknown key or a value the JSON reader refuses or warns about.
  explicit metadata_overrides(const std::vector<std::string>& arguments);

  bool empty() const { return keys_.empty(); }
  /// Sets the fields on `r` (a later -M of the same key wins).
  void apply(report& r) const;

 private:
  std::vector<std::string> keys_;
  report values_;
};

}  // namespace informe::cli
