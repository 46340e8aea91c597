# informe templates export DIR writes every built-in template; --template-dir reads them back.
. "$(dirname "$0")/cli_helpers.bash"

run templates export tpl
expect_status 0
count=$(find tpl -type f | wc -l)
[ "$count" -gt 0 ] || fail "no templates exported"
printf '%s\n' "$ERR" | grep -q "^informe: exported $count templates to tpl$" || fail "message: $ERR"
[ -f tpl/common/labels.json ] || fail "common/labels.json missing"
python3 -m json.tool tpl/common/labels.json >/dev/null || fail "labels.json is not JSON"
for f in $(cd "$INFORME_SOURCE_DIR/templates" && find . -type f); do
  cmp "tpl/$f" "$INFORME_SOURCE_DIR/templates/$f" || fail "$f differs from the source tree"
done

run templates
expect_status 2
run templates export
expect_status 2
: > a-file
run templates export a-file/sub
expect_status 4
expect_one_error a-file/sub

# Exporting again refuses to overwrite (edited templates are the user's), changes nothing, names the
# first file; --force overwrites regular files but never follows a link or opens a FIFO.
echo '{"edited": true}' > tpl/common/labels.json
run templates export tpl
expect_status 4
expect_one_error tpl/
case "$ERR" in *"--force"*) ;; *) fail "refusal does not mention --force: $ERR" ;; esac
grep -q edited tpl/common/labels.json || fail "an edited template was overwritten"
run templates export --force tpl
expect_status 0
cmp tpl/common/labels.json "$INFORME_SOURCE_DIR/templates/common/labels.json" || fail "--force did not overwrite"
echo precious > victim.txt
rm tpl/common/labels.json && ln -s ../../victim.txt tpl/common/labels.json
run templates export --force tpl
expect_status 4
[ "$(cat victim.txt)" = precious ] || fail "export wrote through a symbolic link"
rm tpl/common/labels.json && mkfifo tpl/common/labels.json
run templates export --force tpl
expect_status 4
[ -p tpl/common/labels.json ] || fail "the FIFO was replaced"
rm tpl/common/labels.json
run templates export --force tpl
expect_status 0

# The exported set, unchanged, gives the same HTML as the built-in one; an edited page shows.
run convert "$EXAMPLE_JSON" -o builtin.html
expect_status 0
run convert "$EXAMPLE_JSON" -o exported.html --template-dir tpl
expect_status 0
cmp builtin.html exported.html || fail "exported templates give different HTML"
echo ok
