# `informe summary` over a generated corpus with known figures (tests/support/summary_corpus.py): the
# figures match exactly in JSON, CSV, XLSX (read by openpyxl) and the HTML dashboard; the dashboard
# passes tidy and opens in headless Chromium with its script working.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
SUPPORT="$INFORME_SOURCE_DIR/tests/support"

"$PYTHON" "$SUPPORT/summary_corpus.py" corpus 60 16
# A mix of formats: three reports as XML, HTML and XLSX instead of JSON.
n=0
for f in $(find corpus -name '*.json' | sort | head -3); do
  ext=$(echo xml html xlsx | cut -d' ' -f$((n + 1)))
  "$INFORME" convert "$f" -o "${f%.json}.$ext" || fail "convert $f to $ext"
  rm "$f"
  n=$((n + 1))
done
[ "$(find corpus -type f | wc -l)" = 60 ] || fail "corpus: expected 60 files"

run summary corpus -o s.json
expect_status 0
run summary corpus -o s.csv
expect_status 0
run summary corpus -o s.xlsx
expect_status 0
run summary corpus -o dashboard.html --link-dir "html out"
expect_status 0
run summary corpus
expect_status 0
printf '%s\n' "$OUT" > table.txt

"$PYTHON" - expected.json s.json s.csv s.xlsx table.txt <<'PY'
import csv, json, math, sys
expected = json.load(open(sys.argv[1], encoding="utf-8"))
KEYS = ["programs", "reports", "commitments", "fulfilled", "partially_fulfilled", "not_fulfilled", "no_status",
        "overdue", "programs_without_status"]
want = {(g["ministry"], g["service"], g["evaluation_year"], g["cutoff_date"]): [g[k] for k in KEYS]
        for g in expected["groups"]}
want_total = [expected["total"][k] for k in KEYS]

def same(name, got, got_total=None):
    if got != want:
        missing = set(want) - set(got); extra = set(got) - set(want)
        diff = [(k, got[k], want[k]) for k in want if k in got and got[k] != want[k]]
        sys.exit("%s: groups differ; missing %s extra %s different %s" % (name, missing, extra, diff[:3]))
    if got_total is not None and got_total != want_total:
        sys.exit("%s: total %s, expected %s" % (name, got_total, want_total))
    print("%s: %d groups match, total %s" % (name, len(got), got_total or "-"))

# JSON
j = json.load(open(sys.argv[2], encoding="utf-8"))
same("json", {(g["ministry"], g["service"], g["evaluation_year"], g["cutoff_date"]): [g[k] for k in KEYS]
              for g in j["groups"]}, [j["total"][k] for k in KEYS])
for g in j["groups"]:
    share = g["fulfilled"] / g["commitments"] if g["commitments"] else 0
    assert abs(g["share_fulfilled"] - share) < 1e-12, g
assert len(j["reports"]) == expected["total"]["reports"]
assert sum(r["overdue"] for r in j["reports"]) == expected["total"]["overdue"]

# CSV: BOM, CRLF, titles, one row per group
raw = open(sys.argv[3], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
titles, body = rows[0], rows[1:]
assert titles[:4] == ["Ministerio", "Servicio", "Año", "Fecha de corte"], titles
assert titles[-1] == "Porcentaje cumplido", titles
got = {}
for r in body:
    got[(r[0], r[1], int(r[2]), r[3])] = [int(x) for x in r[4:13]]
    c = int(r[6]); assert r[13] == "%.1f" % (math.floor(1000 * int(r[7]) / c + 0.5) / 10 if c else 0), r
same("csv", got)

# XLSX through openpyxl
import openpyxl
wb = openpyxl.load_workbook(sys.argv[4])
assert wb.sheetnames == ["Resumen", "Informes", "Total"], wb.sheetnames
ws = wb["Resumen"]
values = list(ws.iter_rows(values_only=True))
got = {}
for r in values[1:]:
    got[(r[0], r[1], r[2], r[3].date().isoformat())] = list(r[4:13])
    assert abs(r[13] - (r[7] / r[6] if r[6] else 0)) < 1e-12
same("xlsx", got, [r[1] for r in list(wb["Total"].iter_rows(values_only=True))[:9]])
assert wb["Informes"].max_row == expected["total"]["reports"] + 1

# The terminal table's total line
total = [l for l in open(sys.argv[5], encoding="utf-8") if l.rstrip().endswith("total")][0].split()
assert [int(x) for x in total[:7]] == want_total[:7] and [int(x) for x in total[8:10]] == want_total[7:], total
print("table: total matches")
PY

# The dashboard: the same figures in its tables (data-value attributes), tidy-clean, standalone.
"$PYTHON" - expected.json dashboard.html s.json <<'PY'
import html.parser, json, sys, urllib.parse
expected = json.load(open(sys.argv[1], encoding="utf-8"))
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.table = None; self.rows = {}; self.row = None; self.cell = None
        self.hrefs = []; self.external = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table": self.table = a.get("id"); self.rows[self.table] = []
        if tag == "tr" and self.table: self.row = {"attrs": a, "cells": []}
        if tag == "td" and self.row is not None: self.cell = [a.get("data-value"), ""]
        if tag == "a": self.hrefs.append(a["href"])
        if tag in ("script", "link", "img") and (a.get("src") or a.get("href")): self.external.append(a)
    def handle_data(self, d):
        if self.cell is not None: self.cell[1] += d
    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None: self.row["cells"].append(self.cell); self.cell = None
        if tag == "tr" and self.row is not None:
            if self.row["cells"]: self.rows[self.table].append(self.row)
            self.row = None
        if tag == "table": self.table = None
p = P(); p.feed(open(sys.argv[2], encoding="utf-8").read())
assert not p.external, p.external
groups = p.rows["groups"]
assert len(groups) == len(expected["groups"]), len(groups)
for row, g in zip(groups, expected["groups"]):
    assert row["attrs"]["data-ministry"] == g["ministry"] and row["cells"][1][1] == g["service"], (row, g)
    assert row["attrs"]["data-year"] == str(g["evaluation_year"]) and row["cells"][3][0] == g["cutoff_date"]
    nums = [int(c[0]) for c in row["cells"][4:11]] + [int(row["cells"][11][0]), int(row["cells"][13][0])]
    want = [g[k] for k in ["programs", "reports", "commitments", "fulfilled", "partially_fulfilled",
                           "not_fulfilled", "no_status", "overdue", "programs_without_status"]]
    assert nums == want, (nums, want, g)
assert len(p.rows["reports"]) == expected["total"]["reports"]
# Links mirror the inputs below the directory argument (duplicate base names never share a link).
reports = json.load(open(sys.argv[3], encoding="utf-8"))["reports"]
want_links = ["html%20out/" + urllib.parse.quote(r["source"][len("corpus/"):].rsplit(".", 1)[0]) + ".html" for r in reports]
assert p.hrefs == want_links, (p.hrefs[:3], want_links[:3])
assert len(set(p.hrefs)) == len(p.hrefs) == expected["total"]["reports"]
print("dashboard: %d groups and %d reports match; %d links" % (len(groups), len(p.rows["reports"]), len(p.hrefs)))
PY
grep -q '<svg class="bars"' dashboard.html || fail "dashboard: no chart"
# Values are escaped (the corpus has a ministry with markup in its name), never markup.
grep -q 'MINISTERIO &quot;DE PRUEBA&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;' dashboard.html || fail "dashboard: a name not escaped"
if grep -q '<b>' dashboard.html; then fail "dashboard: markup from a value"; fi
# Reproducible, whatever the number of threads.
run summary -j 1 corpus -o again.xlsx
expect_status 0
cmp -s s.xlsx again.xlsx || fail "summary.xlsx differs between two runs"
run summary -j 1 corpus -o again.html --link-dir "html out"
cmp -s dashboard.html again.html || fail "the dashboard differs between -j 1 and the default"
if command -v tidy >/dev/null; then
  tidy -q -e dashboard.html || fail "tidy reports problems in the dashboard (status $?)"
fi

# Headless Chromium runs the script: the filters show, headers become sort buttons.
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROMIUM" ]; then
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chromium" \
    --dump-dom "file://$WORK/dashboard.html" >dom.html 2>/dev/null || fail "chromium could not open the dashboard"
  grep -q '<form class="filters" id="filters">' dom.html || fail "chromium: the script did not show the filters"
  grep -q '<th scope="col"><button type="button">' dom.html || fail "chromium: no sort buttons"
  grep -q 'id="filter-count">60 / 60<' dom.html || fail "chromium: the filter count is not 60 / 60"
  # Filters from the address: the rows shown are exactly the reports of that ministry and year.
  ministry=$("$PYTHON" -c "import json; print(json.load(open('s.json'))['groups'][-1]['ministry'])")
  want=$("$PYTHON" -c "
import json; r = json.load(open('s.json'))['reports']
print(sum(1 for x in r if x['ministry'] == '$ministry' and x['evaluation_year'] == 2007))")
  hash="ministry=$("$PYTHON" -c "import urllib.parse; print(urllib.parse.quote('$ministry'))")&year=2007"
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chromium" \
    --dump-dom "file://$WORK/dashboard.html#$hash" >filtered.html 2>/dev/null || fail "chromium: filtered view"
  grep -q "id=\"filter-count\">$want / 60<" filtered.html || fail "chromium: filtered count is not $want / 60"
  shown=$(grep -c '<tr data-ministry="[^"]*" data-year="[^"]*"[^>]*>' filtered.html || true)
  hidden=$(grep -c '<tr data-ministry="[^"]*" data-year="[^"]*"[^>]*hidden' filtered.html || true)
  groups=$("$PYTHON" -c "
import json; g = json.load(open('s.json'))['groups']
print(sum(1 for x in g if x['ministry'] == '$ministry' and x['evaluation_year'] == 2007))")
  [ $((shown - hidden)) = $((want + groups)) ] || fail "chromium: $((shown - hidden)) rows shown, expected $want reports + $groups groups"
else
  echo "(chromium not installed: the dashboard's script was not run)"
fi

# Inputs that cannot be read are named, left out, and make the exit code 1; the rest is summarised.
echo '{"commitments": [' > corpus/broken.json
run summary corpus -o s2.json
expect_status 1
printf '%s' "$ERR" | grep -q 'broken.json' || fail "the broken input is not named: $ERR"
printf '%s' "$ERR" | grep -q '1 of 61 inputs could not be read' || fail "no count of unread inputs: $ERR"
"$PYTHON" -c "import json,sys; assert json.load(open('s2.json'))['total']['reports'] == 60" || fail "s2.json: 60 reports"

# Usage errors.
run summary corpus -o s.pdf
expect_status 2
run summary corpus -o - --to xlsx
expect_status 2
echo "summary outputs: ok"
