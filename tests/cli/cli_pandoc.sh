# The command line in pandoc's habits: -f/-t, options before or after the inputs, --to=X, repeated -t,
# no subcommand, no -o (standard output), binary formats into a pipe but not onto a terminal, -M
# KEY=VALUE, --reference-doc and --data-dir, and "did you mean" for typos. Outputs and exit codes.
. "$(dirname "$0")/cli_helpers.bash"

"$INFORME" convert "$EXAMPLE_JSON" -o ref.html
"$INFORME" convert "$EXAMPLE_JSON" -o ref.xml
"$INFORME" convert "$EXAMPLE_JSON" -o ref.pdf
"$INFORME" convert "$EXAMPLE_JSON" -o ref.docx

# Options before and after the inputs, short and long, --to=X: one result.
n=0
for args in "-t html $EXAMPLE_JSON -o out.html" "--to html $EXAMPLE_JSON -o out.html" \
            "--to=html $EXAMPLE_JSON -o out.html" "-o out.html --to=html $EXAMPLE_JSON" \
            "$EXAMPLE_JSON -o out.html -t html" "-thtml -f json $EXAMPLE_JSON -oout.html" \
            "--from=json $EXAMPLE_JSON --output=out.html"; do
  rm -f out.html
  # shellcheck disable=SC2086
  run convert $args
  expect_status 0
  cmp -s out.html ref.html || fail "convert $args: not the reference HTML"
  # Without the subcommand: convert is implied.
  rm -f out.html
  # shellcheck disable=SC2086
  run $args
  expect_status 0
  cmp -s out.html ref.html || fail "informe $args (no subcommand): not the reference HTML"
  n=$((n + 1))
done
[ "$n" = 7 ] || fail "ran $n spellings"

# -f/-t with standard input and output; no -o means standard output.
"$INFORME" -f json -t xml - <"$EXAMPLE_JSON" >stdin.xml || fail "-f json -t xml - < in"
cmp -s stdin.xml ref.xml || fail "-f json -t xml from stdin: not the reference XML"
"$INFORME" convert -t xml "$EXAMPLE_JSON" >noo.xml || fail "no -o"
cmp -s noo.xml ref.xml || fail "no -o: not the reference XML"
run convert "$EXAMPLE_JSON"
expect_status 2
case "$ERR" in *"-o OUTPUT, -d DIR, or --to"*) ;; *) fail "no -o, no --to: $ERR" ;; esac

# -t repeated and as a comma list, with -d.
run "$EXAMPLE_JSON" -t html -t xml,json -d outdir
expect_status 0
cmp -s outdir/fomento-microempresa-2009.html ref.html || fail "-t html -t xml,json -d: html"
cmp -s outdir/fomento-microempresa-2009.xml ref.xml || fail "-t html -t xml,json -d: xml"
cmp -s outdir/fomento-microempresa-2009.json "$EXAMPLE_JSON" || fail "-t html -t xml,json -d: json"

# Binary formats into a pipe (stdout is not a terminal), as pandoc does.
"$INFORME" convert "$EXAMPLE_JSON" -t pdf -o - | cat >piped.pdf
cmp -s piped.pdf ref.pdf || fail "pdf into a pipe differs from -o ref.pdf"
"$INFORME" "$EXAMPLE_JSON" -t docx | cat >piped.docx
cmp -s piped.docx ref.docx || fail "docx into a pipe differs from -o ref.docx"
# ... but not onto a terminal: one clear message, exit 2, nothing on the terminal but it.
if command -v script >/dev/null; then
  set +e
  script -qec "'$INFORME' convert '$EXAMPLE_JSON' -t pdf -o -" /dev/null >tty.out 2>&1 </dev/null
  status=$?
  set -e
  [ "$status" = 2 ] || fail "pdf onto a terminal: exit $status: $(cat tty.out)"
  grep -q "informe: error: format 'pdf' is binary: not written to a terminal" tty.out || fail "terminal: $(cat tty.out)"
  grep -q '%PDF' tty.out && fail "PDF bytes written to a terminal"
  [ "$(grep -c . tty.out)" = 1 ] || fail "terminal refusal is not one line: $(cat tty.out)"
else
  fail "script (util-linux) is needed to give the CLI a terminal"
fi

# -M KEY=VALUE sets or overrides header fields, read as the JSON reader reads them.
run "$EXAMPLE_JSON" -t json -M program="Otro programa" -M evaluation_year=2001 -M cutoff_date=2010-06 \
  -M observation= -M program_status=Vigente
expect_status 0
printf '%s\n' "$OUT" >meta.json
python3 - "$EXAMPLE_JSON" meta.json <<'PY' || fail "-M: fields"
import json, sys
want = json.load(open(sys.argv[1]))
got = json.load(open(sys.argv[2]))
want.update(program="Otro programa", evaluation_year=2001, cutoff_date="2010-06", observation=None,
            program_status="Vigente")
assert got == want, {k: (want.get(k), got.get(k)) for k in set(want) | set(got) if want.get(k) != got.get(k)}
PY
# Into every format: the PDF shows the new name.
run convert "$EXAMPLE_JSON" -M 'program=Programa Ñandú' -o meta.pdf
expect_status 0
pdftotext meta.pdf - | grep -q 'Programa Ñandú' || fail "-M program: not in the PDF"
# The last -M of a key wins.
run "$EXAMPLE_JSON" -t json -M service=A -M service=B
expect_status 0
printf '%s' "$OUT" | grep -q '"service": "B"' || fail "-M twice: $OUT"
# Refused as the JSON reader refuses them: exit 2, one line, nothing written.
for bad in "cutoff_date=2009-13-01:invalid date" "evaluation_year=dos mil:expected a number" \
           "evaluation_year=0:outside 1-9999" "issued_at=ayer:invalid date and time" \
           "nosuch=1:unknown header field 'nosuch'" "program:needs KEY=VALUE" "commitments=[]:unknown header field"; do
  arg=${bad%%:*}
  want=${bad#*:}
  run convert "$EXAMPLE_JSON" -M "$arg" -o bad.xml
  expect_status 2
  case "$ERR" in "informe: error: "*"$want"*) ;; *) fail "-M $arg: $ERR" ;; esac
  [ "$(printf '%s\n' "$ERR" | wc -l)" = 1 ] || fail "-M $arg: not one line: $ERR"
  [ ! -e bad.xml ] || fail "-M $arg wrote a file"
done
run convert "$EXAMPLE_JSON" -M cutoff_date=2009-13-01 -t xml -d baddir
expect_status 2
[ ! -e baddir ] || fail "a bad -M created the output directory"
# new: the empty report with the fields set.
run new -t json -o blank.json -M program=Nuevo -M evaluation_year=2024
expect_status 0
grep -q '"program": "Nuevo"' blank.json || fail "new -M: $(cat blank.json)"
grep -q '"evaluation_year": 2024' blank.json || fail "new -M year: $(cat blank.json)"

# --reference-doc (pandoc's name) and --reference-docx name one option.
run convert "$EXAMPLE_JSON" --reference-doc ref.docx -o a.docx
expect_status 0
run convert "$EXAMPLE_JSON" --reference-docx ref.docx -o b.docx
expect_status 0
cmp -s a.docx b.docx || fail "--reference-doc and --reference-docx differ"
run convert "$EXAMPLE_JSON" --reference-doc missing.docx -o c.docx
expect_status 2

# --data-dir (pandoc's name) is --template-dir.
"$INFORME" templates export tpl >/dev/null 2>&1
sed -i 's/<body/<body data-mine="yes"/' tpl/html/page.mustache
run convert "$EXAMPLE_JSON" --data-dir tpl -o d.html
expect_status 0
run convert "$EXAMPLE_JSON" --template-dir tpl -o t.html
expect_status 0
cmp -s d.html t.html || fail "--data-dir and --template-dir differ"
grep -q 'data-mine="yes"' d.html || fail "--data-dir templates not used"

# Typos: the nearest subcommand or option, exit 2, one line.
run conver "$EXAMPLE_JSON" -o x.xml
expect_status 2
case "$ERR" in "informe: error: unknown subcommand 'conver' (did you mean 'convert'?)"*) ;; *) fail "conver: $ERR" ;; esac
run valdate "$EXAMPLE_JSON"
expect_status 2
case "$ERR" in *"did you mean 'validate'?"*) ;; *) fail "valdate: $ERR" ;; esac
run convert "$EXAMPLE_JSON" --too html -o x.html
expect_status 2
case "$ERR" in *"--too"*"did you mean '--to'?"*) ;; *) fail "--too: $ERR" ;; esac
run "$EXAMPLE_JSON" --refrence-doc ref.docx -o x.docx
expect_status 2
case "$ERR" in *"did you mean '--reference-doc'?"*) ;; *) fail "--refrence-doc: $ERR" ;; esac
run templates exprt tpl2
expect_status 2
case "$ERR" in *"did you mean 'export'?"*) ;; *) fail "templates exprt: $ERR" ;; esac
[ ! -e x.xml ] && [ ! -e x.html ] && [ ! -e x.docx ] || fail "a typo wrote a file"
# A missing input that is no near subcommand is an input: exit 4, as convert says.
run missing-report.json -o x.xml
expect_status 4
case "$ERR" in *"missing-report.json"*) ;; *) fail "missing input: $ERR" ;; esac
# Nothing at all: a usage error that says what to give.
run
expect_status 2
case "$ERR" in "informe: error: "*"INPUT"*) ;; *) fail "no arguments: $ERR" ;; esac
echo ok
