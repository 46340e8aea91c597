#!/bin/bash
# Runs the benchmarks and prints their tables, one section per component.
#
#     tests/bench/run.sh BUILD_DIR [section...]
#
# BUILD_DIR is a build configured with -DINFORME_BUILD_BENCH=ON (Release). With section names, only
# those run. To add a section: write a function bench_section_NAME below and add NAME to SECTIONS.
set -eu
BUILD=${1:?usage: run.sh BUILD_DIR [section...]}
shift
BENCH="$BUILD/tests/bench"
SRC=$(cd "$(dirname "$0")/../.." && pwd)

SECTIONS=(text pdf)

# Prints a section's title and runs it; a benchmark that is not built is reported, not fatal.
run_section() {
  local name=$1
  echo
  echo "== $name =="
  "bench_section_$name" || echo "(section $name failed with status $?)"
}

need() {
  if [[ ! -x "$BENCH/$1" ]]; then
    echo "($1 is not built in $BENCH)"
    return 1
  fi
}

# ---- sections ----

# Text reader (issue 3): reports per second and MB/s at 1x, 10x, 100x rows and ~50 MB.
# Target: at least 20 MB/s on one core, flat ms per MB (linear time).
bench_section_text() {
  need bench_text || return 0
  "$BENCH/bench_text" "${BENCH_SECONDS:-1}" "${BENCH_BIG_MB:-50}"
}

# PDF writer (issue 7): seed to PDF whole process beside headless Chromium and wkhtmltopdf printing our
# HTML; in-process seed time, pages per second at 1x, 10x, 100x rows, the bare-PoDoFo floor, peak memory.
# Targets: 50x faster than Chromium, 7x faster than wkhtmltopdf, within 2x of the floor, under 50 MB.
bench_section_pdf() {
  need bench_pdf || return 0
  "$SRC/tests/bench/bench_pdf.sh" "$BUILD" "${BENCH_RUNS:-20}"
}

# ---- main ----
if [[ $# -gt 0 ]]; then
  SECTIONS=("$@")
fi
echo "informe benchmarks ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, build $BUILD)"
for s in "${SECTIONS[@]}"; do run_section "$s"; done
