// The one file that knows PoDoFo 0.9.8: fonts (metrics, subsets), pages, outline, document information,
// XMP metadata, and the writing of the file.
//
// Fonts. A character goes to the first of these that can draw it:
//   1. the face's WinAnsi subset (every character of Windows-1252 the face holds; the seed needs nothing else);
//   2. an "extra" subset of the face: a simple TrueType subset whose /Differences encoding gives codes 0x21..0xFF
//      to the face's other characters, in the order they are first drawn (223 per subset, more subsets when
//      needed);
//   3. an extra subset of the face's fallback (DejaVu Sans by default), the same way;
//   4. for characters outside the BMP (emoji), which no PoDoFo 0.9.8 subset or encoding can hold (they are
//      16-bit: pdf_utf16be), the whole face, or its fallback, as an Identity-H font, written by glyph id; its
//      /W and /ToUnicode (which PoDoFo builds for the BMP only) are replaced in finish() by ours for the
//      glyphs drawn. Only a report holding such characters embeds a whole face (DejaVu Sans: 0.4 MB).
// Extra subsets go through the same PoDoFo code path as the WinAnsi ones (PdfFontCID with a single-byte
// encoding: TrueType subset, /Widths, /ToUnicode), and only the characters drawn are embedded. PoDoFo 0.9.8
// cannot subset Identity-H fonts (each embeds a whole face), so they are kept for what nothing else can draw.
// Because a subset's /Differences must be complete when PoDoFo creates the font, content streams name extra
// subsets by resource names of our own (/XRp0...) and the fonts are created, and added to the pages'
// resources, in finish().
//
// Tagged PDF (ISO 32000-1 14.8, PDF/UA-1). PoDoFo 0.9.8 has no tagging API: the content streams mark each
// text_op's text as marked content of its structure node (/P <</MCID n>> BDC ... EMC; consecutive texts of a
// node share one sequence) or as an /Artifact, and rules and fills as one artifact; finish() writes the
// StructTreeRoot, a StructElem per node with content (a node's content on later pages by /MCR), and the
// ParentTree, through PoDoFo's object model.
//
// PDF/A-2 (ISO 19005-2), when document_info::pdfa_conformance is set: the pdfaid entries in the XMP and an
// /OutputIntents entry with the compiled-in sRGB profile. Every mode writes PDF 1.7 with a binary comment
// line and a file ID, embeds every font with /Widths and /ToUnicode, and uses no transparency, JavaScript,
// encryption, external reference or LZW.
#include <array>
#include <podofo/podofo.h>

#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <ctime>
#include <filesystem>
#include <unordered_map>

#include "informe/diagnostics.hpp"
#include "writers/pdf/backend.hpp"
#include "writers/pdf/srgb_icc.hpp"

namespace informe::detail::pdf {

namespace {

using namespace PoDoFo;

constexpr const char* producer = "PoDoFo 0.9.8";

PdfString utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

// Characters that Windows-1252 (PDF's WinAnsiEncoding) holds.
bool in_winansi(char32_t c) {
  if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF)) return true;
  switch (c) {
    case 0x20AC: case 0x201A: case 0x0192: case 0x201E: case 0x2026: case 0x2020: case 0x2021:
    case 0x02C6: case 0x2030: case 0x0160: case 0x2039: case 0x0152: case 0x017D: case 0x2018:
    case 0x2019: case 0x201C: case 0x201D: case 0x2022: case 0x2013: case 0x2014: case 0x02DC:
    case 0x2122: case 0x0161: case 0x203A: case 0x0153: case 0x017E: case 0x0178:
      return true;
    default:
      return false;
  }
}

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

// Glyph metrics of one font file, cached per character.
class face_metrics {
 public:
  face_metrics(FT_Library* library, const std::string& path) : path_(path) {
    if (!std::filesystem::exists(path)) throw error("font file not found: " + path);
    metrics_ = std::make_unique<PdfFontMetricsFreetype>(library, path.c_str(), false);
    if (!metrics_->GetFace()) throw error("cannot load font file: " + path);
    metrics_->SetFontSize(1000.0f);
    ascent_ = metrics_->GetAscent();
  }
  bool has(char32_t c) const {
    if (c > 0xFFFF) return astral(c).first != 0;
    std::int8_t& known = block_of(c).glyph[c & 0xFF];
    if (known == 0) known = metrics_->GetGlyphId(static_cast<long>(c)) != 0 ? 1 : -1;
    return known > 0;
  }
  double advance(char32_t c) const {
    if (c > 0xFFFF) return astral(c).second;
    if (!has(c)) return 0;
    float& w = block_of(c).width[c & 0xFF];
    if (w < 0) w = static_cast<float>(metrics_->UnicodeCharWidth(static_cast<unsigned short>(c)));
    return w;
  }
  /// Glyph id and advance of a character outside the BMP (0, 0 when the face lacks it).
  std::pair<long, double> astral(char32_t c) const {
    auto it = astral_.find(c);
    if (it == astral_.end()) {
      const long glyph = metrics_->GetGlyphId(static_cast<long>(c));
      it = astral_.emplace(c, std::pair<long, double>{glyph, glyph ? metrics_->GetGlyphWidth(glyph) : 0.0}).first;
    }
    return it->second;
  }
  double ascent() const { return ascent_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<PdfFontMetricsFreetype> metrics_;
  double ascent_ = 0;
  // Per BMP character, in blocks of 256 made on first use (a report touches a few): glyph known (1),
  // absent (-1), not looked up (0); advance, or -1 when not measured.
  struct block {
    std::array<std::int8_t, 256> glyph{};
    std::array<float, 256> width;
    block() { width.fill(-1.0f); }
  };
  block& block_of(char32_t c) const {
    std::unique_ptr<block>& b = blocks_[c >> 8];
    if (!b) b = std::make_unique<block>();
    return *b;
  }
  mutable std::array<std::unique_ptr<block>, 256> blocks_;
  mutable std::unordered_map<char32_t, std::pair<long, double>> astral_;
};

// PoDoFo's errors become informe::error.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const PdfError& e) {
    throw error(std::string("PDF backend (PoDoFo): ") + PdfError::ErrorMessage(e.GetError()));
  }
}

// Where a character is drawn from: the face's WinAnsi subset, an extra subset of the face or of its fallback,
// the whole face or its fallback (characters outside the BMP).
enum target : std::uint8_t { winansi_primary, extra_primary, extra_fallback, whole_primary, whole_fallback, no_font };

constexpr int extra_first_code = 0x21;           // codes 0x21..0xFF: no space (word spacing), no controls
constexpr int extra_codes = 0x100 - extra_first_code;

pdf_utf16be swap16(char32_t c) {  // PoDoFo 0.9.8 keeps encoding values big-endian in pdf_utf16be
  return static_cast<pdf_utf16be>(((c << 8) & 0xFF00) | ((c >> 8) & 0x00FF));
}

// A whole face as an Identity-H font, for characters outside the BMP: the glyphs drawn, by id.
struct whole_font {
  PdfFont* font = nullptr;
  std::map<long, std::pair<char32_t, double>> glyphs;  // glyph id: character, advance
};

// One extra subset: the characters given codes 0x21, 0x22... in the order they were first drawn.
struct extra_font {
  int face = 0;
  target source = extra_primary;
  std::string resource;         // the font's name in content streams and page resources
  std::vector<char32_t> chars;  // chars[i] has code extra_first_code + i
  std::vector<int> pages;       // pages that use it, ascending
};

class podofo_backend final : public backend {
 public:
  explicit podofo_backend(const font_files& fonts) : fonts_(fonts) {
    library_ = doc_.GetFontLibrary();
    for (int f = 0; f < face_count; ++f) {
      primary_[f] = std::make_unique<face_metrics>(&library_, fonts.primary[f]);
    }
  }

  double advance(face f, char32_t c) const override {
    const auto i = static_cast<int>(f);
    if (primary_[i]->has(c)) return primary_[i]->advance(c);
    const face_metrics* fb = fallback(i);
    return fb && fb->has(c) ? fb->advance(c) : 0;
  }
  bool has_glyph(face f, char32_t c) const override {
    const auto i = static_cast<int>(f);
    if (primary_[i]->has(c)) return true;
    const face_metrics* fb = fallback(i);
    return fb && fb->has(c);
  }
  double ascent(face f) const override { return primary_[static_cast<int>(f)]->ascent(); }

  void set_structure(const structure* tags) override {
    tags_ = tags;
    content_of_.assign(tags ? tags->nodes.size() : 0, {});
  }

  void draw_page(double width, double height, const page_ops& ops) override {
    guarded([&] { draw_page_unguarded(width, height, ops); });
  }
  void add_outline(const std::vector<bookmark>& marks) override {
    guarded([&] { add_outline_unguarded(marks); });
  }
  std::string finish(const document_info& info) override {
    return guarded([&] { return finish_unguarded(info); });
  }

 private:
  // The page's content stream is written here, operator by operator (PdfPainter formats every number
  // through an ostream and re-encodes every string, which dominated the writer's time); PoDoFo keeps
  // the fonts, their encodings and subsets, the objects and the file.
  void draw_page_unguarded(double width, double height, const page_ops& ops) {
    // Pages join the page tree all at once in finish(): inserting one by one walks the tree each time.
    auto page = std::make_unique<PdfPage>(PdfRect(0, 0, width, height), &doc_.GetObjects());
    heights_.push_back(height);
    page_ = page.get();
    page_fonts_.clear();
    page_extras_.clear();
    content_.clear();
    fill_ = colour{-1, -1, -1};
    colour stroke{-1, -1, -1};
    double stroke_width = -1;
    page_marks_.emplace_back();
    const bool paths = !ops.fills.empty() || !ops.rules.empty();
    if (paths) content_ += "/Artifact BMC\n";  // backgrounds and rules are layout, not content
    for (const auto& f : ops.fills) {
      set_fill(f.c);
      num(f.x), num(height - f.y - f.h), num(f.w), num(f.h);
      content_ += "re f\n";
    }
    for (const auto& r : ops.rules) {
      if (!(r.c == stroke)) {
        stroke = r.c;
        num(r.c.r), num(r.c.g), num(r.c.b);
        content_ += "RG\n";
      }
      if (r.width != stroke_width) {
        stroke_width = r.width;
        num(r.width);
        content_ += "w\n";
      }
      num(r.x1), num(height - r.y1);
      content_ += "m ";
      num(r.x2), num(height - r.y2);
      content_ += "l S\n";
    }
    if (paths) content_ += "EMC\n";
    if (!ops.texts.empty()) {
      content_ += "BT\n";
      current_font_.clear();
      current_size_ = -1;
      constexpr int none = -2;
      int open = none;  // the tag of the open marked-content sequence
      for (const auto& t : ops.texts) {
        if (t.tag != open) {
          if (open != none) content_ += "EMC\n";
          begin_marked(t.tag);
          open = t.tag;
        }
        draw_text(t, height);
      }
      if (open != none) content_ += "EMC\n";
      content_ += "ET\n";
    }
    page->GetContentsForAppending()->GetStream()->Set(content_.data(), static_cast<pdf_long>(content_.size()));
    for (std::size_t x : page_extras_) extras_[x].pages.push_back(static_cast<int>(page_objects_.size()));
    page_objects_.push_back(page->GetObject());
    page_ = nullptr;
  }

  // Opens the marked-content sequence of structure node `tag` (the next MCID of the page), or an artifact.
  void begin_marked(int tag) {
    if (tag < 0 || !tags_ || static_cast<std::size_t>(tag) >= tags_->nodes.size()) {
      content_ += "/Artifact BMC\n";
      return;
    }
    std::vector<int>& marks = page_marks_.back();
    const int mcid = static_cast<int>(marks.size());
    marks.push_back(tag);
    content_of_[static_cast<std::size_t>(tag)].push_back({static_cast<int>(page_objects_.size()), mcid});
    content_ += '/';
    content_ += tags_->nodes[static_cast<std::size_t>(tag)].type;
    content_ += " <</MCID ";
    content_ += std::to_string(mcid);
    content_ += ">> BDC\n";
  }

  // A number with at most three decimals and a trailing space.
  void num(double v) {
    char buf[32];
    double r = std::round(v * 1000.0) / 1000.0;
    if (r == 0) r = 0;  // no "-0"
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, 3);
    char* e = end;
    while (e > buf && e[-1] == '0') --e;
    if (e > buf && e[-1] == '.') --e;
    content_.append(buf, e);
    content_ += ' ';
  }

  void set_fill(const colour& c) {
    if (c == fill_) return;
    fill_ = c;
    num(c.r), num(c.g), num(c.b);
    content_ += "rg\n";
  }

  // Selects the font named `resource` at `size` (a PoDoFo font is added to the page's resources here, an
  // extra subset in finish()).
  void use_font(const std::string& resource, double size) {
    if (resource == current_font_ && size == current_size_) return;
    current_font_ = resource;
    current_size_ = size;
    content_ += '/';
    content_ += resource;
    content_ += ' ';
    num(size);
    content_ += "Tf\n";
  }

  void insert_pages() {
    if (inserted_) return;
    inserted_ = true;
    if (!page_objects_.empty())
      doc_.GetPagesTree()->InsertPages(ePdfPageInsertionPoint_InsertBeforeFirstPage, page_objects_);
  }

  void add_outline_unguarded(const std::vector<bookmark>& marks) {
    insert_pages();
    if (marks.empty()) return;
    PdfOutlines* outlines = doc_.GetOutlines();
    for (const auto& m : marks) {
      if (m.page < 0 || static_cast<std::size_t>(m.page) >= page_objects_.size()) continue;
      PdfDestination dest(doc_.GetPage(m.page), 0, heights_[m.page] - m.y + 4, 0);
      outlines->CreateChild(utf8(m.title), dest);
    }
    doc_.GetCatalog()->GetDictionary().AddKey("PageMode", PdfName("UseOutlines"));
  }

  std::string finish_unguarded(const document_info& info) {
    insert_pages();
    create_extra_fonts();
    write_whole_font_maps();
    declare_used_glyphs();
    // A local time of unknown offset is written without one ("D:20091007170625"), never as UTC.
    const std::string pdf_date = format_date(info.created, info.created_utc ? "D:%Y%m%d%H%M%SZ" : "D:%Y%m%d%H%M%S");
    const std::string xmp_date =
        format_date(info.created, info.created_utc ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%dT%H:%M:%S");
    PdfInfo* pdf_info = doc_.GetInfo();
    // Empty entries are left out, here and in the XMP (PDF/A wants the two to agree).
    if (!info.title.empty()) pdf_info->SetTitle(utf8(info.title));
    if (!info.author.empty()) pdf_info->SetAuthor(utf8(info.author));
    if (!info.subject.empty()) pdf_info->SetSubject(utf8(info.subject));
    if (!info.keywords.empty()) pdf_info->SetKeywords(utf8(info.keywords));
    if (!info.creator.empty()) pdf_info->SetCreator(utf8(info.creator));
    pdf_info->SetProducer(PdfString(producer));
    PdfDictionary& dict = pdf_info->GetObject()->GetDictionary();
    dict.AddKey("CreationDate", PdfString(pdf_date.c_str()));
    dict.AddKey("ModDate", PdfString(pdf_date.c_str()));

    PdfDictionary& catalog = doc_.GetCatalog()->GetDictionary();
    catalog.AddKey("Lang", PdfString(info.lang.c_str()));
    PdfDictionary prefs;
    prefs.AddKey("DisplayDocTitle", PdfVariant(true));
    catalog.AddKey("ViewerPreferences", prefs);

    std::string xmp = make_xmp(info, xmp_date);
    PdfObject* meta = doc_.GetObjects().CreateObject("Metadata");
    meta->GetDictionary().AddKey("Subtype", PdfName("XML"));
    meta->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
    catalog.AddKey("Metadata", meta->Reference());
    write_structure();
    if (info.pdfa_conformance) add_output_intent();

    doc_.SetPdfVersion(ePdfVersion_1_7);
    doc_.SetWriteMode(ePdfWriteMode_Compact);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc_.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
  }

  // /MarkInfo, /Tabs /S on every page, and the structure tree: a StructElem per node with content beneath it
  // (a table's rows and cells are kept even when empty, so the table stays regular), the ParentTree, and each
  // page's /StructParents. A report has thousands of elements: each is written here as its dictionary's bytes
  // (a PdfData object), which PoDoFo copies to the file as they are; building them as PdfDictionary objects
  // doubled the writer's time for the finishing.
  void write_structure() {
    PdfDictionary& catalog = doc_.GetCatalog()->GetDictionary();
    PdfDictionary mark_info;
    mark_info.AddKey("Marked", PdfVariant(true));
    catalog.AddKey("MarkInfo", mark_info);
    for (PdfObject* page : page_objects_) page->GetDictionary().AddKey("Tabs", PdfName("S"));
    if (!tags_ || tags_->nodes.empty()) return;
    const std::vector<struct_node>& nodes = tags_->nodes;
    const std::size_t n = nodes.size();
    std::vector<char> keep(n, 0);
    for (std::size_t i = n; i-- > 0;) {
      const std::string& type = nodes[i].type;
      if (!content_of_[i].empty() || type == "TR" || type == "TH" || type == "TD") keep[i] = 1;
      if (keep[i] && nodes[i].parent >= 0) keep[static_cast<std::size_t>(nodes[i].parent)] = 1;
    }
    PdfVecObjects& objects = doc_.GetObjects();
    PdfObject* root = objects.CreateObject("StructTreeRoot");
    // The objects first (their numbers are needed for the references), then their bytes.
    std::vector<PdfObject*> elems(n, nullptr);
    std::vector<std::vector<std::size_t>> kids(n);
    const PdfVariant placeholder(PdfData("null"));
    for (std::size_t i = 0; i < n; ++i) {
      const int parent = nodes[i].parent;
      if (!keep[i] || (parent >= 0 && !elems[static_cast<std::size_t>(parent)])) continue;  // parent first
      elems[i] = objects.CreateObject(placeholder);
      if (parent >= 0) kids[static_cast<std::size_t>(parent)].push_back(i);
    }
    std::string d;
    auto ref = [&d](const PdfObject* o) {
      d += std::to_string(o->Reference().ObjectNumber());
      d += " 0 R";
    };
    std::vector<std::string> page_refs;
    for (PdfObject* page : page_objects_)
      page_refs.push_back(std::to_string(page->Reference().ObjectNumber()) + " 0 R");
    for (std::size_t i = 0; i < n; ++i) {
      if (!elems[i]) continue;
      const struct_node& node = nodes[i];
      d.assign("<</S/");
      d += node.type;
      d += "/P ";
      ref(node.parent >= 0 ? elems[static_cast<std::size_t>(node.parent)] : root);
      if (!node.scope.empty()) {
        d += "/A<</O/Table/Scope/";
        d += node.scope;
        d += ">>";
      }
      const auto& content = content_of_[i];
      if (!content.empty()) {
        d += "/Pg ";
        d += page_refs[static_cast<std::size_t>(content[0].first)];
      }
      d += "/K[";
      for (std::size_t k : kids[i]) {
        ref(elems[k]);
        d += ' ';
      }
      for (auto [page, mcid] : content) {
        if (page == content[0].first) {
          d += std::to_string(mcid);
        } else {  // the rest of a split row's cell, on a later page
          d += "<</Type/MCR/Pg ";
          d += page_refs[static_cast<std::size_t>(page)];
          d += "/MCID ";
          d += std::to_string(mcid);
          d += ">>";
        }
        d += ' ';
      }
      if (d.back() == ' ') d.pop_back();
      d += "]>>";
      static_cast<PdfVariant&>(*elems[i]) = PdfVariant(PdfData(d.data(), d.size()));
    }
    // The ParentTree: per page with marked content, the element of each MCID.
    d.assign("<</Nums[");
    for (std::size_t p = 0; p < page_marks_.size() && p < page_objects_.size(); ++p) {
      if (page_marks_[p].empty()) continue;
      d += std::to_string(p);
      d += '[';
      for (int node : page_marks_[p]) {
        const PdfObject* e = elems[static_cast<std::size_t>(node)];
        if (e) {
          ref(e);
        } else {
          d += "null";
        }
        d += ' ';
      }
      d.back() = ']';
      page_objects_[p]->GetDictionary().AddKey("StructParents", static_cast<pdf_int64>(p));
    }
    d += "]>>";
    PdfObject* parent_tree = objects.CreateObject(PdfVariant(PdfData(d.data(), d.size())));
    PdfDictionary& r = root->GetDictionary();
    if (elems[0]) r.AddKey("K", elems[0]->Reference());
    r.AddKey("ParentTree", parent_tree->Reference());
    r.AddKey("ParentTreeNextKey", static_cast<pdf_int64>(page_objects_.size()));
    catalog.AddKey("StructTreeRoot", root->Reference());
  }

  // PDF/A's output intent: the sRGB profile our DeviceRGB colours are meant in (ISO 19005-2 6.2.3).
  void add_output_intent() {
    const std::string_view icc = srgb_icc_profile();
    PdfObject* profile = doc_.GetObjects().CreateObject();
    profile->GetDictionary().AddKey("N", static_cast<pdf_int64>(3));
    profile->GetStream()->Set(icc.data(), static_cast<pdf_long>(icc.size()));
    PdfDictionary intent;
    intent.AddKey("Type", PdfName("OutputIntent"));
    intent.AddKey("S", PdfName("GTS_PDFA1"));
    intent.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
    intent.AddKey("RegistryName", PdfString("http://www.color.org"));
    intent.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
    intent.AddKey("DestOutputProfile", profile->Reference());
    PdfArray intents;
    intents.push_back(intent);
    doc_.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
  }

  static std::string format_date(std::int64_t t, const char* format) {
    std::time_t when = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&when, &tm);
    char out[64];
    std::strftime(out, sizeof out, format, &tm);
    return out;
  }

  static std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
      }
    }
    return out;
  }

  // The XMP packet: the Info dictionary's entries (the same values), the PDF/UA identification (the file is
  // tagged as ISO 14289-1 asks), and for PDF/A the pdfaid entries and the extension schema that declares
  // pdfuaid (ISO 19005-2 6.6.2.3: only the XMP 2005 schemas need no declaration).
  static std::string make_xmp(const document_info& info, const std::string& date) {
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
         "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
    if (info.pdfa_conformance) x += " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
    x += ">\n<dc:format>application/pdf</dc:format>\n";
    if (!info.title.empty())
      x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(info.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!info.author.empty())
      x += "<dc:creator><rdf:Seq><rdf:li>" + xml_escape(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!info.subject.empty())
      x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(info.subject) +
           "</rdf:li></rdf:Alt></dc:description>\n";
    x += "<dc:language><rdf:Bag><rdf:li>" + xml_escape(info.lang) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!info.keywords.empty()) x += "<pdf:Keywords>" + xml_escape(info.keywords) + "</pdf:Keywords>\n";
    x += std::string("<pdf:Producer>") + producer + "</pdf:Producer>\n";
    if (!info.creator.empty()) x += "<xmp:CreatorTool>" + xml_escape(info.creator) + "</xmp:CreatorTool>\n";
    x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    x += "<pdfuaid:part>1</pdfuaid:part>\n";
    if (info.pdfa_conformance) {
      x += "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>";
      x += static_cast<char>(std::toupper(static_cast<unsigned char>(info.pdfa_conformance)));
      x += "</pdfaid:conformance>\n";
    }
    x += "</rdf:Description>\n";
    if (info.pdfa_conformance) {
      x += "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
           "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
           "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
           "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
           "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
           "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
           "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
           "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
           "<pdfaProperty:name>part</pdfaProperty:name>\n"
           "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
           "<pdfaProperty:category>internal</pdfaProperty:category>\n"
           "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
           "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
           "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
    }
    x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
  }

  // The face's WinAnsi subset.
  PdfFont* winansi_font(int f) {
    PdfFont*& slot = winansi_[f];
    if (slot) return slot;
    const std::string& path = fonts_.primary[f];
    slot = doc_.CreateFontSubset(stem(path).c_str(), f == static_cast<int>(face::bold),
                                 f == static_cast<int>(face::italic), false,
                                 PdfEncodingFactory::GlobalWinAnsiEncodingInstance(), path.c_str());
    if (!slot) throw error("PoDoFo could not create a font from " + path);
    return slot;
  }

  target target_of(int f, char32_t c) const {
    if (primary_[f]->has(c)) return in_winansi(c) ? winansi_primary : c > 0xFFFF ? whole_primary : extra_primary;
    const face_metrics* fb = fallback(f);
    if (fb && fb->has(c)) return c > 0xFFFF ? whole_fallback : extra_fallback;
    return no_font;
  }

  // The whole face (or its fallback) as an Identity-H font, created on first use.
  whole_font& whole(int f, target source) {
    whole_font& w = whole_[f][source == whole_fallback];
    if (w.font) return w;
    const std::string& path = source == whole_fallback ? fonts_.fallback[f] : fonts_.primary[f];
    w.font = doc_.CreateFont(stem(path).c_str(), f == static_cast<int>(face::bold), f == static_cast<int>(face::italic),
                             false, PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                             PdfFontCache::eFontCreationFlags_None, true, path.c_str());
    if (!w.font) throw error("PoDoFo could not create a font from " + path);
    return w;
  }

  // Adds a PoDoFo font to the page's resources once and selects it.
  void use_podofo_font(PdfFont* font, double size) {
    const std::string& id = font->GetIdentifier().GetName();
    if (id != current_font_ && page_fonts_.insert(font).second)
      page_->AddResource(font->GetIdentifier(), font->GetObject()->Reference(), PdfName("Font"));
    use_font(id, size);
  }

  // The fallback face's metrics, loaded the first time a character is missing from the primary face.
  const face_metrics* fallback(int f) const {
    if (!fallback_tried_[f]) {
      fallback_tried_[f] = true;
      if (!fonts_.fallback[f].empty() && std::filesystem::exists(fonts_.fallback[f]))
        fallback_[f] = std::make_unique<face_metrics>(&library_, fonts_.fallback[f]);
    }
    return fallback_[f].get();
  }

  // Windows-1252 byte of a character in_winansi() accepts.
  static unsigned char winansi_byte(char32_t c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<unsigned char>(c);
    static const std::pair<char32_t, unsigned char> table[] = {
        {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
        {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
        {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
        {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
        {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
    for (const auto& [u, b] : table)
      if (u == c) return b;
    return '?';
  }

  // The extra subset and code of `c` (of face `f`, from `source`), given on first use.
  std::pair<std::size_t, unsigned char> extra_code(int f, target source, char32_t c) {
    auto& codes = extra_codes_[f][source == extra_fallback];
    auto [it, added] = codes.try_emplace(c, static_cast<std::uint32_t>(codes.size()));
    const std::size_t nth = it->second / extra_codes;  // the face's nth extra subset from this source
    auto& list = extra_index_[f][source == extra_fallback];
    if (nth == list.size()) {
      extra_font x;
      x.face = f;
      x.source = source;
      x.resource = std::string("X") + "RBI"[f] + (source == extra_fallback ? "f" : "p") + std::to_string(nth);
      list.push_back(extras_.size());
      extras_.push_back(std::move(x));
    }
    extra_font& x = extras_[list[nth]];
    if (added) x.chars.push_back(c);
    return {list[nth], static_cast<unsigned char>(extra_first_code + it->second % extra_codes)};
  }

  // A run of characters of one target in face `f`.
  void show(int f, target tg, const std::u32string& run, double x, double y, double size) {
    if (tg == winansi_primary) {
      PdfFont* font = winansi_font(f);
      use_podofo_font(font, size);
      content_ += "1 0 0 1 ";
      num(x), num(y);
      content_ += "Tm (";
      auto& used = used_[font];
      for (char32_t c : run) {
        used.insert(c);
        unsigned char b = winansi_byte(c);
        if (b == '(' || b == ')' || b == '\\') content_ += '\\';
        content_ += static_cast<char>(b);
      }
      content_ += ") Tj\n";
      return;
    }
    static const char* hex = "0123456789ABCDEF";
    if (tg == whole_primary || tg == whole_fallback) {
      // Identity-H: two-byte glyph ids.
      whole_font& w = whole(f, tg);
      const face_metrics& m = tg == whole_fallback ? *fallback(f) : *primary_[f];
      use_podofo_font(w.font, size);
      content_ += "1 0 0 1 ";
      num(x), num(y);
      content_ += "Tm <";
      for (char32_t c : run) {
        auto [glyph, width] = m.astral(c);
        w.glyphs.emplace(glyph, std::pair<char32_t, double>{c, width});
        for (int shift = 12; shift >= 0; shift -= 4) content_ += hex[(glyph >> shift) & 15];
      }
      content_ += "> Tj\n";
      return;
    }
    // Extra subsets: a hex string of codes; a font switch wherever the run crosses into another subset.
    std::size_t open = static_cast<std::size_t>(-1);
    for (char32_t c : run) {
      auto [which, code] = extra_code(f, tg, c);
      if (which != open) {
        if (open != static_cast<std::size_t>(-1)) content_ += "> Tj\n";
        page_extras_.insert(which);
        use_font(extras_[which].resource, size);
        if (open == static_cast<std::size_t>(-1)) {
          content_ += "1 0 0 1 ";
          num(x), num(y);
          content_ += "Tm ";
        }
        content_ += '<';
        open = which;
      }
      content_ += hex[code >> 4];
      content_ += hex[code & 15];
    }
    content_ += "> Tj\n";
  }

  void draw_text(const text_op& t, double page_height) {
    const int f = static_cast<int>(t.f);
    set_fill(t.c);
    double x = t.x;
    std::u32string run;
    double run_x = x;
    target run_target = no_font;
    auto flush = [&] {
      if (!run.empty() && run_target != no_font) show(f, run_target, run, run_x, page_height - t.y, t.size);
      run.clear();
    };
    for (char32_t c : decode_utf8(t.text)) {
      target tg = target_of(f, c);
      if (tg != run_target) {
        flush();
        run_target = tg;
        run_x = x;
      }
      if (tg != no_font) run += c;  // the writer has reported characters no font holds
      x += advance(t.f, c) * t.size / 1000.0;
    }
    flush();
  }

  // Creates the extra subsets, now that their characters are known, and adds them to the pages using them.
  void create_extra_fonts() {
    for (extra_font& x : extras_) {
      const std::string& path = x.source == extra_fallback ? fonts_.fallback[x.face] : fonts_.primary[x.face];
      PdfEncodingDifference differences;
      std::string all;
      for (std::size_t i = 0; i < x.chars.size(); ++i) {
        // PoDoFo 0.9.8 looks the characters up by their big-endian value. Glyph names "uniXXXX": AGL names
        // can be ambiguous ("Omega" is U+2126 to Poppler, so U+03A9 drew as a box).
        char name[8];
        std::snprintf(name, sizeof name, "uni%04X", static_cast<unsigned>(x.chars[i]));
        differences.AddDifference(extra_first_code + static_cast<int>(i), swap16(x.chars[i]), PdfName(name));
        append_utf8(all, x.chars[i]);
      }
      auto* encoding = new PdfDifferenceEncoding(differences, PdfDifferenceEncoding::eBaseEncoding_WinAnsi, &doc_);
      PdfFont* font = doc_.CreateFontSubset(stem(path).c_str(), x.face == static_cast<int>(face::bold),
                                            x.face == static_cast<int>(face::italic), false, encoding, path.c_str());
      if (!font) throw error("PoDoFo could not create a font from " + path);
      font->AddUsedSubsettingGlyphs(utf8(all), static_cast<long>(x.chars.size()));
      for (int p : x.pages)
        doc_.GetPage(p)->AddResource(PdfName(x.resource), font->GetObject()->Reference(), PdfName("Font"));
    }
  }

  // The /W and /ToUnicode of the whole faces: the glyphs drawn (PoDoFo's cover the BMP's glyphs only).
  void write_whole_font_maps() {
    for (auto& per_face : whole_) {
      for (whole_font& w : per_face) {
        if (!w.font) continue;
        PdfArray widths;
        std::string bfchar;
        char buf[64];
        for (const auto& [glyph, drawn] : w.glyphs) {
          widths.push_back(static_cast<pdf_int64>(glyph));
          PdfArray one;
          one.push_back(static_cast<pdf_int64>(std::lround(drawn.second)));
          widths.push_back(one);
          const char32_t c = drawn.first - 0x10000;  // as a UTF-16 surrogate pair
          std::snprintf(buf, sizeof buf, "<%04lX> <%04X%04X>\n", glyph, static_cast<unsigned>(0xD800 + (c >> 10)),
                        static_cast<unsigned>(0xDC00 + (c & 0x3FF)));
          bfchar += buf;
        }
        PdfObject* descendants = w.font->GetObject()->GetIndirectKey("DescendantFonts");
        PdfObject* to_unicode = w.font->GetObject()->GetIndirectKey("ToUnicode");
        if (!descendants || descendants->GetArray().empty() || !to_unicode)
          throw error("PoDoFo made an Identity-H font without /DescendantFonts or /ToUnicode");
        doc_.GetObjects().GetObject(descendants->GetArray()[0].GetReference())->GetDictionary().AddKey("W", widths);
        std::string cmap =
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n"
            "/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
        // At most 100 entries per section.
        for (std::size_t at = 0; at < bfchar.size();) {
          std::size_t end = at, n = 0;
          for (; n < 100 && end < bfchar.size(); ++n) end = bfchar.find('\n', end) + 1;
          cmap += std::to_string(n) + " beginbfchar\n" + bfchar.substr(at, end - at) + "endbfchar\n";
          at = end;
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        to_unicode->GetStream()->Set(cmap.data(), static_cast<pdf_long>(cmap.size()));
      }
    }
  }

  // Tells each subset font which characters the pages use, before PoDoFo embeds the subsets.
  void declare_used_glyphs() {
    for (auto& [font, used] : used_) {
      const std::set<char32_t>& chars = used.chars;
      if (!font->IsSubsetting() || chars.empty()) continue;
      std::string all;
      for (char32_t c : chars) append_utf8(all, c);
      font->AddUsedSubsettingGlyphs(utf8(all), static_cast<long>(chars.size()));
    }
    used_.clear();
  }

  font_files fonts_;
  PdfMemDocument doc_;
  mutable FT_Library library_ = nullptr;
  std::array<std::unique_ptr<face_metrics>, face_count> primary_;
  mutable std::array<std::unique_ptr<face_metrics>, face_count> fallback_;
  mutable std::array<bool, face_count> fallback_tried_{};
  std::array<PdfFont*, face_count> winansi_{};
  std::vector<extra_font> extras_;
  std::array<std::array<whole_font, 2>, face_count> whole_;  // per face: the face, its fallback
  // Per face and source (primary, fallback): the code order of each character, and the extra subsets.
  std::array<std::array<std::unordered_map<char32_t, std::uint32_t>, 2>, face_count> extra_codes_;
  std::array<std::array<std::vector<std::size_t>, 2>, face_count> extra_index_;
  std::vector<PdfObject*> page_objects_;
  // The characters a font shows, in order; a bitmap answers "seen already?" for the BMP (most calls).
  struct used_chars {
    std::vector<bool> seen = std::vector<bool>(0x10000);
    std::set<char32_t> chars;
    void insert(char32_t c) {
      if (c < 0x10000) {
        if (seen[c]) return;
        seen[c] = true;
      }
      chars.insert(c);
    }
  };
  std::map<PdfFont*, used_chars> used_;  // characters shown per subset font
  // The page being written.
  PdfPage* page_ = nullptr;
  std::set<PdfFont*> page_fonts_;
  std::set<std::size_t> page_extras_;
  std::string content_;
  colour fill_;
  std::string current_font_;
  double current_size_ = -1;
  std::vector<double> heights_;
  bool inserted_ = false;
  // Tagging: the structure tree, each page's MCIDs (the node of each), each node's (page, MCID) pairs.
  const structure* tags_ = nullptr;
  std::vector<std::vector<int>> page_marks_;
  std::vector<std::vector<std::pair<int, int>>> content_of_;
};

}  // namespace

std::unique_ptr<backend> backend::create_podofo(const font_files& fonts) {
  try {
    return std::make_unique<podofo_backend>(fonts);
  } catch (const PoDoFo::PdfError& e) {
    throw error(std::string("PoDoFo: ") + PoDoFo::PdfError::ErrorMessage(e.GetError()));
  }
}

}  // namespace informe::detail::pdf
