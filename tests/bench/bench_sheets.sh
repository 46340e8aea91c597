#!/bin/bash
# The 100-row example as XLSX, whole process, in the same run as LibreOffice Calc converting the same
# table and python3-openpyxl loading and writing it:
#   write: informe json -> xlsx   | soffice csv -> xlsx        | openpyxl: new workbook, 100 rows, save
#   read:  informe xlsx -> json   | soffice xlsx -> csv        | openpyxl: load_workbook + every cell
#
#     tests/bench/bench_sheets.sh BUILD_DIR [runs]
# Targets (issue 14): at least 50x faster than LibreOffice, and ahead of openpyxl.
set -eu
. "$(dirname "$0")/bench_common.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
STRESS="$SRC/examples/stress-100-rows.json"
cp "$STRESS" "$WORK/stress.json"
"$INFORME" convert "$WORK/stress.json" -o "$WORK/stress.xlsx"
"$INFORME" convert "$WORK/stress.json" -o "$WORK/stress.csv"

row() {  # row LABEL WALL CPU [OTHER_WALL OTHER_CPU TARGET]
  printf '%-34s wall %8.4f s  cpu %8.4f s' "$1" "$2" "$3"
  if [ $# -gt 3 ]; then
    printf '   informe faster: wall %6.1fx  cpu %6.1fx (target %s)' "$(ratio "$2" "$4")" "$(ratio "$3" "$5")" "$6"
  fi
  printf '\n'
}

read -r w_wall w_cpu < <(timed "$RUNS" "$INFORME" convert "$WORK/stress.json" -o "$WORK/out.xlsx")
read -r r_wall r_cpu < <(timed "$RUNS" "$INFORME" convert "$WORK/stress.xlsx" -o "$WORK/out.json")
row "informe json -> xlsx (process)" "$w_wall" "$w_cpu"
row "informe xlsx -> json (process)" "$r_wall" "$r_cpu"

if command -v soffice >/dev/null; then
  profile="file://$WORK/profile"
  soffice "-env:UserInstallation=$profile" --headless --convert-to xlsx --outdir "$WORK/lo" "$WORK/stress.csv" \
    >/dev/null 2>&1 || true  # the first start creates the profile; not timed
  read -r a b < <(timed 3 soffice "-env:UserInstallation=$profile" --headless \
    --infilter='Text - txt - csv (StarCalc):44,34,76,1' --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$WORK/lo" "$WORK/stress.csv")
  row "soffice csv -> xlsx" "$a" "$b" "$w_wall" "$w_cpu" "50x"
  read -r a b < <(timed 3 soffice "-env:UserInstallation=$profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$WORK/lo" "$WORK/stress.xlsx")
  row "soffice xlsx -> csv" "$a" "$b" "$r_wall" "$r_cpu" "50x"
fi

if "$PYTHON" -c 'import openpyxl' 2>/dev/null; then
  cat > "$WORK/load.py" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
n = sum(1 for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
PY
  cat > "$WORK/write.py" <<'PY'
import json, sys, openpyxl
r = json.load(open(sys.argv[1], encoding="utf-8"))
def text(v):
    if v is None or isinstance(v, (str, int)): return v
    return "\n".join(b if isinstance(b, str) else "\n".join("• " + i for i in b["list"]) for b in v)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Compromisos"
keys = ["number", "recommendation", "responsible", "commitment", "due", "due_text", "compliance",
        "compliance_observation", "status", "status_text", "verification"]
ws.append(keys)
for c in r["commitments"]:
    ws.append([text(c.get(k)) for k in keys])
info = wb.create_sheet("Informe")
for k in ["cutoff_date", "issued_at", "program", "ministry", "service", "evaluation_year", "program_status",
          "exit_date", "observation"]:
    info.append([k, text(r.get(k))])
wb.save(sys.argv[2])
PY
  read -r a b < <(timed "$RUNS" "$PYTHON" "$WORK/write.py" "$WORK/stress.json" "$WORK/py.xlsx")
  row "openpyxl json -> xlsx (plain cells)" "$a" "$b" "$w_wall" "$w_cpu" "ahead"
  read -r a b < <(timed "$RUNS" "$PYTHON" "$WORK/load.py" "$WORK/stress.xlsx")
  row "openpyxl load xlsx, every cell" "$a" "$b" "$r_wall" "$r_cpu" "ahead"
fi

# In-process figures: what the conversions cost without process start-up and file writing.
if [ -x "$BUILD/tests/bench/bench_sheets" ]; then
  "$BUILD/tests/bench/bench_sheets" 50
fi
