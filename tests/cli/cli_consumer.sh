# Packaging: install the build, then build examples/consumer against it with find_package(informe).
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"

cmake --install "$INFORME_BUILD_DIR" --prefix "$WORK/prefix" >install.log 2>&1 || fail "install: $(tail -5 install.log)"
[ -f prefix/include/informe/informe.hpp ] || fail "headers not installed"
[ -f prefix/lib/cmake/informe/informeConfig.cmake ] || ls prefix/lib/*/cmake/informe/informeConfig.cmake >/dev/null \
  || fail "no package config installed"
[ -x prefix/bin/informe ] || fail "CLI not installed"
# Public headers name no dependency.
if grep -rlE '#include <(nlohmann|libxml|unicode/|podofo|zip\.h|poppler|CLI/)' prefix/include; then
  fail "a public header includes a dependency"
fi

# A library built with sanitizers (the asan preset) needs its runtime in the program too.
sanitize=()
flags=
if readelf -d prefix/lib/libinforme.so* prefix/lib/*/libinforme.so* 2>/dev/null | grep -q 'libasan'; then
  flags="-fsanitize=address,undefined"
  sanitize=(-DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags")
fi
cmake -S "$INFORME_SOURCE_DIR/examples/consumer" -B consumer -DCMAKE_PREFIX_PATH="$WORK/prefix" \
  -DCMAKE_BUILD_TYPE=Release "${sanitize[@]}" >configure.log 2>&1 || fail "configure: $(tail -20 configure.log)"
cmake --build consumer >build.log 2>&1 || fail "build: $(tail -20 build.log)"

# Runs against the installed library (found through the build's RUNPATH), not the build tree's.
readelf -d consumer/count_rows | grep -q "$WORK/prefix" || fail "consumer not linked to the installed library"
set +e
consumer/count_rows "$EXAMPLE_JSON" >out.txt 2>err.txt
status=$?
set -e
[ "$status" = 0 ] || fail "consumer exit $status: $(cat err.txt)"
[ "$(cat out.txt)" = "13 rows, 13 fulfilled" ] || fail "consumer printed: $(cat out.txt)"

# The README's library example compiles and links against the installed library as written.
sed -n '/^```cpp$/,/^```$/p' "$INFORME_SOURCE_DIR/README.md" | sed '1d;$d' > readme_example.cpp
[ -s readme_example.cpp ] || fail "no C++ example in README.md"
libdir=$(dirname "$(ls prefix/lib/libinforme.so prefix/lib/*/libinforme.so 2>/dev/null | head -1)")
c++ -std=c++20 ${flags:+$flags} -I prefix/include readme_example.cpp -L "$libdir" -linforme -o readme_example \
  2>readme.log || fail "README example: $(head -20 readme.log)"

# The installed CLI works from the prefix as it is (not a system library directory): its RPATH finds
# libinforme, with no LD_LIBRARY_PATH.
env -u LD_LIBRARY_PATH "$WORK/prefix/bin/informe" --version | grep -q '^informe ' || fail "installed CLI"

# PDF support and the XLSX writers come from the installed plugins, found beside the installed
# libinforme; libinforme itself loads neither PoDoFo, poppler nor libxlsxwriter.
readelf -d "$libdir"/libinforme.so | grep -qE 'podofo|poppler|xlsxwriter' && fail "libinforme links PoDoFo, poppler or libxlsxwriter"
ls "$libdir"/informe-plugins/pdf-writer.so "$libdir"/informe-plugins/pdf-reader.so \
  "$libdir"/informe-plugins/xlsx-writer.so >/dev/null || fail "plugins not installed"
env -u LD_LIBRARY_PATH -u INFORME_PLUGIN_DIR "$WORK/prefix/bin/informe" convert "$EXAMPLE_JSON" -o installed.xlsx \
  || fail "installed CLI cannot write an XLSX workbook"
env -u LD_LIBRARY_PATH -u INFORME_PLUGIN_DIR "$WORK/prefix/bin/informe" convert installed.xlsx -o installed-xlsx.json \
  2>/dev/null || fail "installed CLI cannot read its XLSX workbook"
cmp -s installed-xlsx.json "$EXAMPLE_JSON" || fail "the XLSX read back differs from the example"
env -u LD_LIBRARY_PATH -u INFORME_PLUGIN_DIR "$WORK/prefix/bin/informe" convert "$EXAMPLE_JSON" -o installed.pdf \
  || fail "installed CLI cannot write a PDF"
env -u LD_LIBRARY_PATH -u INFORME_PLUGIN_DIR "$WORK/prefix/bin/informe" convert installed.pdf -o installed.json 2>/dev/null \
  || fail "installed CLI cannot read a PDF"
cmp -s installed.json "$EXAMPLE_JSON" || fail "the PDF read back differs from the example"

# Without its plugin, PDF output is one clear error, exit != 0 and no file.
mv "$libdir"/informe-plugins/pdf-writer.so "$libdir"/informe-plugins/pdf-writer.so.off
set +e
env -u LD_LIBRARY_PATH "$WORK/prefix/bin/informe" convert "$EXAMPLE_JSON" -o missing.pdf 2>missing.err
status=$?
set -e
[ "$status" != 0 ] || fail "a missing plugin did not fail"
[ ! -e missing.pdf ] || fail "a missing plugin left an output file"
grep -q 'PDF output is not available: .*pdf-writer.so' missing.err || fail "missing plugin error: $(cat missing.err)"
[ "$(wc -l <missing.err)" = 1 ] || fail "missing plugin error is not one line: $(cat missing.err)"
mv "$libdir"/informe-plugins/xlsx-writer.so "$libdir"/informe-plugins/xlsx-writer.so.off
set +e
env -u LD_LIBRARY_PATH "$WORK/prefix/bin/informe" convert "$EXAMPLE_JSON" -o missing.xlsx 2>missing-xlsx.err
status=$?
set -e
[ "$status" != 0 ] || fail "a missing XLSX plugin did not fail"
[ ! -e missing.xlsx ] || fail "a missing XLSX plugin left an output file"
grep -q 'XLSX output is not available: .*xlsx-writer.so' missing-xlsx.err || fail "missing plugin error: $(cat missing-xlsx.err)"
echo ok
