// Line breaking over ICU's line BreakIterator (locale "es") on real glyph widths.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "core/unicode.hpp"
#include "writers/pdf/layout.hpp"

namespace informe::detail::pdf {

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    char32_t c = 0xFFFD;
    std::size_t n = 1;
    if (b < 0x80) {
      c = b;
    } else if ((b >> 5) == 0x6 && i + 1 < s.size()) {
      c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      n = 2;
    } else if ((b >> 4) == 0xE && i + 2 < s.size()) {
      c = ((b & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
          (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      n = 3;
    } else if ((b >> 3) == 0x1E && i + 3 < s.size()) {
      c = ((b & 0x07) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
          ((static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3F);
      n = 4;
    }
    out.push_back(c);
    i += n;
  }
  return out;
}

double width_cache::width(face f, std::string_view utf8, double size) {
  auto& cache = cache_[static_cast<int>(f)];
  auto it = cache.find(utf8);
  double w;
  if (it != cache.end()) {
    w = it->second;
  } else {
    w = 0;
    for (char32_t c : decode_utf8(utf8)) w += measurer_.advance(f, c);
    cache.emplace(std::string(utf8), w);
  }
  return w * size / 1000.0;
}

namespace {

// A piece of a segment between two break opportunities, in one span.
struct piece {
  std::size_t span_index;
  std::string text;      // whole piece
  double width;          // whole piece
  double trimmed_width;  // without trailing spaces
};

}  // namespace

struct line_breaker::impl {
  width_cache& widths;
  std::unique_ptr<icu::BreakIterator> iterator;

  explicit impl(width_cache& w) : widths(w) {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createLineInstance(icu::Locale("es"), status));
    if (U_FAILURE(status) || !iterator) throw std::runtime_error("ICU line break iterator unavailable");
  }
};

line_breaker::line_breaker(width_cache& widths) : impl_(std::make_unique<impl>(widths)) {}
line_breaker::~line_breaker() = default;

std::vector<line> line_breaker::break_lines(const std::vector<span>& spans, double size, double max_width) {
  // The paragraph as UTF-16 (for ICU) with the span each code unit belongs to.
  icu::UnicodeString text;
  std::vector<std::uint32_t> owner;  // per UTF-16 unit: span index
  for (std::size_t s = 0; s < spans.size(); ++s) {
    icu::UnicodeString part = icu::UnicodeString::fromUTF8(detail::nfc(spans[s].text));
    text.append(part);
    owner.insert(owner.end(), static_cast<std::size_t>(part.length()), static_cast<std::uint32_t>(s));
  }
  std::vector<line> lines;
  if (text.isEmpty()) return lines;

  auto& it = *impl_->iterator;
  it.setText(text);

  std::vector<piece> current;  // pieces of the line being built
  double current_width = 0;    // including trailing spaces of the last piece
  double current_trimmed = 0;  // without them

  auto flush = [&] {
    line l;
    // Drop trailing spaces of the line (remembering that there was one: see line::space_after).
    while (!current.empty()) {
      auto& p = current.back();
      while (!p.text.empty() && p.text.back() == ' ') {
        p.text.pop_back();
        l.space_after = true;
      }
      if (p.text.empty()) {
        current.pop_back();
      } else {
        break;
      }
    }
    double x = 0;
    for (auto& p : current) {
      const span& s = spans[p.span_index];
      double w = impl_->widths.width(s.f, p.text, size);
      if (!l.runs.empty() && l.runs.back().f == s.f && l.runs.back().c == s.c && l.runs.back().tag == s.tag &&
          l.runs.back().background == s.background) {
        l.runs.back().text += p.text;
        l.runs.back().width += w;
      } else {
        l.runs.push_back(placed_run{s.f, s.c, x, p.text, s.tag, w, s.background});
      }
      x += w;
    }
    l.width = x;
    lines.push_back(std::move(l));
    current.clear();
    current_width = current_trimmed = 0;
  };

  auto make_pieces = [&](int32_t from, int32_t to) {
    std::vector<piece> out;
    int32_t start = from;
    while (start < to) {
      std::uint32_t s = owner[static_cast<std::size_t>(start)];
      int32_t end = start;
      while (end < to && owner[static_cast<std::size_t>(end)] == s) ++end;
      std::string utf8;
      text.tempSubStringBetween(start, end).toUTF8String(utf8);
      std::string trimmed = utf8;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
      double w = impl_->widths.width(spans[s].f, utf8, size);
      double tw = trimmed.size() == utf8.size() ? w : impl_->widths.width(spans[s].f, trimmed, size);
      out.push_back(piece{s, std::move(utf8), w, tw});
      start = end;
    }
    return out;
  };

  auto add_segment = [&](std::vector<piece> seg) {
    double seg_width = 0, seg_trimmed = 0;
    for (std::size_t i = 0; i < seg.size(); ++i) {
      // Trailing spaces only count for the last piece with text.
      seg_trimmed = seg_width + seg[i].trimmed_width;
      seg_width += seg[i].width;
    }
    if (!current.empty() && current_width + seg_trimmed > max_width + 1e-6) flush();
    if (current.empty() && seg_trimmed > max_width + 1e-6) {
      // A word wider than the line: break between characters.
      for (auto& p : seg) {
        const span& s = spans[p.span_index];
        std::string chunk;
        double chunk_width = 0;
        for (char32_t c : decode_utf8(p.text)) {
          std::string one;
          append_utf8(one, c);
          double w = impl_->widths.width(s.f, one, size);
          if (current_width + chunk_width + w > max_width + 1e-6 && (!chunk.empty() || !current.empty())) {
            if (!chunk.empty()) current.push_back(piece{p.span_index, chunk, chunk_width, chunk_width});
            flush();
            chunk.clear();
            chunk_width = 0;
          }
          chunk += one;
          chunk_width += w;
        }
        if (!chunk.empty()) {
          current.push_back(piece{p.span_index, chunk, chunk_width, chunk_width});
          current_trimmed = current_width + chunk_width;
          current_width += chunk_width;
        }
      }
      return;
    }
    for (auto& p : seg) current.push_back(std::move(p));
    current_trimmed = current_width + seg_trimmed;
    current_width += seg_width;
  };

  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    add_segment(make_pieces(start, end));
    if (it.getRuleStatus() >= UBRK_LINE_HARD && end < text.length()) flush();
  }
  if (!current.empty()) flush();
  (void)current_trimmed;
  return lines;
}

}  // namespace informe::detail::pdf
