// The word-accounting test helper knows every word of the labels the readers consume, in every
// wording the lexicon recognises: a historic wording added to core/vocabulary.cpp without it would
// count its words as lost.
#include <doctest/doctest.h>

#include <string>

#include "core/vocabulary.hpp"
#include "word_accounting.hpp"

using namespace informe::detail;

TEST_CASE("the word accounting's vocabulary covers every wording of the labels a reader consumes") {
  const term consumed[] = {term::title,        term::title_cutoff,   term::issued_at,
                           term::program,      term::ministry,       term::service,
                           term::evaluation_year, term::program_status, term::exit_date,
                           term::observation,  term::column_recommendation, term::column_commitment,
                           term::column_compliance, term::number,    term::responsible,
                           term::due,          term::status,         term::compliance_observation,
                           term::verification};
  const auto& vocab = informe::test::accounting_vocabulary();
  for (term t : consumed) {
    std::vector<std::string> wordings{vocabulary::defaults()[t]};
    for (auto v : historic_variants(t)) wordings.emplace_back(v);
    for (auto v : column_title_variants(t)) wordings.emplace_back(v);
    for (const auto& w : wordings)
      for (const auto& word : informe::test::words_of(w)) {
        INFO(term_key(t), ": \"", w, "\"");
        CHECK(vocab.count(word) == 1);
      }
  }
}
