#include "console.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace informe::cli {

namespace {

void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Decodes the UTF-8 sequence at `i`; its length, or 0 when ill-formed. `c` gets the code point.
std::size_t decode(std::string_view s, std::size_t i, char32_t& c) {
  auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t length = b0 < 0x80 ? 1 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3
                     : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
  if (length == 0 || i + length > s.size()) return 0;
  c = length == 1 ? b0 : b0 & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  static constexpr char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return length;
}

// Characters that would act on a terminal instead of showing: C0 and C1 controls, DEL, and the
// bidirectional controls that reorder what follows (U+202E turns "txt.exe" around).
bool acts_on_terminal(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    std::size_t n = decode(text, i, c);
    if (n == 0) {  // a byte that is not UTF-8: \xNN
      auto b = static_cast<unsigned char>(text[i++]);
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 15];
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (acts_on_terminal(c)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 15];
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

void console::message(std::string_view text) {
  std::string line = "informe: ";
  line += printable(text);
  line += '\n';
  std::lock_guard lock(mutex_);
  clear_bar_locked();
  write_all(STDERR_FILENO, line);
  draw_bar_locked();
}

void console::note(std::string_view text) {
  if (!quiet_) message(text);
}

bool console::write_stdout(std::string_view bytes) {
  std::lock_guard lock(mutex_);
  while (!bytes.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      stdout_failed_ = true;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void console::print(std::string_view line) {
  if (quiet_) return;
  std::string text(line);
  text += '\n';
  write_stdout(text);
}

void console::start_progress(std::size_t total) {
  std::lock_guard lock(mutex_);
  bar_ = true;
  total_ = total;
  done_ = failed_ = 0;
  draw_bar_locked();
}

void console::advance(std::size_t done, std::size_t failed) {
  std::lock_guard lock(mutex_);
  done_ = done;
  failed_ = failed;
  // At most ~20 redraws a second, and always the last one.
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < std::chrono::milliseconds(50)) return;
  last_draw_ = now;
  draw_bar_locked();
}

void console::end_progress() {
  std::lock_guard lock(mutex_);
  clear_bar_locked();
  bar_ = false;
}

void console::clear_bar_locked() {
  if (bar_) write_all(STDERR_FILENO, "\r\033[K");
}

void console::draw_bar_locked() {
  if (!bar_) return;
  constexpr std::size_t width = 30;
  std::size_t filled = total_ == 0 ? width : width * done_ / total_;
  std::string line = "\r\033[K[";
  line.append(filled, '#');
  line.append(width - filled, '-');
  line += "] " + std::to_string(done_) + "/" + std::to_string(total_);
  if (failed_ > 0) line += ", " + std::to_string(failed_) + " failed";
  write_all(STDERR_FILENO, line);
}

}  // namespace informe::cli
