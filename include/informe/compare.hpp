// What changed between two reports of one program (two cut-offs, or two formats of one report).
//
//     informe::report_diff d = informe::compare(old_report, new_report);
//     if (d.empty()) { /* the models are equal */ }
//     for (const auto& r : d.rows)
//       for (const auto& c : r.changes)
//         if (c.field == "status") std::cout << c.old_value << " -> " << c.new_value << "\n";
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "informe/export.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"

namespace informe {

/// One run of a word-level diff: text both sides share, or text only the old or only the new side has.
struct INFORME_API diff_piece {
  /// Which side has the text.
  enum class kind { same, removed, added };
  kind type = kind::same;  ///< both sides, the old only, the new only
  std::string text;  ///< words with the spaces between them ("la matriz ")

  /// Same kind and text.
  bool operator==(const diff_piece&) const = default;
};

/// The word-level difference of two texts: the pieces, in order, that turn `before` into `after`
/// (a longest common subsequence of words; line breaks are words of their own).
///
///     diff_words("Se hará la matriz.", "Se hizo la matriz.");
///     // {same "Se "}, {removed "hará"}, {added "hizo"}, {same " la matriz."}
INFORME_API std::vector<diff_piece> diff_words(std::string_view before, std::string_view after);

/// A rich text as compare() gives a text field's value: paragraphs and list items one per line, each
/// item marked "- ".
///
///     comparable_text(rich_text::paragraph("Uno."));  // "Uno."
INFORME_API std::string comparable_text(const rich_text& text);

/// One field that differs. `field` is the canonical JSON key: header fields ("program", "cutoff_date",
/// "observation", ...) or row fields ("number", "recommendation", "commitment", "due", "due_text",
/// "status", "status_text", ...). Values are canonical text: ISO 8601 for dates, the canonical key for
/// "status" ("partially_fulfilled"), plain text for texts (paragraphs and list items one per line);
/// empty when absent.
struct INFORME_API field_change {
  std::string field;      ///< the canonical JSON key
  std::string old_value;  ///< the old report's value, canonical text; empty when absent
  std::string new_value;  ///< the new report's value, canonical text; empty when absent
  std::vector<diff_piece> words;  ///< diff_words(old_value, new_value), for text fields; empty otherwise

  /// Same field, values and words.
  bool operator==(const field_change&) const = default;
};

/// One row of either report: added, removed, or kept (matched on both sides) with its changes.
struct INFORME_API row_change {
  /// What became of the row.
  enum class kind { kept, added, removed };
  kind type = kind::kept;  ///< on both sides, only in the new report, only in the old
  std::optional<std::size_t> old_index;  ///< position in the old report's rows (kept, removed)
  std::optional<std::size_t> new_index;  ///< position in the new report's rows (kept, added)
  /// Kept rows: matched by the similarity of their texts, not by their number (the numbering changed).
  bool matched_by_text = false;
  /// Kept rows: the row is in another order relative to the other kept rows.
  bool moved = false;
  std::vector<field_change> changes;  ///< kept rows: the fields that differ, in model order

  /// Kept with no change and not moved.
  bool unchanged() const { return type == kind::kept && changes.empty() && !moved; }
};

/// The difference of two reports.
struct INFORME_API report_diff {
  std::vector<field_change> header;  ///< header fields that differ, in model order
  /// Every row of both reports: in the new report's order, each removed row after the kept row that
  /// preceded it in the old report.
  std::vector<row_change> rows;

  /// True when nothing differs: then the two models are equal.
  bool empty() const;
  /// Rows added (only in the new report).
  std::size_t added() const;
  /// Rows removed (only in the old report).
  std::size_t removed() const;
  /// Rows kept with changes, or moved.
  std::size_t changed() const;
};

/// Compares two reports. Rows are matched by the similarity of their recommendation and commitment
/// words (the most alike pairs first; the same number counts a little), so a renumbered row is still
/// found; rows left over are matched by number alone (a row rewritten in place); the rest are added or
/// removed.
///
///     informe::report_diff d = informe::compare(a, b);
///     d.empty() == (a == b);   // always
INFORME_API report_diff compare(const report& old_report, const report& new_report);

// ---- Writers ----

/// Options of the diff writers.
struct INFORME_API diff_write_options {
  write_options write;      ///< template_dir (labels, templates/diff/) and source_date_epoch
  std::string old_name;     ///< how to call the old report ("a.json")
  std::string new_name;     ///< how to call the new report ("b.pdf")
  bool colour = false;      ///< text: ANSI colours instead of [-removed-] and {+added+} marks
};

/// Text like `git diff --word-diff`: "--- OLD", "+++ NEW", then one "@@ ... @@" hunk for the header and
/// for each row that changed, its fields as "Label: same [-removed-]{+added+}".
INFORME_API void write_diff_text(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output);
/// A standalone HTML page (templates/diff/): the changes side by side, old on the left.
INFORME_API void write_diff_html(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output);
/// JSON for programs: {"equal", "old", "new", "header": [...], "rows": [...], "counts": {...}}.
INFORME_API void write_diff_json(const report_diff& d, const report& old_report, const report& new_report,
                     const diff_write_options& options, std::string& output);

}  // namespace informe
