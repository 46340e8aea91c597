# Command-line errors: exit 2 and one "informe: error: ..." line; --help, --version, formats.
. "$(dirname "$0")/cli_helpers.bash"

run
expect_status 2
case "$ERR" in "informe: error: "*) ;; *) fail "no subcommand: $ERR" ;; esac

run convert
expect_status 2
run convert "$EXAMPLE_JSON" --no-such-option -o x.xml
expect_status 2
case "$ERR" in "informe: error: "*"no-such-option"*) ;; *) fail "unknown option: $ERR" ;; esac
[ ! -e x.xml ] || fail "usage error wrote a file"

run convert "$EXAMPLE_JSON" --to nosuch -o x.out
expect_status 2
case "$ERR" in *"unknown format 'nosuch'"*) ;; *) fail "unknown --to: $ERR" ;; esac
run convert "$EXAMPLE_JSON" --from nosuch -o x.xml
expect_status 2
run convert "$EXAMPLE_JSON" -o x.unknown-extension
expect_status 2
case "$ERR" in *"use --to"*) ;; *) fail "unknown output extension: $ERR" ;; esac
run convert "$EXAMPLE_JSON" --from docx -o x.xml
expect_status 1
case "$ERR" in *"not a readable zip archive"*) ;; *) fail "--from docx on JSON: $ERR" ;; esac
run convert "$EXAMPLE_JSON" --to text -o x.txt
expect_status 2
case "$ERR" in *"cannot be written"*) ;; *) fail "--to text: $ERR" ;; esac

# -o and -d are exclusive, one is needed; -o takes one input and one format.
run convert "$EXAMPLE_JSON" -o x.xml -d out --to xml
expect_status 2
run convert "$EXAMPLE_JSON"
expect_status 2
run convert "$EXAMPLE_JSON" "$EXAMPLE_JSON" -o x.xml
expect_status 2
run convert "$EXAMPLE_JSON" -d out
expect_status 2
case "$ERR" in *"--to"*) ;; *) fail "-d without --to: $ERR" ;; esac
[ ! -e out ] || fail "usage error created the output directory"

# Standard output needs --to (binary formats on a terminal: tests/cli/cli_pandoc.sh).
run convert "$EXAMPLE_JSON" -o -
expect_status 2

# The output is never the input.
cp "$EXAMPLE_JSON" same.json
run convert same.json -o ./same.json
expect_status 2
cmp -s same.json "$EXAMPLE_JSON" || fail "input overwritten"

run convert "$EXAMPLE_JSON" --paper legal -o x.pdf
expect_status 2
run convert "$EXAMPLE_JSON" --template-dir /nonexistent/dir -o x.html
expect_status 2
run convert "$EXAMPLE_JSON" -j 0 -d out --to xml
expect_status 2

SOURCE_DATE_EPOCH=yesterday run convert "$EXAMPLE_JSON" -o x.xml
expect_status 2
case "$ERR" in *SOURCE_DATE_EPOCH*) ;; *) fail "bad SOURCE_DATE_EPOCH: $ERR" ;; esac

# Every usage error is exactly one line.
run convert "$EXAMPLE_JSON" --to nosuch -o x.out
[ "$(printf '%s\n' "$ERR" | wc -l)" = 1 ] || fail "usage error is not one line: $ERR"

run --help
expect_status 0
for word in Examples "Exit codes" convert validate formats templates; do
  printf '%s' "$OUT" | grep -q "$word" || fail "--help lacks '$word'"
done
run convert --help
expect_status 0
for option in --output --output-dir --to --from --jobs --strict --quiet --template-dir --data-dir --reference-doc \
  --reference-docx --metadata --paper; do
  printf '%s' "$OUT" | grep -q -- "$option" || fail "convert --help lacks $option"
done

run --version
expect_status 0
printf '%s' "$OUT" | grep -Eq '^informe [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version: $OUT"

run formats
expect_status 0
for name in json xml text html pdf docx docx-xml; do
  printf '%s\n' "$OUT" | grep -q "^$name " || fail "formats lacks $name: $OUT"
done
printf '%s\n' "$OUT" | grep -E '^text +yes +- ' >/dev/null || fail "text should be read-only: $OUT"
echo ok
