// The word accounting of a read: every word of an input must be in the model, in a diagnostic's
// content (page furniture recognised by a named rule, or text named in a warning), or in the report
// vocabulary (labels, column titles, the title, month names). What is left is lost in silence.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::test {

/// The words of a text: runs of letters and digits (ASCII and Latin-1 letters, lower-cased;
/// bullets, dashes and other symbols separate words), numbers without leading zeros ("07" is "7").
inline std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.empty()) return;
    if (w.find_first_not_of("0123456789") == std::string::npos) {
      std::size_t z = w.find_first_not_of('0');
      w = z == std::string::npos ? "0" : w.substr(z);
    }
    out.push_back(w);
    w.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    char32_t c = b;
    std::size_t n = 1;
    if (b >= 0xC0 && b < 0xE0 && i + 1 < text.size()) {
      c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
      n = 2;
    } else if (b >= 0xE0) {
      n = b < 0xF0 ? 3 : 4;
      c = 0x2000;  // beyond Latin: a symbol here (bullets, dashes, quotes)
    }
    i += n;
    if (c >= 'A' && c <= 'Z') c += 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;
    const bool letter = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
                        c == 0xAA || c == 0xBA;
    if (!letter) {
      flush();
      continue;
    }
    if (c < 0x80) {
      w += static_cast<char>(c);
    } else {
      w += static_cast<char>(0xC0 | (c >> 6));
      w += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  flush();
  return out;
}

namespace detail_accounting {

inline void add_text(std::map<std::string, long>& bag, std::string_view text) {
  for (auto& w : words_of(text)) ++bag[w];
}

inline void add_rich(std::map<std::string, long>& bag, const rich_text& t) {
  for (const auto& b : t.blocks) {
    add_text(bag, b.text);
    for (const auto& i : b.items) add_text(bag, i);
  }
}

inline void add_date(std::map<std::string, long>& bag, const partial_date& d) {
  add_text(bag, std::to_string(d.year) + " " + std::to_string(d.month) + " " + std::to_string(d.day));
}

}  // namespace detail_accounting

/// The words of the labels a reader consumes (header and cell labels, column titles, the title) and
/// the month names of dates, in every wording the readers recognise, active or historic, with and
/// without accents; and the letter "o" of second-level list markers (a word processor's Courier New
/// "o" bullet, a typed "o "), which the layout readers drop as they drop "•" and "–". tests/unit/grammar/accounting_vocabulary_test.cpp checks that it covers the vocabulary.
inline const std::map<std::string, long>& accounting_vocabulary() {
  static const std::map<std::string, long> vocab = [] {
    static const char* words[] = {
        "informe de cumplimiento cumplimientos de compromisos al", "fecha del informe", "programa institucion institución",
        "ministerio servicio año ano de evaluación evaluacion calificación calificacion fecha egreso observación "
        "observacion observaciones",
        "n nº n° no recomendación recomendacion recomendaciones del panel compromiso compromisos institucionales "
        "cumplimiento cumplimientos",
        "organismo organismos responsable responsables institución fecha de vencimiento medios medio de verificación "
        "verificacion",
        "plazo vencimiento estado",
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre de del",
        "0 00", "o"};
    std::map<std::string, long> out;
    for (const char* v : words) detail_accounting::add_text(out, v);
    return out;
  }();
  return vocab;
}

/// The words of `input_text` accounted for nowhere: not in `r`, not in a diagnostic's content, not
/// in the vocabulary. `input_text` is the input's visible text (a PDF's text layer, a page's text).
inline std::vector<std::string> unaccounted_words(std::string_view input_text, const report& r,
                                                  const diagnostics& diags) {
  using namespace detail_accounting;
  std::map<std::string, long> known;
  // The model.
  for (auto* s : {&r.program, &r.ministry, &r.service, &r.program_status}) add_text(known, *s);
  add_rich(known, r.observation);
  if (r.cutoff_date) add_date(known, *r.cutoff_date);
  if (r.exit_date) add_date(known, *r.exit_date);
  if (r.evaluation_year) add_text(known, std::to_string(*r.evaluation_year));
  if (r.issued_at)
    add_text(known, std::to_string(r.issued_at->date.year) + " " + std::to_string(r.issued_at->date.month) + " " +
                        std::to_string(r.issued_at->date.day) + " " + std::to_string(r.issued_at->hour) + " " +
                        std::to_string(r.issued_at->minute) + " " + std::to_string(r.issued_at->second));
  for (const auto& row : r.rows) {
    add_text(known, row.number);
    for (char digit : row.number) add_text(known, std::string(1, digit));  // a number wrapped in a narrow column
    add_rich(known, row.recommendation);
    add_text(known, row.responsible);
    add_rich(known, row.commitment);
    add_text(known, row.due_text);
    add_rich(known, row.compliance);
    add_rich(known, row.compliance_observation);
    add_text(known, row.status_text);
    add_rich(known, row.verification);
  }
  // What the readers recorded: furniture and unplaced text.
  for (const auto& d : diags.all()) add_text(known, d.content);
  // The vocabulary, as often as it may be printed.
  const auto& vocab = accounting_vocabulary();
  std::vector<std::string> out;
  std::map<std::string, long> short_vocab;  // short vocabulary words seen ("n": a label's broken tail, or N°'s)
  for (auto& w : words_of(input_text)) {
    auto it = known.find(w);
    if (it != known.end() && it->second > 0) {
      --it->second;
      continue;
    }
    if (vocab.count(w)) {  // labels may repeat in every row
      if (w.size() <= 3) ++short_vocab[w];
      continue;
    }
    out.push_back(w);
  }
  // Two columns run together by the extractor ("criteriosDurante"), split by the reader: the two
  // parts are in the model.
  std::vector<std::string> left;
  for (const auto& w : out) {
    bool split = false;
    for (std::size_t k = 1; k < w.size() && !split; ++k) {
      auto a = known.find(w.substr(0, k)), b = known.find(w.substr(k));
      if (a != known.end() && b != known.end() && a->second > 0 && b->second > 0 && a != b) {
        --a->second;
        --b->second;
        split = true;
      }
    }
    if (!split) left.push_back(w);
  }
  // A word the producer broke at a column's edge without a hyphen ("MI" / "NECON"), joined by the
  // reader: two words left in a row that make one of the model's, or a label of the vocabulary
  // ("Calificació" / "n:").
  std::vector<std::string> lost;
  for (std::size_t i = 0; i < left.size(); ++i) {
    if (i + 1 < left.size()) {
      auto joined = known.find(left[i] + left[i + 1]);
      if (joined != known.end() && joined->second > 0) {
        --joined->second;
        ++i;
        continue;
      }
      if (vocab.count(left[i] + left[i + 1])) {
        ++i;
        continue;
      }
    }
    // A label's first piece whose tail is a short word of the vocabulary by itself ("Calificació" /
    // "n:", "n" being a number column's title too).
    bool label_piece = false;
    for (auto& [tail, count] : short_vocab) {
      if (count > 0 && vocab.count(left[i] + tail)) {
        --count;
        label_piece = true;
        break;
      }
    }
    if (label_piece) continue;
    lost.push_back(left[i]);
  }
  return lost;
}

}  // namespace informe::test
