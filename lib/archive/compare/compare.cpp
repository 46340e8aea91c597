// Comparing two reports: header fields, then rows matched by number and by the similarity of their texts.
#include <algorithm>
#include <cctype>

#include "informe/compare.hpp"

namespace informe {

namespace {

// Rows whose texts are below this similarity (Dice coefficient of their words) are not the same row.
constexpr double min_similarity = 0.5;
// What the same number adds to the similarity of two rows' texts.
constexpr double same_number_bonus = 0.05;
// Past this many pairs of rows, rows are matched by number only.
constexpr std::size_t max_pairs = std::size_t{1} << 20;

std::string iso(const std::optional<partial_date>& d) { return d ? d->to_iso() : std::string(); }

void add_text(std::vector<field_change>& out, const char* field, const std::string& a, const std::string& b) {
  if (a != b) out.push_back({field, a, b, diff_words(a, b)});
}

void add_rich(std::vector<field_change>& out, const char* field, const rich_text& a, const rich_text& b) {
  if (a != b) {
    std::string x = comparable_text(a), y = comparable_text(b);
    out.push_back({field, x, y, diff_words(x, y)});
  }
}

template <typename T>
void add_value(std::vector<field_change>& out, const char* field, const T& a, const T& b, std::string x, std::string y) {
  if (a != b) out.push_back({field, std::move(x), std::move(y), {}});
}

std::vector<field_change> header_changes(const report& a, const report& b) {
  std::vector<field_change> out;
  add_value(out, "cutoff_date", a.cutoff_date, b.cutoff_date, iso(a.cutoff_date), iso(b.cutoff_date));
  add_value(out, "issued_at", a.issued_at, b.issued_at, a.issued_at ? a.issued_at->to_iso() : "",
            b.issued_at ? b.issued_at->to_iso() : "");
  add_text(out, "program", a.program, b.program);
  add_text(out, "ministry", a.ministry, b.ministry);
  add_text(out, "service", a.service, b.service);
  add_value(out, "evaluation_year", a.evaluation_year, b.evaluation_year,
            a.evaluation_year ? std::to_string(*a.evaluation_year) : "",
            b.evaluation_year ? std::to_string(*b.evaluation_year) : "");
  add_text(out, "program_status", a.program_status, b.program_status);
  add_value(out, "exit_date", a.exit_date, b.exit_date, iso(a.exit_date), iso(b.exit_date));
  add_rich(out, "observation", a.observation, b.observation);
  return out;
}

std::vector<field_change> row_changes(const row& a, const row& b) {
  std::vector<field_change> out;
  add_text(out, "number", a.number, b.number);
  add_rich(out, "recommendation", a.recommendation, b.recommendation);
  add_text(out, "responsible", a.responsible, b.responsible);
  add_rich(out, "commitment", a.commitment, b.commitment);
  add_value(out, "due", a.due, b.due, iso(a.due), iso(b.due));
  add_text(out, "due_text", a.due_text, b.due_text);
  add_rich(out, "compliance", a.compliance, b.compliance);
  add_rich(out, "compliance_observation", a.compliance_observation, b.compliance_observation);
  add_value(out, "status", a.status, b.status, a.status ? std::string(to_string(*a.status)) : "",
            b.status ? std::string(to_string(*b.status)) : "");
  add_text(out, "status_text", a.status_text, b.status_text);
  add_rich(out, "verification", a.verification, b.verification);
  return out;
}

// The words a row is recognised by (recommendation and commitment), lower-cased and sorted.
std::vector<std::string> words_of(const row& r) {
  std::vector<std::string> out;
  std::string text = comparable_text(r.recommendation) + " " + comparable_text(r.commitment);
  std::string word;
  for (char c : text + " ") {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The Dice coefficient of two sorted word lists (1 when both are empty).
double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

struct candidate {
  double score;
  std::size_t i, j;
};

// match[i] = the new row matched with old row i, if any.
std::vector<std::optional<std::size_t>> match_rows(const std::vector<row>& a, const std::vector<row>& b) {
  std::vector<std::optional<std::size_t>> match(a.size());
  std::vector<bool> taken(b.size(), false);
  auto pair = [&](std::size_t i, std::size_t j) {
    match[i] = j;
    taken[j] = true;
  };
  // 0. Rows equal at the same position (most rows, between two cut-offs): no similarity needed.
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (a[i] == b[i]) pair(i, i);
  std::size_t left_a = 0, left_b = 0;
  for (std::size_t i = 0; i < a.size(); ++i) left_a += match[i] ? 0 : 1;
  for (std::size_t j = 0; j < b.size(); ++j) left_b += taken[j] ? 0 : 1;
  const bool by_text = left_a * left_b <= max_pairs;
  std::vector<std::vector<std::string>> wa(a.size()), wb(b.size());
  if (by_text) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!match[i]) wa[i] = words_of(a[i]);
    for (std::size_t j = 0; j < b.size(); ++j)
      if (!taken[j]) wb[j] = words_of(b[j]);
  }
  // 1. Alike texts, the most alike first; the same number weighs a little, then nearness in position.
  if (by_text) {
    std::vector<candidate> candidates;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (match[i]) continue;
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (taken[j]) continue;
        double s = similarity(wa[i], wb[j]);
        if (s >= min_similarity) candidates.push_back({s + (a[i].number == b[j].number ? same_number_bonus : 0.0), i, j});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const candidate& x, const candidate& y) {
      if (x.score != y.score) return x.score > y.score;
      auto dx = x.i > x.j ? x.i - x.j : x.j - x.i, dy = y.i > y.j ? y.i - y.j : y.j - y.i;
      return dx < dy;
    });
    for (const auto& c : candidates)
      if (!match[c.i] && !taken[c.j]) pair(c.i, c.j);
  }
  // 2. Same number, whatever the texts (a row rewritten in place).
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (match[i]) continue;
    for (std::size_t j = 0; j < b.size(); ++j)
      if (!taken[j] && a[i].number == b[j].number) {
        pair(i, j);
        break;
      }
  }
  return match;
}

}  // namespace

bool report_diff::empty() const {
  return header.empty() && std::all_of(rows.begin(), rows.end(), [](const row_change& r) { return r.unchanged(); });
}

std::size_t report_diff::added() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const row_change& r) { return r.type == row_change::kind::added; }));
}

std::size_t report_diff::removed() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const row_change& r) { return r.type == row_change::kind::removed; }));
}

std::size_t report_diff::changed() const {
  return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const row_change& r) {
    return r.type == row_change::kind::kept && !r.unchanged();
  }));
}

report_diff compare(const report& old_report, const report& new_report) {
  report_diff d;
  d.header = header_changes(old_report, new_report);
  const auto& a = old_report.rows;
  const auto& b = new_report.rows;
  auto match = match_rows(a, b);
  std::vector<std::optional<std::size_t>> back(b.size());
  for (std::size_t i = 0; i < a.size(); ++i)
    if (match[i]) back[*match[i]] = i;

  std::vector<bool> emitted(a.size(), false);
  auto emit_removed_before = [&](std::size_t limit) {
    for (std::size_t i = 0; i < limit; ++i) {
      if (match[i] || emitted[i]) continue;
      emitted[i] = true;
      row_change c;
      c.type = row_change::kind::removed;
      c.old_index = i;
      d.rows.push_back(std::move(c));
    }
  };
  std::size_t highest_old = 0;
  bool any_kept = false;
  for (std::size_t j = 0; j < b.size(); ++j) {
    row_change c;
    c.new_index = j;
    if (!back[j]) {
      c.type = row_change::kind::added;
      d.rows.push_back(std::move(c));
      continue;
    }
    std::size_t i = *back[j];
    emit_removed_before(i);
    c.type = row_change::kind::kept;
    c.old_index = i;
    c.matched_by_text = a[i].number != b[j].number;
    c.moved = any_kept && i < highest_old;
    if (!any_kept || i > highest_old) highest_old = i;
    any_kept = true;
    c.changes = row_changes(a[i], b[j]);
    d.rows.push_back(std::move(c));
  }
  emit_removed_before(a.size());
  return d;
}

std::string comparable_text(const rich_text& t) {
  std::string out;
  for (const block& b : t.blocks) {
    if (b.type == block::kind::paragraph) {
      out += (out.empty() ? "" : "\n") + b.text;
    } else {
      for (const auto& item : b.items) out += (out.empty() ? "- " : "\n- ") + item;
    }
  }
  return out;
}

}  // namespace informe
