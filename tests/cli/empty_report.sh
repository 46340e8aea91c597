# A report without commitments (the follow-up opened before the service answered): JSON -> PDF ->
# JSON, and the PDF's text through `pdftotext -layout`, read back with no rows, byte for byte; the
# PDF prints the note "Sin compromisos registrados." where the table would be. pdftotext's default
# mode keeps no columns: refused as any such text is, exit 1, nothing written.
. "$(dirname "$0")/cli_helpers.bash"

python3 - "$EXAMPLE_JSON" empty.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
r["commitments"] = []
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
run convert empty.json -t json -o canonical.json
expect_status 0
run convert empty.json -o empty.pdf
expect_status 0
pdftotext -layout empty.pdf layout.txt
grep -q "Sin compromisos registrados." layout.txt || fail "the PDF does not print the note: $(cat layout.txt)"
run convert empty.pdf -o back.json
expect_status 0
[ -z "$ERR" ] || fail "empty.pdf: unexpected messages: $ERR"
cmp back.json canonical.json || fail "json -> pdf -> json differs: $(diff back.json canonical.json | head)"
run convert layout.txt -t json -o layout.json
expect_status 0
cmp layout.json canonical.json || fail "pdftotext -layout text differs: $(diff layout.json canonical.json | head)"
pdftotext empty.pdf default.txt
run convert default.txt -t json -o default.json
expect_status 1
[ ! -e default.json ] || fail "a refused input left an output file"
