# The reader corpus (tests/data/corpus) is current: every source (the reports' JSON, the generator scripts)
# and every generated file (legacy pages, Word files, PDFs, pdftotext outputs, inputs.tsv) has the sha256
# that make_corpus.py recorded in MANIFEST.sha256 when it last ran, no file is missing or unlisted; the
# parts that need no printer (legacy pages, Word files, inputs.tsv) are rebuilt and compared byte for
# byte, and read back (readback.py) to exactly the expected model; every expected model is canonical
# JSON. Needs no Chromium or LibreOffice.
. "$(dirname "$0")/cli_helpers.bash"

CORPUS="$INFORME_SOURCE_DIR/tests/data/corpus"
cd "$CORPUS"
[ -f MANIFEST.sha256 ] || fail "no MANIFEST.sha256 in $CORPUS"

# Every listed file has its recorded hash (changed or missing files fail).
sha256sum --check --quiet --strict MANIFEST.sha256 >"$WORK/check.out" 2>&1 ||
  fail "files differ from MANIFEST.sha256 (regenerate: python3 tests/data/corpus/make_corpus.py): $(cat "$WORK/check.out")"

# Every file is listed (nothing added behind the generator's back); README.md is documentation.
find . -type f ! -name MANIFEST.sha256 ! -name README.md ! -path '*/__pycache__/*' | sed 's|^\./||' | LC_ALL=C sort >"$WORK/present"
sed 's/^[0-9a-f]\{64\}  //' MANIFEST.sha256 | LC_ALL=C sort >"$WORK/listed"
diff "$WORK/listed" "$WORK/present" >"$WORK/diff" || fail "files not in MANIFEST.sha256 (or listed twice): $(cat "$WORK/diff")"

# The manifest covers the sources: the generator and every report.
for source in make_corpus.py legacy_html.py word_docx.py analyst_xlsx.py presentation.py readback.py; do
  grep -q "  $source\$" MANIFEST.sha256 || fail "MANIFEST.sha256 does not list the source $source"
done
reports=$(ls reports/*.json | wc -l)
[ "$reports" -ge 6 ] || fail "expected at least six reports, found $reports"

# inputs.tsv names every input once, each existing, with an existing expected model.
cut -f1 inputs.tsv | sed "s|^tests/data/corpus/||" | LC_ALL=C sort >"$WORK/inputs"
find legacy word sheet pdf text -type f 2>/dev/null | LC_ALL=C sort >"$WORK/generated"
diff "$WORK/inputs" "$WORK/generated" >"$WORK/diff" || fail "inputs.tsv and the generated inputs differ: $(cat "$WORK/diff")"
cut -f2 inputs.tsv | sort -u | while read -r expected; do
  [ -f "$INFORME_SOURCE_DIR/$expected" ] || fail "inputs.tsv names a missing expected model: $expected"
done

# The expected models are canonical JSON: read and written back byte for byte, no error.
for report in reports/*.json; do
  run convert "$CORPUS/$report" --to json -o -
  expect_status 0
  [ "$OUT" = "$(cat "$report")" ] || fail "$report is not in canonical form (informe convert changes it)"
done

# What needs no printer is rebuilt from the sources and compared (Debian's python3 with python3-docx).
PYTHON=python3
[ -x /usr/bin/python3 ] && PYTHON=/usr/bin/python3
if "$PYTHON" -c 'import docx' 2>/dev/null; then
  "$PYTHON" -B make_corpus.py --check || fail "make_corpus.py --check: the corpus was not made from the current sources"
else
  echo "note: python3-docx missing; the rebuild comparison was not run (the manifest check was)" >&2
fi
