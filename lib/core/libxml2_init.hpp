// libxml2's one-time initialisation, shared by every component that parses or writes XML or HTML.
#pragma once

namespace informe::detail {

// Runs xmlInitParser once per process. It is not safe to run for the first time from two threads
// at once (parallel batch conversions), so every use of libxml2 calls this first.
void init_libxml2();

}  // namespace informe::detail
