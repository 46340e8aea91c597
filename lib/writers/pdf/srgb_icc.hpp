// The sRGB ICC profile (icc-profiles-free's sRGB.icc, ICC v2) of a PDF/A file's output intent, compiled in
// at build time (CMakeLists.txt) so that nothing is read at run time. Internal.
#pragma once

#include <string_view>

namespace informe::detail::pdf {

/// The profile's bytes.
std::string_view srgb_icc_profile();

}  // namespace informe::detail::pdf
