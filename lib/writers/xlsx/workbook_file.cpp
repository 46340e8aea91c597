#include "writers/xlsx/workbook_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "informe/diagnostics.hpp"

namespace informe::detail {

std::string build_workbook(const char* prefix, const std::function<void(lxw_workbook*)>& fill) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/" + prefix + "-XXXXXX";
  int fd = ::mkstemp(path.data());
  if (fd < 0) throw error("cannot create a temporary file for the workbook in " + path.substr(0, path.rfind('/')));
  ::close(fd);
  struct remove_file {
    std::string path;
    ~remove_file() { std::remove(path.c_str()); }
  } cleanup{path};

  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &wo);
  if (!workbook) throw error("cannot start the workbook");
  try {
    fill(workbook);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  lxw_error rc = workbook_close(workbook);
  if (rc != LXW_NO_ERROR) throw error(std::string("cannot write the workbook: ") + lxw_strerror(rc));

  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace informe::detail
