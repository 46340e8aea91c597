// The XLSX writers (lib/writers/xlsx/, libxlsxwriter), the report's and the summary's, as a plugin of
// libinforme.
#include "informe/io.hpp"
#include "informe/summary.hpp"
#include "plugins/plugin.hpp"

extern "C" __attribute__((visibility("default"))) const informe::detail::plugin* informe_plugin_entry() {
  static const informe::detail::plugin entry{informe::detail::plugin_abi, INFORME_VERSION, nullptr,
                                             &informe::write_xlsx, &informe::write_summary_xlsx};
  return &entry;
}
