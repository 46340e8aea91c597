# schema/informe.schema.json: every example, every canonical test model and our own JSON output are
# valid; malformed canonical files are not (python3-jsonschema, Debian's).
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema is not installed"; exit 77; }
SCHEMA="$INFORME_SOURCE_DIR/schema/informe.schema.json"
DATA="$INFORME_SOURCE_DIR/tests/data"

check() {  # check valid|invalid FILE...
  local expect=$1; shift
  "$PYTHON" - "$SCHEMA" "$expect" "$@" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
expect, bad = sys.argv[2], 0
for name in sys.argv[3:]:
    errors = list(validator.iter_errors(json.load(open(name, encoding="utf-8"))))
    if expect == "valid" and errors:
        bad += 1
        print(f"FAIL: {name}: {errors[0].json_path}: {errors[0].message}", file=sys.stderr)
    elif expect == "invalid" and not errors:
        bad += 1
        print(f"FAIL: {name} passes the schema", file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

shopt -s nullglob
valid=("$INFORME_SOURCE_DIR"/examples/*.json "$DATA"/html/*.json "$DATA"/sheets/*.expected.json)
[ "${#valid[@]}" -ge 3 ] || fail "no examples found"
check valid "${valid[@]}" || fail "an example does not follow the schema"

# Our writer's output for each example, and the text reader's for the seed.
n=0
for f in "${valid[@]}"; do
  n=$((n + 1))
  run convert "$f" -o "out$n.xml"; expect_status 0
  run convert "out$n.xml" -o "out$n.json"; expect_status 0
done
run convert "$EXAMPLE_TXT" -o seed.json; expect_status 0
check valid out*.json seed.json || fail "our JSON output does not follow the schema"

# Files the JSON reader rejects or warns about are not canonical.
check invalid "$DATA"/canonical/{wrong-types,invalid-dates,unknown-keys,commitments-object}.json ||
  fail "a malformed file passes"
printf '{"commitments": [{"status": "Cumplido"}]}' > status.json
printf '{"commitments": [], "program": ""}' > empty-string.json
printf '{"commitments": [{"recommendation": [{"list": []}]}]}' > empty-list.json
check invalid status.json empty-string.json empty-list.json || fail "a malformed file passes"
echo ok
