# One look: a one-line change of the theme's primary colour (templates/common/theme.json) changes the
# HTML (its CSS), the PDF (a fill colour operator in the page content) and the DOCX (w:color and
# w:shd in its styles), and the masthead is off and empty by default.
. "$(dirname "$0")/cli_helpers.bash"
command -v qpdf >/dev/null || { echo "SKIP: qpdf is not installed (scripts/setup installs it)"; exit 77; }
command -v unzip >/dev/null || { echo "SKIP: unzip is not installed (scripts/setup installs it)"; exit 77; }

run templates export tpl
expect_status 0
grep -q '"primary": "#0b3a6e"' tpl/common/theme.json || fail "the built-in primary colour is not #0b3a6e"
sed -i 's/"primary": "#0b3a6e"/"primary": "#ff00ff"/' tpl/common/theme.json
[ "$(cmp -l tpl/common/theme.json "$INFORME_SOURCE_DIR/templates/common/theme.json" | wc -l)" -gt 0 ] || fail "sed changed nothing"

for dir in default custom; do
  args=()
  [ "$dir" = custom ] && args=(--template-dir tpl)
  mkdir -p "$dir"
  run convert "$EXAMPLE_JSON" --to html,pdf,docx -d "$dir" "${args[@]}"
  expect_status 0
  case "$ERR" in *warning*|*error*) fail "$dir: unexpected messages: $ERR" ;; esac
  qpdf --qdf --object-streams=disable "$dir/fomento-microempresa-2009.pdf" "$dir/qdf.pdf"
  (cd "$dir" && unzip -o -q fomento-microempresa-2009.docx word/styles.xml word/document.xml)
done

# HTML: the CSS variable of the primary colour.
grep -q -- '--brand: #ff00ff;' custom/fomento-microempresa-2009.html || fail "HTML: the primary colour is not in the CSS"
grep -q -- '--brand: #0b3a6e;' default/fomento-microempresa-2009.html || fail "HTML: the default primary colour is not in the CSS"
grep -q 'ff00ff' default/fomento-microempresa-2009.html && fail "HTML: the default output has the custom colour"
# PDF: "1 0 1 rg" (the title, the table header's fill) in the content streams.
grep -a -q '^1 0 1 rg$' custom/qdf.pdf || fail "PDF: no fill in the primary colour (1 0 1 rg)"
grep -a -q '^1 0 1 rg$' default/qdf.pdf && fail "PDF: the default output has the custom colour"
# DOCX: the title's w:color and the table header's w:shd.
grep -q 'w:color w:val="FF00FF"' custom/word/styles.xml || fail "DOCX: no w:color in the primary colour"
grep -q 'w:fill="FF00FF"' custom/word/styles.xml || fail "DOCX: no w:shd fill in the primary colour"
grep -q 'FF00FF' default/word/styles.xml && fail "DOCX: the default output has the custom colour"

# No output claims an issuing office by default.
for f in default/fomento-microempresa-2009.html default/word/document.xml; do
  grep -q 'Dirección de Presupuestos\|Gobierno de Chile' "$f" && fail "$f names an issuing office by default"
done
pdftotext default/fomento-microempresa-2009.pdf - | grep -q 'Dirección de Presupuestos' && fail "the PDF names an issuing office"

# A masthead the user switches on is shown by all three.
python3 - tpl/common/theme.json <<'PY'
import json, sys
p = sys.argv[1]
t = json.load(open(p))
t["masthead"] = {"show": True, "lines": ["Oficina de Prueba", "Unidad de Seguimiento"]}
json.dump(t, open(p, "w"), ensure_ascii=False)
PY
mkdir -p mast
run convert "$EXAMPLE_JSON" --to html,pdf,docx -d mast --template-dir tpl
expect_status 0
grep -q 'Oficina de Prueba' mast/fomento-microempresa-2009.html || fail "HTML: masthead missing"
pdftotext mast/fomento-microempresa-2009.pdf - | grep -q 'Oficina de Prueba' || fail "PDF: masthead missing"
(cd mast && unzip -o -q fomento-microempresa-2009.docx word/document.xml)
grep -q 'Oficina de Prueba' mast/word/document.xml || fail "DOCX: masthead missing"
# ...and it reads back: the masthead is not the report.
run convert mast/fomento-microempresa-2009.pdf -o mast/back.json --template-dir tpl
expect_status 0
run convert "$EXAMPLE_JSON" -o mast/want.json
cmp mast/back.json mast/want.json || fail "PDF with a masthead does not read back exact"

# A misspelt key warns, naming the file.
sed -i 's/"primary"/"primray"/' tpl/common/theme.json
run convert "$EXAMPLE_JSON" -o x.html --template-dir tpl
expect_status 0
case "$ERR" in *"tpl/common/theme.json"*"primray"*) ;; *) fail "no warning naming theme.json: $ERR" ;; esac

# "No cumplido" does not look like "Cumplido": each status in its theme colour, in every output.
python3 - "$EXAMPLE_JSON" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["commitments"][1]["status"], d["commitments"][1]["status_text"] = "not_fulfilled", "No cumplido"
json.dump(d, open("mixed.json", "w"), ensure_ascii=False)
PY
mkdir -p mixed
run convert mixed.json --to html,pdf,docx -d mixed
expect_status 0
qpdf --qdf --object-streams=disable mixed/mixed.pdf mixed/qdf.pdf
grep -a -q '^0.639 0.137 0.106 rg$' mixed/qdf.pdf || fail "PDF: no text in the not_fulfilled colour (#a3231b)"
grep -a -q '^0.11 0.42 0.22 rg$' mixed/qdf.pdf || fail "PDF: no text in the fulfilled colour (#1c6b38)"
# ...on its tint, as in HTML and DOCX: a fill in each status's background colour behind the word.
grep -a -q '^0.984 0.902 0.894 rg$' mixed/qdf.pdf || fail "PDF: no not_fulfilled background (#fbe6e4)"
grep -a -q '^0.894 0.949 0.91 rg$' mixed/qdf.pdf || fail "PDF: no fulfilled background (#e4f2e8)"
grep -q -- '--not-bg: #fbe6e4;' mixed/mixed.html || fail "HTML: no not_fulfilled background in the CSS"
grep -q -- '--not: #a3231b;' mixed/mixed.html || fail "HTML: the not_fulfilled colour is not in the CSS"
grep -q 'class="status status-not-fulfilled"' mixed/mixed.html || fail "HTML: the status is not marked"
(cd mixed && unzip -o -q mixed.docx word/styles.xml word/document.xml)
grep -q '<w:rStyle w:val="StatusNotFulfilled"/>' mixed/word/document.xml || fail "DOCX: the status has no style"
grep -q 'w:color w:val="A3231B"' mixed/word/styles.xml || fail "DOCX: no w:color in the not_fulfilled colour"
grep -q 'w:fill="FBE6E4"' mixed/word/styles.xml || fail "DOCX: no w:shd in the not_fulfilled background"
echo ok
