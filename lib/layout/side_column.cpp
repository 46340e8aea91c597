#include "layout/side_column.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

void cut_side_column(std::vector<block_line>& block, std::deque<line>& storage, diagnostics& diags) {
  // Where the header starts on lines that hold other words left of it, and on lines that hold none.
  std::optional<double> beside, alone;
  int lines_beside = 0;
  for (const auto& [page, l] : block) {
    const auto groups = word_groups(*l);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (!starts_header(groups[g].text)) continue;
      auto& at = g == 0 ? alone : beside;
      at = std::min(at.value_or(groups[g].x0), groups[g].x0);
      if (g > 0) ++lines_beside;
      break;
    }
  }
  if (lines_beside < 2 || !beside) return;
  const double size = std::max(block.front().second->size, 1.0);
  const double slack = tuning::side_column_slack * size;
  if (alone && *alone < *beside - slack) return;  // the header starts at the left too: no side column
  for (auto& [page, l] : block) {
    std::size_t cut = 0;
    while (cut < l->words.size() && l->words[cut]->x1 < *beside - slack) ++cut;
    if (cut == 0) continue;
    const std::string side = join_words(l->words, 0, cut);
    diags.unplaced(position_of(*l, page), "text left of the report's header (a site's menu?) was not read: \"" + side + "\"",
                   side);
    line rest = *l;
    rest.words.erase(rest.words.begin(), rest.words.begin() + static_cast<std::ptrdiff_t>(cut));
    if (!rest.words.empty()) {
      rest.x0 = rest.words.front()->x0;
      rest.text = join_words(rest.words, 0, rest.words.size());
    } else {
      rest.text.clear();
    }
    storage.push_back(std::move(rest));
    l = &storage.back();
  }
  std::erase_if(block, [](const block_line& b) { return b.second->words.empty(); });
}

}  // namespace informe::detail::layout
