#include "shared/zip/zip.hpp"

#include <zip.h>

#include <algorithm>

#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

std::string zip_message(zip_error_t* e) {
  std::string m = zip_error_strerror(e);
  return m;
}

struct source_guard {
  zip_source_t* source = nullptr;
  ~source_guard() {
    if (source) zip_source_free(source);
  }
};

// The bytes of a buffer source an archive was just written to.
std::string bytes_of(zip_source_t* written) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(written, &st) < 0 || !(st.valid & ZIP_STAT_SIZE)) {
    throw error("cannot read back the zip archive");
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  if (zip_source_open(written) < 0) throw error("cannot read back the zip archive");
  zip_int64_t n = out.empty() ? 0 : zip_source_read(written, out.data(), out.size());
  zip_source_close(written);
  if (n < 0 || static_cast<std::size_t>(n) != out.size()) throw error("cannot read back the zip archive");
  return out;
}

// A new archive written into a memory buffer, whose bytes close() returns. On failure (fail(), or any
// exception) the archive is discarded and the buffer freed.
class output_archive {
 public:
  output_archive() {
    zip_error_t err;
    zip_error_init(&err);
    buffer_.source = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer_.source) {
      std::string m = zip_message(&err);
      zip_error_fini(&err);
      throw error("cannot create the zip buffer: " + m);
    }
    zip_source_keep(buffer_.source);  // survives zip_close, so the bytes can be read back
    archive_ = zip_open_from_source(buffer_.source, ZIP_TRUNCATE, &err);
    if (!archive_) {
      std::string m = zip_message(&err);
      zip_error_fini(&err);
      zip_source_free(buffer_.source);  // drop the extra reference taken by zip_source_keep
      throw error("cannot create the zip archive: " + m);
    }
    zip_error_fini(&err);
  }
  output_archive(const output_archive&) = delete;
  output_archive& operator=(const output_archive&) = delete;
  ~output_archive() {
    if (archive_) zip_discard(archive_);
  }
  zip_t* get() const { return archive_; }
  [[noreturn]] void fail(const std::string& what) {
    std::string m = zip_strerror(archive_);
    zip_discard(archive_);
    archive_ = nullptr;
    throw error(what + ": " + m);
  }
  std::string close() {
    if (zip_close(archive_) < 0) fail("cannot write the zip archive");
    archive_ = nullptr;
    return bytes_of(buffer_.source);
  }

 private:
  source_guard buffer_;
  zip_t* archive_ = nullptr;
};

}  // namespace

std::string write_zip(const std::vector<zip_entry>& entries, dos_time when) {
  output_archive out;
  zip_t* archive = out.get();
  for (const auto& e : entries) {
    zip_source_t* s = zip_source_buffer(archive, e.data.data(), e.data.size(), 0);
    if (!s) out.fail("cannot add " + e.name);
    zip_int64_t index = zip_file_add(archive, e.name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(s);
      out.fail("cannot add " + e.name);
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6) < 0) out.fail("cannot compress " + e.name);
    if (zip_file_set_dostime(archive, i, when.time, when.date, 0) < 0) out.fail("cannot date " + e.name);
  }
  return out.close();
}

std::string restamp_zip(std::string_view archive_bytes, dos_time when) {
  zip_error_t err;
  zip_error_init(&err);
  // The source archive, read from the caller's bytes (kept alive until the end of this function).
  zip_source_t* in_source = zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &err);
  zip_t* in = in_source ? zip_open_from_source(in_source, ZIP_RDONLY, &err) : nullptr;
  if (!in) {
    if (in_source) zip_source_free(in_source);
    std::string m = zip_message(&err);
    zip_error_fini(&err);
    throw error("cannot read the zip archive to restamp: " + m);
  }
  struct archive_guard {
    zip_t* archive;
    ~archive_guard() { zip_discard(archive); }
  } in_guard{in};
  zip_error_fini(&err);
  output_archive out;
  zip_t* archive = out.get();
  const zip_int64_t count = zip_get_num_entries(in, 0);
  for (zip_int64_t k = 0; k < count; ++k) {
    const auto i = static_cast<zip_uint64_t>(k);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(in, i, ZIP_FL_ENC_RAW, &st) < 0 || !(st.valid & ZIP_STAT_NAME)) out.fail("cannot list the entries");
    // The whole entry as it is stored: libzip copies its compressed data without inflating it.
    zip_source_t* s = zip_source_zip(archive, in, i, 0, 0, -1);
    if (!s) out.fail(std::string("cannot copy ") + st.name);
    zip_int64_t index = zip_file_add(archive, st.name, s, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(s);
      out.fail(std::string("cannot copy ") + st.name);
    }
    if (zip_file_set_dostime(archive, static_cast<zip_uint64_t>(index), when.time, when.date, 0) < 0) {
      out.fail(std::string("cannot date ") + st.name);
    }
  }
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

struct zip_reader::impl {
  std::string copy;        // the bytes, unless borrowed: libzip reads from them lazily
  std::string_view bytes;  // `copy` or the borrowed bytes
  zip_t* archive = nullptr;
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
  auto* state = new impl{};
  if (copy) {
    state->copy = std::string(bytes);
    state->bytes = state->copy;
  } else {
    state->bytes = bytes;
  }
  impl_ = state;
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* source = zip_source_buffer_create(state->bytes.data(), state->bytes.size(), 0, &err);
  if (source) {
    state->archive = zip_open_from_source(source, ZIP_RDONLY, &err);
    if (!state->archive) zip_source_free(source);
  }
  if (!state->archive) {
    std::string m = zip_message(&err);
    zip_error_fini(&err);
    delete state;
    impl_ = nullptr;
    throw error(what_ + ": not a readable zip archive (" + m + ")");
  }
  zip_error_fini(&err);

  auto refuse = [&](const std::string& message) {
    zip_discard(state->archive);
    delete state;
    impl_ = nullptr;
    throw error(what_ + ": " + message);
  };
  zip_int64_t count = zip_get_num_entries(state->archive, 0);
  if (count < 0) refuse("cannot list the archive");
  if (static_cast<std::size_t>(count) > limits_.max_entries) {
    refuse("too many entries (" + std::to_string(count) + ", at most " + std::to_string(limits_.max_entries) +
           ")");
  }
  std::size_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(state->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &st) < 0 ||
        !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) {
      refuse("unreadable entry " + std::to_string(i));
    }
    std::string name = st.name;
    if (!safe_entry_name(name)) refuse("unsafe entry name \"" + name + "\" (absolute, \"..\" or backslash)");
    if (st.size > (std::uint64_t{1} << 20) &&
        (st.comp_size == 0 || st.size / st.comp_size > limits_.max_ratio)) {
      refuse("entry \"" + name + "\" has a suspicious compression ratio (zip bomb?)");
    }
    if (st.size > limits_.max_entry_bytes) {
      refuse("entry \"" + name + "\" is too large uncompressed (" + std::to_string(st.size) + " bytes, at most " +
             std::to_string(limits_.max_entry_bytes) + ")");
    }
    total += static_cast<std::size_t>(st.size);
    if (total > limits_.max_total_bytes) {
      refuse("the entries are too large uncompressed (more than " + std::to_string(limits_.max_total_bytes) +
             " bytes)");
    }
    names_.push_back(std::move(name));
  }
}

zip_reader::~zip_reader() {
  if (impl_) {
    if (impl_->archive) zip_discard(impl_->archive);
    delete impl_;
  }
}

bool zip_reader::contains(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

std::optional<std::string> zip_reader::read(std::string_view name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return std::nullopt;
  auto index = static_cast<zip_uint64_t>(it - names_.begin());
  // The declared size (checked against the limits when the archive was opened) sizes the string once;
  // an entry that inflates beyond it is refused.
  zip_stat_t st;
  zip_stat_init(&st);
  std::size_t declared = 0;
  if (zip_stat_index(impl_->archive, index, ZIP_FL_ENC_RAW, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    declared = static_cast<std::size_t>(std::min<std::uint64_t>(st.size, limits_.max_entry_bytes));
  }
  zip_file_t* file = zip_fopen_index(impl_->archive, index, 0);
  if (!file) throw error(what_ + ": cannot open entry \"" + std::string(name) + "\": " + zip_strerror(impl_->archive));
  std::string out(declared + 1, '\0');  // one byte more: room to notice an entry longer than declared
  std::size_t size = 0;
  while (true) {
    if (size == out.size()) {
      if (out.size() > limits_.max_entry_bytes) {
        zip_fclose(file);
        throw error(what_ + ": entry \"" + std::string(name) + "\" inflates beyond its declared size (zip bomb?)");
      }
      out.resize(std::min(out.size() * 2, limits_.max_entry_bytes + 1));
    }
    zip_int64_t n = zip_fread(file, out.data() + size, out.size() - size);
    if (n < 0) {
      std::string m = zip_file_strerror(file);
      zip_fclose(file);
      throw error(what_ + ": cannot read entry \"" + std::string(name) + "\": " + m);
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
  }
  zip_fclose(file);
  if (size > limits_.max_entry_bytes) {
    throw error(what_ + ": entry \"" + std::string(name) + "\" inflates beyond its declared size (zip bomb?)");
  }
  out.resize(size);
  return out;
}

bool zip_reader::read_chunks(std::string_view name, const std::function<bool(std::string_view)>& consume) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  if (it == names_.end()) return false;
  zip_file_t* file = zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(it - names_.begin()), 0);
  if (!file) throw error(what_ + ": cannot open entry \"" + std::string(name) + "\": " + zip_strerror(impl_->archive));
  struct file_guard {
    zip_file_t* file;
    ~file_guard() { zip_fclose(file); }
  } guard{file};
  std::string chunk(std::size_t{1} << 14, '\0');  // small pieces: a consumer may stop early
  std::size_t total = 0;
  while (true) {
    zip_int64_t n = zip_fread(file, chunk.data(), chunk.size());
    if (n < 0) throw error(what_ + ": cannot read entry \"" + std::string(name) + "\": " + zip_file_strerror(file));
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
    if (total > limits_.max_entry_bytes) {
      throw error(what_ + ": entry \"" + std::string(name) + "\" inflates beyond its declared size (zip bomb?)");
    }
    if (!consume(std::string_view(chunk.data(), static_cast<std::size_t>(n)))) break;
  }
  return true;
}

}  // namespace informe::detail
