# A whole archive: directories read recursively (mirrored under -d), --files-from lists, --shard,
# --log (JSON Lines), warnings summed up across inputs, exit codes (docs/cli.md).
. "$(dirname "$0")/cli_helpers.bash"

# 2,000 reports in nested folders, all named informe.json (duplicate base names), each a copy of the
# example with its own program name; 25 bad ones (broken or empty JSON); 300 with an unreadable due
# date (a validation warning); hidden files, other extensions and a symbolic link loop to skip.
python3 - "$EXAMPLE_JSON" <<'PY'
import os, sys
seed = open(sys.argv[1], encoding="utf-8").read()
program = '"program": "Fomento a la Microempresa"'
due = '"due": "2000-12",\n      "due_text": "Dic. 2000"'
assert seed.count(program) == 1 and seed.count(due) >= 1
good = bad = warned = 0
with open("expected-good", "w") as g, open("expected-bad", "w") as b, open("expected-warned", "w") as w:
    for i in range(2000):
        rel = "ministerio-%d/%d/programa-%03d/informe.json" % (i % 10, 2016 + i // 10 % 4, i // 40)
        os.makedirs(os.path.join("archive", os.path.dirname(rel)), exist_ok=True)
        text = seed.replace(program, '"program": "Programa %d"' % i)
        if i % 83 == 5:
            text = text[: 40 * (i % 7)]  # cut short, or empty
            bad += 1
            b.write(rel + "\n")
        else:
            good += 1
            g.write(rel + "\n")
            if i % 5 == 1:
                text = text.replace(due, '"due": null,\n      "due_text": "Dic 20O%s"' % chr(65 + i % 26), 1)
                warned += 1
                w.write(rel + "\n")
        open(os.path.join("archive", rel), "w", encoding="utf-8").write(text)
print(good, bad, warned)
PY
[ "$(wc -l < expected-good)" = 1975 ] && [ "$(wc -l < expected-bad)" = 25 ] && [ "$(wc -l < expected-warned)" = 395 ] \
  || fail "generator: $(wc -l expected-*)"
cp "$EXAMPLE_JSON" archive/ministerio-0/.hidden.json
mkdir archive/.git && cp "$EXAMPLE_JSON" archive/.git/config.json
echo "not a report" > archive/ministerio-1/notes.doc
ln -s .. archive/ministerio-2/loop
ln -s ../nowhere.json archive/ministerio-3/dangling.json

# The whole archive, 4 at a time, with a log: every good input converted into the mirrored tree.
start=$(date +%s.%N)
run convert archive -d out --to json -j 4 --validate --log log.jsonl
end=$(date +%s.%N)
echo "2000-file archive converted in $(python3 -c "print(round($end - $start, 2))") s"
expect_status 1  # bad inputs: exit 1 (docs/cli.md)
while read -r rel; do
  [ -f "out/$rel" ] || fail "out/$rel missing"
done < expected-good
while read -r rel; do
  [ ! -e "out/$rel" ] || fail "bad input $rel has an output"
done < expected-bad
# JSON to JSON is byte for byte (the reports without warnings).
for rel in ministerio-0/2016/programa-000/informe.json ministerio-9/2019/programa-049/informe.json; do
  cmp "archive/$rel" "out/$rel" || fail "out/$rel differs from its input"
done
[ "$(find out -type f | wc -l)" = 1975 ] || fail "expected 1975 outputs, got $(find out -type f | wc -l)"
[ ! -e out/ministerio-0/.hidden.json ] && [ ! -e out/.git ] || fail "hidden files read"
no_temporaries out
last=$(printf '%s\n' "$ERR" | tail -1)
[ "$last" = "informe: 1975 converted (1975 with warnings), 25 failed" ] || fail "summary: $last"
printf '%s\n' "$ERR" | grep -q "^informe: archive/ministerio-2/loop: warning: a directory already read" \
  || fail "no warning about the link loop: $(printf '%s\n' "$ERR" | head -5)"
printf '%s\n' "$ERR" | grep -q "^informe: archive/ministerio-3/dangling.json: warning: a symbolic link to nothing" \
  || fail "no warning about the dangling link"
# Each bad input: one error line on the terminal.
while read -r rel; do
  printf '%s\n' "$ERR" | grep -q "^informe: archive/$rel:[0-9:]* *error: " || fail "no error for $rel"
done < expected-bad
# A warning of 395 inputs (each quoting its own due date): in full for 10 of them, then once with the
# count of the others.
full=$(printf '%s\n' "$ERR" | grep -c 'could not be read as a date' || true)
[ "$full" = 11 ] || fail "expected 10 full warnings and one summing up, got $full"
printf '%s\n' "$ERR" | grep -q '^informe: warning: .*could not be read as a date (bad_date) \.\.\. and in 385 more inputs$' \
  || fail "no summing-up line: $(printf '%s\n' "$ERR" | grep 'more inputs')"

# The log: valid JSON Lines, every field, stable codes; every bad input and every warned one in it.
python3 - log.jsonl expected-bad expected-warned <<'PY' || fail "log"
import json, sys
codes = {"other", "page_furniture", "unplaced_text", "unknown_label", "duplicate_field", "bad_date", "bad_status",
         "row_sequence", "encoding", "markup", "truncated_input", "layout_inferred", "formula", "lossy_output",
         "limit_exceeded", "validation", "template_error", "io_error", "unknown_format", "output_conflict", "strict",
         "invalid_input", "write_failed"}
errors, warned = {}, set()
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        d = json.loads(line)
        assert list(d) == ["input", "file", "line", "column", "page", "severity", "code", "message", "content"], d
        assert d["severity"] in ("info", "warning", "error"), d
        assert d["code"] in codes, d
        assert isinstance(d["message"], str) and d["message"], d
        for k in ("line", "column", "page"):
            assert d[k] is None or (isinstance(d[k], int) and d[k] > 0), d
        if d["severity"] == "error":
            errors.setdefault(d["input"], []).append(d)
        if d["code"] == "bad_date" and d["severity"] == "warning":
            warned.add(d["input"])
bad = {"archive/" + l.strip() for l in open(sys.argv[2])}
expected_warned = {"archive/" + l.strip() for l in open(sys.argv[3])}
assert set(errors) == bad, (len(errors), len(bad), sorted(set(errors) ^ bad)[:5])
assert all(e[0]["code"] == "invalid_input" for e in errors.values()), [e for e in errors.values()][:2]
assert warned == expected_warned, (len(warned), len(expected_warned))
print("log: %d lines, %d inputs with errors, %d with bad_date warnings" % (n, len(errors), len(warned)))
PY

# --shard over 4 shards: every input exactly once (validate reads without writing: one line on stdout
# per input read, one error line per bad input).
: > shard-seen
for i in 1 2 3 4; do
  run validate archive --shard "$i/4" -j 4
  expect_status 1
  printf '%s\n' "$OUT" | sed -n 's|^archive/\(.*\): 13 rows, .*|\1|p' >> shard-seen
  printf '%s\n' "$ERR" | sed -n 's|^informe: archive/\([^:]*\):.* error: .*|\1|p' >> shard-seen
  [ "$(printf '%s\n' "$OUT" | grep -c .)" -gt 400 ] || fail "shard $i is too small"
done
[ "$(wc -l < shard-seen)" = 2000 ] || fail "the shards read $(wc -l < shard-seen) inputs"
diff <(sort shard-seen) <(sort expected-good expected-bad) > /dev/null || fail "the shards differ from the archive"
# The same with convert, on one ministry (200 inputs), with -q: no warnings, but the errors and the
# summary line.
: > shard-outputs
: > shard-errors
for i in 1 2 3 4; do
  run convert -q archive/ministerio-5 -d "shard-$i" --to json -j 4 --validate --shard "$i/4"
  [ "$STATUS" = 0 ] || [ "$STATUS" = 1 ] || fail "shard $i: exit $STATUS"
  if printf '%s\n' "$ERR" | grep -q 'warning: '; then fail "-q printed warnings: $ERR"; fi
  printf '%s\n' "$ERR" | tail -1 | grep -q "^informe: [0-9]* converted ([0-9]* with warnings), [0-9]* failed (shard $i/4 of 200 inputs)$" \
    || fail "shard summary: $ERR"
  printf '%s\n' "$ERR" | grep ' error: ' >> shard-errors || true
  (cd "shard-$i" && find . -type f) >> shard-outputs
done
[ "$(wc -l < shard-errors)" = "$(grep -c '^ministerio-5/' expected-bad)" ] || fail "shards: $(cat shard-errors)"
[ "$(sort -u shard-outputs | wc -l)" = "$(wc -l < shard-outputs)" ] || fail "an input converted by two shards"
diff <(sort shard-outputs) <(cd out/ministerio-5 && find . -type f | sort) > /dev/null \
  || fail "the shards' outputs differ from the whole run's"
# validate reads directories too: one line per input on stdout.
dir=$(head -1 expected-bad | cut -d/ -f1-2)
run validate "archive/$dir" -j 2
expect_status 1
[ "$(printf '%s\n' "$OUT" | grep -c ': 13 rows, ')" = "$(grep -c "^$dir/" expected-good)" ] \
  || fail "validate of a directory: $OUT"
for spec in 0/4 5/4 1/0 a/4 4 1/4/2 -1/4; do
  run convert archive -d x --to json --shard "$spec"
  expect_status 2
done
[ ! -e x ] || fail "a bad --shard wrote something"

# --files-from: one path per line (blank lines and CRLF allowed), '-' for stdin, NUL-separated with -0.
mkdir flat
cp "$EXAMPLE_JSON" flat/uno.json
cp "$EXAMPLE_JSON" flat/dos.json
cp "$EXAMPLE_JSON" $'flat/tres\nlineas.json'
printf 'flat/uno.json\r\n\nflat/dos.json\n' > list.txt
run convert --files-from list.txt -d from-list --to json
expect_status 0
cmp from-list/uno.json "$EXAMPLE_JSON" && cmp from-list/dos.json "$EXAMPLE_JSON" || fail "--files-from outputs"
[ "$(ls from-list | wc -l)" = 2 ] || fail "--files-from: $(ls from-list)"
printf 'flat/uno.json\0flat/tres\nlineas.json\0' | { "$INFORME" convert --files-from - -0 -d from-nul --to json 2>nul.err; echo $? > nul.status; }
[ "$(cat nul.status)" = 0 ] || fail "-0: exit $(cat nul.status): $(cat nul.err)"
cmp from-nul/uno.json "$EXAMPLE_JSON" && cmp $'from-nul/tres\nlineas.json' "$EXAMPLE_JSON" || fail "-0 outputs"
# Directories in a list are read recursively; a list of the whole archive, NUL-separated, is the same run.
(cd archive && find . -name informe.json -print0 | sort -z) | sed -z 's|^\./|archive/|' > all.nul
printf 'archive/ministerio-4\n' > dirs.txt
run convert --files-from dirs.txt -d from-dir --to json -j 4
expect_status 1
[ "$(find from-dir -type f | wc -l)" = "$(grep -c '^ministerio-4/' expected-good)" ] || fail "directory in a list"
[ -f from-dir/2016/programa-004/informe.json ] || fail "directory in a list not mirrored"
run convert --files-from all.nul -0 -d from-all --to json -j 4
expect_status 1
# A flat list of 2,000 informe.json: today's collision rule, the first converted and the rest refused.
printf '%s\n' "$ERR" | grep -q "is also the output of 'archive/ministerio-0/2016/programa-000/informe.json'" \
  || fail "collision rule for flat lists: $(printf '%s\n' "$ERR" | head -3)"
[ "$(printf '%s\n' "$ERR" | tail -1)" = "informe: 1 converted, 1999 failed" ] || fail "flat list summary: $(printf '%s\n' "$ERR" | tail -1)"

# Usage and I/O errors.
run convert --files-from missing.txt -d y --to json
expect_status 4
run convert -0 flat/uno.json -d y --to json
expect_status 2
run convert -d y --to json
expect_status 2
mkdir empty-dir
run convert empty-dir -d y --to json
expect_status 2
run convert flat/uno.json -d y --to json --log no-such-dir/log.jsonl
expect_status 4
run convert flat/uno.json -d y --to json --validate --log /dev/full
expect_status 4
# The output directory inside the archive is never read back as input.
cp -r flat flat2
run convert flat2 -d flat2/out --to json
expect_status 0
run convert flat2 -d flat2/out --to json
expect_status 0
[ ! -e flat2/out/out ] || fail "the output directory was read as input"
# A folder that cannot be read: an error line, exit 4, the rest converted (root reads anything: not tested).
if [ "$(id -u)" != 0 ]; then
  mkdir -p locked/a locked/b
  cp "$EXAMPLE_JSON" locked/a/x.json
  cp "$EXAMPLE_JSON" locked/b/x.json
  chmod 000 locked/b
  run convert locked -d out-locked --to json
  chmod 755 locked/b
  expect_status 4
  cmp out-locked/a/x.json "$EXAMPLE_JSON" || fail "the readable folder was not converted"
  printf '%s\n' "$ERR" | grep -q '^informe: locked/b: error: cannot read the directory' || fail "unreadable folder: $ERR"
fi
echo ok
