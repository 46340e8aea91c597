#include "json_log.hpp"

#include <cerrno>
#include <cstring>

#include <nlohmann/json.hpp>

namespace informe::cli {

namespace {

const char* severity_name(severity s) {
  switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "error";
}

nlohmann::json position_part(int value) { return value > 0 ? nlohmann::json(value) : nlohmann::json(nullptr); }

}  // namespace

json_log::~json_log() { close(); }

bool json_log::open(const std::string& path, std::string& error) {
  file_ = std::fopen(path.c_str(), "w");
  if (!file_) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

void json_log::write(const std::string& input, const diagnostic& d) {
  nlohmann::ordered_json j;
  j["input"] = input;
  j["file"] = d.file.empty() ? input : d.file;
  j["line"] = position_part(d.where.line);
  j["column"] = position_part(d.where.column);
  j["page"] = position_part(d.where.page);
  j["severity"] = severity_name(d.level);
  j["code"] = std::string(code_name(d.code));
  j["message"] = d.message;
  j["content"] = d.content.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.content);
  std::string line = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  line += '\n';
  std::lock_guard lock(mutex_);
  if (!file_ || failed_) return;
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) failed_ = true;
}

bool json_log::close() {
  std::lock_guard lock(mutex_);
  if (!file_) return !failed_;
  if (std::fflush(file_) != 0) failed_ = true;
  if (std::fclose(file_) != 0) failed_ = true;
  file_ = nullptr;
  return !failed_;
}

}  // namespace informe::cli
