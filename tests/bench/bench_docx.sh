#!/bin/bash
# Seed to .docx, whole process, beside LibreOffice (HTML to DOCX) and pandoc (HTML to DOCX) in the
# same run; then the in-process figures of bench_docx (seed, 10x and 100x rows).
#
#     tests/bench/bench_docx.sh BUILD_DIR [runs]
# Targets (issue 6): informe at least 100x faster than LibreOffice and 30x faster than pandoc.
set -eu
. "$(dirname "$0")/bench_common.bash"

"$INFORME" convert "$SEED" -o "$WORK/seed.html"
read -r i_wall i_cpu < <(timed "$RUNS" "$INFORME" convert "$SEED" -o "$WORK/seed.docx")
printf '%-34s wall %8.4f s  cpu %8.4f s\n' "informe json -> docx (process)" "$i_wall" "$i_cpu"
if command -v pandoc >/dev/null; then
  read -r p_wall p_cpu < <(timed 5 pandoc "$WORK/seed.html" -o "$WORK/pandoc.docx")
  printf '%-34s wall %8.4f s  cpu %8.4f s   informe faster: wall %5.0fx  cpu %5.0fx (target 30x)\n' \
    "pandoc html -> docx" "$p_wall" "$p_cpu" "$(ratio "$p_wall" "$i_wall")" "$(ratio "$p_cpu" "$i_cpu")"
fi
if command -v soffice >/dev/null; then
  soffice -env:UserInstallation=file://$WORK/profile --headless --convert-to docx --outdir "$WORK/lo" "$WORK/seed.html" \
    >/dev/null 2>&1 || true  # first start creates the profile; not timed
  read -r l_wall l_cpu < <(timed 3 soffice -env:UserInstallation=file://$WORK/profile --headless \
    --convert-to docx:"MS Word 2007 XML" --outdir "$WORK/lo" "$WORK/seed.html")
  printf '%-34s wall %8.4f s  cpu %8.4f s   informe faster: wall %5.0fx  cpu %5.0fx (target 100x)\n' \
    "soffice html -> docx" "$l_wall" "$l_cpu" "$(ratio "$l_wall" "$i_wall")" "$(ratio "$l_cpu" "$i_cpu")"
fi
if [ -x "$BUILD/tests/bench/bench_docx" ]; then
  "$BUILD/tests/bench/bench_docx" 200
fi
