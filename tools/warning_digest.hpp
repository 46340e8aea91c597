// Warnings across a batch: each kind is printed in full for the first inputs that have it, then
// summed up once at the end. Thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "console.hpp"
#include "informe/diagnostics.hpp"

namespace informe::cli {

/// The kind of a warning: its code and its message with the specifics taken out (quoted text becomes
/// "…", runs of digits become N): "cannot read the due date \"…\"" for every unreadable due date.
std::string warning_kind(const diagnostic& d);

class warning_digest {
 public:
  /// How many inputs get each kind of warning printed in full.
  static constexpr std::size_t inputs_in_full = 10;

  /// True when this warning of `input` is to be printed: its kind has been seen in fewer than
  /// inputs_in_full other inputs. Otherwise it is counted for finish().
  bool show(const std::string& input, const diagnostic& d);

  /// Prints, for each kind held back, one line in the order the kinds first appeared:
  /// "warning: cannot read the due date \"…\" (bad_date) ... and in 290 more inputs".
  void finish(console& out);

 private:
  struct kind {
    std::string example;             ///< the message with its specifics taken out
    diagnostic_code code = diagnostic_code::other;
    std::set<std::string> in_full;   ///< the inputs whose warnings of this kind were printed
    std::set<std::string> held_back; ///< the other inputs with it
  };
  std::mutex mutex_;
  std::map<std::string, kind> kinds_;
  std::vector<std::string> order_;
};

}  // namespace informe::cli
