// A libxlsxwriter workbook as bytes. libxlsxwriter writes to a file, so the workbook goes through a
// private temporary file, removed whatever happens. Shared by the report's and the summary's XLSX
// writers. Internal.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>

namespace informe::detail {

/// Starts a workbook in a temporary file (in $TMPDIR, else /tmp, named after `prefix`), lets `fill`
/// add its sheets, closes it and returns the file's bytes. Throws informe::error when the file cannot
/// be made or written; an exception from `fill` passes through, the file removed.
std::string build_workbook(const char* prefix, const std::function<void(lxw_workbook*)>& fill);

}  // namespace informe::detail
