#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace informe::cli {

batch_summary run_batch(const std::vector<job>& jobs, const settings& s, unsigned threads, bool progress,
                        console& out) {
  batch_summary summary;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(jobs.size(), 1)));

  std::mutex mutex;  // guards summary
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  if (progress) out.start_progress(jobs.size());

  auto worker = [&] {
    for (;;) {
      std::size_t i = next.fetch_add(1);
      if (i >= jobs.size()) return;
      job_result r = run_job(jobs[i], s, out);
      std::lock_guard lock(mutex);
      switch (r.result) {
        case outcome::converted: ++summary.converted; break;
        case outcome::converted_with_warnings: ++summary.with_warnings; break;
        case outcome::failed: ++summary.failed; summary.any_failed = true; break;
        case outcome::failed_strict: ++summary.failed; summary.any_strict = true; break;
        case outcome::failed_io: ++summary.failed; summary.any_io = true; break;
      }
      ++done;
      if (progress) out.advance(done, summary.failed);
    }
  };

  if (threads <= 1) {
    worker();
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  }
  if (progress) out.end_progress();
  return summary;
}

}  // namespace informe::cli
