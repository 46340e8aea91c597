// The zip layer: reproducible writing, restamping, and reading hostile archives (headers that lie
// about sizes and CRCs, repeated names, encryption, damaged or cut data), byte by byte.
#include "shared/zip/zip.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "informe/diagnostics.hpp"

using informe::detail::dos_time;
using informe::detail::restamp_zip;
using informe::detail::write_zip;
using informe::detail::zip_entry;
using informe::detail::zip_reader;

namespace {

std::uint32_t get32(const std::string& z, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(z[at + static_cast<std::size_t>(i)]);
  return v;
}
std::uint16_t get16(const std::string& z, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(z[at]) | (static_cast<unsigned char>(z[at + 1]) << 8));
}
void put32(std::string& z, std::size_t at, std::uint32_t v) {
  for (std::size_t i = 0; i < 4; ++i) z[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
void put16(std::string& z, std::size_t at, std::uint16_t v) {
  z[at] = static_cast<char>(v & 0xff);
  z[at + 1] = static_cast<char>(v >> 8);
}

// One-entry archives: the local header at 0, the central directory record after the data. Each
// field is patched in both, so that the headers agree with each other (and lie together).
struct one_entry {
  std::string zip;
  std::size_t central;
  explicit one_entry(const std::string& data, const std::string& name = "word/document.xml")
      : zip(write_zip({{name, data}}, {})), central(zip.find("PK\x01\x02")) {
    REQUIRE(central != std::string::npos);
  }
  void set_flag(std::uint16_t v) { put16(zip, 6, v), put16(zip, central + 8, v); }
  void set_method(std::uint16_t v) { put16(zip, 8, v), put16(zip, central + 10, v); }
  void set_crc(std::uint32_t v) { put32(zip, 14, v), put32(zip, central + 16, v); }
  void set_compressed(std::uint32_t v) { put32(zip, 18, v), put32(zip, central + 20, v); }
  void set_size(std::uint32_t v) { put32(zip, 22, v), put32(zip, central + 24, v); }
  std::uint32_t size() const { return get32(zip, central + 24); }
  std::uint32_t crc() const { return get32(zip, central + 16); }
};

std::string error_reading(const std::string& zip, const std::string& name = "word/document.xml") {
  try {
    zip_reader reader(zip, "t.docx");
    reader.read(name);
  } catch (const informe::error& e) {
    return e.what();
  }
  return "";
}

std::string error_reading_chunks(const std::string& zip, const std::string& name = "word/document.xml") {
  try {
    zip_reader reader(zip, "t.docx");
    reader.read_chunks(name, [](std::string_view) { return true; });
  } catch (const informe::error& e) {
    return e.what();
  }
  return "";
}

std::string text(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; s.size() < n; ++i) s += "línea " + std::to_string(i * 7919 % 1000) + " del documento\n";
  s.resize(n);
  return s;
}

}  // namespace

TEST_CASE("write_zip is reproducible and reads back entry by entry") {
  const std::vector<zip_entry> entries{{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", text(200000)},
                                       {"docProps/empty.xml", ""}, {"word/media/ñandú.bin", std::string(300, '\0')}};
  const dos_time when = informe::detail::dos_time_of(2026, 11, 30, 21, 5, 8);
  const std::string a = write_zip(entries, when);
  CHECK(a == write_zip(entries, when));
  CHECK(a != write_zip(entries, {}));
  CHECK(get16(a, 10) == when.time);
  CHECK(get16(a, 12) == when.date);
  CHECK(get16(a, 8) == 8);  // deflated

  zip_reader zip(a, "t.docx");
  REQUIRE(zip.names().size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(zip.names()[i] == entries[i].name);
    CHECK(zip.read(entries[i].name) == entries[i].data);
    std::string pieces;
    CHECK(zip.read_chunks(entries[i].name, [&](std::string_view p) { return pieces.append(p), true; }));
    CHECK(pieces == entries[i].data);
  }
  CHECK(zip.contains("word/document.xml"));
  CHECK_FALSE(zip.read("word/none.xml"));
  CHECK_FALSE(zip.read_chunks("word/none.xml", [](std::string_view) { return true; }));
  // A consumer that stops early gets the first piece only.
  std::size_t calls = 0;
  CHECK(zip.read_chunks("word/document.xml", [&](std::string_view p) { return ++calls, p.empty(); }));
  CHECK(calls == 1);
  // Names that are not ASCII are flagged UTF-8 (bit 11); ASCII ones are not.
  const std::size_t last = a.rfind("PK\x01\x02");
  CHECK((get16(a, last + 8) & 0x800) != 0);
  CHECK((get16(a, 6) & 0x800) == 0);

  // Borrowed bytes read the same.
  zip_reader borrowed(zip_reader::borrow, a, "t.docx");
  CHECK(borrowed.read("word/document.xml") == entries[1].data);
}

TEST_CASE("an ODF mimetype entry comes first and stored, readable at offset 38") {
  const std::string z = write_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}}, {});
  CHECK(get16(z, 8) == 0);  // stored
  CHECK(z.substr(30, 8) == "mimetype");
  CHECK(z.substr(38, 46) == "application/vnd.oasis.opendocument.spreadsheet");
  zip_reader zip(z, "t.ods");
  CHECK(zip.read("mimetype") == "application/vnd.oasis.opendocument.spreadsheet");
  // Anywhere else it is deflated like any entry.
  CHECK(get16(write_zip({{"content.xml", "<x/>"}, {"mimetype", "x"}}, {}), 8) == 8);
}

TEST_CASE("restamp_zip copies the entries in order under one date") {
  const std::vector<zip_entry> entries{{"xl/workbook.xml", text(5000)}, {"xl/styles.xml", "<s/>"}};
  const dos_time when = informe::detail::dos_time_of(2009, 10, 7, 17, 6, 25);
  const std::string restamped = restamp_zip(write_zip(entries, {}), when);
  // The source's own dates do not matter; every entry has the new one.
  CHECK(restamped == restamp_zip(write_zip(entries, informe::detail::dos_time_of(2030, 1, 2, 3, 4, 5)), when));
  CHECK(get16(restamped, 10) == when.time);
  CHECK(get16(restamped, 12) == when.date);
  const std::size_t second = restamped.find("PK\x03\x04", 4);
  REQUIRE(second != std::string::npos);
  CHECK(get16(restamped, second + 12) == when.date);
  // The compressed data is copied as it is.
  const std::string source = write_zip(entries, {});
  CHECK(restamped.substr(30, 200) == source.substr(30, 200));
  zip_reader zip(restamped, "t.xlsx");
  CHECK(zip.names() == std::vector<std::string>{"xl/workbook.xml", "xl/styles.xml"});
  CHECK(zip.read("xl/workbook.xml") == entries[0].data);
  CHECK_THROWS_AS(restamp_zip("not a zip", when), informe::error);
}

TEST_CASE("hostile headers: entries are held to their declared size and CRC while inflating") {
  const std::string data = text(100000);
  SUBCASE("an entry that inflates beyond its declared size") {
    one_entry z(data);
    z.set_size(1000);
    CHECK(error_reading(z.zip).find("inflates beyond its declared size (zip bomb?)") != std::string::npos);
    CHECK(error_reading_chunks(z.zip).find("inflates beyond its declared size (zip bomb?)") != std::string::npos);
  }
  SUBCASE("an entry shorter than declared") {
    one_entry z(data);
    z.set_size(z.size() + 10);
    CHECK(error_reading(z.zip).find("shorter than its declared size") != std::string::npos);
    CHECK(error_reading_chunks(z.zip).find("shorter than its declared size") != std::string::npos);
  }
  SUBCASE("a wrong CRC") {
    one_entry z(data);
    z.set_crc(z.crc() ^ 1);
    CHECK(error_reading(z.zip).find("t.docx: entry \"word/document.xml\" is damaged (its CRC does not match)") !=
          std::string::npos);
    CHECK(error_reading_chunks(z.zip).find("CRC does not match") != std::string::npos);
  }
  SUBCASE("damaged deflated data") {
    one_entry z(data);
    for (std::size_t i = 100; i < 400; ++i) z.zip[i] = static_cast<char>(z.zip[i] ^ 0x5a);
    CHECK(error_reading(z.zip).find("is damaged") != std::string::npos);
  }
  SUBCASE("deflated data cut short") {
    one_entry z(data);
    z.set_compressed(200);
    CHECK(error_reading(z.zip).find("is damaged") != std::string::npos);
  }
  SUBCASE("data that runs past the end of the archive") {
    one_entry z(data);
    z.set_compressed(20000000);
    z.set_size(30000000);  // within the limits, beyond the archive
    CHECK(error_reading(z.zip).find("is damaged (its data runs past the end of the archive)") != std::string::npos);
  }
  SUBCASE("an encrypted entry") {
    one_entry z(data);
    z.set_flag(1);
    CHECK(error_reading(z.zip).find("is encrypted") != std::string::npos);
  }
  SUBCASE("a compression method other than stored and deflated") {
    one_entry z(data);
    z.set_method(12);  // bzip2
    CHECK(error_reading(z.zip).find("compression method 12") != std::string::npos);
  }
  SUBCASE("a local header that disagrees with the central directory") {
    one_entry z(data);
    put32(z.zip, 22, 5);  // the local header's size only
    CHECK(error_reading(z.zip).find("local header") != std::string::npos);
  }
}

TEST_CASE("hostile archives are refused when opened") {
  auto refusal = [](const std::string& zip) {
    try {
      zip_reader reader(zip, "t.xlsx");
    } catch (const informe::error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  const std::string good = write_zip({{"a.xml", text(3000)}, {"b.xml", text(4000)}}, {});
  CHECK(refusal(good).empty());
  CHECK(refusal(write_zip({{"a.xml", "1"}, {"b.xml", "2"}, {"a.xml", "3"}}, {})) ==
        "error: t.xlsx: two entries are named \"a.xml\"");
  CHECK(refusal("").find("error: t.xlsx: not a readable zip archive") == 0);
  CHECK(refusal("PK\x03\x04 nonsense").find("not a readable zip archive") != std::string::npos);
  // Cut anywhere: at the end of central directory, inside the directory, inside the data.
  for (std::size_t keep : {good.size() - 1, good.size() - 22, good.size() - 40, good.size() / 2, std::size_t{10}}) {
    CAPTURE(keep);
    CHECK(refusal(good.substr(0, keep)).find("not a readable zip archive") != std::string::npos);
  }
  // A directory that claims more entries than it holds.
  std::string more = good;
  const std::size_t eocd = more.rfind("PK\x05\x06");
  put16(more, eocd + 8, 3), put16(more, eocd + 10, 3);
  CHECK(refusal(more).find("central directory is damaged or cut short at entry 3 of 3") != std::string::npos);
  // A name with a NUL byte is no safe name (not cut at the NUL).
  one_entry nul("x", "word/a.xmlXevil");
  nul.zip[30 + 10] = '\0', nul.zip[nul.central + 46 + 10] = '\0';
  CHECK(refusal(nul.zip) == "error: t.xlsx: unsafe entry name \"word/a.xml\\x00evil\" (absolute, \"..\" or backslash)");
  // Limits: entries, ratio, sizes.
  std::vector<zip_entry> many;
  for (int i = 0; i < 2001; ++i) many.push_back({"x" + std::to_string(i), ""});
  CHECK(refusal(write_zip(many, {})) == "error: t.xlsx: too many entries (2001, at most 2000)");
  CHECK(refusal(write_zip({{"bomb.xml", std::string(std::size_t{3} << 20, 'a')}}, {})).find("zip bomb") != std::string::npos);
}
