// The report model: one tree in the middle that every reader fills and every writer walks.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "informe/export.hpp"

namespace informe {

/// A place in a source document. Zero means "unknown" for each part.
/// Text-like inputs use line and column (1-based); PDF inputs use page (1-based) and line within it.
struct source_position {
  int line = 0;    ///< 1-based line (within the page for PDF inputs)
  int column = 0;  ///< 1-based column, in characters
  int page = 0;    ///< 1-based page (PDF inputs)

  /// True when the line or the page is known.
  bool known() const { return line > 0 || page > 0; }
  /// Same line, column and page.
  bool operator==(const source_position&) const = default;
};

/// One block of rich text: a paragraph, or a bulleted list of plain-text items.
struct block {
  /// What a block is.
  enum class kind { paragraph, bullet_list };

  kind type = kind::paragraph;     ///< a paragraph or a bulleted list
  std::string text;                ///< the paragraph's text, when type == paragraph
  std::vector<std::string> items;  ///< the list's items, when type == bullet_list

  /// Same kind, text and items.
  bool operator==(const block&) const = default;
};

/// Text made of paragraphs and bulleted lists, in document order.
/// All strings are UTF-8, NFC-normalised, with whitespace collapsed to single spaces.
///
///     informe::rich_text t = informe::rich_text::paragraph("Se revisará la matriz.");
///     t.add_list({"Una política nacional.", "Una estrategia regional."});
struct INFORME_API rich_text {
  std::vector<block> blocks;  ///< in document order

  /// A rich text holding one paragraph (none when `text` is empty).
  static rich_text paragraph(std::string text);

  /// True when there is no block (the text is absent).
  bool empty() const { return blocks.empty(); }
  /// Appends a paragraph; an empty string adds nothing.
  void add_paragraph(std::string text);
  /// Appends a bulleted list; an empty list adds nothing.
  void add_list(std::vector<std::string> items);
  /// All text, paragraphs and list items joined by `separator`.
  std::string plain_text(std::string_view separator = "\n") const;

  /// Same blocks in the same order.
  bool operator==(const rich_text&) const = default;
};

/// A calendar date that may lack its day, or its day and month: "2000", "2000-12", "2000-12-31".
struct INFORME_API partial_date {
  int year = 0;   ///< 1-9999
  int month = 0;  ///< 1-12, or 0 when only the year is known
  int day = 0;    ///< 1-31, or 0 when the day is not known

  /// ISO 8601 form: "2000", "2000-12" or "2000-12-31".
  std::string to_iso() const;
  /// Parses the ISO forms above; nullopt for anything else, including impossible dates.
  static std::optional<partial_date> from_iso(std::string_view text);
  /// True when the fields form a real date (month and day in range, no day without month).
  bool valid() const;

  /// Ordered by year, then month, then day (a missing part, 0, sorts first).
  auto operator<=>(const partial_date&) const = default;
};

/// A full date with a time of day, as in "Fecha del Informe: 07-10-2009 ; 17:06:25".
struct INFORME_API date_time {
  partial_date date;  ///< always a full date
  int hour = 0;    ///< 0-23
  int minute = 0;  ///< 0-59
  int second = 0;  ///< 0-59

  /// ISO 8601 form without zone: "2009-10-07T17:06:25".
  std::string to_iso() const;
  /// Parses "YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DDTHH:MM"; nullopt otherwise.
  static std::optional<date_time> from_iso(std::string_view text);
  /// True when the date is a valid full date and the time of day is in range.
  bool valid() const;

  /// Chronological order.
  auto operator<=>(const date_time&) const = default;
};

/// How far a commitment was fulfilled ("Calificación" in the reports).
enum class compliance_status { fulfilled, partially_fulfilled, not_fulfilled };

/// The canonical key: "fulfilled", "partially_fulfilled" or "not_fulfilled".
INFORME_API std::string_view to_string(compliance_status status);
/// Parses a canonical key; nullopt for anything else.
INFORME_API std::optional<compliance_status> compliance_status_from_string(std::string_view key);

/// One numbered row of the report: a recommendation, the commitment made for it and its compliance.
struct INFORME_API row {
  std::string number;                         ///< as printed ("4"); numbers may repeat
  rich_text recommendation;                   ///< the evaluation panel's recommendation
  std::string responsible;                    ///< "Organismo Responsable"
  rich_text commitment;                       ///< what the service committed to do
  std::optional<partial_date> due;            ///< "Fecha de Vencimiento", parsed
  std::string due_text;                       ///< the due date as printed ("Dic. 2000")
  rich_text compliance;                       ///< the compliance text ("Cumplimiento")
  rich_text compliance_observation;           ///< "Observación" inside the compliance cell
  std::optional<compliance_status> status;    ///< "Calificación", parsed; nullopt when absent/unknown
  std::string status_text;                    ///< the status as printed ("Cumplido")
  rich_text verification;                     ///< "Medios de Verificación"
  source_position source;                     ///< where the row starts in its input; not serialised

  /// Equality of content; `source` is ignored.
  bool operator==(const row& other) const;
};

/// A whole "Informe de Cumplimiento de Compromisos".
/// Empty strings and rich texts mean "absent"; the canonical formats write them as null or leave them out.
struct report {
  std::optional<partial_date> cutoff_date;    ///< the date in the title ("AL 30-06-2009")
  std::optional<date_time> issued_at;         ///< "Fecha del Informe"
  std::string program;                        ///< "Programa/Institución"
  std::string ministry;                       ///< "Ministerio"
  std::string service;                        ///< "Servicio"
  std::optional<int> evaluation_year;         ///< "Año"
  std::string program_status;                 ///< "Calificación" of the program ("Egresado")
  std::optional<partial_date> exit_date;      ///< "Fecha Egreso"
  rich_text observation;                      ///< "Observación" of the header
  std::vector<row> rows;                      ///< "commitments" in the canonical formats

  /// Equality of every field (rows compare by content, not by source position).
  bool operator==(const report&) const = default;
};

}  // namespace informe
