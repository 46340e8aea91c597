#include "grammar/report_builder.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/commitment_runs.hpp"
#include "core/unicode.hpp"
#include "grammar/blocks.hpp"
#include "grammar/dates.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/row_numbers.hpp"
#include "grammar/status.hpp"

namespace informe::detail {

namespace {

// Passes warnings on, up to a limit per report: hostile input cannot flood memory with messages.
class warning_limiter {
 public:
  static constexpr std::size_t limit = 10000;
  explicit warning_limiter(diagnostics& d) : diags_(d) {}
  /// A warning about text left out of the model (its content is kept for accounting).
  void unplaced(source_position where, std::string message, std::string content) {
    ++count_;
    if (count_ <= limit) diags_.unplaced(where, std::move(message), std::move(content));
  }
  /// An info (not counted: one per row at most).
  void add(diagnostic d) { diags_.add(std::move(d)); }
  void warning(source_position where, std::string message, diagnostic_code code = diagnostic_code::other) {
    ++count_;
    if (count_ <= limit) {
      diags_.warning(where, std::move(message), code);
    } else if (count_ == limit + 1) {
      diags_.warning(where, "more than " + std::to_string(limit) + " warnings; the rest are not reported",
                     diagnostic_code::limit_exceeded);
    }
  }

 private:
  diagnostics& diags_;
  std::size_t count_ = 0;
};

constexpr std::size_t field_count = static_cast<std::size_t>(field::observation) + 1;

// The active wording of the label of `f`, for messages.
std::string_view label_name(field f) {
  if (f == field::none) return "";
  return active_lexicon().words()[field_term(f)];
}

bool scalar(field f) { return f == field::responsible || f == field::due || f == field::status; }

bool cell_field(field f) { return scalar(f) || f == field::compliance_observation || f == field::verification; }

// "\"Calificación:\" appears twice in the row", and where, when a column of the field's own gave one of
// them (the label given as structure).
std::string appears_twice(field f, bool first_by_column, bool second_by_column) {
  std::string out = "\"" + std::string(label_name(f)) + ":\" appears twice in the row";
  if (first_by_column && second_by_column) return out + " (in two columns of its own)";
  if (first_by_column) return out + " (in its column, then in the text)";
  if (second_by_column) return out + " (in the text, then in its column)";
  return out;
}

// A short quotation of `text` for messages.
std::string quote(std::string_view text) { return quote_for_message(text, 80); }

// The report's title ("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL ..."): a header line's or the
// document's properties'.
bool reads_as_title(std::string_view text) { return active_lexicon().starts_title(fold(text.substr(0, 48))); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The value of one labelled field (or of a cell's unlabelled text) while a row is parsed.
struct section {
  rich_text text;
  bool labelled = false;      // its label was seen
  bool by_column = false;     // ... given as structure (a column of the field's own), not printed
  source_position label_at;   // where the label was
  source_position value_at;   // where its value starts
  bool has_value = false;
  bool repeat_reported = false;

  /// Adds text[begin, end) of a paragraph (trimmed) as a paragraph.
  void add_paragraph(const anchored_text& p, std::size_t begin, std::size_t end) {
    std::string_view all = p.text;
    end = std::min(end, all.size());
    while (begin < end && all[begin] == ' ') ++begin;
    while (end > begin && all[end - 1] == ' ') --end;
    if (begin >= end) return;
    std::string_view t = all.substr(begin, end - begin);
    if (!has_value) value_at = p.at(begin);
    has_value = true;
    text.add_paragraph(p.may_need_nfc ? fast_nfc(t) : std::string(t));
  }
  /// The same for the rest of the paragraph, from `begin` on; its text is taken, not copied, when
  /// that is all of it (most paragraphs hold no label). `p` is not used again.
  void add_rest(anchored_text& p, std::size_t begin) {
    if (begin > 0 || p.may_need_nfc || p.text.empty() || p.text.front() == ' ' || p.text.back() == ' ') {
      add_paragraph(p, begin, p.text.size());
      return;
    }
    if (!has_value) value_at = p.at(0);
    has_value = true;
    text.add_paragraph(std::move(p.text));
  }
  void add_list(const std::vector<std::string>& items, source_position at) {
    if (items.empty()) return;
    if (!has_value) value_at = at;
    has_value = true;
    text.add_list(items);
  }
  std::string plain() const {
    std::string t = text.plain_text(" ");
    if (is_clean_ascii(t)) return t;  // collapsed and NFC already (most dates and statuses)
    return fast_nfc(collapse_whitespace(t));
  }

 private:
  // Visible ASCII and single spaces between: what collapse_whitespace and NFC leave as it is.
  static bool is_clean_ascii(std::string_view t) {
    if (t.empty() || t.front() == ' ' || t.back() == ' ') return t.empty();
    for (std::size_t i = 0; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (c == ' ' ? t[i - 1] == ' ' : c < 0x21 || c > 0x7E) return false;
    }
    return true;
  }
};

// The first few non-blank bytes of a cell's first text run (up to a break or list item).
std::string cell_start(const cell& c, std::size_t limit) {
  std::string out;
  for (const auto& f : c.fragments) {
    if (f.type != fragment::kind::text) {
      if (out.empty()) {
        if (f.type == fragment::kind::list_item || f.type == fragment::kind::label) return {};
        continue;
      }
      break;
    }
    for (char ch : f.text) {
      if (out.empty() && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) continue;
      out += ch;
      if (out.size() >= limit) return out;
    }
  }
  return out;
}

// A cell's text, flattened, when it is short (for the column-header check); nullopt when long.
std::optional<std::string> short_cell_text(const cell& c, std::size_t limit) {
  // Measured first, as the copy below would grow: most cells are long, and are told so without a copy.
  std::size_t size = 0;
  for (const auto& f : c.fragments) {
    // a labelled value is content, never a column's title
    if (f.type == fragment::kind::list_item || f.type == fragment::kind::label) return std::nullopt;
    if (f.type == fragment::kind::paragraph_break) {
      ++size;
      continue;
    }
    if (size + f.text.size() > limit) return std::nullopt;
    size += f.text.size();
  }
  std::string out;
  out.reserve(size);
  for (const auto& f : c.fragments) {
    if (f.type == fragment::kind::paragraph_break) {
      out += ' ';
    } else {
      out += f.text;
    }
  }
  return out;
}

bool is_header_row(const table_row& r) {
  std::array<std::string, 3> texts;
  std::array<std::string_view, 3> views;
  for (std::size_t i = 0; i < 3; ++i) {
    auto t = short_cell_text(r.cells[i], 120);
    if (!t) return false;
    texts[i] = std::move(*t);
    views[i] = texts[i];
  }
  return is_column_header(views);
}

// The row number the first cell's text starts with, after the row numbered `previous`.
std::optional<std::string> row_number_of(const cell& first, std::string_view previous) {
  std::string start = cell_start(first, 24);
  if (auto n = leading_row_number_after(start, previous)) return std::string(*n);
  return std::nullopt;
}

// "Sept.", "Marzo de": a month that reads as a date once a year follows.
bool lacks_year(const std::string& due) {
  return !due.empty() && due.size() < 40 && !parse_spanish_date(due) && parse_spanish_date(due + " 2000");
}

// The length of a year ("2006", "2006.") opening `text`, then a blank or the end; 0 if none.
std::size_t leading_year(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  const std::size_t start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i - start != 4 || (text[start] != '1' && text[start] != '2')) return 0;
  if (i < text.size() && text[i] == '.') ++i;
  return i == text.size() || text[i] == ' ' ? i : 0;
}

// A label broken over two paragraphs: a paragraph that is only a label's first words ("Medios de") and
// the next that starts with the rest of it ("Verificación: Catastro..."), as a text grid sets a label whose
// second line stands a character left of its first. The two become one paragraph (the label whole).
void join_broken_labels(std::vector<text_block>& blocks) {
  for (std::size_t k = 0; k + 1 < blocks.size(); ++k) {
    text_block& a = blocks[k];
    const text_block& b = blocks[k + 1];
    if (a.type != block::kind::paragraph || b.type != block::kind::paragraph || a.label != field::none ||
        b.label != field::none || !is_label_start(a.paragraph.text, label_context::cell))
      continue;
    const std::string joined = a.paragraph.text + " " + b.paragraph.text;
    const auto labels = find_labels(std::string_view(joined).substr(0, std::min(joined.size(), a.paragraph.text.size() + broken_label_reach)),
                                    label_context::cell);
    if (labels.empty() || labels.front().begin != 0 || labels.front().end <= a.paragraph.text.size() + 1) continue;
    const std::size_t shift = a.paragraph.text.size() + 1;
    a.paragraph.text = joined;
    for (const auto& [offset, where] : b.paragraph.anchors) a.paragraph.anchors.push_back({offset + shift, where});
    a.paragraph.may_need_nfc = a.paragraph.may_need_nfc || b.paragraph.may_need_nfc;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
}

// `previous`: the number of the row before (its number typed before the text follows it).
row parse_row_limited(const table_row& merged, std::string_view previous, warning_limiter& diags) {
  row r;
  r.source = merged.where.known() ? merged.where : merged.cells[0].where;
  r.number = merged.number;
  std::array<section, field_count> fields;
  std::array<section, 3> main;

  for (std::size_t ci = 0; ci < 3; ++ci) {
    auto blocks = build_blocks(merged.cells[ci].fragments);
    join_broken_labels(blocks);
    section discard;             // the value of a repeated single-valued label
    field discarded = field::none;
    source_position discarded_at;
    bool discarded_by_column = false;
    // The value of a repeated single-valued label is not kept: say so, with its text.
    auto flush_discard = [&] {
      if (discarded == field::none) return;
      const std::string twice =
          appears_twice(discarded, fields[static_cast<std::size_t>(discarded)].by_column, discarded_by_column);
      if (discard.has_value) {
        std::string value = discard.plain();
        diags.unplaced(discarded_at, twice + "; the first value is kept and the second, " + quote(value) + ", is not read",
                       value);
      } else {
        diags.warning(discarded_at, twice + "; the first value is kept", diagnostic_code::duplicate_field);
      }
      discarded = field::none;
      discard = {};
    };
    section* current = &main[ci];
    bool current_scalar = false;
    bool first_paragraph = true;
    section* awaiting_year = nullptr;  // a due date printed without its year, wrapped ("Sept." / "2006")
    // Field `which`'s label, printed at `label_at` (its value from `value_at`) or given as structure
    // (`by_column`): what follows is its value.
    auto open_label = [&](field which, source_position label_at, source_position value_at, bool by_column) {
      if (current == &discard) flush_discard();
      section& s = fields[static_cast<std::size_t>(which)];
      if (s.labelled && scalar(which) && s.has_value) {
        discarded = which;  // reported with its value when it ends
        discarded_at = label_at;
        discarded_by_column = by_column;
      } else if (s.labelled && !s.repeat_reported) {
        s.repeat_reported = true;  // once per field and row
        diags.warning(label_at, appears_twice(which, s.by_column, by_column) + "; both values are kept",
                      diagnostic_code::duplicate_field);
      } else if (!s.labelled) {
        s.labelled = true;
        s.by_column = by_column;
        s.label_at = label_at;
        s.value_at = value_at;
      }
      if (scalar(which) && s.has_value) {
        discard = {};
        current = &discard;
      } else {
        current = &s;
      }
      current_scalar = scalar(which);
    };
    for (auto& b : blocks) {
      if (b.label != field::none) {  // a label given as structure: its value is the blocks after it
        // (a header field's has no place in a row: its text stays where it is)
        if (cell_field(b.label)) open_label(b.label, b.where, b.where, true);
        first_paragraph = false;
        awaiting_year = nullptr;
        continue;
      }
      if (b.type == block::kind::bullet_list) {
        current->add_list(b.items, b.where);
        first_paragraph = false;
        awaiting_year = nullptr;
        continue;
      }
      auto& p = b.paragraph;
      std::string_view text = p.text;
      std::size_t pos = 0;
      if (awaiting_year) {
        pos = leading_year(text);
        if (pos > 0) awaiting_year->add_paragraph(p, 0, pos);
        awaiting_year = nullptr;
      }
      if (ci == 0 && first_paragraph && merged.number.empty()) {
        std::size_t length = 0;
        if (auto n = leading_row_number_after(text, previous, &length)) {
          r.number = std::string(*n);
          pos = length;
        }
      }
      first_paragraph = false;
      for (const auto& m : find_labels(text, label_context::cell)) {
        if (m.begin < pos) continue;
        current->add_paragraph(p, pos, m.begin);
        open_label(m.which, p.at(m.begin), p.at(m.end), false);
        pos = m.end;
      }
      current->add_rest(p, pos);
      // A single-valued field takes one paragraph; what follows is the cell's own text again.
      if (current_scalar && current->has_value) {
        if (current == &fields[static_cast<std::size_t>(field::due)] && lacks_year(current->plain())) awaiting_year = current;
        if (current == &discard) flush_discard();
        current = &main[ci];
        current_scalar = false;
      }
    }
    flush_discard();
  }

  r.recommendation = std::move(main[0].text);
  r.commitment = std::move(main[1].text);
  r.compliance = std::move(main[2].text);

  const auto& responsible = fields[static_cast<std::size_t>(field::responsible)];
  r.responsible = responsible.plain();

  const auto& due = fields[static_cast<std::size_t>(field::due)];
  r.due_text = due.plain();
  if (!r.due_text.empty()) {
    r.due = parse_spanish_date(r.due_text);
    if (!r.due) {
      // A month's name broken at a narrow column's edge ("Diciemb" over "re 2010") is one word.
      if (auto joined = rejoin_broken_month(r.due_text)) {
        if (auto d = parse_spanish_date(*joined)) {
          diagnostic info;
          info.level = severity::info;
          info.where = due.value_at;
          info.message = "due date " + quote(r.due_text) + " read as " + quote(*joined) +
                         ", a month's name broken at a column's edge";
          info.code = diagnostic_code::layout_inferred;
          info.content = r.due_text;
          diags.add(std::move(info));
          r.due_text = std::move(*joined);
          r.due = d;
        }
      }
    }
    if (!r.due) {
      diags.warning(due.value_at, "cannot read the due date " + quote(r.due_text) +
                                      (r.number.empty() ? "" : " of row " + r.number) +
                                      "; it is kept as printed and the date is left empty", diagnostic_code::bad_date);
    }
  }

  const auto& status = fields[static_cast<std::size_t>(field::status)];
  r.status_text = std::string(without_status_decoration(status.plain()));
  if (!r.status_text.empty()) {
    r.status = parse_status(r.status_text);
    // In a status column of its own, "cumplido" in lower case is the end of a status whose first word
    // ("Parcialmente", "No") went into the column beside it (a -layout text's squeezed columns), or a
    // status printed so: it is read, and said. (After a printed label the case tells nothing.)
    if (r.status == compliance_status::fulfilled && status.by_column && r.status_text.front() >= 'a' &&
        r.status_text.front() <= 'z') {
      diags.warning(status.value_at, "the status " + quote(r.status_text) +
                                         (r.number.empty() ? "" : " of row " + r.number) +
                                         " starts in lower case: a word before it (\"Parcialmente\", \"No\") may have "
                                         "been read elsewhere; read as Cumplido", diagnostic_code::bad_status);
    }
    if (!r.status) {
      diags.warning(status.value_at, "unknown status " + quote(r.status_text) +
                                         (r.number.empty() ? "" : " in row " + r.number) +
                                         " (expected Cumplido, Parcialmente cumplido or No cumplido); "
                                         "the wording is kept and the status left empty", diagnostic_code::bad_status);
    }
  }

  r.compliance_observation = std::move(fields[static_cast<std::size_t>(field::compliance_observation)].text);
  r.verification = std::move(fields[static_cast<std::size_t>(field::verification)].text);
  return r;
}

}  // namespace

namespace {

// The row numbers seen and where each was first. Rows numbered 1, 2, 3... in order, as reports number
// them, are kept in a vector (no lookup: the next is new); from the first number out of that order on,
// all are in a map.
class row_numbers {
 public:
  /// Where `number` was first seen; nullopt (and `at` recorded) when it is new.
  std::optional<source_position> seen(const std::string& number, source_position at) {
    if (in_order_ && number == std::to_string(first_ones_.size() + 1)) {
      first_ones_.push_back(at);
      return std::nullopt;
    }
    if (in_order_) {
      in_order_ = false;
      for (std::size_t i = 0; i < first_ones_.size(); ++i) others_.emplace(std::to_string(i + 1), first_ones_[i]);
      first_ones_ = {};
    }
    auto [it, inserted] = others_.emplace(number, at);
    if (inserted) return std::nullopt;
    return it->second;
  }

 private:
  bool in_order_ = true;
  std::vector<source_position> first_ones_;  // of rows 1, 2, 3... while they come in order
  std::unordered_map<std::string, source_position> others_;
};

}  // namespace

// ---- report_builder ----

struct report_builder::state {
  explicit state(diagnostics& d) : diags(d) {}

  warning_limiter diags;
  report out;

  // header
  struct header_value {
    cell value;
    source_position where;
    bool set = false;
  };
  std::array<header_value, field_count> header;
  field last_header = field::none;
  bool title_seen = false;
  std::string document_title;  // from the document's properties (report_builder::document_title)
  bool title_waits_for_date = false;
  source_position first_header_at;
  std::size_t header_fields = 0;

  // rows
  std::optional<table_row> pending;
  std::string pending_previous;  // the number of the row before the pending one
  std::string last_number;       // the number of the last row started
  row_numbers numbers;
  commitment_runs runs;

  void flush_row() {
    if (!pending) return;
    const bool marked = pending->same_recommendation;
    row r = parse_row_limited(*pending, pending_previous, diags);
    // Another commitment of the row before's recommendation: so marked by the reader, or printed with
    // the number again and no recommendation of its own (validate's reading of the model too).
    const bool same_number = !out.rows.empty() && out.rows.back().number == r.number;
    const bool same_recommendation = runs.continues(r) || (marked && same_number);
    pending.reset();
    if (!r.number.empty()) {
      if (auto before = numbers.seen(r.number, r.source); before && !same_recommendation) {
        std::string first = before->page > 0 ? "page " + std::to_string(before->page)
                                             : "line " + std::to_string(before->line);
        diags.warning(r.source, "row number " + r.number + " appears again (first at " + first +
                                    "); both rows are kept", diagnostic_code::row_sequence);
      }
    }
    out.rows.push_back(std::move(r));
  }

  void set_header(field f, std::string_view value, source_position at, source_position line_at) {
    auto& h = header[static_cast<std::size_t>(f)];
    if (h.set) {
      last_header = field::none;
      // The header block printed again on a later page: the same value is no news.
      if (!h.value.fragments.empty() && collapse_whitespace(h.value.fragments.front().text) == collapse_whitespace(value))
        return;
      diags.warning(line_at, "header field \"" + std::string(label_name(f)) +
                                 ":\" appears again; the first value is kept", diagnostic_code::duplicate_field);
      last_header = field::none;
      return;
    }
    h.set = true;
    h.where = at;
    // "Observación: • Indicadores ...": a value that opens with a bullet is its list's first item.
    std::string_view v = value;
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    if (v.rfind("\xE2\x80\xA2", 0) == 0) {
      h.value.add_list_item(std::string(v), at);
    } else {
      h.value.add_text(std::string(value), at);
    }
    last_header = f;
    ++header_fields;
  }

  void finish_header() {
    auto text_of = [&](field f) { return to_rich_text(header[static_cast<std::size_t>(f)].value.fragments); };
    auto plain_of = [&](field f) { return clean_text(text_of(f).plain_text(" ")); };
    auto at = [&](field f) { return header[static_cast<std::size_t>(f)].where; };

    if (std::string t = plain_of(field::issued_at); !t.empty()) {
      out.issued_at = parse_date_time(t);
      if (!out.issued_at) diags.warning(at(field::issued_at), "cannot read the report date " + quote(t),
                                        diagnostic_code::bad_date);
      else if (time_cut_short(t)) {
        std::string message = "the report date's time is cut short (its last figure is missing, as at a page's edge): ";
        message += quote(t);
        message += " is read as ";
        message += out.issued_at->to_iso();
        diags.warning(at(field::issued_at), message, diagnostic_code::bad_date);
      }
    }
    out.program = plain_of(field::program);
    out.ministry = plain_of(field::ministry);
    out.service = plain_of(field::service);
    if (std::string t = plain_of(field::evaluation_year); !t.empty()) {
      auto year = parse_spanish_date(t);
      if (year && year->month == 0) {
        out.evaluation_year = year->year;
      } else {
        diags.warning(at(field::evaluation_year), "cannot read the evaluation year " + quote(t),
                      diagnostic_code::bad_date);
      }
    }
    out.program_status = plain_of(field::program_status);
    if (std::string t = plain_of(field::exit_date); !t.empty()) {
      out.exit_date = parse_spanish_date(t);
      if (!out.exit_date) diags.warning(at(field::exit_date), "cannot read the exit date " + quote(t),
                                        diagnostic_code::bad_date);
    }
    out.observation = text_of(field::observation);
  }
};

report_builder::report_builder(diagnostics& diags) : state_(std::make_unique<state>(diags)) {}
report_builder::~report_builder() = default;

void report_builder::add_header_line(header_line line) {
  auto& s = *state_;
  if (!s.first_header_at.known()) s.first_header_at = line.where;
  if (!line.label.empty()) {
    field f = match_label(line.label, label_context::header);
    if (f == field::none) {
      s.diags.warning(line.where, "unknown header field " + quote(clean_text(line.label)) + "; ignored",
                      diagnostic_code::unknown_label);
      s.last_header = field::none;
      return;
    }
    s.set_header(f, line.text, line.value_where.known() ? line.value_where : line.where, line.where);
    return;
  }
  std::string_view text = line.text;
  std::size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t')) ++lead;
  text.remove_prefix(lead);
  if (trim(text).empty()) return;
  source_position at = line.where;
  if (at.column > 0) at.column += static_cast<int>(lead);

  if (line.list_item && s.last_header != field::none) {
    s.header[static_cast<std::size_t>(s.last_header)].value.add_list_item(std::string(text), at);
    return;
  }

  if (auto m = leading_label(text, label_context::header)) {
    source_position value_at = at;
    if (value_at.column > 0) value_at.column += static_cast<int>(m->end);
    s.set_header(m->which, text.substr(m->end), value_at, at);
    return;
  }
  if (reads_as_title(text)) {
    if (s.title_seen) return;  // repeated on later pages
    s.title_seen = true;
    s.last_header = field::none;
    if (auto d = find_trailing_date(text)) {
      s.out.cutoff_date = d;
    } else {
      s.title_waits_for_date = true;
    }
    return;
  }
  if (s.title_waits_for_date) {
    s.title_waits_for_date = false;
    if (auto d = parse_spanish_date(active_lexicon().without_cutoff_word(text))) {
      s.out.cutoff_date = d;
      return;
    }
  }
  if (s.last_header != field::none) {
    auto& h = s.header[static_cast<std::size_t>(s.last_header)];
    h.value.add_break(at);
    h.value.add_text(std::string(text), at);
    return;
  }
  s.diags.warning(at, "header line not understood: " + quote(clean_text(text.substr(0, 120))),
                  diagnostic_code::unknown_label);
}

void report_builder::add_row(table_row row) {
  auto& s = *state_;
  bool blank = true;
  for (const auto& c : row.cells) blank = blank && c.empty();
  if (blank) return;
  if (row.number.empty() && is_header_row(row)) return;  // a row numbered as structure holds content
  if (!row.where.known()) row.where = row.cells[0].where;
  std::optional<std::string> number = row.number;
  if (row.number.empty()) number = row_number_of(row.cells[0], s.last_number);
  // "N. " typed at a text line's start that breaks the sequence ("2004. los resultados" after row 1:
  // a year wrapped to a line start) starts a row only where the line shows new cells beside it, with
  // a warning; the first cell alone is text of the row above, and said so. (The next number, the
  // row's number again, the first sub-number under it ("2.1" after "2") and the table's first number
  // start a row.)
  if (number && row.text_line && row.number.empty() && s.pending && !s.last_number.empty() &&
      !follows_in_sequence(s.last_number, *number) && !same_row_number(*number, s.last_number) &&
      !first_under(s.last_number, *number)) {
    const bool beside = !row.cells[1].empty() || !row.cells[2].empty();
    s.diags.warning(row.where, "row number " + *number + " breaks the sequence (the previous row is " + s.last_number +
                                   (beside ? "); read as a new row" : "); read as text of that row"),
                    diagnostic_code::row_sequence);
    if (!beside) number.reset();
  }
  if (number) {
    s.flush_row();
    s.pending_previous = std::exchange(s.last_number, std::move(*number));
    s.pending = std::move(row);
    return;
  }
  if (!s.pending) {
    s.diags.warning(row.where, "table text before the first numbered row; read as a row without number",
                    diagnostic_code::row_sequence);
    s.pending = std::move(row);
    return;
  }
  // In a table of sub-numbers, a row opening with one out of sequence ("1.4" after row 1.2) may be a
  // row of its own or a figure ("2.5 millones"): read as text of the row above, and said so.
  if (is_sub_number(s.last_number)) {
    const std::string start = cell_start(row.cells[0], 24);
    if (auto n = leading_sub_number(start))
      s.diags.warning(row.where, "\"" + std::string(*n) + "\" at the start of a row does not follow row " + s.last_number +
                                     "; read as text of that row", diagnostic_code::row_sequence);
  }
  for (std::size_t i = 0; i < 3; ++i) {
    auto& from = row.cells[i];
    if (from.empty()) continue;
    auto& into = s.pending->cells[i];
    into.add_break(from.where);
    for (auto& f : from.fragments) into.fragments.push_back(std::move(f));
  }
}

std::size_t report_builder::row_count() const {
  return state_->out.rows.size() + (state_->pending ? 1 : 0);
}

std::size_t report_builder::header_field_count() const { return state_->header_fields; }

void report_builder::document_title(std::string title) { state_->document_title = std::move(title); }

report report_builder::finish() {
  auto& s = *state_;
  s.flush_row();
  if (s.out.rows.empty() && s.header_fields == 0 && !s.out.cutoff_date) {
    throw error("no report found: neither header fields (\"Programa/Institución:\", \"Ministerio:\", ...) "
                "nor a commitments table with numbered rows",
                s.first_header_at);
  }
  if (s.out.rows.empty() && !no_commitments_) {
    // Text but no rows: a report without its table is not a report (nothing is written).
    throw error("no commitments table found: the input has header fields but no numbered rows of "
                "Recomendación | Compromiso | Cumplimiento",
                s.first_header_at.known() ? s.first_header_at : source_position{1, 1, 0});
  }
  s.finish_header();
  // The title that gives the cut-off date stands right above the report's date ("Fecha del Informe:"):
  // a report date with no title (a producer that left the title out) leaves the cut-off date empty, and
  // says so.
  // A producer that dropped the title from the page may have kept it in the document's properties
  // (LibreOffice prints an HTML page's <title> there): the date is taken from it, and that is said.
  if (!s.out.cutoff_date && !s.title_seen) {
    const std::string_view title = trim(s.document_title);
    std::optional<partial_date> from_properties;
    if (reads_as_title(title)) from_properties = find_trailing_date(title);
    const source_position where = s.header[static_cast<std::size_t>(field::issued_at)].where;
    if (from_properties) {
      s.out.cutoff_date = from_properties;
      s.diags.warning(where,
                      "no title \"INFORME DE CUMPLIMIENTO DE COMPROMISOS AL …\" in the text; the cut-off date "
                      "is taken from the document's title in its properties: " + quote(clean_text(title.substr(0, 120))),
                      diagnostic_code::other);
    } else if (s.out.issued_at) {
      s.diags.warning(where,
                      "no title \"INFORME DE CUMPLIMIENTO DE COMPROMISOS AL …\" above the report's date; the "
                      "cut-off date is left empty",
                      diagnostic_code::other);
    }
  }
  // Placeholders printed for absent values ("Medios de Verificación: —", the "none" term in any of
  // its wordings) are not values.
  auto clear_placeholder = [](rich_text& t) {
    if (t.blocks.size() == 1 && t.blocks[0].type == block::kind::paragraph && active_lexicon().is_none(t.blocks[0].text))
      t.blocks.clear();
  };
  clear_placeholder(s.out.observation);
  for (auto& row : s.out.rows) {
    clear_placeholder(row.verification);
    clear_placeholder(row.compliance_observation);
  }
  return std::move(s.out);
}

}  // namespace informe::detail
