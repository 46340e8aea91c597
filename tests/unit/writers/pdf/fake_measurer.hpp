// A monospaced text_measurer for layout tests: every character is half an em wide, except
// U+2603, which no font holds.
#pragma once

#include "writers/pdf/layout.hpp"

namespace informe::test {

struct fake_measurer : detail::pdf::text_measurer {
  double advance(detail::pdf::face, char32_t c) const override { return has(c) ? 500 : 0; }
  bool has_glyph(detail::pdf::face, char32_t c) const override { return has(c); }
  double ascent(detail::pdf::face) const override { return 800; }
  static bool has(char32_t c) { return c != 0x2603; }
};

}  // namespace informe::test
