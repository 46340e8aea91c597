#include "core/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

std::string size_text(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string read_regular_file(const std::string& path, std::size_t max_bytes, std::string_view what) {
  const std::string name(what);
  auto fail = [&](const std::string& message) { return error(message, {}, path); };
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw fail("cannot read the " + name + ": " + std::strerror(errno));
  struct closer {
    int fd;
    ~closer() { ::close(fd); }
  } close_on_exit{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw fail("cannot read the " + name + ": " + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) throw fail("the " + name + " is not a regular file");
  const std::string too_large = "the " + name + " is larger than the limit of " + size_text(max_bytes);
  if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) throw fail(too_large);
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw fail("cannot read the " + name + ": " + std::strerror(errno));
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) throw fail(too_large);  // it grew
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

}  // namespace informe::detail
