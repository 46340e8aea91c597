// The canonical XML schema (schema/informe.xsd), compiled into the library.
#pragma once

#include <string_view>

namespace informe::detail {

/// The text of schema/informe.xsd as it was when the library was built.
std::string_view embedded_schema();

}  // namespace informe::detail
