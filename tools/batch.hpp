// Runs many jobs on a pool of threads; one failure never stops the others.
#pragma once

#include <cstddef>
#include <vector>

#include "conversion.hpp"

namespace informe::cli {

struct batch_summary {
  std::size_t converted = 0;      ///< converted, without warnings
  std::size_t with_warnings = 0;  ///< converted, with warnings
  std::size_t failed = 0;
  bool any_io = false, any_failed = false, any_strict = false;

  int exit_code() const { return exit_code_for(any_io, any_failed, any_strict); }
};

/// Runs `jobs` with up to `threads` at once (0: one per core), drawing a progress bar when `progress`.
batch_summary run_batch(const std::vector<job>& jobs, const settings& s, unsigned threads, bool progress,
                        console& out);

}  // namespace informe::cli
