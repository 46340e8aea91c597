// The template files compiled into the library (generated from templates/ at build time).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace informe::detail {

struct embedded_file {
  std::string_view name;  ///< path below templates/, with forward slashes
  std::string_view data;
};

/// Every file below templates/, sorted by name.
std::span<const embedded_file> embedded_templates();

}  // namespace informe::detail
