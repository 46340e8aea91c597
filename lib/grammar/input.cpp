#include "grammar/input.hpp"

namespace informe::detail {

namespace {

bool blank(const std::string& s) {
  for (unsigned char c : s) {
    if (c > 0x20 && c != 0x7F) {
      // Non-ASCII bytes may still be white space (no-break spaces), but a cell made only of those is
      // rare enough to count as content here; the grammar collapses them later.
      return false;
    }
  }
  return true;
}

}  // namespace

void cell::add_text(std::string text, source_position at) {
  if (text.empty()) return;
  if (fragments.empty() && !where.known()) where = at;
  fragments.push_back({fragment::kind::text, std::move(text), at, false});  // (aggregate: no emplace_back before clang 16)
}

void cell::add_break(source_position at, bool forced) {
  fragments.push_back({fragment::kind::paragraph_break, {}, at, forced});
}

void cell::add_list_item(std::string text, source_position at) {
  if (fragments.empty() && !where.known()) where = at;
  fragments.push_back({fragment::kind::list_item, std::move(text), at, false});
}

void cell::add_label(field f, source_position at) {
  if (fragments.empty() && !where.known()) where = at;
  fragments.push_back({fragment::kind::label, {}, at, false, f});
}

bool cell::empty() const {
  for (const auto& f : fragments) {
    if (f.type != fragment::kind::paragraph_break && !blank(f.text)) return false;
  }
  return true;
}

}  // namespace informe::detail
