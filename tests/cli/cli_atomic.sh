# Outputs are written atomically: a failed conversion leaves an existing output exactly as it was,
# and never a partial or temporary file.
. "$(dirname "$0")/cli_helpers.bash"

echo "old content" > keep.xml
printf '{"program": ' > broken.json
run convert broken.json -o keep.xml
expect_status 1
[ "$(cat keep.xml)" = "old content" ] || fail "failed conversion changed the existing output"
no_temporaries .

# A --strict failure also keeps the old file.
python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8")); d["extra"] = True
print(json.dumps(d, ensure_ascii=False))' "$EXAMPLE_JSON" > warn.json
run convert --strict warn.json -o keep.xml
expect_status 3
[ "$(cat keep.xml)" = "old content" ] || fail "--strict failure changed the existing output"

# A successful conversion replaces it whole, keeping its permissions.
chmod 640 keep.xml
run convert "$EXAMPLE_JSON" -o keep.xml
expect_status 0
grep -q '<program>Fomento a la Microempresa</program>' keep.xml || fail "not replaced"
[ "$(stat -c %a keep.xml)" = 640 ] || fail "permissions not kept: $(stat -c %a keep.xml)"
no_temporaries .

# Writing into a missing directory: I/O error, exit 4, nothing created.
run convert "$EXAMPLE_JSON" -o no/such/dir/out.xml
expect_status 4
expect_one_error no/such/dir/out.xml
[ ! -e no ] || fail "directory created"

# A read-only directory (not meaningful as root, who may write anywhere).
if [ "$(id -u)" != 0 ]; then
  mkdir ro && chmod 555 ro
  run convert "$EXAMPLE_JSON" -o ro/out.xml
  chmod 755 ro
  expect_status 4
  expect_one_error ro/out.xml
  [ -z "$(ls -A ro)" ] || fail "read-only directory got files: $(ls -A ro)"
fi

# A directory in the output's place: I/O error, the directory untouched.
mkdir taken.xml
run convert "$EXAMPLE_JSON" -o taken.xml
expect_status 4
[ -d taken.xml ] || fail "directory replaced"

# A writer that fails leaves nothing (a format that is pending fails the same way).
run convert "$EXAMPLE_JSON" --to docx-xml -o flat.xml
if [ "$STATUS" != 0 ]; then
  [ ! -e flat.xml ] || fail "failed writer left a file"
  no_temporaries .
fi
echo ok
