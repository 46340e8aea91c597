// Positioned words from poppler-cpp. poppler reports problems through one process-wide callback:
// it is installed once (std::call_once) and forwards to a per-thread sink, so concurrent readers in
// different threads each collect their own messages and nothing is ever printed.
#include "pdf_reader/words.hpp"

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace informe::detail::pdfin {

namespace {

constexpr std::size_t max_messages = 50;

struct message_sink {
  std::vector<std::string> messages;
  std::size_t dropped = 0;
};

thread_local message_sink* current_sink = nullptr;

void on_poppler_message(const std::string& message, void*) {
  message_sink* sink = current_sink;
  if (!sink) return;  // a poppler call outside read_pdf: stay silent
  if (sink->messages.size() >= max_messages) {
    ++sink->dropped;
    return;
  }
  std::string m = message;
  for (char& c : m)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  while (!m.empty() && m.back() == ' ') m.pop_back();
  if (m.size() > 200) m.resize(200);
  sink->messages.push_back(std::move(m));
}

void install_message_handler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(&on_poppler_message, nullptr); });
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

std::string utf8_of(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool bold_font(const std::string& name) {
  for (const char* mark : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi", ",B"}) {
    if (name.find(mark) != std::string::npos) return true;
  }
  return false;
}

// The last poppler message, for error texts.
std::string last_message(const message_sink& sink) {
  if (sink.messages.empty()) return {};
  return " (poppler: " + sink.messages.back() + ")";
}

}  // namespace

std::vector<page> extract_words(std::string_view pdf, diagnostics& diags) {
  install_message_handler();
  message_sink sink;
  sink_guard guard(sink);

  if (pdf.size() > static_cast<std::size_t>(INT_MAX)) throw error("the PDF is too large for poppler (2 GiB or more)");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) {
    throw error("cannot open the PDF: it is damaged, truncated or not a PDF" + last_message(sink));
  }
  if (doc->is_locked()) {
    throw error("the PDF is encrypted and needs a password; decrypt it first (qpdf --decrypt)");
  }
  const int count = doc->pages();
  if (count <= 0) throw error("the PDF has no pages" + last_message(sink));

  std::vector<page> out;
  out.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    page pg;
    pg.number = i + 1;
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (!p) {
      diags.warning({0, 0, i + 1}, "PDF: page " + std::to_string(i + 1) + " cannot be read; skipped",
                    diagnostic_code::truncated_input);
      out.push_back(std::move(pg));
      continue;
    }
    poppler::rectf box = p->page_rect();
    pg.width = box.width();
    pg.height = box.height();
    // Without text_list_include_font: asking poppler for font names doubles its time; the box height
    // gives the size, and bold is only ever a hint.
    std::vector<poppler::text_box> boxes = p->text_list();
    pg.words.reserve(boxes.size());
    for (auto& b : boxes) {
      if (b.rotation() != 0) continue;  // rotated text: stamps and watermarks, not the report
      word w;
      w.text = utf8_of(b.text());
      if (w.text.empty()) continue;
      poppler::rectf r = b.bbox();
      w.x0 = r.left();
      w.y0 = r.top();
      w.x1 = r.left() + r.width();
      w.y1 = r.top() + r.height();
      if (!(w.x1 >= w.x0) || !(w.y1 >= w.y0)) continue;  // NaN or inverted boxes
      if (b.has_font_info()) {
        w.size = b.get_font_size();
        w.bold = bold_font(b.get_font_name());
      }
      // Font boxes are about 1.12-1.18 times the font size (ascent + descent).
      if (!(w.size > 0.5 && w.size < 500)) w.size = r.height() > 0 ? r.height() / 1.15 : 10;
      w.space_after = b.has_space_after();
      pg.words.push_back(std::move(w));
    }
    out.push_back(std::move(pg));
  }

  const std::size_t shown = std::min<std::size_t>(sink.messages.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) diags.warning({}, "PDF: poppler: " + sink.messages[i],
                                                        diagnostic_code::markup);
  const std::size_t more = sink.messages.size() - shown + sink.dropped;
  if (more > 0) diags.warning({}, "PDF: poppler reported " + std::to_string(more) + " more problems",
                              diagnostic_code::limit_exceeded);
  return out;
}

}  // namespace informe::detail::pdfin
