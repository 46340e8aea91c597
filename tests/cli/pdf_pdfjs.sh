# Mozilla's pdf.js (pdfjs-dist, pinned in tests/pdfjs, installed into build/pdfjs by scripts/setup; run with Debian's
# nodejs) reads the structure tree of our PDFs: the seed and the 100-row example, plain and PDF/A-2a, are
# marked, and page.getStructTree() finds the table with its header and data cells, the title and the lists.
: "${INFORME:?}" "${INFORME_SOURCE_DIR:?}"
PDFJS="$INFORME_SOURCE_DIR/tests/pdfjs"
export PDFJS_DIST="$INFORME_SOURCE_DIR/build/pdfjs/node_modules/pdfjs-dist"
command -v node >/dev/null || { echo "skip: node missing"; exit 77; }
[ -d "$PDFJS_DIST" ] || { echo "skip: pdfjs-dist not installed (scripts/setup)"; exit 77; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1254935185
for example in "$INFORME_SOURCE_DIR"/examples/{fomento-microempresa-2009,stress-100-rows}.json; do
  for mode in none a-2a; do
    option=()
    [ "$mode" = none ] || option=(--pdf-standard "$mode")
    "$INFORME" convert "${option[@]}" "$example" -o "$WORK/r.pdf" 2>/dev/null || fail "convert $example"
    node "$PDFJS/struct_tree.mjs" "$WORK/r.pdf" >"$WORK/roles.json" 2>"$WORK/err" || fail "pdf.js: $(cat "$WORK/err")"
    python3 - "$WORK/roles.json" "$example" "$mode" <<'PY' || fail "pdf.js on $(basename "$example") ($mode): $(cat "$WORK/roles.json")"
import json, sys
got = json.load(open(sys.argv[1]))
rows = len(json.load(open(sys.argv[2], encoding="utf-8"))["commitments"])
roles = got["roles"]
problems = []
if not got["tagged"]:
    problems.append("MarkInfo /Marked is not true")
for role in ("Document", "H1", "H2", "Table", "THead", "TBody", "TR", "TH", "TD", "P"):
    if not roles.get(role):
        problems.append("no " + role)
# Body rows: a TH (the number) and three TD each, at least; four column headers, once.
if roles.get("THead") != 1:
    problems.append("THead %s times" % roles.get("THead"))
if roles.get("TD", 0) < 3 * rows:
    problems.append("%s TD for %d rows" % (roles.get("TD"), rows))
if roles.get("TH", 0) < rows + 4:
    problems.append("%s TH for %d rows" % (roles.get("TH"), rows))
print("; ".join(problems) if problems else "ok: pdf.js finds %s" % roles)
sys.exit(1 if problems else 0)
PY
  done
done
