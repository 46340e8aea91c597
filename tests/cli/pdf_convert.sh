# The PDF writer through the CLI: the seed and the stress example become PDFs that qpdf, pdffonts,
# pdfinfo and pdftotext accept; SOURCE_DATE_EPOCH gives byte-identical files across processes;
# --paper letter; a style template from --template-dir changes the fonts.
: "${INFORME:?}" "${INFORME_SOURCE_DIR:?}"
for tool in qpdf pdffonts pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "skip: $tool missing"; exit 77; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
SEED="$INFORME_SOURCE_DIR/examples/fomento-microempresa-2009.json"
STRESS="$INFORME_SOURCE_DIR/examples/stress-100-rows.json"

export SOURCE_DATE_EPOCH=1254935185
"$INFORME" convert "$SEED" -o "$WORK/a.pdf" 2>"$WORK/err" || fail "convert: $(cat "$WORK/err")"
"$INFORME" convert "$SEED" -o "$WORK/b.pdf" 2>/dev/null
cmp -s "$WORK/a.pdf" "$WORK/b.pdf" || fail "two runs with SOURCE_DATE_EPOCH differ"
head -c 5 "$WORK/a.pdf" | grep -q '%PDF-' || fail "not a PDF"

qpdf --check "$WORK/a.pdf" >"$WORK/qpdf" 2>&1 || fail "qpdf --check: $(cat "$WORK/qpdf")"
pdffonts "$WORK/a.pdf" >"$WORK/fonts"
# Every font line has "yes" in the emb column.
awk 'NR==1 { col = index($0, "emb") } NR>2 && substr($0, col, 3) != "yes" { bad = 1; print } END { exit bad }' \
  "$WORK/fonts" || fail "a font is not embedded: $(cat "$WORK/fonts")"
grep -q 'LiberationSans-Bold' "$WORK/fonts" || fail "no bold face: $(cat "$WORK/fonts")"

pdfinfo "$WORK/a.pdf" >"$WORK/info"
grep -q 'CreationDate: *Wed Oct  7 17:06:25 2009' "$WORK/info" || fail "creation date: $(cat "$WORK/info")"
grep -q 'A4' "$WORK/info" || fail "not A4"
pdftotext -enc UTF-8 "$WORK/a.pdf" "$WORK/a.txt"
# The title is two lines (the cut-off phrase below it, as in the HTML and DOCX): lines joined.
tr '\n' ' ' <"$WORK/a.txt" >"$WORK/a.flat"
for phrase in 'Informe de Cumplimiento de Compromisos al 30 de junio de 2009' 'Medios de Verificación:' \
              'Página 1 de' 'Organismo Responsable:' 'SERCOTEC'; do
  grep -qF "$phrase" "$WORK/a.flat" || fail "missing from the text: $phrase"
done

# Another epoch, another date; the same epoch again, the same bytes.
SOURCE_DATE_EPOCH=1262304000 "$INFORME" convert "$SEED" -o "$WORK/c.pdf" 2>/dev/null
cmp -s "$WORK/a.pdf" "$WORK/c.pdf" && fail "a different SOURCE_DATE_EPOCH gave the same file"

"$INFORME" convert --paper letter "$SEED" -o "$WORK/letter.pdf" 2>/dev/null || fail "--paper letter"
pdfinfo "$WORK/letter.pdf" | grep -q '612 x 792' || fail "letter size: $(pdfinfo "$WORK/letter.pdf")"

# A style template override: DejaVu Serif instead of Liberation Sans.
mkdir -p "$WORK/tpl/pdf"
sed 's/"family": ""/"family": "DejaVu Serif"/' "$INFORME_SOURCE_DIR/templates/pdf/style.json" \
  >"$WORK/tpl/pdf/style.json"
"$INFORME" convert --template-dir "$WORK/tpl" "$SEED" -o "$WORK/serif.pdf" 2>/dev/null || fail "template dir"
pdffonts "$WORK/serif.pdf" | grep -q 'DejaVuSerif' || fail "style template ignored: $(pdffonts "$WORK/serif.pdf")"

# The stress example: every page has the table header and its page number.
"$INFORME" convert "$STRESS" -o "$WORK/stress.pdf" 2>/dev/null || fail "stress"
qpdf --check "$WORK/stress.pdf" >/dev/null 2>&1 || fail "qpdf --check on the stress example"
pages=$(pdfinfo "$WORK/stress.pdf" | awk '/^Pages:/ { print $2 }')
[ "$pages" -gt 20 ] || fail "only $pages pages"
for ((p = 1; p <= pages; p++)); do
  pdftotext -enc UTF-8 -f "$p" -l "$p" "$WORK/stress.pdf" "$WORK/p.txt"
  grep -q 'Recomendación' "$WORK/p.txt" || fail "page $p has no table header"
  grep -q "Página $p de $pages" "$WORK/p.txt" || fail "page $p has no footer"
done
echo "ok: seed and stress PDFs ($pages pages)"
