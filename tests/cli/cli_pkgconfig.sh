# informe.pc: a DESTDIR install (prefix /opt/informe, staged below $WORK/stage) and a plain prefix
# install each let `pkg-config --cflags --libs informe` build examples/consumer, which then runs.
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"
command -v pkg-config >/dev/null || fail "pkg-config is not installed"
version=$("$INFORME" --version | sed 's/^informe //')

check_prefix() {  # ROOT: the installed tree; builds and runs the consumer against it
  local root=$1 pc
  pc=$(ls "$root"/lib/pkgconfig/informe.pc "$root"/lib/*/pkgconfig/informe.pc 2>/dev/null | head -1)
  [ -n "$pc" ] || fail "no informe.pc below $root"
  grep -q '^# SPDX-License-Identifier: Apache-2.0$' "$pc" || fail "informe.pc lacks the SPDX licence"
  export PKG_CONFIG_PATH
  PKG_CONFIG_PATH=$(dirname "$pc")
  [ "$(pkg-config --modversion informe)" = "$version" ] || fail "pkg-config --modversion: $(pkg-config --modversion informe)"
  local flags libdir
  flags=$(pkg-config --cflags --libs informe)
  libdir=$(pkg-config --variable=libdir informe)
  [ "$(realpath "$(pkg-config --variable=includedir informe)")" = "$(realpath "$root/include")" ] \
    || fail "includedir: $(pkg-config --variable=includedir informe)"
  [ "$(realpath "$libdir")" = "$(realpath "$(dirname "$pc")/..")" ] || fail "libdir: $libdir"
  case "$flags" in *"-I"*"-L"*"-linforme"*) ;; *) fail "pkg-config flags: $flags" ;; esac
  local sanitize=
  readelf -d "$libdir"/libinforme.so | grep -q libasan && sanitize="-fsanitize=address,undefined"
  # shellcheck disable=SC2086
  c++ -std=c++20 $sanitize "$INFORME_SOURCE_DIR/examples/consumer/main.cpp" $flags -Wl,-rpath,"$libdir" \
    -o count_rows 2>build.log || fail "consumer with pkg-config flags: $(head -20 build.log)"
  [ "$(env -u LD_LIBRARY_PATH ./count_rows "$EXAMPLE_JSON")" = "13 rows, 13 fulfilled" ] || fail "consumer output"
  readelf -d count_rows | grep -q "$libdir" || fail "consumer not linked against $libdir"
}

DESTDIR="$WORK/stage" cmake --install "$INFORME_BUILD_DIR" --prefix /opt/informe >install.log 2>&1 \
  || fail "DESTDIR install: $(tail -5 install.log)"
check_prefix "$WORK/stage/opt/informe"
cmake --install "$INFORME_BUILD_DIR" --prefix "$WORK/prefix" >install2.log 2>&1 || fail "install: $(tail -5 install2.log)"
check_prefix "$WORK/prefix"
# What else the install holds: the man page, completions, docs and the licence files.
for f in share/man/man1/informe.1.gz share/bash-completion/completions/informe share/zsh/vendor-completions/_informe \
         share/doc/informe/cli.md share/doc/informe/README.md share/doc/informe/copyright share/doc/informe/LICENSE; do
  [ -s "$WORK/prefix/$f" ] || fail "not installed: $f"
done
echo ok
