#include "informe/version.hpp"

namespace informe {

std::string_view version() { return INFORME_VERSION; }

}  // namespace informe
