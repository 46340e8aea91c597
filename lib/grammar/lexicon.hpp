// What the readers recognise: the vocabulary's terms (core/vocabulary.hpp) folded for comparison, in
// the active wording AND every historic variant. A reading recognises the built-in wording unless the
// caller says which labels its input was written with (read_options::template_dir): a reading_scope
// makes that lexicon the one this thread's reading uses. Internal to the library.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/vocabulary.hpp"
#include "grammar/labels.hpp"
#include "informe/diagnostics.hpp"
#include "informe/options.hpp"

namespace informe::detail {

class lexicon {
 public:
  explicit lexicon(const vocabulary& words);
  /// The lexicon of the built-in vocabulary (built once).
  static const lexicon& defaults();

  const vocabulary& words() const { return words_; }
  /// The field a label names; `key` is label_key() of the label (folded, no colon).
  field label_field(std::string_view key, label_context context) const;
  /// The cell field a column of its own holds, by its title's label_key(): a cell label, or a title
  /// only a column carries (core/vocabulary.hpp's column_title_variants: "plazo", "estado").
  field column_field(std::string_view key) const;
  /// True when `key` (label_key()) is a proper prefix of a label, ending at a word or a slash.
  bool is_label_prefix(std::string_view key, label_context context) const;
  /// The status a folded wording names ("parcialmente cumplida"), or nullopt.
  std::optional<compliance_status> status(std::string_view folded) const;
  /// True for the folded continuation mark ("(continua)", "(sigue)").
  bool is_continued(std::string_view folded) const;
  /// The byte lengths a continuation mark may have, before folding (a cheap first test).
  std::pair<std::size_t, std::size_t> continued_bytes() const { return continued_bytes_; }
  /// False when a line starting with byte `c` cannot be a continuation mark (any case, any accent).
  bool may_start_continued(char c) const { return continued_first_[static_cast<unsigned char>(c)]; }
  /// True for the folded "Calificación: Sin calificación" our writers print for a row without status.
  bool is_no_status(std::string_view folded) const;
  std::pair<std::size_t, std::size_t> no_status_bytes() const { return no_status_bytes_; }
  bool may_start_no_status(char c) const { return no_status_first_[static_cast<unsigned char>(c)]; }
  /// True for the folded note our writers print where a report has no rows ("sin compromisos
  /// registrados.").
  bool is_no_commitments(std::string_view folded) const;
  /// False when a text starting with byte `c` cannot fold to that note (a cheap first test).
  bool may_start_no_commitments(char c) const { return no_commitments_first_[static_cast<unsigned char>(c)]; }
  /// True when a value as read is the placeholder printed for an absent value ("—", "(ninguno)").
  bool is_none(std::string_view text) const;
  /// The column a folded column title names (term::column_recommendation, _commitment, _compliance),
  /// by its first word ("recomendaciones del panel"); nullopt otherwise.
  std::optional<term> column_title(std::string_view folded) const;
  /// True when the folded text is a whole column title, in any of its wordings ("compromisos").
  bool is_column_title(std::string_view folded) const;
  /// False when a text starting with byte `c` cannot fold to a column title: `c` is ASCII, neither
  /// white space nor a control character, and no title's folded form starts with it (a cheap first test).
  bool may_start_column_title(char c) const { return column_title_first_[static_cast<unsigned char>(c)]; }
  /// Whether `c` may start any column's title (the three, a column of its own's, a number column's).
  bool may_start_any_column_title(char c) const { return any_column_title_first_[static_cast<unsigned char>(c)]; }
  /// `text` without a leading cut-off word ("al 30 de junio de 2009" -> "30 de junio de 2009"): the
  /// title_cutoff term in its active or built-in wording, then white space.
  std::string_view without_cutoff_word(std::string_view text) const;
  /// True when the folded text starts like the heading of our writers' summary ("resumen ...").
  bool starts_summary(std::string_view folded) const;
  /// True when the folded text (at least its first 48 bytes) starts like the report's title.
  bool starts_title(std::string_view folded) const;
  /// False when a text starting with byte `c` cannot fold to a label of `context` (as
  /// may_start_column_title: a cheap first test before a text is folded to be looked up).
  bool may_start_label(char c, label_context context) const {
    return (context == label_context::cell ? cell_first_ : header_first_)[static_cast<unsigned char>(c)];
  }
  /// The same for a cell label or a column-only title (what column_field looks up).
  bool may_start_column_field(char c) const { return column_field_first_[static_cast<unsigned char>(c)]; }
  /// False when a text starting with byte `c` cannot fold to the start of the report's title (as
  /// may_start_column_title: a cheap first test).
  bool may_start_title(char c) const { return title_first_[static_cast<unsigned char>(c)]; }
  /// The keys (ficha_labels.hpp's number_key) of the number terms' active and built-in wordings, each
  /// once: names_a_commitment compares a text's key with them (made here once, not per text).
  const std::vector<std::string>& number_keys() const { return number_keys_; }

 private:
  struct entry {
    std::string key;
    field which;
  };
  vocabulary words_;
  std::vector<entry> header_, cell_, column_only_;
  std::vector<std::pair<std::string, compliance_status>> statuses_;
  std::vector<std::string> continued_, none_, no_status_, no_commitments_, title_starts_, column_titles_, summary_starts_;
  std::vector<std::pair<std::string, term>> columns_;
  std::vector<std::string> number_keys_;
  std::array<bool, 256> continued_first_{}, no_status_first_{}, column_title_first_{}, any_column_title_first_{},
      title_first_{}, header_first_{}, cell_first_{}, column_field_first_{}, no_commitments_first_{};
  std::pair<std::size_t, std::size_t> continued_bytes_{~std::size_t{0}, 0}, no_status_bytes_{~std::size_t{0}, 0};
};

/// The term whose wording labels `f` (field::none: none).
term field_term(field f);

/// The lexicon of the reading in progress on this thread (lexicon::defaults() outside a reading_scope).
const lexicon& active_lexicon();

/// Makes the lexicon of `options.template_dir`'s labels the active one on this thread, for the
/// scope's lifetime (nothing changes when it is empty). Warnings about the labels file go to `diags`.
class reading_scope {
 public:
  reading_scope(const read_options& options, diagnostics& diags);
  ~reading_scope();
  reading_scope(const reading_scope&) = delete;
  reading_scope& operator=(const reading_scope&) = delete;

 private:
  std::unique_ptr<lexicon> own_;
  const lexicon* previous_ = nullptr;
};

}  // namespace informe::detail
