// The messages of a reading's diagnostics, for tests that check what was said.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"

namespace informe::test {

/// The messages of the diagnostics with `code`, in order.
inline std::vector<std::string> messages(const diagnostics& d, diagnostic_code code) {
  std::vector<std::string> out;
  for (const auto& x : d.all())
    if (x.code == code) out.push_back(x.message);
  return out;
}

/// True when a warning's message holds `text`.
inline bool has_warning_with(const diagnostics& d, std::string_view text) {
  for (const auto& x : d.all())
    if (x.level == severity::warning && x.message.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace informe::test
