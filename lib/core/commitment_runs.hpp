// Rows that are further commitments of the recommendation before them: the model's convention for a
// cell spanning several commitments' rows (docs/format.md, `number`). One reading for the grammar,
// which warns of repeated numbers while it reads, and for validate. Internal.
#pragma once

#include <string>

#include "informe/model.hpp"

namespace informe::detail {

/// Follows a report's rows in order, in one pass.
class commitment_runs {
 public:
  /// `r`, the row after those given before, repeats the number of the row before it with no
  /// recommendation of its own, and the rows of that number before it start with one.
  bool continues(const row& r) {
    const bool same_number = any_ && r.number == number_;
    if (!same_number || !r.recommendation.empty()) run_has_recommendation_ = !r.recommendation.empty();
    any_ = true;
    number_ = r.number;
    return same_number && r.recommendation.empty() && run_has_recommendation_;
  }

 private:
  bool any_ = false;
  std::string number_;
  bool run_has_recommendation_ = false;
};

}  // namespace informe::detail
