#!/bin/bash
# `informe summary` over 1,000 generated reports (tests/support/summary_corpus.py, canonical JSON in
# nested folders), whole process, with 2 threads: to the HTML dashboard, JSON, CSV and XLSX.
#
#     tests/bench/bench_summary.sh BUILD_DIR [runs] [reports]
# Target (issue 16): 1,000 reports summarised in under 2 s on 2 cores. On a shared, busy machine the
# CPU figure (user + system) is the steadier one: wall time is CPU time / 2 on two free cores.
set -eu
. "$(dirname "$0")/bench_common.bash"
COUNT=${3:-1000}
"${PYTHON:-/usr/bin/python3}" "$SRC/tests/support/summary_corpus.py" "$WORK/corpus" "$COUNT" 16
files=$(find "$WORK/corpus" -type f | wc -l)
bytes=$(du -sb "$WORK/corpus" | cut -f1)
printf 'corpus: %d reports, %.1f MB\n' "$files" "$(echo "$bytes / 1048576" | bc -l)"

row() {  # row LABEL WALL CPU
  local verdict="under 2 s: yes"
  if (( $(echo "$2 >= 2" | bc -l) )); then verdict="under 2 s: NO"; fi
  printf '%-40s wall %8.4f s  cpu %8.4f s   %s\n' "$1" "$2" "$3" "$verdict"
}

for out in dashboard.html summary.json summary.csv summary.xlsx; do
  read -r wall cpu < <(timed "$RUNS" "$INFORME" summary -j 2 "$WORK/corpus" -o "$WORK/$out")
  row "summary $COUNT reports -> $out (-j 2)" "$wall" "$cpu"
done
# The same reports as PDFs (the archive's usual form): reading them is most of the time. Reports
# without commitments are left out: their PDF does not read back (no commitments table).
mkdir -p "$WORK/flat" "$WORK/pdf"
i=0
while IFS= read -r f; do
  if grep -q '"number"' "$f"; then cp "$f" "$WORK/flat/r$((i++)).json"; fi
done < <(find "$WORK/corpus" -name '*.json' | sort)
"$INFORME" convert -q -j 2 "$WORK"/flat/*.json --to pdf -d "$WORK/pdf"
read -r wall cpu < <(timed "$RUNS" "$INFORME" summary -j 2 "$WORK/pdf" -o "$WORK/dashboard.html")
row "summary $i PDFs -> dashboard.html (-j 2)" "$wall" "$cpu"
ls -l "$WORK/dashboard.html" | awk '{ printf "dashboard size: %.0f KB\n", $5 / 1024 }'
