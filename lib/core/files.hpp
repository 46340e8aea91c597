// Reading the files a writer takes over (templates, a reference document, fonts): regular files only,
// refused from their size before they are read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace informe::detail {

/// The bytes of the regular file at `path`. A FIFO or device is refused without blocking (it is opened
/// with O_NONBLOCK), a file over `max_bytes` from its size before anything is read. Throws informe::error
/// whose file is `path` and whose message names it as `what` ("template", "reference document").
///
///     read_regular_file("ref.docx", 64 << 20, "reference document");
std::string read_regular_file(const std::string& path, std::size_t max_bytes, std::string_view what);

}  // namespace informe::detail
