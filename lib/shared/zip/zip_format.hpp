// The zip format's records (PKWARE APPNOTE 6.3): the central directory of an archive in memory, read
// with every offset and size checked against the bytes, and an archive built entry by entry. No
// compression here (zip.cpp deflates and inflates with zlib). Internal to the zip component.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail::zip_format {

/// A malformed archive: what is wrong, in a few words ("no end of central directory").
struct malformed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline constexpr std::uint16_t stored = 0;
inline constexpr std::uint16_t deflated = 8;

/// One entry as the central directory describes it (ZIP64 sizes and offsets already resolved).
struct entry {
  std::string name;  // raw bytes, as stored
  std::uint16_t made_by = 0;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint16_t time = 0;
  std::uint16_t date = 0;
  std::uint32_t crc = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;
  std::uint16_t internal_attributes = 0;
  std::uint32_t external_attributes = 0;
  std::uint64_t local_header = 0;  // offset of the entry's local header
  bool encrypted() const { return (flags & 1) != 0; }
};

/// The entries of the central directory of `archive`, in their order. Throws `malformed` when there is
/// no end of central directory, the archive spans disks, it declares more than `max_entries` entries
/// (`too_many` is then set to the declared count), or a record lies outside the bytes.
std::vector<entry> central_directory(std::string_view archive, std::size_t max_entries, std::uint64_t& too_many);

/// The compressed bytes of `e`, located through its local header. Throws `malformed` when the local
/// header or the data lies outside the archive.
std::string_view compressed_data(std::string_view archive, const entry& e);

/// An archive written entry by entry, each with its compressed data as it is: finish() adds the
/// central directory. Names, sizes and count must fit a zip without ZIP64 (throws `malformed`).
class builder {
 public:
  /// Appends `e` (its name, method, crc, sizes, time, attributes) and its compressed bytes; the local
  /// header offset is the builder's.
  void add(entry e, std::string_view compressed);
  std::string finish();

 private:
  std::string out_;
  std::vector<entry> entries_;
};

}  // namespace informe::detail::zip_format
