#pragma once

#include <string_view>

namespace informe {

/// The library's version, "MAJOR.MINOR.PATCH".
std::string_view version();

}  // namespace informe
