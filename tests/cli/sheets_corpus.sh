# The spreadsheet corpus (tests/data/sheets, made by LibreOffice Calc and as Excel writes CSV and tab-
# delimited text; see make_fixtures.py): every file reads to its expected model, field by field, 100%,
# with no diagnostic but the warnings each file deserves.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
DATA="$INFORME_SOURCE_DIR/tests/data/sheets"

compare() {  # compare GOT EXPECTED: prints "matched/total" and fails on any difference
  "$PYTHON" - "$1" "$2" <<'PY'
import json, sys
got, want = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
total = matched = 0
def walk(g, w, path):
    global total, matched
    if isinstance(w, dict) and isinstance(g, dict):
        for k in set(w) | set(g):
            walk(g.get(k), w.get(k), f"{path}.{k}")
    elif isinstance(w, list) and isinstance(g, list) and path.endswith("commitments"):
        for i in range(max(len(w), len(g))):
            walk(g[i] if i < len(g) else None, w[i] if i < len(w) else None, f"{path}[{i}]")
    else:
        total += 1
        if g == w:
            matched += 1
        else:
            print(f"  {path}: got {json.dumps(g, ensure_ascii=False)}, expected {json.dumps(w, ensure_ascii=False)}")
walk(got, want, "")
print(f"{matched}/{total} fields")
sys.exit(0 if matched == total else 1)
PY
}

n=0
for expected in "$DATA"/*.expected.json; do
  stem=${expected%.expected.json}
  input=$(ls "$stem".* | grep -v '\.expected\.json$')
  name=$(basename "$input")
  cp "$input" "$name"
  run convert "$name" -o "$name.json"
  expect_status 0
  result=$(compare "$name.json" "$expected") || fail "$name does not read to its model:
$result"
  echo "$name: $result"
  # Only the unknown column of the analyst's own notes is worth a warning.
  others=$(printf '%s\n' "$ERR" | grep . | grep -v 'warning: .*unknown column "Notas internas": its cells are ignored' || true)
  [ -z "$others" ] || fail "$name: unexpected diagnostics: $others"
  n=$((n + 1))
done
[ "$n" -ge 6 ] || fail "only $n corpus files"

# The layouts differ as the corpus promises.
"$PYTHON" -c 'import sys, zipfile; sys.exit(0 if b"date1904=\"true\"" in zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml") else 1)' \
  "$DATA/analista-hoja-propia-1904.xlsx" || fail "no 1904 workbook"
"$PYTHON" -c 'import sys; b=open(sys.argv[1],"rb").read(); sys.exit(0 if not b.startswith(b"\xef\xbb\xbf") and b"\r\n" in b and b";" in b and b"\xe1" in b else 1)' \
  "$DATA/excel-punto-y-coma-1252.csv" || fail "the Excel CSV is not BOM-less Windows-1252 with ';' and CRLF"
grep -q "$(printf '\t')" "$DATA/excel-texto-tabulado.txt" || fail "the .txt is not tab-delimited"

# A .txt that is text extracted from a PDF is still read as such.
run convert "$EXAMPLE_TXT" -o seed.json
expect_status 0
cmp -s seed.json "$EXAMPLE_JSON" || fail "the seed .txt is no longer read by the text reader"
echo ok
