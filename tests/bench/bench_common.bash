# The preamble of the whole-process benchmarks (bench_pdf.sh, bench_docx.sh); sourced after `set -eu`
# with the script's arguments: BUILD_DIR [runs]. Sets BUILD, RUNS, SRC, INFORME, SEED and WORK (a
# temporary directory, removed on exit), and fixes SOURCE_DATE_EPOCH.
BUILD=${1:?usage: $(basename "$0") BUILD_DIR [runs]}
RUNS=${2:-20}
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
INFORME="$BUILD/informe"
SEED="$SRC/examples/fomento-microempresa-2009.json"
# Every tool reads and writes in WORK, on tmpfs when there is one: the figures are the conversions',
# not the disk's (informe fsyncs what it writes; on tmpfs that costs nothing, on a disk 1-3 ms).
if [[ -d /dev/shm && -w /dev/shm ]]; then WORK=$(mktemp -d -p /dev/shm); else WORK=$(mktemp -d); fi
trap 'rm -rf "$WORK"' EXIT
echo "(working directory: $WORK)"
export SOURCE_DATE_EPOCH=1254935185

# timed RUNS CMD...: prints "WALL CPU", the median over RUNS runs (each its own process) of the
# wall-clock and of the CPU time (user + system, children included), in seconds. On a busy machine CPU
# time is the steadier figure. Without python3, the means of one timed loop of RUNS runs.
timed() {
  local runs=$1; shift
  if [[ -x /usr/bin/python3 ]]; then
    /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/time_runs.py" "$runs" "$@"
    return
  fi
  local TIMEFORMAT='%R %U %S'
  local t
  t=$( { time (for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1; done) ; } 2>&1 )
  echo "$t" | awk -v n="$runs" '{ printf "%.4f %.4f\n", $1 / n, ($2 + $3) / n }'
}

# ratio A B: A / B
ratio() { echo "$1 / $2" | bc -l; }
