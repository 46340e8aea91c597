// The interface between libinforme and the formats it loads on first use. The PDF reader and writer
// and the XLSX writers live in plugins (lib/plugins/*_plugin.cpp) so that a process that never touches
// a PDF or writes a workbook does not load poppler, PoDoFo, libxlsxwriter and the libraries they pull
// in: start-up is most of a one-report conversion.
//
// A plugin exports one C function, `informe_plugin_entry`, returning a `plugin`. The struct carries C++
// types, so a plugin is only good for the libinforme it was built with: `version` must match exactly.
#pragma once

#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"
#include "informe/summary.hpp"

namespace informe::detail {

inline constexpr int plugin_abi = 2;

struct plugin {
  int abi;              // plugin_abi when the plugin was built
  const char* version;  // INFORME_VERSION when the plugin was built
  report (*read)(std::string_view input, const read_options&, diagnostics&);               // or null
  void (*write)(const report&, const write_options&, std::string& output, diagnostics&);  // or null
  void (*write_summary)(const summary&, const summary_write_options&, std::string& output);  // or null
};

}  // namespace informe::detail

extern "C" {
using informe_plugin_entry_fn = const informe::detail::plugin* (*)();
}
