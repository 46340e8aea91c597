#include "inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "commands.hpp"
#include "file_io.hpp"
#include "informe/formats.hpp"

namespace informe::cli {

namespace {

namespace fs = std::filesystem;

bool readable_extension(const fs::path& p) {
  const format_info* f = format_for_path(p.string());
  return f && f->read;
}

diagnostic problem(severity level, std::string file, std::string message, diagnostic_code code) {
  diagnostic d;
  d.level = level;
  d.file = std::move(file);
  d.message = std::move(message);
  d.code = code;
  return d;
}

// Walks one directory argument; directories are identified by device and inode so that each is read
// once, whatever links lead to it.
class walker {
 public:
  walker(input_set& out, std::string skip_key) : out_(out), skip_key_(std::move(skip_key)) {}

  void walk_argument(const std::string& argument) {
    std::vector<input_file> found;
    walk(fs::path(argument), fs::path(), found);
    std::sort(found.begin(), found.end(),
              [](const input_file& a, const input_file& b) { return a.relative < b.relative; });
    for (auto& f : found) out_.files.push_back(std::move(f));
  }

 private:
  void walk(const fs::path& dir, const fs::path& relative, std::vector<input_file>& found) {
    struct stat info {};
    if (::stat(dir.c_str(), &info) != 0) return;
    if (!visited_.insert({info.st_dev, info.st_ino}).second) {
      out_.problems.push_back(problem(severity::warning, dir.string(),
                                      "a directory already read (a symbolic link loop, or a second link to it): "
                                      "not read again",
                                      diagnostic_code::other));
      return;
    }
    std::error_code ec;
    if (!skip_key_.empty()) {
      fs::path canonical = fs::canonical(dir, ec);
      if (!ec && canonical.string() == skip_key_) return;  // the output directory
    }
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      out_.problems.push_back(problem(severity::error, dir.string(), "cannot read the directory: " + ec.message(),
                                      diagnostic_code::io_error));
      out_.io_failed = true;
      return;
    }
    std::vector<std::pair<std::string, fs::path>> entries;  // (name, path)
    for (; it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') entries.emplace_back(name, it->path());
    }
    if (ec) {
      out_.problems.push_back(problem(severity::error, dir.string(), "cannot read the directory: " + ec.message(),
                                      diagnostic_code::io_error));
      out_.io_failed = true;
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, path] : entries) {
      std::error_code sec;
      fs::file_status st = fs::status(path, sec);  // follows links
      if (fs::is_directory(st)) {
        walk(path, relative / name, found);
        continue;
      }
      if (!readable_extension(path)) continue;
      if (!fs::exists(st)) {
        out_.problems.push_back(problem(severity::warning, path.string(),
                                        "a symbolic link to nothing (or an entry that cannot be examined): skipped",
                                        diagnostic_code::io_error));
      } else if (!fs::is_regular_file(st)) {
        out_.problems.push_back(problem(severity::warning, path.string(),
                                        "not a regular file (a FIFO, socket or device): skipped",
                                        diagnostic_code::other));
      } else {
        found.push_back({path.string(), (relative / name).string()});
      }
    }
  }

  input_set& out_;
  std::string skip_key_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

input_set expand_inputs(const std::vector<std::string>& arguments, const std::string& skip_dir, bool directories) {
  input_set out;
  std::string skip_key;
  if (!skip_dir.empty()) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(skip_dir, ec), ec);
    if (!ec) skip_key = p.string();
  }
  walker w(out, skip_key);
  for (const auto& argument : arguments) {
    std::error_code ec;
    if (directories && argument != "-" && fs::is_directory(argument, ec)) {
      w.walk_argument(argument);
    } else {
      out.files.push_back({argument, {}});
    }
  }
  return out;
}

std::vector<std::string> read_path_list(const std::string& list_file, bool null_separated) {
  constexpr std::size_t max_list_bytes = std::size_t{256} << 20;
  std::string bytes = read_input(list_file, max_list_bytes);
  std::vector<std::string> paths;
  const char separator = null_separated ? '\0' : '\n';
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find(separator, start);
    if (end == std::string::npos) end = bytes.size();
    std::string path = bytes.substr(start, end - start);
    if (!null_separated && !path.empty() && path.back() == '\r') path.pop_back();
    if (!path.empty()) paths.push_back(std::move(path));
    start = end + 1;
  }
  return paths;
}

shard parse_shard(const std::string& text) {
  auto number = [&](std::string_view digits, std::uint64_t& value) {
    if (digits.empty() || digits.size() > 7) return false;
    value = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
  };
  shard s;
  std::size_t slash = text.find('/');
  if (slash == std::string::npos || !number(std::string_view(text).substr(0, slash), s.index) ||
      !number(std::string_view(text).substr(slash + 1), s.count) || s.count < 1 || s.count > 1000000 ||
      s.index < 1 || s.index > s.count) {
    throw usage_error{"--shard takes I/N with 1 <= I <= N <= 1000000 (the I-th of N shares), not '" + text + "'"};
  }
  return s;
}

std::uint64_t fnv1a_64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool in_shard(const input_file& f, const shard& s) {
  const std::string& key = f.relative.empty() ? f.path : f.relative;
  return fnv1a_64(key) % s.count == s.index - 1;
}

}  // namespace informe::cli
