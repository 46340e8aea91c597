# Warnings: printed, output written, exit 0; with --strict the input fails (exit 3) and nothing is written.
. "$(dirname "$0")/cli_helpers.bash"

# An unknown key is a warning that names it.
python3 - "$EXAMPLE_JSON" > extra.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["unexpected_key"] = 1
print(json.dumps(d, indent=2, ensure_ascii=False))
PY

run convert extra.json -o out.json
expect_status 0
[ -s out.json ] || fail "no output without --strict"
printf '%s\n' "$ERR" | grep -q '^informe: extra\.json:[0-9]*:[0-9]*: warning: .*unexpected_key' \
  || fail "no positioned warning naming the key: $ERR"
if printf '%s\n' "$ERR" | grep -v '^informe: extra\.json:' | grep -q .; then fail "stray output: $ERR"; fi

# --quiet drops warnings.
rm out.json
run convert --quiet extra.json -o out.json
expect_status 0
[ -z "$ERR" ] || fail "--quiet printed: $ERR"
[ -s out.json ] || fail "no output with --quiet"

# --strict: exit 3, nothing written, a line that says why.
rm out.json
run convert --strict extra.json -o out.json
expect_status 3
[ ! -e out.json ] || fail "--strict wrote the output"
printf '%s\n' "$ERR" | grep -q '^informe: extra\.json: error: 1 warning treated as errors (--strict)$' \
  || fail "--strict: $ERR"
no_temporaries .

# In a batch the strict failure is counted and the clean input is still converted.
mkdir out
run convert --strict extra.json "$EXAMPLE_JSON" -d out --to json
expect_status 3
[ -s out/fomento-microempresa-2009.json ] || fail "clean input not converted under --strict"
[ ! -e out/extra.json ] || fail "strict failure written"
printf '%s\n' "$ERR" | grep -q '^informe: 1 converted, 1 failed$' || fail "summary: $ERR"

# Precedence of exit codes: an input with errors (1) wins over a strict failure (3).
printf '{"program": ' > broken.json
run convert --strict extra.json broken.json -d out4 --to json
expect_status 1
printf '%s\n' "$ERR" | grep -q '^informe: 0 converted, 2 failed$' || fail "summary: $ERR"

# validate: warnings are exit 0, or 3 under --strict; errors are exit 1.
run validate extra.json
expect_status 0
printf '%s\n' "$OUT" | grep -Eq '^extra\.json: 13 rows, [0-9]+ warnings?$' || fail "validate: $OUT"
run validate --strict extra.json
expect_status 3
echo ok
