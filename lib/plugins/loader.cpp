// read_pdf, write_pdf, write_xlsx and write_summary_xlsx as libinforme exports them: each loads its
// plugin on first use (plugin.hpp).
// Plugins sit in "informe-plugins/" beside libinforme itself, wherever it was installed, or in
// $INFORME_PLUGIN_DIR when that is set.
#include <dlfcn.h>

#include <cstdlib>
#include <string>

#include "informe/io.hpp"
#include "informe/summary.hpp"
#include "plugins/plugin.hpp"

namespace informe {

namespace {

std::string plugin_directory() {
  if (const char* dir = secure_getenv("INFORME_PLUGIN_DIR"); dir && *dir) return dir;
  Dl_info self{};
  if (dladdr(reinterpret_cast<void*>(&plugin_directory), &self) && self.dli_fname) {
    std::string library = self.dli_fname;
    auto slash = library.rfind('/');
    return (slash == std::string::npos ? std::string(".") : library.substr(0, slash)) + "/informe-plugins";
  }
  return "informe-plugins";
}

struct loaded_plugin {
  const detail::plugin* entry = nullptr;
  std::string problem;  // why it could not be loaded
};

loaded_plugin load(const char* file) {
  std::string path = plugin_directory() + "/" + file;
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) return {nullptr, dlerror()};
  auto entry_point = reinterpret_cast<informe_plugin_entry_fn>(dlsym(handle, "informe_plugin_entry"));
  if (!entry_point) return {nullptr, path + " is not an informe plugin"};
  const detail::plugin* entry = entry_point();
  if (entry->abi != detail::plugin_abi || std::string_view(entry->version) != INFORME_VERSION) {
    return {nullptr, path + " belongs to informe " + entry->version + ", not to this informe " + INFORME_VERSION};
  }
  return {entry, {}};  // never unloaded: the process may hold its functions
}

// Each plugin is loaded once per process, thread-safely (a function-local static).
const detail::plugin& pdf_writer() {
  static const loaded_plugin plugin = load("pdf-writer.so");
  if (!plugin.entry || !plugin.entry->write) throw error("PDF output is not available: " + plugin.problem);
  return *plugin.entry;
}

const detail::plugin& pdf_reader() {
  static const loaded_plugin plugin = load("pdf-reader.so");
  if (!plugin.entry || !plugin.entry->read) throw error("PDF input is not available: " + plugin.problem);
  return *plugin.entry;
}

const detail::plugin& xlsx_writer() {
  static const loaded_plugin plugin = load("xlsx-writer.so");
  if (!plugin.entry || !plugin.entry->write || !plugin.entry->write_summary) {
    throw error("XLSX output is not available: " + plugin.problem);
  }
  return *plugin.entry;
}

}  // namespace

report read_pdf(std::string_view input, const read_options& options, diagnostics& diags) {
  return pdf_reader().read(input, options, diags);
}

void write_pdf(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  pdf_writer().write(r, options, output, diags);
}

void write_xlsx(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  xlsx_writer().write(r, options, output, diags);
}

void write_summary_xlsx(const summary& s, const summary_write_options& options, std::string& output) {
  xlsx_writer().write_summary(s, options, output);
}

}  // namespace informe
