#!/bin/bash
# Seed to .docx, whole process, beside LibreOffice (HTML to DOCX) and pandoc (HTML to DOCX) in the
# same run; then the in-process figures of bench_docx (seed, 10x and 100x rows).
#
#     tests/bench/bench_docx.sh BUILD_DIR [runs]
# Targets (issue 6): informe at least 100x faster than LibreOffice and 30x faster than pandoc.
set -eu
BUILD=${1:?usage: bench_docx.sh BUILD_DIR [runs]}
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
informe_s=$(timed "$RUNS" "$INFORME" convert "$SEED" -o "$WORK/seed.docx")
printf 'informe  json -> docx (whole process)   %8.4f s\n' "$informe_s"
if command -v pandoc >/dev/null; then
  pandoc_s=$(timed 5 pandoc "$WORK/seed.html" -o "$WORK/pandoc.docx")
  printf 'pandoc   html -> docx                    %8.4f s   informe is %5.0fx faster (target 30x)\n' \
    "$pandoc_s" "$(echo "$pandoc_s / $informe_s" | bc -l)"
fi
if command -v soffice >/dev/null; then
  lo_s=$(timed 3 soffice -env:UserInstallation=file://$WORK/profile --headless --convert-to docx:"MS Word 2007 XML" \
         --outdir "$WORK/lo" "$WORK/seed.html")
  printf 'soffice  html -> docx                    %8.4f s   informe is %5.0fx faster (target 100x)\n' \
    "$lo_s" "$(echo "$lo_s / $informe_s" | bc -l)"
fi
if [ -x "$BUILD/tests/bench/bench_docx" ]; then
  "$BUILD/tests/bench/bench_docx" 200
fi
