# The README's main job: the seed text -> PDF, HTML, DOCX and JSON in out/, reproducibly.
. "$(dirname "$0")/cli_helpers.bash"

run convert "$EXAMPLE_TXT" --to pdf,html,docx,json -d out
expect_status 0
printf '%s\n' "$ERR" | tail -1 | grep -Eq '^informe: 1 converted( \(1 with warnings\))?, 0 failed$' \
  || fail "summary: $ERR"
stem=fomento-microempresa-2009
for ext in pdf html docx json; do [ -s "out/$stem.$ext" ] || fail "out/$stem.$ext missing"; done

# The text reader reaches the hand-made golden file.
cmp "out/$stem.json" "$EXAMPLE_JSON" || fail "text -> json differs from the example: $(diff "out/$stem.json" "$EXAMPLE_JSON" | head -20)"

# Real clients open what was written.
# (qpdf, poppler-utils and python3-docx are in scripts/packages.txt: a missing one fails the test.)
qpdf --check "out/$stem.pdf" >/dev/null || fail "qpdf --check"
pdftotext "out/$stem.pdf" - | tr -s ' \n' ' ' | grep -q 'Fomento a la Microempresa' || fail "PDF text lacks the program"
/usr/bin/python3 -c 'import sys, docx; d = docx.Document(sys.argv[1]); assert any("Microempresa" in p.text for p in d.paragraphs) or any("Microempresa" in c.text for t in d.tables for r in t.rows for c in r.cells)' \
  "out/$stem.docx" 2>docx.txt || fail "python-docx: $(tail -1 docx.txt)"
grep -q 'Fomento a la Microempresa' "out/$stem.html" || fail "HTML lacks the program"

# SOURCE_DATE_EPOCH (set by the test runner) makes a second run byte-identical.
run convert "$EXAMPLE_TXT" --to pdf,html,docx,json -d again -j 2
expect_status 0
for ext in pdf html docx json; do cmp "out/$stem.$ext" "again/$stem.$ext" || fail "$ext is not reproducible"; done
echo ok
