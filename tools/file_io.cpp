#include "file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace informe::cli {

namespace {

std::string errno_text(int e) { return std::strerror(e); }

std::string size_text(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

[[noreturn]] void throw_too_large(const std::string& path, std::size_t max_bytes) {
  throw informe::error("input is larger than the limit of " + size_text(max_bytes) +
                           " (see --max-input-size)",
                       {}, path);
}

// ---- Temporary files to remove when a signal ends the process ----
// Slots are claimed with atomics only, so the signal handler may read them.
constexpr std::size_t slot_count = 128;
constexpr std::size_t path_capacity = 4096;
struct temp_slot {
  std::atomic<bool> claimed{false};
  std::atomic<bool> ready{false};
  char path[path_capacity];
};
std::array<temp_slot, slot_count> temp_slots;
mode_t process_umask = 022;

int claim_slot(const std::string& path) {
  if (path.size() >= path_capacity) return -1;
  for (std::size_t i = 0; i < slot_count; ++i) {
    bool expected = false;
    if (temp_slots[i].claimed.compare_exchange_strong(expected, true)) {
      std::memcpy(temp_slots[i].path, path.c_str(), path.size() + 1);
      temp_slots[i].ready.store(true);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void release_slot(int slot) {
  if (slot < 0) return;
  temp_slots[static_cast<std::size_t>(slot)].ready.store(false);
  temp_slots[static_cast<std::size_t>(slot)].claimed.store(false);
}

extern "C" void remove_temporaries(int signal_number) {
  for (auto& slot : temp_slots) {
    if (slot.ready.load()) ::unlink(slot.path);
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// Removes the temporary file unless it was renamed.
struct temp_file {
  std::string path;
  int fd = -1;
  int slot = -1;
  bool renamed = false;

  ~temp_file() {
    if (fd >= 0) ::close(fd);
    if (!renamed && !path.empty()) ::unlink(path.c_str());
    release_slot(slot);
  }
};

}  // namespace

void remember_umask() {
  process_umask = ::umask(022);
  ::umask(process_umask);
}

void install_cleanup_handlers() {
  for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, remove_temporaries);
}

std::string read_input(const std::string& path, std::size_t max_bytes) {
  const bool is_stdin = path == "-";
  int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw io_error("cannot open: " + errno_text(errno), path);
  struct closer {
    int fd;
    bool owned;
    ~closer() {
      if (owned) ::close(fd);
    }
  } close_on_exit{fd, !is_stdin};

  struct stat info {};
  if (::fstat(fd, &info) != 0) throw io_error("cannot read: " + errno_text(errno), path);
  if (S_ISDIR(info.st_mode)) throw io_error("is a directory", path);
  std::string bytes;
  if (S_ISREG(info.st_mode)) {
    // Refuse from the size alone, before reading anything.
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) throw_too_large(path, max_bytes);
    bytes.reserve(static_cast<std::size_t>(info.st_size));
  }
  // Read in chunks and stop one byte past the limit (pipes, files that grow while read).
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error("cannot read: " + errno_text(errno), path);
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) throw_too_large(path, max_bytes);
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

void write_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string name = target.filename().string();
  if (name.empty() || name == "." || name == "..") throw io_error("not a file name", path);

  struct stat existing {};
  mode_t mode = 0666 & ~process_umask;
  if (::stat(path.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) throw io_error("is a directory", path);
    mode = existing.st_mode & 07777;
  }

  temp_file temp;
  std::string pattern = (dir / ("." + name + ".tmp-XXXXXX")).string();
  temp.fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (temp.fd < 0) throw io_error("cannot create a temporary file beside it: " + errno_text(errno), path);
  temp.path = pattern;
  temp.slot = claim_slot(temp.path);

  std::string_view rest = bytes;
  while (!rest.empty()) {
    ssize_t n = ::write(temp.fd, rest.data(), rest.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error("cannot write: " + errno_text(errno), path);
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fchmod(temp.fd, mode) != 0) throw io_error("cannot set permissions: " + errno_text(errno), path);
  if (::fsync(temp.fd) != 0) throw io_error("cannot write: " + errno_text(errno), path);
  int fd = temp.fd;
  temp.fd = -1;
  if (::close(fd) != 0) throw io_error("cannot write: " + errno_text(errno), path);
  if (::rename(temp.path.c_str(), path.c_str()) != 0) throw io_error("cannot rename into place: " + errno_text(errno), path);
  temp.renamed = true;

  // Make the rename itself durable.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

}  // namespace informe::cli
