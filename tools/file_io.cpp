#include "file_io.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

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
                       {}, path, diagnostic_code::limit_exceeded);
}

// ---- Temporary files to remove when a signal ends the process ----
// The signals are blocked in every thread and taken by one thread (sigwait), which locks the registry
// for good, removes what is registered, and dies of the signal: no temporary file can be created
// after the clean-up has started.
std::mutex temp_mutex;
std::set<std::string> temp_paths;  // guarded by temp_mutex
mode_t process_umask = 022;

// Creates and registers a temporary file from `pattern` (mkostemp's XXXXXX); returns the descriptor.
int create_registered(std::string& pattern) {
  std::lock_guard lock(temp_mutex);
  int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (fd >= 0) temp_paths.insert(pattern);
  return fd;
}

void unregister(const std::string& path) {
  std::lock_guard lock(temp_mutex);
  temp_paths.erase(path);
}

// Removes the temporary file unless it was renamed.
struct temp_file {
  std::string path;
  int fd = -1;
  bool renamed = false;

  ~temp_file() {
    if (fd >= 0) ::close(fd);
    if (path.empty()) return;
    if (!renamed) ::unlink(path.c_str());
    unregister(path);
  }
};

}  // namespace

void remember_umask() {
  process_umask = ::umask(022);
  ::umask(process_umask);
}

void install_cleanup_handlers() {
  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, s);
  if (::pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) return;
  std::thread([signals] {
    int received = 0;
    if (::sigwait(&signals, &received) != 0) return;
    temp_mutex.lock();  // never unlocked: writers wait until the process ends
    for (const auto& path : temp_paths) ::unlink(path.c_str());
    std::signal(received, SIG_DFL);
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, received);
    ::pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
    std::raise(received);
    std::_Exit(128 + received);
  }).detach();
}

namespace {

// Appends what is left of `fd` to `bytes` in chunks, stopping one byte past the limit (pipes, files that
// grow while read).
void read_rest(int fd, const std::string& path, std::size_t max_bytes, std::string& bytes) {
  std::string buffer(std::size_t{1} << 16, '\0');
  for (;;) {
    ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error("cannot read: " + errno_text(errno), path);
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) throw_too_large(path, max_bytes);
    bytes.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

}  // namespace

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
  // A regular file is read straight into the string, up to one byte more than its size (one more
  // means it grew while read: then on as for a pipe).
  if (S_ISREG(info.st_mode)) {
    // Refuse from the size alone, before reading anything.
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) throw_too_large(path, max_bytes);
    const std::size_t size = static_cast<std::size_t>(info.st_size);
    bytes.resize(size + 1);
    std::size_t used = 0;
    while (used < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw io_error("cannot read: " + errno_text(errno), path);
      }
      if (n == 0) break;
      used += static_cast<std::size_t>(n);
    }
    if (used > max_bytes) throw_too_large(path, max_bytes);
    bytes.resize(used);
    if (used <= size) return bytes;
  }
  read_rest(fd, path, max_bytes, bytes);
  return bytes;
}

namespace {

// Writes all of `bytes` to `fd`; false with errno set on failure.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// "/dev/stdout" -> 1, "/dev/fd/3" or "/proc/self/fd/3" -> 3; -1 for other paths. Those names are
// links into /proc whose targets ("pipe:[123]", a file the shell opened) must not be replaced.
int descriptor_name(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() && path.size() - prefix.size() < 6 &&
        path.find_first_not_of("0123456789", prefix.size()) == std::string::npos) {
      return std::stoi(path.substr(prefix.size()));
    }
  }
  return -1;
}

// The final target of the link `path` (followed up to 40 times, as the kernel does); the path itself
// when it is not a link. A dangling link gives the path it points to (the file will be created there).
std::string final_target(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path current(path);
  for (int hop = 0; hop < 40; ++hop) {
    if (descriptor_name(current.string()) >= 0) return current.string();
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return current.string();
    std::error_code ec;
    fs::path next = fs::read_symlink(current, ec);
    if (ec) throw io_error("cannot read the symbolic link: " + ec.message(), path);
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  throw io_error("too many levels of symbolic links", path);
}

// Writes to a device, a FIFO or an inherited descriptor directly: nothing to replace atomically.
void write_directly(const std::string& path, int fd, std::string_view bytes) {
  bool owned = fd < 0;
  if (owned) fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw io_error("cannot open: " + errno_text(errno), path);
  bool ok = write_all(fd, bytes);
  int e = errno;
  if (owned && ::close(fd) != 0 && ok) {
    ok = false;
    e = errno;
  }
  if (!ok) throw io_error("cannot write: " + errno_text(e), path);
}

// The temporary file's name beside `name`: ".NAME.tmp-XXXXXX", NAME cut so that the whole stays within
// the 255 bytes a file name may have (a 245-byte output name must work).
std::string temp_name(const std::string& name) {
  constexpr std::size_t room = 255 - std::char_traits<char>::length("..tmp-XXXXXX");
  return std::string(".").append(name, 0, room).append(".tmp-XXXXXX");
}

}  // namespace

void write_atomically(const std::string& given, std::string_view bytes) {
  namespace fs = std::filesystem;
  if (int fd = descriptor_name(given); fd >= 0) return write_directly(given, fd, bytes);
  const std::string path = final_target(given);
  if (int fd = descriptor_name(path); fd >= 0) return write_directly(given, fd, bytes);

  fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string name = target.filename().string();
  if (name.empty() || name == "." || name == "..") throw io_error("not a file name", given);

  struct stat existing {};
  mode_t mode = 0666 & ~process_umask;
  if (::stat(path.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) throw io_error("is a directory", given);
    if (S_ISCHR(existing.st_mode) || S_ISFIFO(existing.st_mode)) return write_directly(path, -1, bytes);
    if (!S_ISREG(existing.st_mode)) throw io_error("is not a regular file, a character device or a FIFO", given);
    mode = existing.st_mode & 07777;
  }

  temp_file temp;
  std::string pattern = (dir / temp_name(name)).string();
  temp.fd = create_registered(pattern);
  if (temp.fd < 0) throw io_error("cannot create a temporary file beside it: " + errno_text(errno), given);
  temp.path = pattern;

  if (!write_all(temp.fd, bytes)) throw io_error("cannot write: " + errno_text(errno), given);
  if (::fchmod(temp.fd, mode) != 0) throw io_error("cannot set permissions: " + errno_text(errno), given);
  if (::fsync(temp.fd) != 0) throw io_error("cannot write: " + errno_text(errno), given);
  int fd = temp.fd;
  temp.fd = -1;
  if (::close(fd) != 0) throw io_error("cannot write: " + errno_text(errno), given);
  if (::rename(temp.path.c_str(), path.c_str()) != 0) throw io_error("cannot rename into place: " + errno_text(errno), given);
  temp.renamed = true;

  // Make the rename itself durable.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

}  // namespace informe::cli
