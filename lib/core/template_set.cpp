#include "informe/templates.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/embedded_templates.hpp"
#include "core/files.hpp"
#include "informe/diagnostics.hpp"

namespace informe {

namespace fs = std::filesystem;

namespace {

// Template names are relative paths with forward slashes and no "..": they never leave the folder.
bool safe_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    auto end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    auto part = name.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

std::string errno_text() { return std::strerror(errno); }

// Closes a descriptor when it goes out of scope.
struct descriptor {
  int fd = -1;
  descriptor(const descriptor&) = delete;
  descriptor& operator=(const descriptor&) = delete;
  explicit descriptor(int f) : fd(f) {}
  ~descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// True when something (a file, a link, a FIFO...) is at `path`, without following a final link.
bool present(const fs::path& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0;
}

const detail::embedded_file* builtin(std::string_view name) {
  auto files = detail::embedded_templates();
  auto it = std::lower_bound(files.begin(), files.end(), name,
                             [](const detail::embedded_file& f, std::string_view n) { return f.name < n; });
  if (it != files.end() && it->name == name) return &*it;
  return nullptr;
}

}  // namespace

template_set::template_set(std::string override_dir) : override_dir_(std::move(override_dir)) {}

std::optional<std::string> template_set::try_load(std::string_view name) const {
  if (!safe_name(name)) return std::nullopt;
  if (!override_dir_.empty()) {
    fs::path path = fs::path(override_dir_) / fs::path(std::string(name));
    if (present(path)) return detail::read_regular_file(path.string(), max_file_bytes, "template");
  }
  if (const auto* f = builtin(name)) return std::string(f->data);
  return std::nullopt;
}

std::string template_set::load(std::string_view name) const {
  if (auto text = try_load(name)) return *text;
  throw error("template \"" + std::string(name) + "\" not found" +
              (override_dir_.empty() ? std::string() : " in " + override_dir_ + " nor built in"));
}

std::string template_set::origin(std::string_view name) const {
  if (!override_dir_.empty() && safe_name(name)) {
    fs::path path = fs::path(override_dir_) / fs::path(std::string(name));
    if (present(path)) return path.string();
  }
  return "templates/" + std::string(name);
}

std::vector<std::string> template_set::builtin_names() {
  std::vector<std::string> names;
  for (const auto& f : detail::embedded_templates()) names.emplace_back(f.name);
  return names;
}

namespace {

// What is at `name` in the folder `dir`, without following a link: 0 when nothing is.
mode_t kind_at(int dir, const std::string& name) {
  struct stat info {};
  if (::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return 0;
  return info.st_mode & S_IFMT;
}

// The parts of a template name: "pdf/style.json" -> {"pdf", "style.json"}.
std::vector<std::string> parts_of(std::string_view name) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= name.size()) {
    auto end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    parts.emplace_back(name.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// Opens the folder `name` in `dir` without following a link; creates it when `create` and missing.
// Returns -1 when it is missing and not created.
int open_folder(int dir, const std::string& name, bool create, const fs::path& shown) {
  if (create && ::mkdirat(dir, name.c_str(), 0777) != 0 && errno != EEXIST) {
    throw error("cannot create folder: " + errno_text(), {}, shown.string());
  }
  int fd = ::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT && !create) return -1;
  if (fd < 0) {
    if (errno == ELOOP || errno == ENOTDIR) {
      throw error("is a symbolic link or not a folder: refusing to write below it", {}, shown.string());
    }
    throw error("cannot open folder: " + errno_text(), {}, shown.string());
  }
  return fd;
}

// Writes `data` as the regular file `name` in `dir`: created, or replaced in place when `overwrite`.
// O_NOFOLLOW refuses a link put there since the check; O_NONBLOCK keeps a FIFO from blocking.
void write_at(int dir, const std::string& name, std::string_view data, bool overwrite, const fs::path& shown) {
  int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (overwrite ? 0 : O_EXCL);
  descriptor f(::openat(dir, name.c_str(), flags, 0666));
  if (f.fd < 0) {
    if (errno == EEXIST) throw error("exists: refusing to overwrite it (use --force)", {}, shown.string());
    if (errno == ELOOP) throw error("is a symbolic link: refusing to write through it", {}, shown.string());
    throw error("cannot write: " + errno_text(), {}, shown.string());
  }
  struct stat info {};
  if (::fstat(f.fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    throw error("is not a regular file: refusing to write to it", {}, shown.string());
  }
  if (::ftruncate(f.fd, 0) != 0) throw error("cannot write: " + errno_text(), {}, shown.string());
  while (!data.empty()) {
    ssize_t n = ::write(f.fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw error("cannot write: " + errno_text(), {}, shown.string());
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(f.fd) != 0) {
    f.fd = -1;
    throw error("cannot write: " + errno_text(), {}, shown.string());
  }
  f.fd = -1;
}

// Walks to the folder of template `name` below `root` (creating folders when `create`); returns its
// descriptor, or -1 when a folder is missing and not created.
int folder_of(int root, const std::vector<std::string>& parts, bool create, const fs::path& dir) {
  int current = ::dup(root);
  fs::path shown = dir;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    shown /= parts[i];
    int next = -1;
    try {
      next = open_folder(current, parts[i], create, shown);
    } catch (...) {
      ::close(current);
      throw;
    }
    ::close(current);
    if (next < 0) return -1;
    current = next;
  }
  return current;
}

}  // namespace

void template_set::export_builtin(const std::string& dir, bool overwrite) {
  std::error_code ec;
  fs::create_directories(dir, ec);  // `dir` itself may be a link the user named
  if (ec) throw error("cannot create the folder: " + ec.message(), {}, dir);
  descriptor root(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (root.fd < 0) throw error("cannot open the folder: " + errno_text(), {}, dir);

  // First check every destination, so that a refusal leaves everything as it was.
  std::size_t existing = 0;
  std::string first_existing;
  for (const auto& f : detail::embedded_templates()) {
    auto parts = parts_of(f.name);
    fs::path shown = fs::path(dir) / fs::path(std::string(f.name));
    descriptor folder(folder_of(root.fd, parts, false, dir));
    if (folder.fd < 0) continue;
    mode_t kind = kind_at(folder.fd, parts.back());
    if (kind == 0) continue;
    if (kind == S_IFLNK) throw error("is a symbolic link: refusing to write through it", {}, shown.string());
    if (kind != S_IFREG) throw error("is not a regular file: refusing to write to it", {}, shown.string());
    if (existing++ == 0) first_existing = shown.string();
  }
  if (existing > 0 && !overwrite) {
    throw error("exists" + (existing > 1 ? " (and " + std::to_string(existing - 1) + " more template files)"
                                         : std::string()) +
                    ": refusing to overwrite edited templates (use --force)",
                {}, first_existing);
  }

  for (const auto& f : detail::embedded_templates()) {
    auto parts = parts_of(f.name);
    fs::path shown = fs::path(dir) / fs::path(std::string(f.name));
    descriptor folder(folder_of(root.fd, parts, true, dir));
    write_at(folder.fd, parts.back(), f.data, overwrite, shown);
  }
}

}  // namespace informe
