#!/bin/bash
# Reading .docx, whole process, beside pandoc reading the same file (`pandoc -f docx -t json`) in the
# same run: our own DOCX of the seed and of the 100-row example, and a report typed by hand (corpus).
#
#     tests/bench/bench_docx_reader.sh BUILD_DIR [runs]
# Target (issue 15): informe at least 10x faster than pandoc.
set -eu
. "$(dirname "$0")/bench_common.bash"

"$INFORME" convert "$SEED" -o "$WORK/seed.docx"
"$INFORME" convert "$SRC/examples/stress-100-rows.json" -o "$WORK/stress.docx"
cp "$SRC/tests/data/corpus/word/vialidad-caminos-rurales-2008.docx" "$WORK/typed.docx"
for name in seed stress typed; do
  read -r i_wall i_cpu < <(timed "$RUNS" "$INFORME" convert "$WORK/$name.docx" -o "$WORK/$name.json")
  printf '%-34s wall %8.4f s  cpu %8.4f s\n' "informe $name.docx -> json" "$i_wall" "$i_cpu"
  if command -v pandoc >/dev/null; then
    read -r p_wall p_cpu < <(timed 5 pandoc -f docx -t json "$WORK/$name.docx" -o "$WORK/$name.pandoc.json")
    printf '%-34s wall %8.4f s  cpu %8.4f s   informe faster: wall %5.1fx  cpu %5.1fx (target 10x)\n' \
      "pandoc -f docx -t json $name" "$p_wall" "$p_cpu" "$(ratio "$p_wall" "$i_wall")" "$(ratio "$p_cpu" "$i_cpu")"
  fi
done
