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

# expect_example_back PDF PRODUCER [EXAMPLE]: PDF (EXAMPLE, by default the seed's JSON, printed by
# PRODUCER) reads back to JSON with no warning but "appears again" and with exactly EXAMPLE's fields.
expect_example_back() {
  local others example=${3:-$EXAMPLE_JSON}
  run convert "$1" -o back.json
  expect_status 0
  others=$(printf '%s\n' "$ERR" | grep -v 'appears again' | grep -c . || true)
  [ "$others" = 0 ] || fail "unexpected warnings: $ERR"
  python3 - "$example" back.json <<'PY' || fail "$2 PDF of $(basename "$example") reads back with different fields"
import json, sys
want, got = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
bad = [(k, want.get(k), got.get(k)) for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
for k, a, b in bad:
    if k == "commitments" and isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            for f in sorted(set(x) | set(y)):
                if x.get(f) != y.get(f): print(f"row {i + 1} {f}: {x.get(f)!r:.200} != {y.get(f)!r:.200}")
    else:
        print(f"{k}: {a!r:.200} != {b!r:.200}")
sys.exit(1 if bad else 0)
PY
}

# paginated_variant N OUT: the seed's JSON with N sentences added to the header's observation (as a
# second paragraph), so that the page breaks fall elsewhere in the table.
paginated_variant() {
  python3 - "$EXAMPLE_JSON" "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
r["observation"] = [r["observation"], " ".join(["Texto adicional que mueve la paginación."] * int(sys.argv[2]))]
json.dump(r, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
}

# read_back_through PRODUCER FORMAT PRINT: for the seed, the stress example and four re-paginated
# variants of the seed, writes report.FORMAT, runs the function PRINT to make report.pdf from it
# (PRODUCER's way), and expects the PDF to read back with exactly the example's fields.
read_back_through() {
  local example n
  for n in 3 7 11 15; do paginated_variant "$n" "$WORK/variant-$n.json"; done
  for example in "$EXAMPLE_JSON" "$INFORME_EXAMPLES/stress-100-rows.json" "$WORK"/variant-{3,7,11,15}.json; do
    run convert "$example" -o "report.$2"
    expect_status 0
    rm -f report.pdf
    "$3"
    [ -s report.pdf ] || fail "$1 made no PDF of $(basename "$example")"
    expect_example_back report.pdf "$1" "$example"
  done
}
