#include "report_inputs.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

#include "file_io.hpp"

namespace informe::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t max_printed = 100;  // per input, as `convert` does

// Prints the diagnostics; returns false when the input fails (errors, or warnings under --strict).
bool accept(const diagnostics& diags, const std::string& file, const read_settings& s, console& out, read_tally& t,
            std::mutex& lock) {
  std::size_t printed = 0, left = 0;
  for (diagnostic d : diags.all()) {
    if (d.level == severity::info && !s.verbose) continue;
    if (d.level != severity::error && !s.strict && out.quiet()) continue;
    if (printed++ >= max_printed) {
      ++left;
      continue;
    }
    if (d.file.empty()) d.file = file;
    if (d.level == severity::error || s.strict) out.message(d.to_string());
    else out.note(d.to_string());
  }
  if (left > 0) out.message(file + ": " + std::to_string(left) + " more messages not shown");
  std::lock_guard<std::mutex> guard(lock);
  if (diags.error_count() > 0) {
    t.any_failed = true;
    return false;
  }
  if (s.strict && diags.warning_count() > 0) {
    out.message(file + ": error: " + std::to_string(diags.warning_count()) + " warning(s) treated as errors (--strict)");
    t.any_strict = true;
    return false;
  }
  return true;
}

}  // namespace

std::vector<input_file> expand_directories(const std::vector<std::string>& inputs) {
  std::vector<input_file> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      out.push_back({in, fs::path(in).filename().string()});
      continue;
    }
    std::vector<input_file> found;
    for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const format_info* f = format_for_path(it->path().string());
      if (f && f->read) found.push_back({it->path().string(), it->path().lexically_relative(in).string()});
    }
    if (ec) found.push_back({in, in});  // reading it fails below with the system's message
    std::sort(found.begin(), found.end(), [](const input_file& a, const input_file& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

read_tally read_reports(const std::vector<std::string>& inputs, const read_settings& s, unsigned threads, console& out,
                        const std::function<void(std::size_t, const std::string&, const report&)>& use) {
  read_tally tally;
  std::mutex lock;
  std::atomic<std::size_t> next{0};
  auto fail = [&](bool io) {
    std::lock_guard<std::mutex> guard(lock);
    ++tally.failed;
    (io ? tally.any_io : tally.any_failed) = true;
  };
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      const std::string& file = inputs[i];
      try {
        const format_info* from = s.from ? s.from : format_for_path(file);
        if (!from || !from->read) {
          out.message(file + ": error: unknown input format (name it with --from; see 'informe formats')");
          fail(false);
          continue;
        }
        diagnostics diags(file);
        report model = from->read(read_input(file, s.read.max_input_bytes), s.read, diags);
        if (!accept(diags, file, s, out, tally, lock)) {
          std::lock_guard<std::mutex> guard(lock);
          ++tally.failed;
          continue;
        }
        use(i, file, model);
        std::lock_guard<std::mutex> guard(lock);
        ++tally.read;
      } catch (const io_error& e) {
        out.message(e.to_string());
        fail(true);
      } catch (const informe::error& e) {
        out.message(e.with_file(file).to_string());
        fail(false);
      } catch (const std::bad_alloc&) {
        out.message(file + ": error: out of memory");
        fail(false);
      } catch (const std::exception& e) {
        out.message(file + ": error: internal error: " + e.what());
        fail(false);
      }
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(inputs.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return tally;
}

}  // namespace informe::cli
