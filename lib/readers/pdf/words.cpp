// Positioned words from poppler's text output device (poppler's core API: libpoppler-private-dev).
// The core API, not poppler-cpp, because only it lets a page be read within a budget: the device
// below counts characters and Form XObjects as poppler draws them and stops a page that goes over
// (poppler-cpp's text_list() cannot be interrupted), and it can turn a sideways page upright.
//
// poppler reports problems through one process-wide callback: it is installed once and forwards to a
// per-thread sink, so concurrent readers in different threads each collect their own messages and
// nothing is ever printed.
#include "readers/pdf/words.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <poppler/Error.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/UTF.h>
#include <poppler/XRef.h>
#include <poppler/goo/GooString.h>

#include "core/unicode.hpp"
#include "readers/pdf/glyph_mapping.hpp"
#include "readers/pdf/text_layer.hpp"

namespace informe::detail::pdfin {

namespace {

constexpr std::size_t max_messages = 50;

struct message_sink {
  std::vector<std::string> messages;
  std::size_t dropped = 0;
};

thread_local message_sink* current_sink = nullptr;

// The wording of poppler-cpp's messages ("error (offset): text"), which earlier versions showed.
void on_poppler_message(ErrorCategory, Goffset pos, const char* message) {
  message_sink* sink = current_sink;
  if (!sink) return;  // a poppler call outside read_pdf: stay silent
  if (sink->messages.size() >= max_messages) {
    ++sink->dropped;
    return;
  }
  std::string m = pos >= 0 ? "error (" + std::to_string(pos) + "): " : "error: ";
  m += message ? message : "";
  for (char& c : m)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  while (!m.empty() && m.back() == ' ') m.pop_back();
  if (m.size() > 200) m.resize(200);
  sink->messages.push_back(std::move(m));
}

// poppler's global parameters, created once for the process and never destroyed (a reader may run
// during static destruction of another translation unit). The pointer is volatile so that the
// optimiser keeps it in static storage, where LeakSanitizer finds the object still reachable.
GlobalParamsIniter* volatile poppler_parameters = nullptr;

void initialise_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler_parameters = new GlobalParamsIniter(&on_poppler_message); });
}

// The document's title (/Info /Title: a text string, PDFDocEncoding or UTF-16 with its byte order
// mark) as UTF-8, control characters as spaces; empty when there is none.
std::string document_title(PDFDoc& doc) {
  std::unique_ptr<GooString> raw = doc.getDocInfoTitle();
  if (!raw || raw->getLength() == 0) return {};
  Unicode* ucs4 = nullptr;
  const int n = TextStringToUCS4(raw->toStr(), &ucs4);
  std::string out;
  for (int i = 0; i < n && out.size() < 1000; ++i) {
    const char32_t c = ucs4[i];
    if (c < 0x20 || c == 0x7f) out += ' ';
    else append_utf8(out, c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? U'\ufffd' : c);
  }
  gfree(ucs4);
  return out;
}

// Routes poppler's messages to `sink` for the lifetime of the guard (this thread only).
class sink_guard {
 public:
  explicit sink_guard(message_sink& sink) : previous_(current_sink) { current_sink = &sink; }
  ~sink_guard() { current_sink = previous_; }
  sink_guard(const sink_guard&) = delete;
  sink_guard& operator=(const sink_guard&) = delete;

 private:
  message_sink* previous_;
};

// The last poppler message, for error texts.
std::string last_message(const message_sink& sink) {
  if (sink.messages.empty()) return {};
  return " (poppler: " + sink.messages.back() + ")";
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

using clock = std::chrono::steady_clock;

std::string size_text(std::size_t bytes) {
  if (bytes % (std::size_t{1} << 20) == 0) return thousands(bytes >> 20) + " MiB";
  return thousands(bytes) + " bytes";
}

clock::time_point after(clock::time_point start, double seconds) {
  return start + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(seconds));
}

// The decoded size of the stream `object` (a stream or an array of streams), counted up to `limit`
// bytes (past it: limit + 1). poppler interprets a content stream operator by operator and its abort
// check does not reach every operator of a long stream, so the size is what bounds its time.
std::size_t decoded_size(Object& object, std::size_t limit) {
  std::size_t total = 0;
  auto one = [&](Object& s) {
    if (!s.isStream()) return;
    Stream* stream = s.getStream();
    stream->reset();
    unsigned char buffer[1 << 14];
    int n = 0;
    while (total <= limit && (n = stream->doGetChars(static_cast<int>(sizeof buffer), buffer)) > 0)
      total += static_cast<std::size_t>(n);
    stream->close();
  };
  if (object.isArray()) {
    for (int i = 0; i < object.arrayGetLength() && total <= limit; ++i) {
      Object element = object.arrayGet(i);
      one(element);
    }
  } else {
    one(object);
  }
  return std::min(total, limit + 1);
}

// poppler's text device, counting what a page draws. Past a budget it stops collecting characters,
// skips every further Form XObject (useDrawForm() makes poppler hand them to drawForm(), which draws
// nothing) and asks poppler to abort the page; `exceeded` says which budget.
class budgeted_text_device : public TextOutputDev {
 public:
  budgeted_text_device(const page_budget& budget, XRef* xref, clock::time_point deadline, std::string over_time,
                       std::unordered_map<int, std::size_t>& form_sizes, glyph_mapping_check& glyph_codes, int page)
      : TextOutputDev(nullptr, false, 0, false, false),
        budget_(budget),
        xref_(xref),
        deadline_(deadline),
        over_time_(std::move(over_time)),
        form_sizes_(form_sizes),
        glyph_codes_(glyph_codes),
        page_(page) {}

  // A budget the page went over before it was drawn.
  void exceed(std::string why) {
    if (exceeded_.empty()) exceeded_ = std::move(why);
  }

  const std::string& exceeded() const { return exceeded_; }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode code, int n_bytes, const Unicode* u, int u_len) override {
    if (!exceeded_.empty()) return;
    if (++characters_ > budget_.characters) {
      exceed("it draws more than " + thousands(budget_.characters) + " characters");
      return;
    }
    if ((characters_ & 1023) == 0) check_time();
    if ((state->getRender() & 3) == 3) ++invisible_;  // modes 3 and 7: drawn for search, not seen
    if (u_len == 1 && u[0] > 0x20 && u[0] < 0x7F && state->getFont()) note_glyph(*state, x, y, code, n_bytes, u[0]);
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, n_bytes, u, u_len);
  }

  bool useDrawForm() override {
    if (exceeded_.empty()) {
      if (depth_ + 1 > budget_.form_depth) {
        exceed("it draws Form XObjects nested more than " + std::to_string(budget_.form_depth) + " deep");
      } else if (forms_ + 1 > budget_.forms) {
        exceed("it draws more than " + thousands(budget_.forms) + " Form XObjects");
      } else {
        check_time();
      }
    }
    return !exceeded_.empty();  // true: the form goes to drawForm(), which draws nothing
  }
  void beginForm(Ref id) override {
    ++depth_;
    ++forms_;
    // A form's decoded size, measured once per form: over the budget, poppler aborts it at once.
    auto [it, fresh] = form_sizes_.try_emplace(id.num, 0);
    if (fresh) {
      Object form = xref_->fetch(id);
      it->second = decoded_size(form, budget_.content_bytes);
    }
    if (it->second > budget_.content_bytes) {
      exceed("it draws a Form XObject of more than " + size_text(budget_.content_bytes) + " decoded");
    }
  }
  void endForm(Ref) override { --depth_; }

  // A list's bullet drawn as a shape, not a character: browsers draw a first-level disc marker as a
  // small filled circle, a second level's circle as a stroked one, a third level's square as a small
  // filled square. Its box (device space, as the words') becomes a bullet word beside the item's text.
  void fill(GfxState* state) override {
    note_bullet(state, true);
    TextOutputDev::fill(state);
  }
  void eoFill(GfxState* state) override {
    note_bullet(state, true);
    TextOutputDev::eoFill(state);
  }
  void stroke(GfxState* state) override {
    note_bullet(state, false);
    TextOutputDev::stroke(state);
  }
  const std::vector<std::array<double, 4>>& bullets() const { return bullets_; }
  /// Characters drawn, and those drawn invisible (an OCR layer over a scan's image).
  std::size_t characters() const { return characters_; }
  std::size_t invisible() const { return invisible_; }

  // poppler's abort callback, checked every few operators of a content stream (but, in poppler 22.12,
  // not past its first 20,000 operators: hence the budget of decoded bytes).
  static bool abort_page(void* self) {
    auto* device = static_cast<budgeted_text_device*>(self);
    if (device->exceeded_.empty()) device->check_time();
    return !device->exceeded_.empty();
  }

 private:
  void check_time() {
    if (clock::now() > deadline_) exceed(over_time_);
  }

  // One closed curve, round and a few points across (a disc or a circle of 0.2-0.5 em of text of 7-16
  // points); filled, also a square of straight sides of that size (a rule or a cell's ground is longer
  // one way than the other, or larger).
  void note_bullet(GfxState* state, bool filled) {
    const GfxPath* path = state->getPath();
    if (!path || path->getNumSubpaths() != 1 || bullets_.size() >= max_bullets) return;
    const GfxSubpath* sub = path->getSubpath(0);
    if (sub->getNumPoints() < 4 || sub->getNumPoints() > 64) return;
    bool curved = false;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (int i = 0; i < sub->getNumPoints(); ++i) {
      curved = curved || sub->getCurve(i);
      double x = 0, y = 0;
      state->transform(sub->getX(i), sub->getY(i), &x, &y);
      x0 = std::min(x0, x);
      y0 = std::min(y0, y);
      x1 = std::max(x1, x);
      y1 = std::max(y1, y);
    }
    const double w = x1 - x0, h = y1 - y0;
    if (!(curved || filled) || !(w >= 1.5 && w <= 7 && h >= 1.5 && h <= 7) || w > 1.25 * h || h > 1.25 * w) return;
    bullets_.push_back({x0, y0, x1, y1});
  }

  // A printable ASCII character to the check of the text layer's glyph mapping, with its advance (em),
  // measured only for a font whose widths the check knows.
  void note_glyph(const GfxState& state, double x, double y, CharCode code, int n_bytes, Unicode u) {
    const GfxFont& font = *state.getFont();
    const auto& name = font.getName();
    const std::string_view font_name = name ? std::string_view(*name) : std::string_view();
    double advance = 0;
    if (!glyph_codes_.checks_widths(font.getID()->num, font_name)) {
      // no widths to compare: the check follows the codes only
    } else if (font.isCIDFont()) {
      char bytes[4];
      const int n = std::clamp(n_bytes, 1, 4);
      for (int i = 0; i < n; ++i) bytes[i] = static_cast<char>((code >> (8 * (n - 1 - i))) & 0xFF);
      advance = static_cast<const GfxCIDFont&>(font).getWidth(bytes, n);
    } else if (code < 256) {
      advance = static_cast<const Gfx8BitFont&>(font).getWidth(static_cast<unsigned char>(code));
    }
    double tx = 0, ty = 0;
    state.transform(x, y, &tx, &ty);
    glyph_codes_.note(font.getID()->num, font_name, code, u, advance, page_, tx, ty);
  }

  static constexpr std::size_t max_bullets = 2000;
  std::vector<std::array<double, 4>> bullets_;

  const page_budget& budget_;
  XRef* xref_;
  clock::time_point deadline_;
  std::string over_time_;
  std::unordered_map<int, std::size_t>& form_sizes_;
  glyph_mapping_check& glyph_codes_;
  int page_;
  std::size_t characters_ = 0;
  std::size_t invisible_ = 0;
  std::size_t forms_ = 0;
  int depth_ = 0;
  std::string exceeded_;
};

// What one document's pages share while they are read: its deadline and the sizes of its forms.
struct reading {
  PDFDoc& doc;
  const page_budget& budget;
  clock::time_point document_deadline;
  std::unordered_map<int, std::size_t> form_sizes;
  glyph_mapping_check glyph_codes;
};

// One pass of poppler over page `number` (1-based) turned by `rotate` degrees beyond its /Rotate.
// Throws informe::error when the page goes over its budget.
std::unique_ptr<budgeted_text_device> display(reading& r, Page& page, int number, int rotate) {
  const page_budget& budget = r.budget;
  const clock::time_point page_deadline = after(clock::now(), budget.seconds);
  const bool page_first = page_deadline < r.document_deadline;
  auto device = std::make_unique<budgeted_text_device>(
      budget, r.doc.getXRef(), page_first ? page_deadline : r.document_deadline,
      page_first ? "reading it takes more than " + std::to_string(static_cast<long>(budget.seconds)) + " seconds"
                 : "reading the PDF up to it takes more than " +
                       std::to_string(static_cast<long>(budget.document_seconds)) + " seconds",
      r.form_sizes, r.glyph_codes, number);
  Object contents = page.getContents();
  if (decoded_size(contents, budget.content_bytes) > budget.content_bytes) {
    device->exceed("its content streams are more than " + size_text(budget.content_bytes) + " decoded");
  } else {
    r.doc.displayPageSlice(device.get(), number, 72, 72, rotate, false, false, false, -1, -1, -1, -1,
                           &budgeted_text_device::abort_page, device.get());
  }
  if (!device->exceeded().empty()) {
    throw error("page " + std::to_string(number) + " of the PDF is not read: " + device->exceeded() +
                    " (over the budget of a page, docs/cli.md, Limits)",
                {0, 0, number});
  }
  return device;
}

// A bullet drawn as a shape becomes a word "•" where a word of text follows it on its line, a little
// to its right (the item's first word): with that word's height and size, so that it joins the line.
// A shape with no such word is no bullet.
void add_drawn_bullets(const std::vector<std::array<double, 4>>& bullets, std::vector<word>& words) {
  const std::size_t text_words = words.size();
  for (const auto& [x0, y0, x1, y1] : bullets) {
    const double centre = (y0 + y1) / 2;
    const word* next = nullptr;
    for (std::size_t k = 0; k < text_words; ++k) {
      const word& w = words[k];
      if (w.y0 > centre || w.y1 < centre || w.x0 < x1) continue;
      if (w.x0 - x1 > 2.5 * w.size) continue;
      if (!next || w.x0 < next->x0) next = &w;
    }
    if (!next) continue;
    word b;
    b.text = "\u2022";
    b.x0 = x0;
    b.x1 = x1;
    b.y0 = next->y0;
    b.y1 = next->y1;
    b.size = next->size;
    b.space_after = true;
    words.push_back(std::move(b));
  }
}

}  // namespace

std::vector<page> extract_words(std::string_view pdf, diagnostics& diags, const page_budget& budget) {
  return read_document(pdf, diags, budget).pages;
}

pdf_document read_document(std::string_view pdf, diagnostics& diags, const page_budget& budget) {
  initialise_poppler();
  message_sink sink;
  sink_guard guard(sink);

  if (pdf.size() > static_cast<std::size_t>(INT_MAX)) throw error("the PDF is too large for poppler (2 GiB or more)");
  // MemStream reads `pdf` in place: it outlives the document.
  auto doc = std::make_unique<PDFDoc>(
      new MemStream(pdf.data(), 0, static_cast<Goffset>(pdf.size()), Object(objNull)));
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) {
      throw error("the PDF is encrypted and needs a password; decrypt it first (qpdf --decrypt)");
    }
    throw error("cannot open the PDF: it is damaged, truncated or not a PDF" + last_message(sink));
  }
  const int count = doc->getNumPages();
  if (count <= 0) throw error("the PDF has no pages" + last_message(sink));
  if (count > max_pdf_pages) {
    throw error("the PDF has " + thousands(static_cast<std::size_t>(count)) + " pages, more than the limit of " +
                thousands(static_cast<std::size_t>(max_pdf_pages)));
  }

  reading r{*doc, budget, after(clock::now(), budget.document_seconds), {}, {}};
  std::size_t drawn = 0, invisible = 0;
  int first_invisible_page = 0;
  pdf_document document;
  document.title = document_title(*doc);
  std::vector<page>& out = document.pages;
  out.reserve(static_cast<std::size_t>(count));
  for (int i = 1; i <= count; ++i) {
    page pg;
    pg.number = i;
    Page* p = doc->getPage(i);
    if (!p) {
      diags.warning({0, 0, i}, "PDF: page " + std::to_string(i) + " cannot be read; skipped",
                    diagnostic_code::truncated_input);
      out.push_back(std::move(pg));
      continue;
    }
    auto device = display(r, *p, i, 0);
    std::unique_ptr<TextWordList> list = device->makeWordList();
    // poppler applies /Rotate: text that reads sideways on the turned page comes back with a rotation
    // of 1-3 quarter turns. When most characters of the page are sideways, the page is read again
    // turned by the opposite amount so that they read left to right.
    std::array<std::size_t, 4> by_rotation{};
    for (int k = 0; list && k < list->getLength(); ++k) {
      const TextWord* w = list->get(k);
      by_rotation[static_cast<std::size_t>(w->getRotation() & 3)] += static_cast<std::size_t>(w->getLength());
    }
    const auto dominant = static_cast<int>(std::max_element(by_rotation.begin(), by_rotation.end()) - by_rotation.begin());
    int turned = p->getRotate();
    if (dominant != 0 && by_rotation[static_cast<std::size_t>(dominant)] > by_rotation[0]) {
      const int extra = (4 - dominant) * 90;
      list.reset();
      device = display(r, *p, i, extra);
      list = device->makeWordList();
      turned += extra;
    }
    turned = ((turned % 360) + 360) % 360;
    pg.width = p->getCropWidth();
    pg.height = p->getCropHeight();
    if (turned == 90 || turned == 270) std::swap(pg.width, pg.height);

    const int n = list ? list->getLength() : 0;
    pg.words.reserve(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) {
      TextWord* b = list->get(k);
      if (b->getRotation() != 0) continue;  // text across the reading direction: stamps and margins
      word w;
      std::unique_ptr<GooString> text(b->getText());
      if (!text || text->getLength() == 0) continue;
      w.text = pg.own(text->toStr());
      double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
      b->getBBox(&x0, &y0, &x1, &y1);
      w.x0 = x0;
      w.y0 = y0;
      w.x1 = x1;
      w.y1 = y1;
      if (!(w.x1 >= w.x0) || !(w.y1 >= w.y0)) continue;  // NaN or inverted boxes
      // The size from the box: font boxes are about 1.12-1.18 times the font size (ascent + descent);
      // bold is only ever a hint and is not asked for.
      w.size = (y1 - y0) > 0 ? (y1 - y0) / 1.15 : 10;
      w.space_after = b->hasSpaceAfter();
      pg.words.push_back(std::move(w));
    }
    add_drawn_bullets(device->bullets(), pg.words);
    if (device->invisible() * 2 > device->characters()) drop_ocr_rulings(pg, diags);
    drawn += device->characters();
    invisible += device->invisible();
    if (device->invisible() > 0 && first_invisible_page == 0) first_invisible_page = i;
    out.push_back(std::move(pg));
  }
  r.glyph_codes.report(out, diags);
  // Most of the text invisible: the words are an OCR program's reading of a scan, not the producer's.
  if (invisible * 2 > drawn) {
    diags.warning({0, 0, first_invisible_page},
                  "the text layer is invisible text over the pages' images (a scan read by OCR): its words are "
                  "the OCR program's reading, which may misread characters (\"°\" as \"*\", a bullet as \"+\") "
                  "and the table's rulings as characters (\"|\"), and put them in fields; check the fields "
                  "against the page",
                  diagnostic_code::encoding);
  }

  const std::size_t shown = std::min<std::size_t>(sink.messages.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) diags.warning({}, "PDF: poppler: " + sink.messages[i],
                                                        diagnostic_code::markup);
  const std::size_t more = sink.messages.size() - shown + sink.dropped;
  if (more > 0) diags.warning({}, "PDF: poppler reported " + std::to_string(more) + " more problems",
                              diagnostic_code::limit_exceeded);
  return document;
}

}  // namespace informe::detail::pdfin
