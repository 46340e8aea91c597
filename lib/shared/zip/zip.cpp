#include "shared/zip/zip.hpp"

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "informe/diagnostics.hpp"

// minizip (zlib's contrib) parses and writes the archive's headers through file functions over memory;
// an entry's data is inflated here, with zlib, straight from the archive's bytes, so that its limits
// hold while inflating, whatever its headers declare.

namespace informe::detail {

namespace {

// ---- minizip's file functions over memory ----

// The bytes minizip reads (an archive in memory) or writes (an archive being made), and where it is.
struct memory_file {
  const char* data = nullptr;  // reading
  std::string* out = nullptr;  // writing
  std::uint64_t size = 0;
  std::uint64_t pos = 0;
  bool short_read = false;  // the last read met the end: minizip asks zerror_file whether that is an error
};

voidpf memory_open(voidpf opaque, const void*, int) { return opaque; }

uLong memory_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<memory_file*>(stream);
  const std::uint64_t n = std::min<std::uint64_t>(size, f->size - f->pos);  // pos <= size always
  if (n > 0) std::memcpy(buf, (f->out ? f->out->data() : f->data) + f->pos, static_cast<std::size_t>(n));
  f->pos += n;
  f->short_read = n < size;
  return static_cast<uLong>(n);
}

uLong memory_write(voidpf, voidpf stream, const void* buf, uLong size) {
  auto* f = static_cast<memory_file*>(stream);
  if (!f->out) return 0;
  const std::uint64_t end = f->pos + size;
  if (end > f->out->size()) f->out->resize(static_cast<std::size_t>(end));
  if (size > 0) std::memcpy(f->out->data() + f->pos, buf, static_cast<std::size_t>(size));
  f->pos = end;
  f->size = f->out->size();
  return size;
}

ZPOS64_T memory_tell(voidpf, voidpf stream) { return static_cast<memory_file*>(stream)->pos; }

// Seeks anywhere from the start to the end, never beyond.
long memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<memory_file*>(stream);
  std::uint64_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
    base = f->pos;
  } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
    base = f->size;
  } else if (origin != ZLIB_FILEFUNC_SEEK_SET) {
    return -1;
  }
  if (offset > f->size - base) return -1;
  f->pos = base + offset;
  return 0;
}

int memory_close(voidpf, voidpf) { return 0; }
// minizip reads a field past the end as zeros unless this says it is an error: it is (a cut archive).
int memory_error(voidpf, voidpf stream) { return static_cast<memory_file*>(stream)->short_read ? 1 : 0; }

zlib_filefunc64_def memory_functions(memory_file* file) {
  zlib_filefunc64_def f{};
  f.zopen64_file = memory_open;
  f.zread_file = memory_read;
  f.zwrite_file = memory_write;
  f.ztell64_file = memory_tell;
  f.zseek64_file = memory_seek;
  f.zclose_file = memory_close;
  f.zerror_file = memory_error;
  f.opaque = file;
  return f;
}

// minizip opens a "file" by name; ours is the memory_file of the functions.
constexpr const char* memory_name = "memory";

// ---- writing ----

// A new archive written into memory, whose bytes close() returns. On an exception the archive and
// its bytes are dropped.
class output_archive {
 public:
  output_archive() {
    file_.out = &bytes_;
    zlib_filefunc64_def functions = memory_functions(&file_);
    archive_ = zipOpen2_64(memory_name, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!archive_) throw error("cannot create the zip archive");
  }
  output_archive(const output_archive&) = delete;
  output_archive& operator=(const output_archive&) = delete;
  ~output_archive() {
    if (archive_) zipClose(archive_, nullptr);
  }

  // One entry: `data` deflated at `level` (method Z_DEFLATED) or stored (method 0); with `raw`, `data`
  // is already compressed with `method`, and `crc` and `size` are those of its uncompressed bytes.
  void add(const std::string& name, std::string_view data, dos_time when, int method, int level, bool raw = false,
           uLong crc = 0, std::uint64_t size = 0) {
    zip_fileinfo info{};
    info.dosDate = (uLong{when.date} << 16) | when.time;
    // Bit 11: the name is UTF-8, said only when it is not ASCII.
    const bool utf8 = std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const bool zip64 = data.size() >= 0xffffffffu || (raw ? size : data.size()) >= 0xffffffffu;
    if (zipOpenNewFileInZip4_64(archive_, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, method, level, raw ? 1 : 0,
                                -MAX_WBITS, 8 /* zlib's default memLevel */, Z_DEFAULT_STRATEGY, nullptr, 0,
                                0 /* made by: MS-DOS */, utf8 ? (1u << 11) : 0u, zip64 ? 1 : 0) != ZIP_OK) {
      throw error("cannot add " + name + " to the zip archive");
    }
    for (std::size_t at = 0; at < data.size();) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(data.size() - at, std::size_t{1} << 30));
      if (zipWriteInFileInZip(archive_, data.data() + at, n) != ZIP_OK) throw error("cannot write " + name + " to the zip archive");
      at += n;
    }
    const int closed = raw ? zipCloseFileInZipRaw64(archive_, size, crc) : zipCloseFileInZip(archive_);
    if (closed != ZIP_OK) throw error("cannot write " + name + " to the zip archive");
  }

  std::string close() {
    const int closed = zipClose(archive_, nullptr);
    archive_ = nullptr;
    if (closed != ZIP_OK) throw error("cannot write the zip archive");
    return std::move(bytes_);
  }

 private:
  std::string bytes_;
  memory_file file_;
  zipFile archive_ = nullptr;
};

struct unzip_closer {
  void operator()(void* archive) const { unzClose(archive); }
};
using unzip_handle = std::unique_ptr<void, unzip_closer>;

// An archive in memory opened by minizip, or null when its end of central directory cannot be read.
unzip_handle open_unzip(memory_file& file) {
  zlib_filefunc64_def functions = memory_functions(&file);
  return unzip_handle(unzOpen2_64(memory_name, &functions));
}

// ---- reading an entry's data ----

// An entry's data inflated (or copied, when stored) from its compressed bytes, piece by piece.
class entry_data {
 public:
  entry_data(std::string_view compressed, bool deflated)
      : in_(compressed), deflated_(deflated), ended_(!deflated && compressed.empty()) {
    if (deflated_) {
      if (inflateInit2(&stream_, -MAX_WBITS) != Z_OK) throw error("cannot start inflating");
      initialised_ = true;
    }
  }
  entry_data(const entry_data&) = delete;
  entry_data& operator=(const entry_data&) = delete;
  ~entry_data() {
    if (initialised_) inflateEnd(&stream_);
  }

  bool ended() const { return ended_; }

  // Up to `cap` (> 0) bytes into `out`: how many (0 only at the end), or -1 when the compressed data
  // is damaged or cut short.
  std::ptrdiff_t read(char* out, std::size_t cap) {
    if (ended_) return 0;
    if (!deflated_) {
      const std::size_t n = std::min(cap, in_.size() - used_);
      std::memcpy(out, in_.data() + used_, n);
      used_ += n;
      ended_ = used_ == in_.size();
      return static_cast<std::ptrdiff_t>(n);
    }
    stream_.next_out = reinterpret_cast<Bytef*>(out);
    stream_.avail_out = static_cast<uInt>(std::min<std::size_t>(cap, std::size_t{1} << 30));
    const uInt room = stream_.avail_out;
    while (stream_.avail_out == room) {  // until something comes out, or the stream ends
      if (stream_.avail_in == 0 && used_ < in_.size()) {
        const std::size_t n = std::min<std::size_t>(in_.size() - used_, std::size_t{1} << 30);
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_.data() + used_));
        stream_.avail_in = static_cast<uInt>(n);
        used_ += n;
      }
      const int status = inflate(&stream_, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        ended_ = true;
        break;
      }
      // Z_BUF_ERROR: no input left and nothing more to give (cut short); else damaged data.
      if (status != Z_OK) return -1;
    }
    return static_cast<std::ptrdiff_t>(room - stream_.avail_out);
  }

 private:
  std::string_view in_;
  bool deflated_;
  bool ended_;
  bool initialised_ = false;
  std::size_t used_ = 0;  // bytes of in_ handed to zlib (or copied)
  z_stream stream_{};
};

}  // namespace

std::string write_zip(const std::vector<zip_entry>& entries, dos_time when) {
  output_archive out;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    // ODF: a first entry "mimetype" is stored, so that its bytes can be read at a fixed offset.
    const bool stored = i == 0 && e.name == "mimetype";
    out.add(e.name, e.data, when, stored ? 0 : Z_DEFLATED, stored ? 0 : 6);
  }
  return out.close();
}

std::string restamp_zip(std::string_view archive_bytes, dos_time when) {
  memory_file in{archive_bytes.data(), nullptr, archive_bytes.size(), 0};
  unzip_handle source = open_unzip(in);
  if (!source) throw error("cannot read the zip archive to restamp");
  output_archive out;
  std::string name(0x10000, '\0');
  int status = unzGoToFirstFile(source.get());
  for (; status == UNZ_OK; status = unzGoToNextFile(source.get())) {
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(source.get(), &info, name.data(), name.size(), nullptr, 0, nullptr, 0) != UNZ_OK) {
      throw error("cannot list the entries of the zip archive to restamp");
    }
    const std::string entry_name = name.substr(0, std::min<std::size_t>(info.size_filename, name.size()));
    // The whole entry as it is stored: its compressed data copied without inflating it.
    int method = 0;
    int level = 0;
    if (unzOpenCurrentFile2(source.get(), &method, &level, 1) != UNZ_OK) throw error("cannot copy " + entry_name);
    const ZPOS64_T at = unzGetCurrentFileZStreamPos64(source.get());
    unzCloseCurrentFile(source.get());
    if (at > archive_bytes.size() || info.compressed_size > archive_bytes.size() - at) throw error("cannot copy " + entry_name);
    out.add(entry_name, archive_bytes.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(info.compressed_size)),
            when, method, level, true, info.crc, info.uncompressed_size);
  }
  if (status != UNZ_END_OF_LIST_OF_FILE) throw error("cannot list the entries of the zip archive to restamp");
  return out.close();
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

namespace {

// `name` with its control characters as \xNN, for a message.
std::string printable(std::string_view name) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

// After the last byte of an entry: its size and CRC as its central directory record declares them.
void check_entry_end(const std::string& entry, std::uint64_t declared, std::uint64_t size, uLong declared_crc, uLong crc) {
  if (size > declared) throw error(entry + " inflates beyond its declared size (zip bomb?)");
  if (size < declared) throw error(entry + " is damaged (shorter than its declared size)");
  if (crc != declared_crc) throw error(entry + " is damaged (its CRC does not match)");
}

}  // namespace

struct zip_reader::impl {
  // An entry as its central directory record declares it.
  struct entry_record {
    ZPOS64_T record = 0;  // where its record is, for unzSetOffset64
    std::uint64_t size = 0;  // uncompressed
    std::uint64_t compressed = 0;
    uLong crc = 0;
    uLong flag = 0;
    uLong method = 0;
  };
  std::string copy;  // the bytes, unless borrowed
  memory_file file;  // over `copy` or the borrowed bytes
  unzip_handle archive;
  std::vector<entry_record> entries;

  // The compressed bytes of entry `index`, found through its local header (minizip checks that it
  // agrees with the central directory); `entry` names it in errors.
  std::string_view data_of(std::size_t index, const std::string& entry) {
    const auto& e = entries[index];
    if (e.flag & 1) throw error(entry + " is encrypted (not supported)");
    if (e.method != 0 && e.method != Z_DEFLATED) {
      throw error(entry + " uses compression method " + std::to_string(e.method) + " (only stored and deflated entries are read)");
    }
    if (unzSetOffset64(archive.get(), e.record) != UNZ_OK || unzOpenCurrentFile2(archive.get(), nullptr, nullptr, 1) != UNZ_OK) {
      throw error(entry + " is damaged (its local header is unreadable or disagrees with the central directory)");
    }
    const ZPOS64_T at = unzGetCurrentFileZStreamPos64(archive.get());
    unzCloseCurrentFile(archive.get());
    if (at > file.size || e.compressed > file.size - at) throw error(entry + " is damaged (its data runs past the end of the archive)");
    return {file.data + at, static_cast<std::size_t>(e.compressed)};
  }
};

zip_reader::zip_reader(std::string_view bytes, std::string what, zip_limits limits)
    : what_(std::move(what)), limits_(limits) {
  open(bytes, true);
}

zip_reader::zip_reader(borrow_t, std::string_view bytes, std::string what, zip_limits limits)
    : what_(std::move(what)), limits_(limits) {
  open(bytes, false);
}

void zip_reader::open(std::string_view bytes, bool copy) {
  auto state = std::make_unique<impl>();
  if (copy) {
    state->copy = std::string(bytes);
    bytes = state->copy;
  }
  state->file = memory_file{bytes.data(), nullptr, bytes.size(), 0};
  auto refuse = [&](const std::string& message) { throw error(what_ + ": " + message); };
  state->archive = open_unzip(state->file);
  unz_global_info64 global{};
  if (!state->archive || unzGetGlobalInfo64(state->archive.get(), &global) != UNZ_OK) {
    refuse("not a readable zip archive (no valid end of central directory: not a zip, or cut short)");
  }
  if (global.number_entry > limits_.max_entries) {
    refuse("too many entries (" + std::to_string(global.number_entry) + ", at most " +
           std::to_string(limits_.max_entries) + ")");
  }
  const auto count = static_cast<std::size_t>(global.number_entry);
  names_.reserve(count);
  state->entries.reserve(count);
  unzFile archive = state->archive.get();
  std::string name_buffer(0x10000, '\0');  // names are at most 65,535 bytes
  std::size_t total = 0;
  for (std::size_t i = 0; i < count; ++i) {
    unz_file_info64 st{};
    if ((i == 0 ? unzGoToFirstFile(archive) : unzGoToNextFile(archive)) != UNZ_OK ||
        unzGetCurrentFileInfo64(archive, &st, name_buffer.data(), name_buffer.size(), nullptr, 0, nullptr, 0) != UNZ_OK) {
      refuse("not a readable zip archive (its central directory is damaged or cut short at entry " + std::to_string(i + 1) +
             " of " + std::to_string(count) + ")");
    }
    std::string name = name_buffer.substr(0, std::min<std::size_t>(st.size_filename, name_buffer.size()));
    if (!safe_entry_name(name)) refuse("unsafe entry name \"" + printable(name) + "\" (absolute, \"..\" or backslash)");
    // The declared sizes are checked here; reading holds an entry to its declared size and CRC, so
    // that what is inflated stays within these limits whatever the headers say.
    if (st.uncompressed_size > (std::uint64_t{1} << 20) &&
        (st.compressed_size == 0 || st.uncompressed_size / st.compressed_size > limits_.max_ratio)) {
      refuse("entry \"" + name + "\" has a suspicious compression ratio (zip bomb?)");
    }
    if (st.uncompressed_size > limits_.max_entry_bytes) {
      refuse("entry \"" + name + "\" is too large uncompressed (" + std::to_string(st.uncompressed_size) +
             " bytes, at most " + std::to_string(limits_.max_entry_bytes) + ")");
    }
    total += static_cast<std::size_t>(st.uncompressed_size);
    if (total > limits_.max_total_bytes) {
      refuse("the entries are too large uncompressed (more than " + std::to_string(limits_.max_total_bytes) +
             " bytes)");
    }
    state->entries.push_back({unzGetOffset64(archive), st.uncompressed_size, st.compressed_size, st.crc, st.flag,
                              st.compression_method});
    names_.push_back(std::move(name));
  }
  // Two entries of one name: which one a reader takes would be anyone's guess.
  std::vector<std::string_view> sorted(names_.begin(), names_.end());
  std::sort(sorted.begin(), sorted.end());
  if (auto twin = std::adjacent_find(sorted.begin(), sorted.end()); twin != sorted.end()) {
    refuse("two entries are named \"" + std::string(*twin) + "\"");
  }
  impl_ = state.release();
}

zip_reader::~zip_reader() { delete impl_; }

bool zip_reader::contains(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

std::optional<std::string> zip_reader::read(std::string_view name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return std::nullopt;
  const auto index = static_cast<std::size_t>(it - names_.begin());
  const auto& e = impl_->entries[index];
  const std::string entry = what_ + ": entry \"" + std::string(name) + "\"";
  entry_data data(impl_->data_of(index, entry), e.method == Z_DEFLATED);
  // The declared size (within the limits, checked when the archive was opened) sizes the string once,
  // with one byte more: room to notice an entry that inflates beyond it.
  std::string out(static_cast<std::size_t>(e.size) + 1, '\0');
  std::size_t size = 0;
  while (!data.ended()) {
    if (size == out.size()) throw error(entry + " inflates beyond its declared size (zip bomb?)");
    const std::ptrdiff_t n = data.read(out.data() + size, out.size() - size);
    if (n < 0) throw error(entry + " is damaged (its compressed data cannot be inflated)");
    size += static_cast<std::size_t>(n);
  }
  check_entry_end(entry, e.size, size, e.crc, crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef*>(out.data()), size));
  out.resize(size);
  return out;
}

bool zip_reader::read_chunks(std::string_view name, const std::function<bool(std::string_view)>& consume) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return false;
  const auto index = static_cast<std::size_t>(it - names_.begin());
  const auto& e = impl_->entries[index];
  const std::string entry = what_ + ": entry \"" + std::string(name) + "\"";
  entry_data data(impl_->data_of(index, entry), e.method == Z_DEFLATED);
  std::string chunk(std::size_t{1} << 14, '\0');  // small pieces: a consumer may stop early
  std::uint64_t total = 0;
  uLong crc = crc32_z(0, nullptr, 0);
  while (!data.ended()) {
    const std::ptrdiff_t n = data.read(chunk.data(), chunk.size());
    if (n < 0) throw error(entry + " is damaged (its compressed data cannot be inflated)");
    total += static_cast<std::uint64_t>(n);
    if (total > e.size) throw error(entry + " inflates beyond its declared size (zip bomb?)");
    const std::string_view piece(chunk.data(), static_cast<std::size_t>(n));
    crc = crc32_z(crc, reinterpret_cast<const Bytef*>(piece.data()), piece.size());
    if (!piece.empty() && !consume(piece)) return true;
  }
  check_entry_end(entry, e.size, total, e.crc, crc);
  return true;
}

}  // namespace informe::detail
