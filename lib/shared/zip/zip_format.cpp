#include "shared/zip/zip_format.hpp"

#include <algorithm>

namespace informe::detail::zip_format {

namespace {

constexpr std::uint32_t local_signature = 0x04034b50;
constexpr std::uint32_t central_signature = 0x02014b50;
constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::uint32_t zip64_end_signature = 0x06064b50;
constexpr std::uint32_t zip64_locator_signature = 0x07064b50;
constexpr std::size_t local_size = 30;
constexpr std::size_t central_size = 46;
constexpr std::size_t end_size = 22;
constexpr std::size_t zip64_end_size = 56;
constexpr std::size_t zip64_locator_size = 20;
constexpr std::uint32_t no_zip64_limit = 0xffffffff;

// Little-endian fields of a record that is known to lie inside the bytes.
std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}
std::uint64_t u64(std::string_view b, std::size_t at) {
  return static_cast<std::uint64_t>(u32(b, at)) | static_cast<std::uint64_t>(u32(b, at + 4)) << 32;
}

void put16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>(v >> 8);
}
void put32(std::string& out, std::uint32_t v) {
  put16(out, static_cast<std::uint16_t>(v & 0xffff));
  put16(out, static_cast<std::uint16_t>(v >> 16));
}

// True when [at, at + length) lies inside `size` bytes (no overflow).
bool inside(std::uint64_t size, std::uint64_t at, std::uint64_t length) { return at <= size && length <= size - at; }

struct directory {
  std::uint64_t entries = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

// The central directory an end record at `end` describes (through the ZIP64 end record when the
// classic one says so). Throws malformed.
directory directory_at(std::string_view b, std::size_t end) {
  if (u16(b, end + 4) != 0 || u16(b, end + 6) != 0) throw malformed("archives spanning several disks are not read");
  directory d{u16(b, end + 10), u32(b, end + 16), u32(b, end + 12)};
  std::uint64_t limit = end;  // the directory ends before the record that describes it
  if (d.entries == 0xffff || d.offset == no_zip64_limit || d.size == no_zip64_limit) {
    if (end >= zip64_locator_size && u32(b, end - zip64_locator_size) == zip64_locator_signature) {
      const std::size_t locator = end - zip64_locator_size;
      const std::uint64_t at = u64(b, locator + 8);
      if (!inside(locator, at, zip64_end_size) || u32(b, at) != zip64_end_signature) {
        throw malformed("the ZIP64 end of central directory is missing");
      }
      if (u32(b, at + 16) != 0 || u32(b, at + 20) != 0) throw malformed("archives spanning several disks are not read");
      d = {u64(b, at + 32), u64(b, at + 48), u64(b, at + 40)};
      limit = at;
    }
  }
  if (!inside(limit, d.offset, d.size)) throw malformed("the central directory lies outside the archive");
  return d;
}

// Reads the ZIP64 extended information of `extra` into the fields of `e` that the header left at their
// maximum, in the order the format fixes: size, compressed size, local header offset.
void apply_zip64(std::string_view extra, entry& e) {
  for (std::size_t at = 0; at + 4 <= extra.size();) {
    const std::uint16_t id = u16(extra, at);
    const std::uint16_t length = u16(extra, at + 2);
    if (at + 4 + length > extra.size()) break;
    if (id == 0x0001) {
      std::size_t field = at + 4;
      const std::size_t end = field + length;
      for (std::uint64_t* value : {&e.size, &e.compressed_size, &e.local_header}) {
        if (*value != no_zip64_limit) continue;
        if (field + 8 > end) throw malformed("a ZIP64 extra field is too short");
        *value = u64(extra, field);
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

}  // namespace

std::vector<entry> central_directory(std::string_view b, std::size_t max_entries, std::uint64_t& too_many) {
  too_many = 0;
  if (b.size() < end_size) throw malformed("Not a zip archive");
  // The end record is the last one whose signature is found within a comment's reach of the end.
  const std::size_t last = b.size() - end_size;
  const std::size_t first = last > 0xffff ? last - 0xffff : 0;
  directory d;
  bool found = false;
  std::string problem = "Not a zip archive";
  for (std::size_t at = last + 1; at-- > first && !found;) {
    if (u32(b, at) != end_signature) continue;
    try {
      d = directory_at(b, at);
      found = true;
    } catch (const malformed& e) {
      problem = e.what();
    }
  }
  if (!found) throw malformed(problem);
  if (d.entries > max_entries) {
    too_many = d.entries;
    throw malformed("too many entries");
  }

  std::vector<entry> entries;
  entries.reserve(static_cast<std::size_t>(d.entries));
  const std::uint64_t directory_end = d.offset + d.size;
  std::uint64_t at = d.offset;
  for (std::uint64_t i = 0; i < d.entries; ++i) {
    if (!inside(directory_end, at, central_size) || u32(b, static_cast<std::size_t>(at)) != central_signature) {
      throw malformed("the central directory is inconsistent (entry " + std::to_string(i) + ")");
    }
    const auto h = static_cast<std::size_t>(at);
    const std::size_t name_length = u16(b, h + 28);
    const std::size_t extra_length = u16(b, h + 30);
    const std::size_t comment_length = u16(b, h + 32);
    const std::uint64_t record = central_size + name_length + extra_length + comment_length;
    if (!inside(directory_end, at, record)) {
      throw malformed("the central directory is inconsistent (entry " + std::to_string(i) + ")");
    }
    entry e;
    e.made_by = u16(b, h + 4);
    e.flags = u16(b, h + 8);
    e.method = u16(b, h + 10);
    e.time = u16(b, h + 12);
    e.date = u16(b, h + 14);
    e.crc = u32(b, h + 16);
    e.compressed_size = u32(b, h + 20);
    e.size = u32(b, h + 24);
    e.internal_attributes = u16(b, h + 36);
    e.external_attributes = u32(b, h + 38);
    e.local_header = u32(b, h + 42);
    e.name = std::string(b.substr(h + central_size, name_length));
    apply_zip64(b.substr(h + central_size + name_length, extra_length), e);
    entries.push_back(std::move(e));
    at += record;
  }
  return entries;
}

std::string_view compressed_data(std::string_view b, const entry& e) {
  if (!inside(b.size(), e.local_header, local_size) ||
      u32(b, static_cast<std::size_t>(e.local_header)) != local_signature) {
    throw malformed("the local header of \"" + e.name + "\" is missing");
  }
  const auto h = static_cast<std::size_t>(e.local_header);
  const std::uint64_t data = e.local_header + local_size + u16(b, h + 26) + u16(b, h + 28);
  if (!inside(b.size(), data, e.compressed_size)) throw malformed("the data of \"" + e.name + "\" lies outside the archive");
  return b.substr(static_cast<std::size_t>(data), static_cast<std::size_t>(e.compressed_size));
}

void builder::add(entry e, std::string_view compressed) {
  if (entries_.size() >= 0xffff || e.name.size() > 0xffff || e.size >= no_zip64_limit ||
      compressed.size() >= no_zip64_limit || out_.size() >= no_zip64_limit) {
    throw malformed("the archive is too large for a zip without ZIP64");
  }
  e.compressed_size = compressed.size();
  e.local_header = out_.size();
  put32(out_, local_signature);
  put16(out_, 20);  // version needed: deflate
  put16(out_, e.flags);
  put16(out_, e.method);
  put16(out_, e.time);
  put16(out_, e.date);
  put32(out_, e.crc);
  put32(out_, static_cast<std::uint32_t>(e.compressed_size));
  put32(out_, static_cast<std::uint32_t>(e.size));
  put16(out_, static_cast<std::uint16_t>(e.name.size()));
  put16(out_, 0);  // no extra field
  out_ += e.name;
  out_ += compressed;
  entries_.push_back(std::move(e));
}

std::string builder::finish() {
  const std::size_t directory_offset = out_.size();
  for (const entry& e : entries_) {
    put32(out_, central_signature);
    put16(out_, e.made_by);
    put16(out_, 20);
    put16(out_, e.flags);
    put16(out_, e.method);
    put16(out_, e.time);
    put16(out_, e.date);
    put32(out_, e.crc);
    put32(out_, static_cast<std::uint32_t>(e.compressed_size));
    put32(out_, static_cast<std::uint32_t>(e.size));
    put16(out_, static_cast<std::uint16_t>(e.name.size()));
    put16(out_, 0);  // extra field
    put16(out_, 0);  // comment
    put16(out_, 0);  // disk
    put16(out_, e.internal_attributes);
    put32(out_, e.external_attributes);
    put32(out_, static_cast<std::uint32_t>(e.local_header));
    out_ += e.name;
  }
  const std::size_t directory_size = out_.size() - directory_offset;
  if (out_.size() >= no_zip64_limit) throw malformed("the archive is too large for a zip without ZIP64");
  put32(out_, end_signature);
  put16(out_, 0);
  put16(out_, 0);
  put16(out_, static_cast<std::uint16_t>(entries_.size()));
  put16(out_, static_cast<std::uint16_t>(entries_.size()));
  put32(out_, static_cast<std::uint32_t>(directory_size));
  put32(out_, static_cast<std::uint32_t>(directory_offset));
  put16(out_, 0);  // comment
  entries_.clear();
  return std::move(out_);
}

}  // namespace informe::detail::zip_format
