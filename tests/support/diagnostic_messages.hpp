// The messages of a reading's diagnostics of one kind, for tests that check what was said.
#pragma once

#include <string>
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

}  // namespace informe::test
