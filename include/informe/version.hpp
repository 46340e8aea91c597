#pragma once

#include <string_view>

#include "informe/export.hpp"

namespace informe {

/// The library's version, "MAJOR.MINOR.PATCH".
INFORME_API std::string_view version();

}  // namespace informe
