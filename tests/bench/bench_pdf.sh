#!/bin/bash
# Seed to PDF, whole process, beside the same report printed from our HTML by headless Chromium
# (--print-to-pdf) and by wkhtmltopdf, in the same run; then bench_pdf's in-process figures (seed,
# pages per second at 1x, 10x and 100x rows, the bare-PoDoFo floor, peak memory), and the seed and the
# 100-row example as plain tagged PDF and as PDF/A-2b and -2a.
#
#     tests/bench/bench_pdf.sh BUILD_DIR [runs]
# Targets (issue 7): at least 50x faster than Chromium and 7x faster than wkhtmltopdf for the seed,
# within 2x of the bare-PoDoFo floor, under 50 MB peak.
set -eu
. "$(dirname "$0")/bench_common.bash"

"$INFORME" convert "$SEED" -o "$WORK/seed.html"
read -r i_wall i_cpu < <(timed "$RUNS" "$INFORME" convert "$SEED" -o "$WORK/seed.pdf")
peak_kb=$( { /usr/bin/time -f '%M' "$INFORME" convert "$SEED" -o "$WORK/seed.pdf" >/dev/null; } 2>&1 | tail -1)
printf '%-34s wall %8.4f s  cpu %8.4f s   peak %6.1f MB\n' "informe json -> pdf (process)" "$i_wall" "$i_cpu" \
  "$(echo "$peak_kb / 1024" | bc -l)"

chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [[ -n "$chromium_bin" ]]; then
  read -r c_wall c_cpu < <(timed 3 "$chromium_bin" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$WORK/chromium.pdf" "file://$WORK/seed.html")
  printf '%-34s wall %8.4f s  cpu %8.4f s   informe faster: wall %5.0fx  cpu %5.0fx (target 50x)\n' \
    "chromium html -> pdf" "$c_wall" "$c_cpu" "$(ratio "$c_wall" "$i_wall")" "$(ratio "$c_cpu" "$i_cpu")"
else
  echo "chromium     not installed"
fi
if command -v wkhtmltopdf >/dev/null; then
  read -r w_wall w_cpu < <(timed 5 wkhtmltopdf --quiet "$WORK/seed.html" "$WORK/wk.pdf")
  printf '%-34s wall %8.4f s  cpu %8.4f s   informe faster: wall %5.1fx  cpu %5.1fx (target 7x)\n' \
    "wkhtmltopdf html -> pdf" "$w_wall" "$w_cpu" "$(ratio "$w_wall" "$i_wall")" "$(ratio "$w_cpu" "$i_cpu")"
else
  echo "wkhtmltopdf  not installed"
fi
echo
if [[ -x "$BUILD/tests/bench/bench_pdf" ]]; then
  "$BUILD/tests/bench/bench_pdf"
  # Issue 13: PDF/A costs little beside the tagged plain PDF (least CPU time of a run, in process).
  echo
  for example in "$SEED" "$SRC/examples/stress-100-rows.json"; do
    for standard in none a-2b a-2a; do
      option=()
      [[ $standard == none ]] || option=(--pdf-standard "$standard")
      printf '%-34s %s\n' "$(basename "$example" .json) $standard" \
        "$("$BUILD/tests/bench/bench_pdf" "$example" --seed-only --repeat 15 "${option[@]}" | awk '/cpu_min/ { print $2, $3 }')"
    done
  done
else
  echo "(bench_pdf is not built in $BUILD/tests/bench)"
fi
