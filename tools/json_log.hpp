// --log FILE: every diagnostic of a run as one JSON object per line (JSON Lines). Thread-safe.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

#include "informe/diagnostics.hpp"

namespace informe::cli {

/// One line per diagnostic:
///
///     {"input":"a/x.txt","file":"a/x.txt","line":12,"column":3,"page":null,"severity":"warning",
///      "code":"bad_date","message":"cannot read the due date \"Dic 20O0\"; ...","content":null}
///
/// `input` is the input the diagnostic belongs to (a writer's diagnostics have the output's `file`);
/// unknown positions and empty content are null. Invalid UTF-8 in names or texts becomes U+FFFD.
class json_log {
 public:
  json_log() = default;
  json_log(const json_log&) = delete;
  json_log& operator=(const json_log&) = delete;
  ~json_log();

  /// Creates (or empties) `path`; false, with `error` set, when it cannot be opened.
  bool open(const std::string& path, std::string& error);
  void write(const std::string& input, const diagnostic& d);
  /// Flushes and closes; false when a write failed (a full disk).
  bool close();

 private:
  std::mutex mutex_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
};

}  // namespace informe::cli
