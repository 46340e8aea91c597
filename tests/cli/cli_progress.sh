# On a terminal, a batch draws a progress bar on stderr (and erases it before the summary).
. "$(dirname "$0")/cli_helpers.bash"
command -v script >/dev/null || { echo "SKIP: script(1) missing"; exit 77; }

for i in 1 2 3 4 5; do cp "$EXAMPLE_JSON" "r$i.json"; done
run convert r1.json -d probe --to json
expect_status 0

# script(1) gives the command a pseudo-terminal; stdout and stderr both land in tty.txt.
script -qec "'$INFORME' convert r1.json r2.json r3.json r4.json r5.json -d out --to json -j 2" /dev/null > tty.txt
grep -q $'\r\033\[K\[#*-*\] [0-9]/5' tty.txt || fail "no progress bar: $(cat -A tty.txt | head -c 400)"
grep -q '\] 5/5' tty.txt || fail "the bar never reached 5/5: $(cat -A tty.txt | head -c 400)"
tr -d '\r' < tty.txt | grep -q 'informe: 5 converted, 0 failed$' || fail "summary: $(cat -A tty.txt)"

# --quiet: no bar, even on a terminal; only the summary line.
script -qec "'$INFORME' convert --quiet r1.json r2.json -d out2 --to json" /dev/null > quiet.txt
[ "$(tr -d '\r' < quiet.txt)" = "informe: 2 converted, 0 failed" ] || fail "--quiet printed on a terminal: $(cat -A quiet.txt)"
[ -s out2/r2.json ] || fail "--quiet run wrote nothing"
echo ok
