# The pathological suite (tests/pathological/): every case of issue 19 under its time and memory limit.
. "$(dirname "$0")/cli_helpers.bash"
python3 "$INFORME_SOURCE_DIR/tests/pathological/run.py" "$INFORME"
