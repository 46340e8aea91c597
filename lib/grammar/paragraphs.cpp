#include "grammar/paragraphs.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "core/byte_scan.hpp"
#include "core/unicode.hpp"
#include "grammar/blocks.hpp"

namespace informe::detail {

namespace {

// White space for the grammar: Unicode white space, zero-width spaces, and control characters
// (which have no place in the model and are not allowed in XML).
bool is_blank(UChar32 c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (c <= 0x9F) return true;
  return c == 0x200B || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || u_isUWhiteSpace(c);
}

// collapse_whitespace with the grammar's idea of white space (control characters included).
std::string collapse_blank(std::string_view s) {
  return collapse_whitespace(s, [](char32_t c) { return is_blank(static_cast<UChar32>(c)); });
}

// Eight bytes that the run below may take at once: visible ASCII and single spaces between them (not
// two in a row; the caller checks that the last is not one, where what follows would decide).
bool plain_words(std::uint64_t w) {
  namespace scan = byte_scan;
  if (scan::any_high(w) || scan::any_below(w, 0x20) || scan::any_equal(w, 0x7F)) return false;
  const std::uint64_t x = w ^ (scan::ones * ' ');
  const std::uint64_t spaces = ~(((x & ~scan::highs) + ~scan::highs) | x | ~scan::highs);  // 0x80 per space
  return (spaces & (spaces >> 8)) == 0;
}

class block_builder {
 public:
  void text(std::string_view s, source_position pos) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    int32_t length = static_cast<int32_t>(std::min<std::size_t>(s.size(), INT32_MAX));
    int32_t i = 0;
    while (i < length) {
      int32_t start = i;
      UChar32 c = bytes[i];
      if ((c > 0x20 && c < 0x7F) || (c >= 0xC3 && c <= 0xDF)) {
        // A run of visible characters (ASCII, and two-byte letters U+00C0-U+07FF, none of which
        // is white space or a control character): appended at once.
        int32_t j = i;
        while (j < length) {
          if (j + 8 <= length) {
            const std::uint64_t w = byte_scan::load(s, static_cast<std::size_t>(j));
            if (bytes[j + 7] != ' ' && plain_words(w)) {
              j += 8;
              continue;
            }
            // Visible ASCII up to the first byte that needs a look (a space, a two-byte letter...).
            if (const unsigned visible = byte_scan::visible_prefix(w); visible > 0) {
              j += static_cast<int32_t>(visible);
              continue;
            }
          }
          uint8_t b = bytes[j];
          if (b > 0x20 && b < 0x7F) {
            ++j;
          } else if (b >= 0xC3 && b <= 0xDF && j + 1 < length && U8_IS_TRAIL(bytes[j + 1])) {
            if (b >= 0xCC) cur_nfc_ = true;  // U+0300 and up: combining marks among them
            j += 2;
          } else if (b == ' ' && j + 1 < length && bytes[j + 1] > 0x20 && bytes[j + 1] != 0x7F &&
                     bytes[j + 1] != 0xC2 && bytes[j + 1] < 0xE0) {
            ++j;  // one space between words stays inside the run (C2 may start a no-break space)
          } else {
            break;
          }
        }
        while (j > i && bytes[j - 1] == ' ') --j;
        if (j == i) {  // a lone lead byte: the careful path below
          U8_NEXT(bytes, i, length, c);
          if (c < 0) c = 0xFFFD;
          begin_visible(pos);
          cur_.text += "\xEF\xBF\xBD";
          if (pos.column > 0) pos.column += i - start;
          continue;
        }
        begin_visible(pos);
        cur_.text.append(s.data() + i, static_cast<std::size_t>(j - i));
        if (pos.column > 0) pos.column += j - i;
        i = j;
        continue;
      }
      if (c < 0x80) {
        ++i;
      } else {
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;
      }
      int32_t n = i - start;
      if (is_blank(c)) {
        pending_space_ = true;
        if (c == '\n') {
          if (pos.line > 0) ++pos.line;
          if (pos.column > 0) pos.column = 1;
        } else if (pos.column > 0) {
          pos.column += n;
        }
        continue;
      }
      begin_visible(pos);
      if (c >= 0x300) cur_nfc_ = true;
      if (c == 0xFFFD && n != 3) {
        cur_.text += "\xEF\xBF\xBD";
      } else {
        cur_.text.append(s.data() + start, static_cast<std::size_t>(n));
      }
      if (pos.column > 0) pos.column += n;
    }
  }

  // Before a visible character at `pos`: settles a pending break and space, records an anchor.
  void begin_visible(const source_position& pos) {
    if (pending_break_ != brk::none) resolve_break();
    if (list_open_) list_open_ = false;
    if (pending_space_ && !cur_.text.empty()) cur_.text += ' ';
    pending_space_ = false;
    if (cur_.text.empty() && cur_.text.capacity() < text_left_) {
      // A new paragraph: room for the text up to the next break, not regrown step by step (nor more,
      // as the text moves into the model as it is), and for an anchor per fragment up to there (each
      // starts on a line of its own).
      cur_.text.reserve(text_left_);
      cur_.anchors.reserve(std::max<std::size_t>(fragments_left_, 4));
    }
    std::size_t offset = cur_.text.size();
    if (!continues(pos, offset)) cur_.anchors.emplace_back(offset, pos);
  }

  /// Bytes of text in the fragments from the current one to the next break or list item, and how
  /// many fragments (a hint for reserving: the most a paragraph that starts here holds, unless it
  /// runs on past a break).
  void text_left(std::size_t bytes, std::size_t fragments) {
    text_left_ = bytes;
    fragments_left_ = fragments;
  }

  void paragraph_break(bool forced) {
    if (list_open_) list_open_ = false;
    if (forced) {
      pending_break_ = brk::forced;
    } else if (pending_break_ == brk::none) {
      pending_break_ = brk::soft;
    }
  }

  void list_item(std::string_view s, source_position pos) {
    flush();
    pending_break_ = brk::none;
    pending_space_ = false;
    std::string item = fast_nfc(strip_list_marker(collapse_blank(s)));
    if (item.empty()) return;
    if (!list_open_ || out_.empty() || out_.back().type != block::kind::bullet_list) {
      text_block b;
      b.type = block::kind::bullet_list;
      b.where = pos;
      out_.push_back(std::move(b));
      list_open_ = true;
    }
    out_.back().items.push_back(std::move(item));
  }

  // A label given as structure: a block of its own, after the paragraph or list before it.
  void label(field f, source_position pos) {
    flush();
    pending_break_ = brk::none;
    list_open_ = false;
    text_block b;
    b.where = pos;
    b.label = f;
    out_.push_back(std::move(b));
  }

  /// Room for `blocks` blocks at once (not regrown from 1, 2, 4).
  void reserve(std::size_t blocks) { out_.reserve(blocks); }

  std::vector<text_block> finish() {
    flush();
    return std::move(out_);
  }

 private:
  enum class brk { none, soft, forced };

  bool continues(const source_position& pos, std::size_t offset) const {
    if (cur_.anchors.empty()) return false;
    const auto& [a_offset, a_pos] = cur_.anchors.back();
    if (!pos.known() && !a_pos.known()) return true;
    return a_pos.line == pos.line && a_pos.page == pos.page &&
           static_cast<std::size_t>(pos.column - a_pos.column) == offset - a_offset &&
           pos.column >= a_pos.column;
  }

  void resolve_break() {
    if (!cur_.text.empty()) {
      if (pending_break_ == brk::forced || ends_sentence(cur_.text)) {
        flush();
      } else {
        pending_space_ = true;
      }
    }
    pending_break_ = brk::none;
  }

  void flush() {
    if (!cur_.text.empty()) {
      text_block b;
      b.type = block::kind::paragraph;
      b.where = cur_.anchors.empty() ? source_position{} : cur_.anchors.front().second;
      b.paragraph = std::move(cur_);
      b.paragraph.may_need_nfc = cur_nfc_;
      out_.push_back(std::move(b));
      list_open_ = false;
    }
    cur_ = {};
    cur_nfc_ = false;
    pending_space_ = false;
  }

  std::vector<text_block> out_;
  anchored_text cur_;
  std::size_t text_left_ = 0;
  std::size_t fragments_left_ = 0;
  bool cur_nfc_ = false;
  bool pending_space_ = false;
  brk pending_break_ = brk::none;
  bool list_open_ = false;
};

}  // namespace

std::string fast_nfc(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(utf8);
  // Only ASCII and U+00A0-U+02FF (lead bytes C2-CB), with no combining marks (U+0300 and up) to
  // compose with: already NFC.
  bool latin = true;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) continue;
    if (c >= 0xC2 && c <= 0xCB && i + 1 < utf8.size() && U8_IS_TRAIL(utf8[i + 1])) {
      ++i;
      continue;
    }
    latin = false;
    break;
  }
  if (latin) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && n != nullptr && utf8.size() < INT32_MAX &&
      n->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status) &&
      U_SUCCESS(status)) {
    return std::string(utf8);
  }
  return nfc(utf8);
}

source_position anchored_text::at(std::size_t offset) const {
  if (anchors.empty()) return {};
  auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                             [](std::size_t o, const auto& a) { return o < a.first; });
  if (it == anchors.begin()) return anchors.front().second;
  --it;
  source_position p = it->second;
  if (p.column > 0) p.column += static_cast<int>(std::min<std::size_t>(offset - it->first, 1u << 30));
  return p;
}

std::vector<text_block> build_blocks(std::span<const fragment> fragments) {
  block_builder b;
  // The most blocks the fragments make: a paragraph ends only at a break, a list item or a label (or
  // the end), and each item or label makes a block of its own at most.
  std::size_t most = 1;
  for (const fragment& f : fragments) most += f.type == fragment::kind::paragraph_break ? 1 : f.type == fragment::kind::text ? 0 : 2;
  b.reserve(most);
  std::size_t text_left = 0;  // bytes of this text fragment and the text fragments right after it
  std::size_t run_end = 0;    // the first fragment after them
  for (std::size_t k = 0; k < fragments.size(); ++k) {
    const fragment& f = fragments[k];
    switch (f.type) {
      case fragment::kind::text:
        if (text_left == 0) {
          for (run_end = k; run_end < fragments.size() && fragments[run_end].type == fragment::kind::text; ++run_end)
            text_left += fragments[run_end].text.size();
        }
        b.text_left(text_left, run_end - k);
        text_left -= f.text.size();
        b.text(f.text, f.where);
        break;
      case fragment::kind::paragraph_break: b.paragraph_break(f.forced); break;
      case fragment::kind::list_item: b.list_item(f.text, f.where); break;
      case fragment::kind::label: b.label(f.label, f.where); break;
    }
  }
  return b.finish();
}

bool ends_sentence(std::string_view text) {
  // Most texts end in a letter or a figure (no sentence's end), or in the mark itself: told at once.
  if (!text.empty()) {
    const char last = text.back();
    if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9')) return false;
    if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return true;
  }
  std::size_t end = text.size();
  auto strip = [&](std::string_view suffix) {
    if (end >= suffix.size() && text.compare(end - suffix.size(), suffix.size(), suffix) == 0) {
      end -= suffix.size();
      return true;
    }
    return false;
  };
  // trailing white space and closing quotes or brackets
  while (end > 0) {
    char c = text[end - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ')' || c == ']') {
      --end;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;  // the multi-byte ones below end in a byte of 0x80 up
    if (strip("\xC2\xBB") || strip("\xE2\x80\x9D") || strip("\xE2\x80\x99") || strip("\xC2\xA0")) continue;
    break;
  }
  if (end == 0) return false;
  char last = text[end - 1];
  if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return true;
  return static_cast<unsigned char>(last) >= 0x80 && strip("\xE2\x80\xA6");  // …
}

std::string_view strip_list_marker(std::string_view item) {
  auto trim_front = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    return s;
  };
  item = trim_front(item);
  for (std::string_view marker : {"- ", "* ", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93 ", "\xE2\x80\x94 ",
                                  "\xEF\x82\xB7", "\xE2\x97\x8F", "\xE2\x96\xAA"}) {
    if (item.substr(0, marker.size()) == marker) return trim_front(item.substr(marker.size()));
  }
  if (item == "-" || item == "*") return {};
  return item;
}

rich_text to_rich_text(std::span<const fragment> fragments) {
  rich_text out;
  for (auto& b : build_blocks(fragments)) {
    if (b.label != field::none) continue;  // structure, no text
    if (b.type == block::kind::paragraph) {
      out.add_paragraph(b.paragraph.may_need_nfc ? fast_nfc(b.paragraph.text) : std::move(b.paragraph.text));
    } else {
      out.add_list(std::move(b.items));
    }
  }
  return out;
}

}  // namespace informe::detail
