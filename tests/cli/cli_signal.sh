# Killed mid-batch (SIGTERM, SIGINT): no temporary file is left, and every output present is complete.
. "$(dirname "$0")/cli_helpers.bash"
STRESS="$INFORME_SOURCE_DIR/examples/stress-100-rows.json"
[ -f "$STRESS" ] || STRESS=$EXAMPLE_JSON

for i in $(seq 1 20); do cp "$STRESS" "s$i.json"; done
run convert s1.json -d probe --to json,pdf

for attempt in "TERM 0.3" "INT 0.6" "TERM 1.0" "HUP 0.8"; do
  set -- $attempt
  rm -rf out
  "$INFORME" convert s*.json -d out --to pdf,json -j 2 2>/dev/null &
  pid=$!
  sleep "$2"
  kill -s "$1" "$pid" 2>/dev/null || true
  set +e
  wait "$pid"
  status=$?
  set -e
  # Either it finished first (0) or it died of the signal (128 + signal number).
  case "$status" in 0|129|130|143) ;; *) fail "SIG$1: exit $status" ;; esac
  [ ! -d out ] || no_temporaries out
  for f in out/*.json; do
    [ -e "$f" ] || continue
    cmp -s "$f" "$STRESS" || fail "SIG$1: incomplete $f"
  done
done
echo ok
