// The PDF writer (lib/pdf_writer, PoDoFo) as a plugin of libinforme.
#include "informe/io.hpp"
#include "plugins/plugin.hpp"

extern "C" __attribute__((visibility("default"))) const informe::detail::plugin* informe_plugin_entry() {
  static const informe::detail::plugin entry{informe::detail::plugin_abi, INFORME_VERSION, nullptr,
                                             &informe::write_pdf};
  return &entry;
}
