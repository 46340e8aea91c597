# Tagged PDF and --pdf-standard: the seed and the 100-row example, in every mode (none, a-2b, a-2u, a-2a),
# pass the PDF/A-2 + PDF/UA-1 checklist (pdf_checklist.py over qpdf's JSON) and qpdf --check; the same
# SOURCE_DATE_EPOCH gives the same bytes; pdfinfo says "Tagged: yes" and its -struct-text holds every word of
# the model in order; pdftotext still gives every word; our own reader reads the PDF/A file back exactly.
# Then copies broken on purpose (a font unembedded, the XMP removed, an untagged text run, ...) show that
# the checklist catches each.
. "$(dirname "$0")/cli_helpers.bash"
for tool in qpdf fix-qdf pdfinfo pdffonts pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "skip: $tool missing"; exit 77; }
done
HERE="$INFORME_SOURCE_DIR/tests/cli"
STRESS="$INFORME_SOURCE_DIR/examples/stress-100-rows.json"
export SOURCE_DATE_EPOCH=1254935185

for example in "$EXAMPLE_JSON" "$STRESS"; do
  name=$(basename "$example" .json)
  for mode in none a-2b a-2u a-2a; do
    option=()
    [ "$mode" = none ] || option=(--pdf-standard "$mode")
    run convert "${option[@]}" "$example" -o "$name.$mode.pdf"
    expect_status 0
    "$INFORME" convert "${option[@]}" "$example" -o again.pdf 2>/dev/null
    cmp -s "$name.$mode.pdf" again.pdf || fail "$name $mode: two runs with SOURCE_DATE_EPOCH differ"
    qpdf --check "$name.$mode.pdf" >qpdf.txt 2>&1 || fail "$name $mode: qpdf --check: $(cat qpdf.txt)"
    python3 "$HERE/pdf_checklist.py" --standard "$mode" "$name.$mode.pdf" >checks.txt ||
      fail "$name $mode: checklist: $(grep FAIL checks.txt)"
    pdfinfo "$name.$mode.pdf" | grep -q '^Tagged: *yes' || fail "$name $mode: pdfinfo does not say Tagged: yes"
    pdfinfo "$name.$mode.pdf" | grep -q '^PDF version: *1.7' || fail "$name $mode: not PDF 1.7"
  done
  # Only the modes' identification differs: the PDF/A files claim their level, the plain one none.
  grep -q "pdfaid:conformance>U<" "$name.a-2u.pdf" || fail "$name: a-2u does not say conformance U"
  grep -q "pdfaid" "$name.none.pdf" && fail "$name: the plain PDF claims PDF/A"
  grep -q "GTS_PDFA1" "$name.none.pdf" && fail "$name: the plain PDF has a PDF/A output intent"
  pdfinfo -struct-text "$name.a-2a.pdf" >struct.txt
  # One TR per row however many pages it spans (Table > THead|TBody > TR), and one for the column headers.
  rows=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["commitments"]))' "$example")
  trs=$(grep -c '^      TR$' struct.txt || true)
  [ "$trs" = $((rows + 1)) ] || fail "$name: $trs table rows in the structure tree for $rows rows and the header"
  python3 "$HERE/pdf_words.py" "$example" struct struct.txt || fail "$name: structure tree text"
  pdftotext -enc UTF-8 "$name.a-2a.pdf" plain.txt
  python3 "$HERE/pdf_words.py" "$example" plain plain.txt || fail "$name: pdftotext text"
  # Our reader reads the tagged PDF/A file back to the model.
  expect_example_back "$name.a-2a.pdf" "informe --pdf-standard a-2a" "$example"
done
# The plain PDF is the PDF/A one without the PDF/A identification and output intent: same pages.
[ "$(pdfinfo "$name.none.pdf" | grep Pages)" = "$(pdfinfo "$name.a-2a.pdf" | grep Pages)" ] || fail "page counts differ"

# Characters beyond WinAnsi: extra subsets (a /Differences encoding) of the face and of its fallback, and a
# whole face as an Identity-H font for a character outside the BMP; the checklist holds for them too.
python3 - "$EXAMPLE_JSON" exotic.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
r["program"] = "Fomento ✓ ★ Ω 😀 " + r["program"]
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
run convert --pdf-standard a-2a exotic.json -o exotic.pdf
expect_status 0
[ "$(pdffonts exotic.pdf | grep -c -e Identity-H -e Custom)" -ge 2 ] || fail "exotic: no extra subset or Identity-H font"
python3 "$HERE/pdf_checklist.py" --standard a-2a exotic.pdf >checks.txt || fail "exotic: checklist: $(grep FAIL checks.txt)"

# An unknown level is a usage error, and nothing is written.
run convert --pdf-standard a-1b "$EXAMPLE_JSON" -o refused.pdf
expect_status 2
[ ! -e refused.pdf ] || fail "--pdf-standard a-1b wrote a file"

# ---- The checklist can fail: copies broken on purpose ----
seed=fomento-microempresa-2009.a-2a.pdf
qpdf --qdf --object-streams=disable "$seed" qdf.pdf
# break NAME CHECK PYTHON-EXPRESSION: applies the substitution (on the uncompressed file's bytes `b`), repairs
# the cross-reference table with fix-qdf, and expects the checklist to fail CHECK.
break_copy() {
  python3 -c "import re, sys; b = open('qdf.pdf', 'rb').read(); n = $3; open('broken.qdf', 'wb').write(n)" ||
    fail "$1: cannot make the broken copy"
  cmp -s qdf.pdf broken.qdf && fail "$1: the substitution changed nothing"
  fix-qdf broken.qdf >"broken-$1.pdf"
  if python3 "$HERE/pdf_checklist.py" --standard a-2a "broken-$1.pdf" >checks.txt; then
    fail "$1: the checklist passes a broken file"
  fi
  grep -q "^FAIL $2 " checks.txt || fail "$1: expected check $2 to fail; got: $(grep FAIL checks.txt)"
  echo "ok: $1 caught by $(grep "^FAIL $2 " checks.txt | cut -c1-150)"
}
break_copy font-unembedded fonts-embedded "b.replace(b'/FontFile2', b'/FontFileX', 1)"
break_copy xmp-removed xmp-metadata-stream "b.replace(b'/Metadata ', b'/Metadatx ', 1)"
break_copy xmp-removed pdfa-identification "b.replace(b'/Metadata ', b'/Metadatx ', 1)"
break_copy untagged-text content-tagged-or-artifact \
  "re.sub(rb'/P <</MCID (\d+)>> BDC\n(.*?)EMC\n', lambda m: m.group(2), b, count=1, flags=re.S)"
break_copy mcid-not-in-tree parent-tree-matches-content "b.replace(b'<</MCID 3>> BDC', b'<</MCID 9999>> BDC', 1)"
break_copy no-tounicode fonts-have-tounicode "b.replace(b'/ToUnicode', b'/ToUnicodX', 1)"
break_copy wrong-width font-widths-match-program "re.sub(rb'(/Widths \[\s*)(\d+)', lambda m: m.group(1) + b'1' + m.group(2), b, count=1)"
break_copy no-output-intent output-intent "b.replace(b'/OutputIntents', b'/OutputIntentX', 1)"
break_copy title-differs info-equals-xmp "b.replace(b'/Title (', b'/Title (X', 1) if b'/Title (' in b else b.replace(b'/Title <feff', b'/Title <feff0058', 1)"
break_copy untagged-document mark-info-marked "b.replace(b'/Marked true', b'/Marked false', 1)"
break_copy th-without-scope table-headers-with-scope "b.replace(b'/Scope /Column', b'/Scopx /Column')"
break_copy lzw streams "b.replace(b'/Type /Metadata', b'/Type /Metadata /Filter /LZWDecode', 1)"
break_copy javascript no-javascript-actions-transparency "b.replace(b'/Type /Catalog', b'/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>', 1)"
echo "ok: tagged PDF and PDF/A-2 in every mode; the checklist catches broken copies"
