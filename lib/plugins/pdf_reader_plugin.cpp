// The PDF reader (lib/readers/pdf/, poppler) as a plugin of libinforme.
#include "informe/io.hpp"
#include "plugins/plugin.hpp"

extern "C" __attribute__((visibility("default"))) const informe::detail::plugin* informe_plugin_entry() {
  static const informe::detail::plugin entry{informe::detail::plugin_abi, INFORME_VERSION, &informe::read_pdf,
                                             nullptr, nullptr};
  return &entry;
}
