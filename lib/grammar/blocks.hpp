// Fragments to positioned blocks (paragraphs with a map back to source positions, and lists).
// Internal to the grammar: paragraphs.cpp and report_builder.cpp.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "grammar/input.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// Text with white space collapsed (not yet NFC), and where its bytes came from.
struct anchored_text {
  std::string text;
  /// (offset in text, source position of that byte); a new anchor only where the mapping jumps.
  std::vector<std::pair<std::size_t, source_position>> anchors;
  /// False when the text is known to be NFC already (only ASCII and U+00A0-U+02FF).
  bool may_need_nfc = false;

  /// The source position of the byte at `offset` (columns advance with bytes from the anchor).
  source_position at(std::size_t offset) const;
};

struct text_block {
  block::kind type = block::kind::paragraph;
  anchored_text paragraph;          ///< paragraphs
  std::vector<std::string> items;   ///< lists: clean items, markers removed
  source_position where;
  /// A label given as structure (fragment::kind::label), a block of its own with no text: the
  /// field whose value the next blocks are. field::none for text and lists.
  field label = field::none;
};

/// NFC of valid UTF-8, quickly when it already is NFC (ASCII or composed text, the usual case).
std::string fast_nfc(std::string_view utf8);

/// The blocks of a sequence of fragments (see grammar/paragraphs.hpp for the rules).
std::vector<text_block> build_blocks(std::span<const fragment> fragments);

}  // namespace informe::detail
