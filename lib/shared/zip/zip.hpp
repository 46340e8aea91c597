// Zip archives in memory over minizip (zlib's contrib) and zlib: writing a package reproducibly (DOCX),
// reading an untrusted one within limits (DOCX inputs and references, XLSX and ODS workbooks). Internal
// to the library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail {

struct zip_entry {
  std::string name;  ///< "word/document.xml"
  std::string data;
};

/// A DOS date and time, as zip headers store them (two-second resolution, no zone).
struct dos_time {
  std::uint16_t time = 0;
  std::uint16_t date = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
};

/// The DOS time of a UTC date and time, clamped to what DOS times hold (1980 to 2107).
dos_time dos_time_of(int year, int month, int day, int hour, int minute, int second);

/// A zip of `entries` in their order, deflated (but a first entry named "mimetype", stored as ODF
/// wants it), every entry stamped with `when`: the same entries give the same bytes.
std::string write_zip(const std::vector<zip_entry>& entries, dos_time when);

/// A zip this library has just made (trusted: libxlsxwriter's workbook), again: the same entries in
/// their order with their compressed data copied as it is, every entry stamped with `when`.
std::string restamp_zip(std::string_view archive_bytes, dos_time when);

/// What an untrusted archive may hold.
struct zip_limits {
  std::size_t max_entries = 2000;
  std::size_t max_entry_bytes = std::size_t{32} << 20;  ///< uncompressed, per entry
  std::size_t max_total_bytes = std::size_t{128} << 20;  ///< uncompressed, all entries
  std::size_t max_ratio = 200;  ///< uncompressed / compressed, for entries above 1 MiB
};

/// True when `name` is a safe relative entry name: not empty, no leading "/", no "\", no drive
/// letter, no "." or ".." part, no control characters.
bool safe_entry_name(std::string_view name);

/// The part a package relationship names, from the folder of the part that holds the relationship
/// ("xl/", "word/"; "" for the package's root): "/xl/x.xml" -> "xl/x.xml", "../x" resolved, "." and
/// empty parts dropped. A ".." above the root is dropped; with `strict`, it, a backslash or a result
/// that is no safe_entry_name make the answer nullopt.
std::optional<std::string> resolve_part_name(std::string_view base_dir, std::string_view target, bool strict = false);

/// The entries of an untrusted zip, checked against `limits` before anything is inflated: an archive
/// that is no zip or is cut short, a bad or repeated name, too many entries, an oversized or
/// over-compressed entry throw informe::error naming `what`. Reading an entry holds it to its declared
/// size and CRC while inflating; an encrypted or damaged entry throws too.
class zip_reader {
 public:
  zip_reader(std::string_view bytes, std::string what, zip_limits limits = {});
  /// The same over `bytes` that outlive the reader: read where they are, not copied.
  struct borrow_t {};
  static constexpr borrow_t borrow{};
  zip_reader(borrow_t, std::string_view bytes, std::string what, zip_limits limits = {});
  ~zip_reader();
  zip_reader(const zip_reader&) = delete;
  zip_reader& operator=(const zip_reader&) = delete;

  const std::vector<std::string>& names() const { return names_; }
  bool contains(std::string_view name) const;
  /// The entry's bytes (at most the per-entry limit, checked while inflating), or nullopt.
  std::optional<std::string> read(std::string_view name) const;
  /// The entry's bytes handed to `consume` piece by piece as they are inflated, until it returns
  /// false or the entry ends (the per-entry limit checked as in read). False when there is no entry.
  bool read_chunks(std::string_view name, const std::function<bool(std::string_view)>& consume) const;

 private:
  struct impl;
  void open(std::string_view bytes, bool copy);
  impl* impl_ = nullptr;
  std::string what_;
  zip_limits limits_;
  std::vector<std::string> names_;
};

}  // namespace informe::detail
