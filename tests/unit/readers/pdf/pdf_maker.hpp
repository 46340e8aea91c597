// Hand-made PDFs for the PDF reader's tests: text drawn with the standard Helvetica fonts at given
// places (WinAnsi encoding, so Spanish letters work), or pages with no text at all (a "scan").
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace informe::test {

struct pdf_text {
  double x = 0;         ///< left, points from the page's left edge
  double y = 0;         ///< baseline, points from the page's TOP edge
  std::string text;     ///< UTF-8 (Latin-1 range and "•")
  double size = 9;
  bool bold = false;
};

struct pdf_page_spec {
  std::vector<pdf_text> texts;
  bool image_only = false;  ///< draw a filled rectangle and an inline image instead of text
  int rotate = 0;           ///< the page's /Rotate (the text is drawn upright in the unrotated page)
  bool invisible = false;   ///< the text drawn invisible (render mode 3), as an OCR layer over a scan
  std::string drawing;      ///< content stream operators drawn after the text (PDF user space)
};

/// A filled disc of diameter `d` points centred at (x, y), y from the page's TOP edge, as Chromium
/// draws a list's bullet: four Bézier quarters. `paint` "S" strokes it instead: a hollow circle, as
/// browsers draw a second-level list's bullet.
inline std::string disc(double x, double y, double d, const char* paint = "h f") {
  const double r = d / 2, k = 0.5523 * r, cy = 842 - y;
  char out[512];
  std::snprintf(out, sizeof out,
                "%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
                "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c %s\n",
                x + r, cy, x + r, cy + k, x + k, cy + r, x, cy + r, x - k, cy + r, x - r, cy + k, x - r, cy, x - r,
                cy - k, x - k, cy - r, x, cy - r, x + k, cy - r, x + r, cy - k, x + r, cy, paint);
  return out;
}

/// A hollow circle (a stroked one) of diameter `d` points centred at (x, y), y from the TOP edge.
inline std::string circle(double x, double y, double d) { return "0.5 w " + disc(x, y, d, "h S"); }

/// A filled square of side `d` points centred at (x, y), y from the TOP edge, as browsers draw a
/// third-level list's bullet.
inline std::string square(double x, double y, double d) {
  char out[128];
  std::snprintf(out, sizeof out, "%.2f %.2f %.2f %.2f re f\n", x - d / 2, 842 - y - d / 2, d, d);
  return out;
}

// UTF-8 to WinAnsi bytes (Latin-1 plus "•" "–" "—").
inline std::string to_win_ansi(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    unsigned cp = c;
    std::size_t n = 1;
    if (c >= 0xF0) { cp = c & 0x07; n = 4; }
    else if (c >= 0xE0) { cp = c & 0x0F; n = 3; }
    else if (c >= 0xC0) { cp = c & 0x1F; n = 2; }
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    if (cp == 0x2022) cp = 0x95;
    else if (cp == 0x2013) cp = 0x96;
    else if (cp == 0x2014) cp = 0x97;
    else if (cp > 0xFF) cp = '?';
    if (cp == '(' || cp == ')' || cp == '\\') out += '\\';
    out += static_cast<char>(cp);
  }
  return out;
}

/// A complete PDF (A4 pages) with a correct cross-reference table.
inline std::string make_pdf(const std::vector<pdf_page_spec>& pages) {
  const double height = 842;
  std::vector<std::string> objects;  // object i+1
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("");  // pages, filled below
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  std::string kids;
  for (const auto& p : pages) {
    std::string content;
    if (p.image_only) {
      content = "q 0.8 0.8 0.8 rg 40 40 515 760 re f Q\n"
                "q 200 0 0 100 100 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\x80\xC0\xFF EI Q\n";
    }
    for (const auto& t : p.texts) {
      char head[160];
      std::snprintf(head, sizeof head, "BT %s/%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (", p.invisible ? "3 Tr " : "",
                    t.bold ? "F2" : "F1", t.size, t.x, height - t.y);
      content += head + to_win_ansi(t.text) + ") Tj ET\n";
    }
    content += p.drawing;
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    const std::size_t content_id = objects.size();
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate " + std::to_string(p.rotate) + " /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                      std::to_string(content_id) + " 0 R >>");
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace informe::test
