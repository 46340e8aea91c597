# The HTML writer through the CLI: a standalone, valid, reproducible document; user templates;
# template mistakes reported as FILE:LINE; values escaped.
. "$(dirname "$0")/cli_helpers.bash"

run convert "$EXAMPLE_JSON" -o a.html
expect_status 0
[ -z "$ERR" ] || fail "messages on the example: $ERR"
head -1 a.html | grep -qx '<!DOCTYPE html>' || fail "no doctype first"
grep -q '<html xmlns="http://www.w3.org/1999/xhtml" lang="es"' a.html || fail "no lang=es"
grep -q '<title>Informe de Cumplimiento de Compromisos al 30 de junio de 2009</title>' a.html || fail "title"
[ "$(grep -c '<tr id="fila-' a.html)" = 13 ] || fail "expected 13 rows"
if grep -Eq '<link|<script|src=|url\(' a.html; then fail "external resource or script in the page"; fi

# Reproducible: same input, same bytes.
run convert "$EXAMPLE_JSON" -o b.html
cmp a.html b.html || fail "two writes differ"

# To standard output, by name.
run convert "$EXAMPLE_JSON" --to html -o -
expect_status 0
[ "$OUT" = "$(cat a.html)" ] || fail "stdout differs from the file"

# Real clients: tidy (no errors, no warnings) and xmllint (the page is well-formed XML too).
command -v tidy >/dev/null || fail "tidy is missing: install the packages in scripts/packages.txt"
command -v xmllint >/dev/null || fail "xmllint is missing: install the packages in scripts/packages.txt"
tidy -q -e a.html || fail "tidy reports problems (status $?)"
xmllint --noout a.html || fail "xmllint: not well-formed"

# Read back by the HTML reader: the same report.
run convert a.html -o back.json
expect_status 0
run convert "$EXAMPLE_JSON" -o example.json
cmp back.json example.json || fail "JSON -> HTML -> JSON is not lossless"

# From the seed's text too.
run convert "$EXAMPLE_TXT" -o seed.html
[ "$STATUS" = 0 ] || fail "the seed's text does not convert: $ERR"
[ "$(grep -c '<tr id="fila-' seed.html)" = 13 ] || fail "seed.html: expected 13 rows"

# User templates: export, change one file, convert.
run templates export tpl
expect_status 0
[ -f tpl/html/page.mustache ] && [ -f tpl/html/style.css ] || fail "templates export wrote no html/"
printf '<footer class="propio"><p>Pie propio: {{program}}</p></footer>\n' > tpl/html/footer.mustache
run convert "$EXAMPLE_JSON" --template-dir tpl -o custom.html
expect_status 0
grep -q '<footer class="propio"><p>Pie propio: Fomento a la Microempresa</p></footer>' custom.html ||
  fail "the custom footer is not used"
if cmp -s a.html custom.html; then fail "the template directory changed nothing"; fi

# A broken template: FILE:LINE of the template, exit 1, nothing written.
mkdir -p broken/html
printf '<tr>\n<td>{{#recommendation}}{{> rich_text}}</td>\n</tr>\n' > broken/html/row.mustache
run convert "$EXAMPLE_JSON" --template-dir broken -o broken.html
expect_status 1
expect_one_error ""
printf '%s' "$ERR" | grep -q 'broken/html/row.mustache:2:5: error: unclosed section "recommendation"' ||
  fail "expected FILE:LINE:COL of the template, got: $ERR"
[ ! -e broken.html ] || fail "a failed conversion wrote broken.html"
no_temporaries .

# Values are text: a hostile field shows as text, in elements and attributes.
sed -e 's|"program": "Fomento a la Microempresa"|"program": "<script>alert(1)</script> \\"x\\" \& y"|' \
    -e '0,/"number": "1"/s|"number": "1"|"number": "1\\" onclick=\\"alert(1)"|' "$EXAMPLE_JSON" > hostile.json
run convert hostile.json -o hostile.html
expect_status 0
if grep -q '<script' hostile.html; then fail "a value became markup"; fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; y' hostile.html || fail "program not escaped"
grep -q 'data-number="1&quot; onclick=&quot;alert(1)"' hostile.html || fail "number not escaped in its attribute"
tidy -q -e hostile.html || fail "tidy: hostile.html"
run convert hostile.html -o hostile-back.json
expect_status 0
run convert hostile.json -o hostile-norm.json
cmp hostile-back.json hostile-norm.json || fail "hostile values do not read back as they were"
echo "ok"
