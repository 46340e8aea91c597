# Debian 12 packages: see the README for the apt-get line.
find_package(Threads REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(LibXml2 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(PkgConfig REQUIRED)

# poppler's core API (libpoppler-private-dev): the PDF reader reads each page within a budget through
# its own text output device, which poppler-cpp does not allow (lib/readers/pdf/words.cpp).
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler)
# The zip layer (lib/shared/zip): zlib's minizip (libminizip-dev) parses and writes the headers, zlib
# inflates. minizip needs only zlib, which libxml2 and libxlsxwriter load anyway.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
find_package(ZLIB REQUIRED)

pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# libcsv ships neither a CMake config nor a pkg-config file.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(informe::csv INTERFACE IMPORTED)
target_include_directories(informe::csv INTERFACE ${CSV_INCLUDE_DIR})
target_link_libraries(informe::csv INTERFACE ${CSV_LIBRARY})

# PoDoFo 0.9.8 ships neither a CMake config nor a pkg-config file.
find_path(PODOFO_INCLUDE_DIR podofo/podofo.h REQUIRED)
find_library(PODOFO_LIBRARY podofo REQUIRED)
add_library(informe::podofo INTERFACE IMPORTED)
target_include_directories(informe::podofo INTERFACE ${PODOFO_INCLUDE_DIR})
target_link_libraries(informe::podofo INTERFACE ${PODOFO_LIBRARY})

# kainjow-mustache is one header.
find_path(MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
add_library(informe::mustache INTERFACE IMPORTED)
target_include_directories(informe::mustache INTERFACE ${MUSTACHE_INCLUDE_DIR})
