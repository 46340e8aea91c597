# Many inputs into a directory, several formats each, in parallel: one bad file never stops the batch.
. "$(dirname "$0")/cli_helpers.bash"

mkdir in
for name in a b c d e f; do cp "$EXAMPLE_JSON" "in/$name.json"; done
printf '{"program": 12' > in/broken.json
: > in/empty.json

run convert in/*.json -d out --to json,xml -j 3
expect_status 1
for name in a b c d e f; do
  cmp "out/$name.json" "$EXAMPLE_JSON" || fail "out/$name.json differs from its input"
  [ -s "out/$name.xml" ] || fail "out/$name.xml missing"
done
[ ! -e out/broken.json ] && [ ! -e out/broken.xml ] && [ ! -e out/empty.json ] || fail "failed inputs wrote outputs"
no_temporaries out
printf '%s\n' "$ERR" | grep -q '^informe: in/broken\.json:[0-9:]* error: ' || fail "no error for broken.json: $ERR"
printf '%s\n' "$ERR" | grep -q '^informe: in/empty\.json: error: ' || fail "no error for empty.json: $ERR"
[ "$(printf '%s\n' "$ERR" | tail -1)" = "informe: 6 converted, 2 failed" ] \
  || fail "summary: $ERR"
# Not a terminal: no progress bar (no carriage returns).
if printf '%s' "$ERR" | grep -q $'\r'; then fail "progress bar drawn on a pipe"; fi

# Same result one at a time; all good: exit 0.
run convert in/[a-f].json -d out1 --to xml -j 1
expect_status 0
for name in a b c d e f; do cmp "out1/$name.xml" "out/$name.xml" || fail "-j 1 and -j 3 differ for $name"; done
[ "$ERR" = "informe: 6 converted, 0 failed" ] || fail "summary: $ERR"
run convert --quiet in/[a-f].json -d out1 --to xml
expect_status 0
[ "$ERR" = "informe: 6 converted, 0 failed" ] || fail "--quiet printed more than the summary: $ERR"

# Two inputs that would write the same file: the second fails, the first is converted.
mkdir other
cp "$EXAMPLE_JSON" other/a.json
run convert in/a.json other/a.json -d out2 --to json
expect_status 1
cmp out2/a.json "$EXAMPLE_JSON" || fail "first of the clashing inputs not converted"
printf '%s\n' "$ERR" | grep -q "^informe: other/a\.json: error: .*also the output of 'in/a\.json'" || fail "clash: $ERR"

# Converting a directory's JSON into itself never overwrites an input.
run convert in/a.json -d in --to json
expect_status 1
cmp in/a.json "$EXAMPLE_JSON" || fail "input overwritten"

# An output directory that cannot be created: I/O error, exit 4.
: > not-a-dir
run convert in/a.json -d not-a-dir/sub --to json
expect_status 4

# Missing inputs among good ones: I/O error wins the exit code (4), the good ones are converted.
run convert in/a.json missing.json -d out3 --to json
expect_status 4
[ -s out3/a.json ] || fail "good input not converted beside a missing one"
echo ok
