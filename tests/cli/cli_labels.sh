# A user's partial labels.json changing five terms: the seed (examples/*.txt) written as PDF, HTML
# and DOCX with --template-dir reads back to the same JSON when the same --template-dir is given on
# read; the PDF and DOCX do not without it (their words are the user's). A misspelt key warns,
# naming the file.
. "$(dirname "$0")/cli_helpers.bash"

mkdir -p tpl/common
cat > tpl/common/labels.json <<'JSON'
{"title": "Reporte de Avance de Compromisos", "responsible": "Unidad a Cargo", "due": "Plazo",
 "verification": "Evidencia", "none": "(ninguno)", "verificaton": "typo"}
JSON

run convert "$EXAMPLE_TXT" -o want.json
expect_status 0
run convert "$EXAMPLE_TXT" --to pdf,html,docx -d out --template-dir tpl
expect_status 0
printf '%s\n' "$ERR" | grep -q '^informe: tpl/common/labels.json: warning: labels: unknown key "verificaton"' ||
  fail "the misspelt key is not named with its file: $ERR"
pdftotext out/fomento-microempresa-2009.pdf - | grep -q 'Evidencia: (ninguno)' || fail "PDF: the user's words are missing"
grep -q 'Unidad a Cargo' out/fomento-microempresa-2009.html || fail "HTML: the user's words are missing"

for f in pdf html docx; do
  run convert "out/fomento-microempresa-2009.$f" -o "back-$f.json" --template-dir tpl
  expect_status 0
  cmp "back-$f.json" want.json || fail "$f: does not read back exact with --template-dir"
done
for f in pdf docx; do
  run convert "out/fomento-microempresa-2009.$f" -o "plain-$f.json"
  cmp -s "plain-$f.json" want.json && fail "$f: reads back exact without the labels (are they used?)"
done
echo ok
