// The PDF writer (lib/writers/pdf/, PoDoFo) as a plugin of libinforme.
#include <podofo/base/PdfError.h>

#include "informe/io.hpp"
#include "plugins/plugin.hpp"

extern "C" __attribute__((visibility("default"))) const informe::detail::plugin* informe_plugin_entry() {
  // PoDoFo prints its own "DEBUG:"/"CRITICAL:" lines to stderr, where they glue onto the CLI's
  // messages; the library never prints, so its log is silenced (failures still arrive as exceptions).
  static const bool silenced = [] {
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
    return true;
  }();
  (void)silenced;
  static const informe::detail::plugin entry{informe::detail::plugin_abi, INFORME_VERSION, nullptr,
                                             &informe::write_pdf, nullptr};
  return &entry;
}
