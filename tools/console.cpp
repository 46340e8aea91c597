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

}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void console::message(std::string_view text) {
  std::string line = "informe: ";
  line += text;
  std::replace(line.begin(), line.end(), '\n', ' ');
  std::replace(line.begin(), line.end(), '\r', ' ');
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
