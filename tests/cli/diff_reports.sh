# `informe diff`: a report against a copy with two statuses changed, one row added and a text edited
# reports exactly those changes (JSON checked field by field, text and HTML too); a report against
# itself through another format (the example's JSON and the PDF `informe convert` writes of it) is
# empty with exit 0; trouble is exit 2.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}

# Equal: the same file, and the JSON against its PDF.
run diff "$EXAMPLE_JSON" "$EXAMPLE_JSON"
expect_status 0
[ -z "$OUT" ] || fail "diff of a file with itself printed: $OUT"
run convert "$EXAMPLE_JSON" -o example.pdf
expect_status 0
run diff "$EXAMPLE_JSON" example.pdf
expect_status 0
[ -z "$OUT" ] || fail "JSON against its PDF is not empty: $OUT"
run diff "$EXAMPLE_JSON" example.pdf -o same.json
expect_status 0
"$PYTHON" -c "
import json; d = json.load(open('same.json'))
assert d['equal'] is True and d['header'] == [] and d['rows'] == [], d
assert d['counts'] == {'header': 0, 'added': 0, 'removed': 0, 'changed': 0, 'unchanged': 13}, d['counts']
" || fail "same.json"

# The same report through every other writer, and the seed text, compares equal too.
for ext in xml html docx xlsx csv; do
  run convert "$EXAMPLE_JSON" -o "example.$ext"
  expect_status 0
  run diff "$EXAMPLE_JSON" "example.$ext"
  expect_status 0
  [ -z "$OUT" ] || fail "JSON against its $ext is not empty: $OUT"
done
run diff "$EXAMPLE_TXT" "$EXAMPLE_JSON"
expect_status 0

# The edited copy: rows 2 and 5 change status, row 3's commitment loses and gains a word, a row 14 is added.
"$PYTHON" - "$EXAMPLE_JSON" edited.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
c = r["commitments"]
c[1]["status"], c[1]["status_text"] = "partially_fulfilled", "Parcialmente cumplido"
c[4]["status"], c[4]["status_text"] = "not_fulfilled", "No cumplido"
assert "definirán" in c[2]["commitment"], c[2]["commitment"]
c[2]["commitment"] = c[2]["commitment"].replace("definirán", "fijarán", 1)
new = dict(c[-1]); new.update(number="14", commitment="Se publicará un informe anual de resultados.",
                              recommendation="Difundir los resultados.", status=None, status_text=None)
c.append(new)
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
run diff "$EXAMPLE_JSON" edited.json -o d.json
expect_status 1
"$PYTHON" - "$EXAMPLE_JSON" d.json <<'PY'
import json, sys
old = json.load(open(sys.argv[1], encoding="utf-8"))
d = json.load(open(sys.argv[2], encoding="utf-8"))
assert d["equal"] is False
assert d["header"] == [], d["header"]
assert d["counts"] == {"header": 0, "added": 1, "removed": 0, "changed": 3, "unchanged": 10}, d["counts"]
rows = d["rows"]
num = [c["number"] for c in old["commitments"]]
assert [(x["change"], x["old_index"], x["new_index"]) for x in rows] == [
    ("changed", 1, 1), ("changed", 2, 2), ("changed", 4, 4), ("added", None, 13)], rows
assert [(x["old_number"], x["new_number"]) for x in rows] == [(num[1], num[1]), (num[2], num[2]), (num[4], num[4]), (None, "14")]
def fields(x): return [(c["field"], c["old"], c["new"]) for c in x["changes"]]
assert fields(rows[0]) == [("status", "fulfilled", "partially_fulfilled"), ("status_text", "Cumplido", "Parcialmente cumplido")], fields(rows[0])
assert fields(rows[2]) == [("status", "fulfilled", "not_fulfilled"), ("status_text", "Cumplido", "No cumplido")], fields(rows[2])
text = rows[1]["changes"]
assert [c["field"] for c in text] == ["commitment"], text
assert [(w["type"], w["text"]) for w in text[0]["words"] if w["type"] != "same"] == [("removed", "definirán"), ("added", "fijarán")], text[0]["words"]
assert "".join(w["text"] for w in text[0]["words"] if w["type"] != "added") == old["commitments"][2]["commitment"]
for x in rows[:3]:
    assert x["matched_by_text"] is False and x["moved"] is False and x["old_index"] == x["new_index"], x
assert rows[3]["old_index"] is None and rows[3]["new_index"] == 13
assert rows[3]["row"]["number"] == "14" and rows[3]["row"]["commitment"] == "Se publicará un informe anual de resultados."
assert "status" not in rows[3]["row"]
print("diff json: exactly the four changes")
PY

# Text: like git diff --word-diff, no colour when stdout is not a terminal.
run diff "$EXAMPLE_JSON" edited.json
expect_status 1
printf '%s\n' "$OUT" > d.txt
grep -qx -- "--- $EXAMPLE_JSON" d.txt || fail "text: no --- line"
grep -qx -- "+++ edited.json" d.txt || fail "text: no +++ line"
grep -qx "@@ N° 2 @@" d.txt || fail "text: no hunk for row 2: $(cat d.txt)"
grep -qx "Calificación: \[-Cumplido-\]{+Parcialmente cumplido+}" d.txt || fail "text: status change of row 2"
grep -q "Compromiso: Se \[-definirán-\]{+fijarán+} metas de cobertura" d.txt || fail "text: word change of row 3"
grep -qx "@@ N° 14 (agregado) @@" d.txt || fail "text: added row 14"
[ "$(grep -c '^@@' d.txt)" = 4 ] || fail "text: expected 4 hunks: $(cat d.txt)"
if grep -q $'\x1b' d.txt; then fail "text: colour codes when not a terminal"; fi
run diff --color always "$EXAMPLE_JSON" edited.json
expect_status 1
printf '%s' "$OUT" | grep -q $'\x1b\[31mCumplido\x1b\[m\x1b\[32mParcialmente cumplido' || fail "--color always: no colours"

# HTML side by side: tidy-clean, the changes marked.
run diff "$EXAMPLE_JSON" edited.json -o d.html
expect_status 1
grep -q '<del>definirán</del>' d.html || fail "html: no <del>"
grep -q '<ins>fijarán</ins>' d.html || fail "html: no <ins>"
if command -v tidy >/dev/null; then tidy -q -e d.html || fail "tidy reports problems in the diff page"; fi

# Renumbered rows (one inserted first) are matched by their texts.
"$PYTHON" - "$EXAMPLE_JSON" renumbered.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
first = dict(r["commitments"][0]); first.update(recommendation="Crear un registro.", commitment="Se creará un registro nacional.")
r["commitments"].insert(0, first)
for i, c in enumerate(r["commitments"]): c["number"] = str(i + 1)
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
run diff "$EXAMPLE_JSON" renumbered.json -o r.json
expect_status 1
"$PYTHON" -c "
import json; d = json.load(open('r.json'))
assert d['counts']['added'] == 1 and d['counts']['removed'] == 0 and d['counts']['changed'] == 13, d['counts']
assert d['rows'][0]['change'] == 'added' and d['rows'][0]['new_number'] == '1'
assert all(x['matched_by_text'] and [c['field'] for c in x['changes']] == ['number'] for x in d['rows'][1:])
" || fail "renumbered rows"

# Trouble: exit 2.
run diff "$EXAMPLE_JSON" missing.json
expect_status 2
run diff "$EXAMPLE_JSON"
expect_status 2
echo "diff: ok"
