// The zip component over zlib: what write_zip makes reads back (and is what zip tools expect: version,
// attributes, one timestamp), stored and ZIP64 entries read, and every damaged or hostile archive is
// refused with its reason (truncated, corrupt data, wrong CRC or size, encryption, unknown method,
// records outside the bytes, too many entries, zip bombs).
#include <doctest/doctest.h>

#include <zlib.h>

#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "shared/zip/zip.hpp"
#include "shared/zip/zip_format.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

std::string error_of(const std::string& bytes, const std::string& entry = "") {
  try {
    zip_reader zip(bytes, "test.zip");
    if (!entry.empty()) (void)zip.read(entry);
  } catch (const error& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

std::uint32_t crc_of(const std::string& s) {
  return static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

// An archive of one entry whose header says what `e` says and whose data is `data` as it is.
std::string one_entry(zip_format::entry e, const std::string& data) {
  zip_format::builder b;
  b.add(std::move(e), data);
  return b.finish();
}

zip_format::entry stored_entry(const std::string& name, const std::string& data) {
  zip_format::entry e;
  e.name = name;
  e.method = zip_format::stored;
  e.crc = crc_of(data);
  e.size = data.size();
  return e;
}

void put(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// A stored entry "a.txt" written the way ZIP64 writers do: sizes and offset in the extra field, the
// directory found through the ZIP64 end record and its locator.
std::string zip64_archive(const std::string& data) {
  std::string z;
  put(z, 0x04034b50, 4), put(z, 45, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 4), put(z, crc_of(data), 4);
  put(z, 0xffffffff, 4), put(z, 0xffffffff, 4), put(z, 5, 2), put(z, 20, 2);
  z += "a.txt";
  put(z, 1, 2), put(z, 16, 2), put(z, data.size(), 8), put(z, data.size(), 8);
  z += data;
  const std::size_t directory = z.size();
  put(z, 0x02014b50, 4), put(z, 45, 2), put(z, 45, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 4), put(z, crc_of(data), 4);
  put(z, 0xffffffff, 4), put(z, 0xffffffff, 4), put(z, 5, 2), put(z, 28, 2), put(z, 0, 2), put(z, 0, 2);
  put(z, 0, 2), put(z, 0, 4), put(z, 0xffffffff, 4);
  z += "a.txt";
  put(z, 1, 2), put(z, 24, 2), put(z, data.size(), 8), put(z, data.size(), 8), put(z, 0, 8);
  const std::size_t directory_size = z.size() - directory;
  const std::size_t end64 = z.size();
  put(z, 0x06064b50, 4), put(z, 44, 8), put(z, 45, 2), put(z, 45, 2), put(z, 0, 4), put(z, 0, 4);
  put(z, 1, 8), put(z, 1, 8), put(z, directory_size, 8), put(z, directory, 8);
  put(z, 0x07064b50, 4), put(z, 0, 4), put(z, end64, 8), put(z, 1, 4);
  put(z, 0x06054b50, 4), put(z, 0, 2), put(z, 0, 2), put(z, 0xffff, 2), put(z, 0xffff, 2);
  put(z, 0xffffffff, 4), put(z, 0xffffffff, 4), put(z, 0, 2);
  return z;
}

}  // namespace

TEST_CASE("write_zip reads back, entries in order, with one timestamp and the fields zip tools expect") {
  const std::vector<zip_entry> entries{{"[Content_Types].xml", "<Types/>"},
                                       {"word/document.xml", std::string(100000, 'x') + "fin"},
                                       {"empty.txt", ""},
                                       {"docs/año.txt", "ñandú"}};
  const dos_time when = dos_time_of(2009, 10, 7, 17, 6, 25);
  const std::string bytes = write_zip(entries, when);
  CHECK(bytes == write_zip(entries, when));  // reproducible

  zip_reader zip(bytes, "test.zip");
  REQUIRE(zip.names().size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(zip.names()[i] == entries[i].name);
    CHECK(zip.read(entries[i].name) == entries[i].data);
  }
  CHECK_FALSE(zip.read("missing").has_value());
  CHECK_FALSE(zip.contains("missing"));

  std::uint64_t too_many = 0;
  const auto directory = zip_format::central_directory(bytes, 100, too_many);
  REQUIRE(directory.size() == entries.size());
  for (const auto& e : directory) {
    CHECK(e.method == zip_format::deflated);
    CHECK(e.time == when.time);
    CHECK(e.date == when.date);
    CHECK(e.made_by == ((3 << 8) | 63));                 // Unix, zip 6.3
    CHECK(e.external_attributes == (0100666u << 16));    // a regular file, rw-rw-rw-
    CHECK(e.flags == (e.name == "docs/año.txt" ? 0x0800 : 0));  // UTF-8 names say so
  }
  CHECK(directory[1].compressed_size < 1000);  // deflated
}

TEST_CASE("read_chunks hands the entry over in pieces and may stop early") {
  const std::string big(200000, 'y');
  const std::string bytes = write_zip({{"big.txt", big}}, {});
  zip_reader zip(bytes, "test.zip");
  std::string whole;
  CHECK(zip.read_chunks("big.txt", [&](std::string_view piece) {
    whole += piece;
    return true;
  }));
  CHECK(whole == big);
  int pieces = 0;
  CHECK(zip.read_chunks("big.txt", [&](std::string_view) { return ++pieces < 2; }));
  CHECK(pieces == 2);
  CHECK_FALSE(zip.read_chunks("missing", [](std::string_view) { return true; }));
}

TEST_CASE("stored entries, a trailing comment and ZIP64 records are read") {
  CHECK(zip_reader(one_entry(stored_entry("a.txt", "hola"), "hola"), "t").read("a.txt") == "hola");

  std::string commented = write_zip({{"a.txt", "hola"}}, {});
  commented[commented.size() - 2] = 5;  // comment length
  commented += "adiós";
  CHECK(zip_reader(commented, "t").read("a.txt") == "hola");

  const std::string z64 = zip64_archive("sesenta y cuatro");
  zip_reader zip(z64, "t");
  REQUIRE(zip.names() == std::vector<std::string>{"a.txt"});
  CHECK(zip.read("a.txt") == "sesenta y cuatro");
}

TEST_CASE("restamp_zip copies every entry's data and gives it the new time") {
  const std::string original = write_zip({{"a.xml", "<a/>"}, {"b.xml", std::string(5000, 'b')}}, {});
  const dos_time when = dos_time_of(2020, 2, 29, 12, 0, 0);
  const std::string again = restamp_zip(original, when);
  zip_reader zip(again, "t");
  CHECK(zip.read("a.xml") == "<a/>");
  CHECK(zip.read("b.xml") == std::string(5000, 'b'));
  std::uint64_t too_many = 0;
  for (const auto& e : zip_format::central_directory(again, 10, too_many)) {
    CHECK(e.time == when.time);
    CHECK(e.date == when.date);
  }
  CHECK(again == write_zip({{"a.xml", "<a/>"}, {"b.xml", std::string(5000, 'b')}}, when));
}

TEST_CASE("damaged archives are refused with their reason") {
  const std::string good = write_zip({{"a.txt", std::string(3000, 'a') + "z"}}, {});
  CHECK(contains(error_of("not a zip at all"), "not a readable zip archive"));
  CHECK(contains(error_of(""), "not a readable zip archive"));
  CHECK(contains(error_of(good.substr(0, good.size() - 1)), "not a readable zip archive"));
  CHECK(contains(error_of(good.substr(good.size() / 2)), "not a readable zip archive"));

  SUBCASE("a wrong CRC-32") {
    auto e = stored_entry("a.txt", "hola");
    e.crc ^= 1;
    CHECK(contains(error_of(one_entry(e, "hola"), "a.txt"), "CRC-32"));
  }
  SUBCASE("a size that is not the one declared") {
    auto e = stored_entry("a.txt", "hola");
    e.size = 3;
    CHECK(contains(error_of(one_entry(e, "hola"), "a.txt"), "size"));
  }
  SUBCASE("corrupt deflate data") {
    std::string bad = good;
    bad[30 + 5 + 1] = static_cast<char>(0xff);  // inside the data of the only entry ("a.txt")
    bad[30 + 5 + 2] = static_cast<char>(0xff);
    CHECK(contains(error_of(bad, "a.txt"), "cannot read entry \"a.txt\""));
  }
  SUBCASE("deflate data that ends early") {
    auto e = stored_entry("a.txt", "x");
    e.method = zip_format::deflated;
    CHECK(contains(error_of(one_entry(e, std::string("\x4b", 1)), "a.txt"), "ends early"));
  }
  SUBCASE("encryption and unknown methods") {
    auto e = stored_entry("a.txt", "hola");
    e.flags = 1;
    CHECK(contains(error_of(one_entry(e, "hola"), "a.txt"), "encrypted"));
    e.flags = 0;
    e.method = 12;  // bzip2
    CHECK(contains(error_of(one_entry(e, "hola"), "a.txt"), "compression method 12"));
  }
  SUBCASE("a local header or data outside the archive") {
    auto e = stored_entry("a.txt", "hola");
    std::string z = one_entry(e, "hola");
    std::string moved = z;
    moved[moved.size() - 22 - 46 - 5 + 42] = 0x40;  // the central record's local header offset
    CHECK(contains(error_of(moved, "a.txt"), "local header"));
    e.size = 100000;
    CHECK(contains(error_of(one_entry(e, "hola"), "a.txt"), "cannot read entry"));
  }
  SUBCASE("a central directory that claims more than there is") {
    std::string z = good;
    z[z.size() - 22 + 10] = 2;  // two entries, one record
    z[z.size() - 22 + 8] = 2;
    CHECK(contains(error_of(z), "inconsistent"));
  }
}

TEST_CASE("hostile archives are refused before anything is inflated") {
  std::vector<zip_entry> many;
  for (int i = 0; i < 30; ++i) many.push_back({"f" + std::to_string(i), "x"});
  std::string error;
  try {
    zip_reader zip(write_zip(many, {}), "test.zip", zip_limits{.max_entries = 20});
  } catch (const informe::error& e) {
    error = e.what();
  }
  CHECK(contains(error, "too many entries (30, at most 20)"));
  CHECK(contains(error_of(write_zip({{"../evil", "x"}}, {})), "unsafe entry name"));
  CHECK(contains(error_of(write_zip({{"/etc/passwd", "x"}}, {})), "unsafe entry name"));
  CHECK(contains(error_of(write_zip({{"bomb", std::string(50 << 20, '\0')}}, {})), "zip bomb"));

  // An entry whose header says 100 bytes but whose data inflates beyond the per-entry limit.
  std::string lying = write_zip({{"big", std::string(10000, 'q')}}, {});
  const std::size_t central = lying.size() - 22 - 46 - 3;
  lying[central + 24] = 100, lying[central + 25] = 0;  // uncompressed size: 100
  std::string message;
  try {
    zip_reader zip(lying, "test.zip", zip_limits{.max_entry_bytes = 4000});
    (void)zip.read("big");
  } catch (const informe::error& x) {
    message = x.what();
  }
  CHECK(contains(message, "inflates beyond its declared size (zip bomb?)"));
}
