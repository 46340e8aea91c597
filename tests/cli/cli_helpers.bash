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
