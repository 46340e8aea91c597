#!/bin/bash
# Seed to PDF, whole process, beside the same report printed from our HTML by headless Chromium
# (--print-to-pdf) and by wkhtmltopdf, in the same run; then bench_pdf's in-process figures (seed,
# pages per second at 1x, 10x and 100x rows, the bare-PoDoFo floor, peak memory).
#
#     tests/bench/bench_pdf.sh BUILD_DIR [runs]
# Targets (issue 7): at least 50x faster than Chromium and 7x faster than wkhtmltopdf for the seed,
# within 2x of the bare-PoDoFo floor, under 50 MB peak.
set -eu
BUILD=${1:?usage: bench_pdf.sh BUILD_DIR [runs]}
RUNS=${2:-20}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
INFORME="$BUILD/informe"
SEED="$SRC/examples/fomento-microempresa-2009.json"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1254935185

now() { date +%s.%N; }
# mean seconds of RUNS runs of a command
timed() {
  local runs=$1; shift
  local start end
  start=$(now)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1; done
  end=$(now)
  echo "($end - $start) / $runs" | bc -l
}

"$INFORME" convert "$SEED" -o "$WORK/seed.html"
informe_s=$(timed "$RUNS" "$INFORME" convert "$SEED" -o "$WORK/seed.pdf")
peak_kb=$( { /usr/bin/time -f '%M' "$INFORME" convert "$SEED" -o "$WORK/seed.pdf" >/dev/null; } 2>&1 | tail -1)
printf 'informe      json -> pdf (whole process)        %8.4f s   peak %6.1f MB\n' "$informe_s" "$(echo "$peak_kb / 1024" | bc -l)"

chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [[ -n "$chromium_bin" ]]; then
  chromium_s=$(timed 3 "$chromium_bin" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$WORK/chromium.pdf" "file://$WORK/seed.html")
  printf 'chromium     html -> pdf (whole process)        %8.4f s   informe is %.0fx faster\n' \
    "$chromium_s" "$(echo "$chromium_s / $informe_s" | bc -l)"
else
  echo "chromium     not installed"
fi
if command -v wkhtmltopdf >/dev/null; then
  wk_s=$(timed 5 wkhtmltopdf --quiet "$WORK/seed.html" "$WORK/wk.pdf")
  printf 'wkhtmltopdf  html -> pdf (whole process)        %8.4f s   informe is %.1fx faster\n' \
    "$wk_s" "$(echo "$wk_s / $informe_s" | bc -l)"
else
  echo "wkhtmltopdf  not installed"
fi
echo
if [[ -x "$BUILD/tests/bench/bench_pdf" ]]; then
  "$BUILD/tests/bench/bench_pdf"
else
  echo "(bench_pdf is not built in $BUILD/tests/bench)"
fi
