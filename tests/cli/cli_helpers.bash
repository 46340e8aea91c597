# Shared by tests/cli/cli_*.sh (sourced; not a test itself: CTest registers *.sh only).
# Environment from CTest: INFORME (the CLI), INFORME_SOURCE_DIR, INFORME_BUILD_DIR.
: "${INFORME:?set INFORME to the informe binary}"
: "${INFORME_SOURCE_DIR:?set INFORME_SOURCE_DIR}"
EXAMPLE_JSON="$INFORME_SOURCE_DIR/examples/fomento-microempresa-2009.json"
EXAMPLE_TXT="$INFORME_SOURCE_DIR/examples/fomento-microempresa-2009.txt"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

fail() { echo "FAIL: $*" >&2; exit 1; }

# run ARGS...: runs the CLI; sets STATUS, OUT (stdout) and ERR (stderr).
run() {
  set +e
  "$INFORME" "$@" >"$WORK/.stdout" 2>"$WORK/.stderr"
  STATUS=$?
  set -e
  OUT=$(cat "$WORK/.stdout")
  ERR=$(cat "$WORK/.stderr")
}

# expect_status N: the last run exited with N.
expect_status() {
  [ "$STATUS" = "$1" ] || fail "expected exit $1, got $STATUS; stderr: $ERR"
}

# expect_one_error FILE: stderr is exactly one line, "informe: FILE..." with "error:" in it.
expect_one_error() {
  local lines
  lines=$(printf '%s\n' "$ERR" | grep -c . || true)
  [ "$lines" = 1 ] || fail "expected one line on stderr, got $lines: $ERR"
  case "$ERR" in
    "informe: $1"*"error: "*) ;;
    *) fail "expected 'informe: $1...error: ...', got: $ERR" ;;
  esac
}

# no_temporaries DIR: nothing our atomic writer leaves behind.
no_temporaries() {
  local left
  left=$(find "$1" -name '.*.tmp-*' | head -1)
  [ -z "$left" ] || fail "temporary file left behind: $left"
}

# skip_if_pending: exit 77 (skipped) when the last run hit a reader/writer not written yet.
skip_if_pending() {
  if printf '%s' "$ERR" | grep -q 'not implemented yet'; then
    echo "SKIP: $(printf '%s' "$ERR" | grep -m1 'not implemented yet')"
    exit 77
  fi
}

# expect_example_back PDF PRODUCER: PDF (the example, printed by PRODUCER) reads back to JSON with
# no warning but "appears again" and with the example's fields. Compared with white space removed
# inside texts: a producer breaks a word wider than its column ("FOSIS/SERCOTECCORFO/MINECON")
# without a hyphen, and a PDF cannot tell that break from a space.
expect_example_back() {
  local others
  run convert "$1" -o back.json
  expect_status 0
  others=$(printf '%s\n' "$ERR" | grep -v 'appears again' | grep -c . || true)
  [ "$others" = 0 ] || fail "unexpected warnings: $ERR"
  python3 - "$EXAMPLE_JSON" back.json <<'PY' || fail "$2 PDF reads back with different fields"
import json, re, sys
want, got = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
def norm(v):
    if isinstance(v, str): return re.sub(r"\s+", "", v)
    if isinstance(v, list):
        v = [norm(x) for x in v]
        return v[0] if len(v) == 1 and isinstance(v[0], str) else v
    if isinstance(v, dict): return {k: norm(x) for k, x in v.items()}
    return v
bad = [(k, want.get(k), got.get(k)) for k in sorted(set(want) | set(got)) if norm(want.get(k)) != norm(got.get(k))]
for k, a, b in bad:
    if k == "commitments" and isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            for f in sorted(set(x) | set(y)):
                if norm(x.get(f)) != norm(y.get(f)): print(f"row {i + 1} {f}: {x.get(f)!r:.200} != {y.get(f)!r:.200}")
    else:
        print(f"{k}: {a!r:.200} != {b!r:.200}")
sys.exit(1 if bad else 0)
PY
}
