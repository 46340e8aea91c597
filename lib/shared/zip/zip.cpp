#include "shared/zip/zip.hpp"

#include <zlib.h>

#include <algorithm>
#include <memory>

#include "informe/diagnostics.hpp"
#include "shared/zip/zip_format.hpp"

namespace informe::detail {

namespace {

// What libzip wrote, kept so that the same entries still give the same bytes: "made by" zip 6.3 on
// Unix, regular files rw-rw-rw-.
constexpr std::uint16_t made_by_unix = (3 << 8) | 63;
constexpr std::uint32_t regular_file = 0100666u << 16;

// The CRC-32 of `data`.
std::uint32_t crc_of(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  for (std::size_t at = 0; at < data.size();) {
    const auto n = static_cast<uInt>(std::min<std::size_t>(data.size() - at, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data() + at), n);
    at += n;
  }
  return static_cast<std::uint32_t>(crc);
}

// `data` as a raw deflate stream, level 6 (what zip tools and libzip write).
std::string deflated(std::string_view data, const std::string& name) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw error("cannot compress " + name + ": zlib could not start");
  }
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, Z_FINISH);
  const std::size_t written = z.total_out;
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw error("cannot compress " + name);
  out.resize(written);
  return out;
}

// Whether a name needs the "UTF-8" flag (bit 11): only when it is not plain ASCII, as libzip does.
std::uint16_t name_flags(std::string_view name) {
  return std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })
             ? 0x0800
             : 0;
}

}  // namespace

std::string write_zip(const std::vector<zip_entry>& entries, dos_time when) {
  zip_format::builder out;
  try {
    for (const auto& e : entries) {
      if (e.data.size() >= 0xffffffffu) throw error("cannot add " + e.name + ": too large for a zip without ZIP64");
      zip_format::entry header;
      header.name = e.name;
      header.made_by = made_by_unix;
      header.flags = name_flags(e.name);
      header.method = zip_format::deflated;
      header.time = when.time;
      header.date = when.date;
      header.crc = crc_of(e.data);
      header.size = e.data.size();
      header.external_attributes = regular_file;
      out.add(std::move(header), deflated(e.data, e.name));
    }
    return out.finish();
  } catch (const zip_format::malformed& m) {
    throw error(std::string("cannot write the zip archive: ") + m.what());
  }
}

std::string restamp_zip(std::string_view archive_bytes, dos_time when) {
  try {
    std::uint64_t too_many = 0;
    zip_format::builder out;
    for (zip_format::entry e : zip_format::central_directory(archive_bytes, 0xffff, too_many)) {
      const std::string_view data = zip_format::compressed_data(archive_bytes, e);
      // The entry's compressed data copied as it is; "made by" keeps the source's system.
      e.made_by = static_cast<std::uint16_t>((e.made_by & 0xff00) | 63);
      e.flags = name_flags(e.name);
      e.time = when.time;
      e.date = when.date;
      out.add(std::move(e), data);
    }
    return out.finish();
  } catch (const zip_format::malformed& m) {
    throw error(std::string("cannot read the zip archive to restamp: ") + m.what());
  }
}

dos_time dos_time_of(int year, int month, int day, int hour, int minute, int second) {
  if (year < 1980) year = 1980, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  if (year > 2107) year = 2107, month = 12, day = 31, hour = 23, minute = 59, second = 58;
  dos_time d;
  d.time = static_cast<std::uint16_t>((hour << 11) | (minute << 5) | (second / 2));
  d.date = static_cast<std::uint16_t>(((year - 1980) << 9) | (month << 5) | day);
  return d;
}

std::optional<std::string> resolve_part_name(std::string_view base_dir, std::string_view target, bool strict) {
  if (strict && (target.empty() || target.find('\\') != std::string_view::npos)) return std::nullopt;
  const std::string path =
      target.starts_with('/') ? std::string(target.substr(1)) : std::string(base_dir) + std::string(target);
  std::vector<std::string_view> parts;
  const std::string_view all = path;
  for (std::size_t start = 0; start <= all.size();) {
    std::size_t end = all.find('/', start);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view part = all.substr(start, end - start);
    if (part == "..") {
      if (parts.empty() && strict) return std::nullopt;
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  if (strict && !safe_entry_name(out)) return std::nullopt;
  return out;
}

bool safe_entry_name(std::string_view name) {
  if (name.empty() || name.size() > 1024) return false;
  if (name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20) return false;
  }
  if (name.size() >= 2 && name[1] == ':') return false;  // "C:..."
  std::size_t start = 0;
  while (start <= name.size()) {
    auto end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    auto part = name.substr(start, end - start);
    if (part == "." || part == "..") return false;
    if (part.empty() && end != name.size()) return false;  // "a//b"
    start = end + 1;
  }
  return true;
}

struct zip_reader::impl {
  std::string bytes;  // owned copy: entries are inflated from it on demand
  std::vector<zip_format::entry> entries;
};

zip_reader::zip_reader(std::string_view bytes, std::string what, zip_limits limits)
    : what_(std::move(what)), limits_(limits) {
  auto state = std::make_unique<impl>();
  state->bytes = std::string(bytes);
  std::uint64_t declared = 0;
  try {
    state->entries = zip_format::central_directory(state->bytes, limits_.max_entries, declared);
  } catch (const zip_format::malformed& m) {
    if (declared > 0) {
      throw error(what_ + ": too many entries (" + std::to_string(declared) + ", at most " +
                  std::to_string(limits_.max_entries) + ")");
    }
    throw error(what_ + ": not a readable zip archive (" + m.what() + ")");
  }
  std::size_t total = 0;
  for (const zip_format::entry& e : state->entries) {
    const std::string& name = e.name;
    if (!safe_entry_name(name)) {
      throw error(what_ + ": unsafe entry name \"" + name + "\" (absolute, \"..\" or backslash)");
    }
    if (e.size > (std::uint64_t{1} << 20) && (e.compressed_size == 0 || e.size / e.compressed_size > limits_.max_ratio)) {
      throw error(what_ + ": entry \"" + name + "\" has a suspicious compression ratio (zip bomb?)");
    }
    if (e.size > limits_.max_entry_bytes) {
      throw error(what_ + ": entry \"" + name + "\" is too large uncompressed (" + std::to_string(e.size) +
                  " bytes, at most " + std::to_string(limits_.max_entry_bytes) + ")");
    }
    total += static_cast<std::size_t>(e.size);
    if (total > limits_.max_total_bytes) {
      throw error(what_ + ": the entries are too large uncompressed (more than " +
                  std::to_string(limits_.max_total_bytes) + " bytes)");
    }
    names_.push_back(name);
  }
  impl_ = state.release();
}

zip_reader::~zip_reader() { delete impl_; }

bool zip_reader::contains(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

namespace {

// Inflates (or copies) one entry piece by piece: `room(n)` gives where the next bytes go (at most n
// wanted), `take(n)` says n bytes were written there and returns false to stop early. Checks the
// per-entry limit while inflating and, when the entry was read to its end, its size and CRC-32.
class entry_stream {
 public:
  entry_stream(std::string_view archive, const zip_format::entry& e, const std::string& what, std::size_t limit)
      : e_(e), what_(what), limit_(limit) {
    if (e.encrypted()) fail("it is encrypted");
    if (e.method != zip_format::stored && e.method != zip_format::deflated) {
      fail("compression method " + std::to_string(e.method) + " is not supported");
    }
    try {
      data_ = zip_format::compressed_data(archive, e);
    } catch (const zip_format::malformed& m) {
      fail(m.what());
    }
    if (e.method == zip_format::deflated && inflateInit2(&z_, -MAX_WBITS) != Z_OK) fail("zlib could not start");
    inflating_ = e.method == zip_format::deflated;
    crc_ = crc32(0L, Z_NULL, 0);
  }
  ~entry_stream() {
    if (inflating_) inflateEnd(&z_);
  }
  entry_stream(const entry_stream&) = delete;
  entry_stream& operator=(const entry_stream&) = delete;

  // Writes up to `capacity` bytes at `to`; 0 at the end of the entry (size and CRC-32 then checked).
  std::size_t next(char* to, std::size_t capacity) {
    std::size_t n = 0;
    if (!inflating_) {
      n = std::min(capacity, data_.size() - used_);
      std::copy_n(data_.data() + used_, n, to);
      used_ += n;
    } else if (!ended_) {
      while (n == 0 && !ended_) {
        const std::size_t in = std::min<std::size_t>(data_.size() - used_, 1u << 30);
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data_.data() + used_));
        z_.avail_in = static_cast<uInt>(in);
        z_.next_out = reinterpret_cast<Bytef*>(to);
        z_.avail_out = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
        const int status = inflate(&z_, Z_NO_FLUSH);
        used_ += in - z_.avail_in;
        n = std::min<std::size_t>(capacity, 1u << 30) - z_.avail_out;
        if (status == Z_STREAM_END) {
          ended_ = true;
        } else if (status != Z_OK || (n == 0 && in == 0)) {
          fail(status == Z_OK || status == Z_BUF_ERROR ? "the compressed data ends early" : "the compressed data is corrupt");
        }
      }
    }
    produced_ += n;
    if (produced_ > limit_) {
      throw error(what_ + ": entry \"" + e_.name + "\" inflates beyond its declared size (zip bomb?)");
    }
    if (n == 0) {
      if (produced_ != e_.size) fail("its size is not the one declared");
      if (static_cast<std::uint32_t>(crc_) != e_.crc) fail("its CRC-32 is wrong");
    }
    crc_ = crc32(crc_, reinterpret_cast<const Bytef*>(to), static_cast<uInt>(n));
    return n;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw error(what_ + ": cannot read entry \"" + e_.name + "\": " + why);
  }

  const zip_format::entry& e_;
  const std::string& what_;
  std::size_t limit_;
  std::string_view data_;
  std::size_t used_ = 0;
  std::size_t produced_ = 0;
  z_stream z_{};
  bool inflating_ = false;
  bool ended_ = false;
  uLong crc_ = 0;
};

}  // namespace

std::optional<std::string> zip_reader::read(std::string_view name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return std::nullopt;
  const zip_format::entry& e = impl_->entries[static_cast<std::size_t>(it - names_.begin())];
  entry_stream in(impl_->bytes, e, what_, limits_.max_entry_bytes);
  // The declared size (checked against the limits when the archive was opened) sizes the string once;
  // one byte more is room to notice an entry longer than declared.
  std::string out(static_cast<std::size_t>(std::min<std::uint64_t>(e.size, limits_.max_entry_bytes)) + 1, '\0');
  std::size_t size = 0;
  while (true) {
    if (size == out.size()) out.resize(std::min(out.size() * 2, limits_.max_entry_bytes + 1));
    const std::size_t n = in.next(out.data() + size, out.size() - size);
    if (n == 0) break;
    size += n;
  }
  out.resize(size);
  return out;
}

bool zip_reader::read_chunks(std::string_view name, const std::function<bool(std::string_view)>& consume) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return false;
  const zip_format::entry& e = impl_->entries[static_cast<std::size_t>(it - names_.begin())];
  entry_stream in(impl_->bytes, e, what_, limits_.max_entry_bytes);
  std::string chunk(std::size_t{1} << 14, '\0');  // small pieces: a consumer may stop early
  while (true) {
    const std::size_t n = in.next(chunk.data(), chunk.size());
    if (n == 0) break;
    if (!consume(std::string_view(chunk.data(), n))) break;
  }
  return true;
}

}  // namespace informe::detail
