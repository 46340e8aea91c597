# informe validate: reads and checks; one line per file on stdout, diagnostics on stderr.
. "$(dirname "$0")/cli_helpers.bash"

cp "$EXAMPLE_JSON" good.json
run validate good.json
expect_status 0
printf '%s\n' "$OUT" | grep -Eq '^good\.json: 13 rows, [0-9]+ warnings?$' || fail "validate output: $OUT"
# Warnings, if any, are positioned lines about good.json.
if printf '%s\n' "$ERR" | grep . | grep -v '^informe: good\.json:' | grep -q .; then fail "stray stderr: $ERR"; fi

printf '{"commitments": "x"}' > bad.json
run validate good.json bad.json missing.json
expect_status 4
printf '%s\n' "$OUT" | grep -q '^good\.json: 13 rows' || fail "good file not reported: $OUT"
printf '%s\n' "$ERR" | grep -q '^informe: bad\.json:[0-9:]* error: ' || fail "bad.json: $ERR"
printf '%s\n' "$ERR" | grep -q '^informe: missing\.json: error: cannot open' || fail "missing.json: $ERR"

run validate good.json bad.json
expect_status 1
run validate --quiet good.json
expect_status 0
[ -z "$OUT" ] || fail "--quiet printed: $OUT"
echo ok
