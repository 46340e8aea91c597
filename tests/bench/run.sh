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

SECTIONS=(text html html_reader pdf pdf_reader docx docx_reader sheets summary)

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

# Text reader (issues 3, 12): the seed format's MB/s at 1x, 10x, 100x rows and ~50 MB (flat ms per MB:
# linear time), then `pdftotext -layout` text's MB/s at 1x, 10x, 100x pages, of our own PDFs and the
# corpus. Targets: at least 80 MB/s (seed format) and 20 MB/s (-layout) on one core.
bench_section_text() {
  local status=0
  if need bench_text; then "$BENCH/bench_text" "${BENCH_SECONDS:-1}" "${BENCH_BIG_MB:-50}" || status=$?; fi
  echo
  if need bench_text_layout; then "$BENCH/bench_text_layout" "${BENCH_SECONDS:-1}" || status=$?; fi
  return $status
}

# PDF writer (issue 7): seed to PDF whole process beside headless Chromium and wkhtmltopdf printing our
# HTML; in-process seed time, pages per second at 1x, 10x, 100x rows, the bare-PoDoFo floor, peak memory.
# Targets: 50x faster than Chromium, 7x faster than wkhtmltopdf, within 2x of the floor, under 50 MB.
bench_section_pdf() {
  need bench_pdf || return 0
  "$SRC/tests/bench/bench_pdf.sh" "$BUILD" "${BENCH_RUNS:-20}"
}

# HTML writer (issue 4): seed JSON to HTML in-process. Target: well under a millisecond.
bench_section_html() {
  need bench_html || return 0
  "$BENCH/bench_html" "${BENCH_ITERATIONS:-2000}"
}

# HTML reader (issue 5): pages per second for legacy and own pages at 1x, 10x, 100x rows (linear).
bench_section_html_reader() {
  need bench_html_reader || return 0
  "$BENCH/bench_html_reader" "${BENCH_SECONDS:-1}"
}

# PDF reader (issues 8, 12): `informe convert X.pdf` beside `pdftotext -layout X.pdf`, whole process, on
# our own PDFs of the seed and stress-100 at 1x, 10x, 100x rows and the corpus's Chromium, LibreOffice and
# wkhtmltopdf PDFs; read_pdf in-process too. Target: within 2x of pdftotext -layout.
bench_section_pdf_reader() {
  need bench_pdf_reader || return 0
  "$BENCH/bench_pdf_reader" "${BENCH_SECONDS:-2}" "$BUILD/informe"
}

# DOCX writer (issue 6): whole process beside LibreOffice and pandoc (HTML to DOCX), then in-process
# figures at 1x, 10x, 100x rows. Targets: 100x faster than LibreOffice, 30x faster than pandoc.
bench_section_docx() {
  need bench_docx || return 0
  "$SRC/tests/bench/bench_docx.sh" "$BUILD" "${BENCH_RUNS:-20}"
}

# Spreadsheets (issue 14): the 100-row example as XLSX, written and read, whole process, beside
# LibreOffice Calc converting the same table and openpyxl writing and loading it.
# Targets: 50x faster than LibreOffice, ahead of openpyxl.
bench_section_sheets() {
  "$SRC/tests/bench/bench_sheets.sh" "$BUILD" "${BENCH_RUNS:-20}"
}

# DOCX reader (issue 15): .docx to JSON, whole process, beside pandoc reading the same files.
# Target: 10x faster than pandoc.
bench_section_docx_reader() {
  [[ -x "$BUILD/informe" ]] || { echo "(informe is not built in $BUILD)"; return 0; }
  "$SRC/tests/bench/bench_docx_reader.sh" "$BUILD" "${BENCH_RUNS:-20}"
}

# Summary (issue 16): 1,000 generated reports summarised to the dashboard, JSON, CSV and XLSX, whole
# process, 2 threads. Target: under 2 s.
bench_section_summary() {
  [[ -x "$BUILD/informe" ]] || { echo "(informe is not built in $BUILD)"; return 0; }
  "$SRC/tests/bench/bench_summary.sh" "$BUILD" "${BENCH_RUNS:-5}" "${BENCH_REPORTS:-1000}"
}

# ---- main ----
if [[ $# -gt 0 ]]; then
  SECTIONS=("$@")
fi
echo "informe benchmarks ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, build $BUILD)"
for s in "${SECTIONS[@]}"; do run_section "$s"; done
