# Bad inputs: one line "informe: FILE...error: ...", exit != 0, no output file, no temporary file.
. "$(dirname "$0")/cli_helpers.bash"

# bad NAME EXIT [ARGS...]: converting NAME to out.xml fails with EXIT and writes nothing.
bad() {
  local name=$1 status=$2
  shift 2
  run convert "$name" -o out.xml "$@"
  expect_status "$status"
  expect_one_error "$name"
  [ ! -e out.xml ] || fail "$name: output written"
  no_temporaries .
}

# ---- Refused before any reader runs ----
bad missing.json 4
case "$ERR" in *"cannot open"*) ;; *) fail "missing input: $ERR" ;; esac
mkdir adir.json
bad adir.json 4
# Larger than the limit: refused from its size, before reading (a sparse 65 MiB file).
truncate -s 65M big.json
bad big.json 1
case "$ERR" in *"larger than the limit of 64 MiB"*) ;; *) fail "too large: $ERR" ;; esac
# The limit is an option; standard input is cut off at the limit too.
cp "$EXAMPLE_JSON" small.json
bad small.json 1 --max-input-size 1KiB
set +e
head -c 5000 /dev/zero | "$INFORME" convert - --from json --max-input-size 1000 -o out.xml 2>err.txt
status=$?
set -e
[ "$status" = 1 ] || fail "stdin over the limit: exit $status"
grep -q '^informe: -: error: input is larger than the limit' err.txt || fail "stdin over the limit: $(cat err.txt)"
[ ! -e out.xml ] || fail "stdin over the limit: output written"
# No format for the extension.
printf 'x' > report.unknown
bad report.unknown 1
case "$ERR" in *"unknown input format"*) ;; *) fail "unknown input format: $ERR" ;; esac

# ---- Through the JSON reader (XML: cli_bad_xml.sh) ----
: > empty.json
run convert empty.json -o out.xml
bad empty.json 1
head -c 4096 /dev/urandom > garbage.json
printf '\0\1\2\377' >> garbage.json
bad garbage.json 1
# mutate OUT EXPRESSION: the example with one field changed (Python, on the dict d).
mutate() {
  python3 - "$EXAMPLE_JSON" "$2" > "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[2])
print(json.dumps(d, indent=2, ensure_ascii=False))
PY
}
mutate types-year.json 'd["evaluation_year"] = "dos mil"'
bad types-year.json 1
mutate types-program.json 'd["program"] = ["not", "a", "string"]'
bad types-program.json 1
mutate types-commitments.json 'd["commitments"] = 12'
bad types-commitments.json 1
mutate types-number.json 'd["commitments"][0]["number"] = 1'
bad types-number.json 1
mutate types-rich.json 'd["commitments"][3]["recommendation"] = [{"list": "not an array"}]'
bad types-rich.json 1
mutate date.json 'd["cutoff_date"] = "2009-02-30"'
bad date.json 1
mutate date2.json 'd["issued_at"] = "yesterday"'
bad date2.json 1
mutate due.json 'd["commitments"][0]["due"] = "2000-13"'
bad due.json 1
mutate status.json 'd["commitments"][0]["status"] = "done"'
bad status.json 1
printf '[1, 2, 3]\n' > array.json
bad array.json 1
printf '{"program": "unterminated\n' > truncated.json
bad truncated.json 1
printf '{"program": "\xff\xfe latin-1 \xe9"}\n' > encoding.json
bad encoding.json 1

# The same failures into a directory: nothing at all is written.
mkdir batch-out
run convert empty.json garbage.json types-year.json date.json -d batch-out --to xml,json
expect_status 1
[ -z "$(ls -A batch-out)" ] || fail "batch of bad inputs wrote: $(ls -A batch-out)"
echo ok
