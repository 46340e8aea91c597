#include "layout/row_start_cut.hpp"

#include <cmath>

#include "layout/grid_rivers.hpp"
#include "layout/text.hpp"

namespace informe::detail::layout {

std::size_t row_start_cut(const line& l, std::size_t first, std::size_t nearest, std::size_t end, double boundary,
                          double reach) {
  if (nearest < first || nearest >= end || !starts_lower(l.words[nearest]->text) || !starts_with_number(l))
    return nearest;
  std::size_t best = nearest;
  double best_distance = reach;
  for (std::size_t m = first; m < end; ++m) {
    const double distance = std::fabs((l.words[m - 1]->x1 + l.words[m]->x0) / 2 - boundary);
    if (distance <= best_distance && starts_upper(l.words[m]->text) && !starts_digit(l.words[m]->text) &&
        starts_lower(l.words[m - 1]->text)) {
      best = m;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace informe::detail::layout
