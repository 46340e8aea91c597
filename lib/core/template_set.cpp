#include "informe/templates.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/embedded_templates.hpp"
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

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
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
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
      if (auto text = read_file(path)) return text;
      throw error("cannot read template " + path.string());
    }
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
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return path.string();
  }
  return "templates/" + std::string(name);
}

std::vector<std::string> template_set::builtin_names() {
  std::vector<std::string> names;
  for (const auto& f : detail::embedded_templates()) names.emplace_back(f.name);
  return names;
}

void template_set::export_builtin(const std::string& dir) {
  for (const auto& f : detail::embedded_templates()) {
    fs::path path = fs::path(dir) / fs::path(std::string(f.name));
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw error("cannot create " + path.parent_path().string() + ": " + ec.message());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(f.data.data(), static_cast<std::streamsize>(f.data.size()));
    if (!out) throw error("cannot write " + path.string());
  }
}

}  // namespace informe
