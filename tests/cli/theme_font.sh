# One look: the theme's font (templates/common/theme.json, "font") sets every output: the HTML's CSS,
# the DOCX's w:rFonts and the fonts embedded in the PDF (pdffonts), with a one-line change; a family
# the PDF has no font files for is a warning naming theme.json, and the PDF falls back to Liberation Sans.
. "$(dirname "$0")/cli_helpers.bash"
command -v pdffonts >/dev/null || { echo "SKIP: pdffonts is not installed (poppler-utils; scripts/setup installs it)"; exit 77; }
command -v unzip >/dev/null || { echo "SKIP: unzip is not installed (scripts/setup installs it)"; exit 77; }

run templates export tpl
expect_status 0
grep -q '"font": "Liberation Sans"' tpl/common/theme.json || fail "the built-in font is not Liberation Sans"
sed -i 's/"font": "Liberation Sans"/"font": "DejaVu Serif"/' tpl/common/theme.json
grep -q '"font": "DejaVu Serif"' tpl/common/theme.json || fail "sed changed nothing"

for dir in default custom; do
  args=()
  [ "$dir" = custom ] && args=(--template-dir tpl)
  mkdir -p "$dir"
  run convert "$EXAMPLE_JSON" --to html,pdf,docx -d "$dir" "${args[@]}"
  expect_status 0
  case "$ERR" in *warning*|*error*) fail "$dir: unexpected messages: $ERR" ;; esac
  pdffonts "$dir/fomento-microempresa-2009.pdf" >"$dir/fonts.txt" || fail "$dir: pdffonts failed"
  (cd "$dir" && unzip -o -q fomento-microempresa-2009.docx word/styles.xml)
done

# PDF: the embedded faces.
grep -q '+LiberationSans ' default/fonts.txt || fail "PDF: the default is not Liberation Sans: $(cat default/fonts.txt)"
grep -q 'LiberationSans-Bold' default/fonts.txt || fail "PDF: no Liberation Sans Bold by default"
grep -q 'DejaVuSerif-Bold' custom/fonts.txt || fail "PDF: the theme's font is not used: $(cat custom/fonts.txt)"
grep -q '+DejaVuSerif ' custom/fonts.txt || fail "PDF: no DejaVu Serif regular: $(cat custom/fonts.txt)"
grep -q 'Liberation' custom/fonts.txt && fail "PDF: Liberation still embedded with the theme's DejaVu Serif"
# HTML: the CSS font family.
grep -q 'font-family: "DejaVu Serif"' custom/fomento-microempresa-2009.html || fail "HTML: the theme's font is not in the CSS"
grep -q 'font-family: "Liberation Sans"' default/fomento-microempresa-2009.html || fail "HTML: the default font is not in the CSS"
# DOCX: the document defaults' w:rFonts.
grep -q 'w:ascii="DejaVu Serif"' custom/word/styles.xml || fail "DOCX: the theme's font is not in styles.xml"
grep -q 'w:ascii="Liberation Sans"' default/word/styles.xml || fail "DOCX: the default font is not in styles.xml"

# A family the PDF has no files for: HTML and DOCX name it, the PDF warns and uses Liberation Sans.
sed -i 's/"font": "DejaVu Serif"/"font": "Una Fuente Inventada"/' tpl/common/theme.json
mkdir -p unknown
run convert "$EXAMPLE_JSON" --to html,pdf,docx -d unknown --template-dir tpl
expect_status 0
case "$ERR" in *"tpl/common/theme.json"*"Una Fuente Inventada"*"Liberation Sans"*) ;; *) fail "no warning naming theme.json: $ERR" ;; esac
pdffonts unknown/fomento-microempresa-2009.pdf | grep -q '+LiberationSans ' || fail "PDF: no Liberation Sans fallback"
grep -q 'font-family: "Una Fuente Inventada"' unknown/fomento-microempresa-2009.html || fail "HTML: the theme's font is not in the CSS"
echo ok
