#include "grammar/lexicon.hpp"

#include <algorithm>

#include "core/unicode.hpp"
#include "grammar/ficha_labels.hpp"
#include "informe/templates.hpp"

namespace informe::detail {

namespace {

thread_local const lexicon* active = nullptr;

struct labelled {
  term which;
  field f;
};

constexpr labelled header_terms[] = {
    {term::issued_at, field::issued_at},         {term::program, field::program},
    {term::ministry, field::ministry},           {term::service, field::service},
    {term::evaluation_year, field::evaluation_year}, {term::program_status, field::program_status},
    {term::exit_date, field::exit_date},         {term::observation, field::observation},
};

constexpr labelled cell_terms[] = {
    {term::responsible, field::responsible},
    {term::due, field::due},
    {term::compliance_observation, field::compliance_observation},
    {term::status, field::status},
    {term::verification, field::verification},
};

// The active wording, the built-in one and the historic ones of `t`, each once.
std::vector<std::string> wordings(const vocabulary& words, term t) {
  std::vector<std::string> out{words[t], vocabulary::defaults()[t]};
  for (auto v : historic_variants(t)) out.emplace_back(v);
  std::vector<std::string> unique;
  for (auto& w : out)
    if (!w.empty() && std::find(unique.begin(), unique.end(), w) == unique.end()) unique.push_back(std::move(w));
  return unique;
}

template <typename T>
void add_once(std::vector<T>& to, T value) {
  if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(std::move(value));
}

// Marks the bytes a text starting like `word` may start with: either case of an ASCII letter, any
// non-ASCII byte for a non-ASCII start (an accent may differ).
void first_bytes(std::array<bool, 256>& set, std::string_view word) {
  if (word.empty()) return;
  const auto c = static_cast<unsigned char>(word.front());
  if (c >= 0x80) {
    for (std::size_t b = 0x80; b < 256; ++b) set[b] = true;
  } else if (c >= 'a' && c <= 'z') {
    set[c] = set[c - 'a' + 'A'] = true;
  } else if (c >= 'A' && c <= 'Z') {
    set[c] = set[c - 'A' + 'a'] = true;
  } else {
    set[c] = true;
  }
}

void widen(std::pair<std::size_t, std::size_t>& bytes, std::size_t n) {
  bytes.first = std::min(bytes.first, n);
  bytes.second = std::max(bytes.second, n);
}

// The first `n` words of a folded text.
std::string first_words(const std::string& folded, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    at = folded.find(' ', at + 1);
    if (at == std::string::npos) return folded;
  }
  return folded.substr(0, at);
}

}  // namespace

lexicon::lexicon(const vocabulary& words) : words_(words) {
  for (const auto& [t, f] : header_terms)
    for (const auto& w : wordings(words, t)) header_.push_back({label_key(w), f});
  for (const auto& [t, f] : cell_terms)
    for (const auto& w : wordings(words, t)) cell_.push_back({label_key(w), f});
  for (const auto& [t, f] : cell_terms)
    for (auto w : column_title_variants(t)) column_only_.push_back({label_key(w), f});
  const std::pair<term, compliance_status> status_terms[] = {
      {term::status_fulfilled, compliance_status::fulfilled},
      {term::status_partially_fulfilled, compliance_status::partially_fulfilled},
      {term::status_not_fulfilled, compliance_status::not_fulfilled},
  };
  for (const auto& [t, s] : status_terms) {
    for (const auto& w : wordings(words, t)) {
      std::string key = fold(w);
      while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
      statuses_.emplace_back(std::move(key), s);
    }
  }
  for (const auto& w : wordings(words, term::continued)) {
    add_once(continued_, fold(w));
    widen(continued_bytes_, w.size());
    first_bytes(continued_first_, w);
  }
  for (const auto& w : wordings(words, term::none)) add_once(none_, clean_text(w));
  for (const auto& w : wordings(words, term::no_commitments)) add_once(no_commitments_, fold(w));
  for (const auto& label : wordings(words, term::status)) {
    for (const auto& unknown : wordings(words, term::status_unknown)) {
      std::string line = label + ": " + unknown;
      add_once(no_status_, fold(line));
      widen(no_status_bytes_, line.size());
      first_bytes(no_status_first_, line);
    }
  }
  // Any byte but visible ASCII may fold to anything (or to nothing); a visible ASCII byte folds to itself
  // or its lower case.
  for (std::size_t b = 0; b < 256; ++b) column_title_first_[b] = b <= 0x20 || b >= 0x7F;
  for (term t : {term::column_recommendation, term::column_commitment, term::column_compliance}) {
    for (const auto& w : wordings(words, t)) {
      first_bytes(column_title_first_, fold(w));
      add_once(column_titles_, fold(w));
      std::string key = first_words(fold(w), 1);
      if (!key.empty() && key.back() == 's') key.pop_back();  // "compromisos" starts with "compromiso"
      bool known = false;
      for (const auto& c : columns_) known = known || c.first == key;
      if (!known) columns_.emplace_back(std::move(key), t);
    }
  }
  // A table header's titles of any column: the three, a cell label's column of its own, a column-only
  // title, a number column's ("N°", "#").
  any_column_title_first_ = column_title_first_;
  for (const auto* entries : {&cell_, &column_only_})
    for (const auto& e : *entries) first_bytes(any_column_title_first_, e.key);
  for (char c : {'n', '#'}) first_bytes(any_column_title_first_, std::string_view(&c, 1));
  for (const auto& w : wordings(words, term::summary)) add_once(summary_starts_, first_words(fold(w), 1));
  // A title wraps: its first three words are enough ("informe de cumplimiento").
  for (const auto& w : wordings(words, term::title)) add_once(title_starts_, first_words(fold(w), 3));
  // As column_title_first_; a start that is empty starts every text.
  auto first_bytes_of = [](std::array<bool, 256>& set, const auto& keys, auto key) {
    for (std::size_t b = 0; b < 256; ++b) set[b] = b <= 0x20 || b >= 0x7F;
    for (const auto& k : keys) {
      if (key(k).empty()) set.fill(true);
      first_bytes(set, key(k));
    }
  };
  auto itself = [](const std::string& k) -> const std::string& { return k; };
  first_bytes_of(title_first_, title_starts_, itself);
  first_bytes_of(no_commitments_first_, no_commitments_, itself);
  auto entry_key = [](const entry& e) -> const std::string& { return e.key; };
  first_bytes_of(header_first_, header_, entry_key);
  first_bytes_of(cell_first_, cell_, entry_key);
  first_bytes_of(column_field_first_, column_only_, entry_key);
  for (std::size_t b = 0; b < 256; ++b) column_field_first_[b] = column_field_first_[b] || cell_first_[b];
  for (term t : {term::number, term::number_long})
    for (const std::string* w : {&words[t], &vocabulary::defaults()[t]})
      if (!w->empty()) add_once(number_keys_, number_key(*w));
}

const lexicon& lexicon::defaults() {
  static const lexicon builtin(vocabulary::defaults());
  return builtin;
}

field lexicon::label_field(std::string_view key, label_context context) const {
  for (const auto& e : context == label_context::cell ? cell_ : header_)
    if (e.key == key) return e.which;
  return field::none;
}

field lexicon::column_field(std::string_view key) const {
  if (field f = label_field(key, label_context::cell); f != field::none) return f;
  for (const auto& e : column_only_)
    if (e.key == key) return e.which;
  return field::none;
}

bool lexicon::is_label_prefix(std::string_view key, label_context context) const {
  if (key.empty()) return false;
  for (const auto& e : context == label_context::cell ? cell_ : header_) {
    if (e.key.size() <= key.size() || e.key.compare(0, key.size(), key) != 0) continue;
    if (e.key[key.size()] == ' ' || key.back() == '/') return true;
  }
  return false;
}

std::optional<compliance_status> lexicon::status(std::string_view folded) const {
  for (const auto& [key, s] : statuses_)
    if (key == folded) return s;
  return std::nullopt;
}

bool lexicon::is_continued(std::string_view folded) const {
  return std::find(continued_.begin(), continued_.end(), folded) != continued_.end();
}

bool lexicon::is_no_status(std::string_view folded) const {
  return std::find(no_status_.begin(), no_status_.end(), folded) != no_status_.end();
}

bool lexicon::is_no_commitments(std::string_view folded) const {
  return std::find(no_commitments_.begin(), no_commitments_.end(), folded) != no_commitments_.end();
}

bool lexicon::is_none(std::string_view text) const {
  return std::find(none_.begin(), none_.end(), text) != none_.end();
}

std::optional<term> lexicon::column_title(std::string_view folded) const {
  for (const auto& [key, t] : columns_)
    if (folded.substr(0, key.size()) == key) return t;
  return std::nullopt;
}

bool lexicon::is_column_title(std::string_view folded) const {
  return std::find(column_titles_.begin(), column_titles_.end(), folded) != column_titles_.end();
}

std::string_view lexicon::without_cutoff_word(std::string_view text) const {
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
  const std::size_t end = text.find(' ', start);
  if (end == std::string_view::npos) return text;
  const std::string first = fold(text.substr(start, end - start));
  for (const auto& w : {words_[term::title_cutoff], vocabulary::defaults()[term::title_cutoff]}) {
    if (!w.empty() && first == fold(w)) return text.substr(end + 1);
  }
  return text;
}

bool lexicon::starts_summary(std::string_view folded) const {
  for (const auto& s : summary_starts_)
    if (folded.substr(0, s.size()) == s) return true;
  return false;
}

bool lexicon::starts_title(std::string_view folded) const {
  for (const auto& s : title_starts_)
    if (folded.substr(0, s.size()) == s) return true;
  return false;
}

term field_term(field f) {
  for (const auto& [t, g] : header_terms)
    if (g == f) return t;
  for (const auto& [t, g] : cell_terms)
    if (g == f) return t;
  return term::none;
}

const lexicon& active_lexicon() { return active ? *active : lexicon::defaults(); }

reading_scope::reading_scope(const read_options& options, diagnostics& diags) : previous_(active) {
  if (options.template_dir.empty()) return;
  vocabulary words = load_vocabulary(template_set(options.template_dir), &diags);
  if (words.is_default()) return;
  own_ = std::make_unique<lexicon>(words);
  active = own_.get();
}

reading_scope::~reading_scope() { active = previous_; }

}  // namespace informe::detail
