// Where each value of a JSON document starts: nlohmann-json reports byte offsets for syntax errors
// only, so the reader indexes the (already well-formed) input itself to position its other messages.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace informe::detail {

/// Offsets of every key and value of a well-formed JSON text, by path: "" is the top-level value,
/// "commitments[3].due" a member of an element of an array. Keys are decoded as nlohmann-json
/// decodes them, so escaped keys ("\u0064ue") match. When an object repeats a key, the last
/// occurrence wins (as in nlohmann-json's DOM) and the repetition is listed in `duplicates()`.
///
///     json_locator where(R"({"a": [1, 2]})");
///     where.value("a[1]");  // 10
class json_locator {
 public:
  explicit json_locator(std::string_view json);

  /// Offset of the first byte of the value at `path`.
  std::optional<std::size_t> value(const std::string& path) const;
  /// Offset of the opening quote of the key of the member at `path` (for array elements, the value).
  std::optional<std::size_t> key(const std::string& path) const;

  struct duplicate {
    std::string path;     ///< the member's path
    std::size_t offset;   ///< offset of the repeated key
  };
  const std::vector<duplicate>& duplicates() const { return duplicates_; }

 private:
  struct entry {
    std::size_t key = 0;
    std::size_t value = 0;
  };
  std::unordered_map<std::string, entry> entries_;
  std::vector<duplicate> duplicates_;
};

/// "commitments[3]" + "due" -> "commitments[3].due"; "" + "program" -> "program".
std::string member_path(const std::string& parent, std::string_view key);
/// "commitments" + 3 -> "commitments[3]".
std::string element_path(const std::string& parent, std::size_t index);

}  // namespace informe::detail
