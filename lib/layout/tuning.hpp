// The tuning constants of the layout engine, in one place. Distances are in multiples of the font
// size (em) unless the name says points. Each says what it separates and why it has its value.
#pragma once

#include <cstddef>

namespace informe::detail::layout::tuning {

// ---- lines ----
/// Words whose vertical centres differ by less than this share of the smaller height share a line.
inline constexpr double same_line_overlap = 0.35;
/// Words of type sizes this many times apart (box heights) whose boxes start level, within this
/// share of the smaller height, share a line: cells set at their top in different sizes.
inline constexpr double mixed_size_ratio = 1.3;
inline constexpr double level_top_slack = 0.1;
/// A word shorter than a line joins it where its box lies within the line's top and bottom and its
/// bottom is level with the line's, give or take this share of its own height.
inline constexpr double band_slack = 0.1;
/// A horizontal gap wider than this (em) between two words means a space (poppler splits words at
/// font changes too, without a gap).
inline constexpr double space_gap = 0.12;
/// Approximate width of a space (em), for "would the next word have fitted on this line".
inline constexpr double space_width = 0.28;
/// A gap wider than this (em) between words of one line separates word groups (table columns,
/// label and value cells).
inline constexpr double group_gap = 0.8;

// ---- a side column beside the header block (side_column.hpp) ----

/// Words ending this far (em) or more left of where the header starts beside them are not the report's.
inline constexpr double side_column_slack = 0.5;
/// A header grid's pair column (header_grid.hpp): labels and values this near (em) its start are in it.
inline constexpr double header_grid_slack = 1.0;
/// Header fields laid across on a text grid: a value may start this far (em) right of its label, after a
/// wide gap (pdftotext -layout sets a row of labels a few cells apart from the values' row: vialidad's
/// "Fecha Egreso:" five cells left of its "31-12-" as wkhtmltopdf printed it, level in the PDF).
inline constexpr double grid_value_drift = 3.0;
/// Header fields laid across (header_grid.hpp): the values' first line starts at most this far (em) below
/// the top of the row of labels above it (a cell's padding and, on a -layout text grid, the two blank lines
/// pdftotext sets between two table rows: three lines at 1.2 em a line, and a little).
inline constexpr double header_across_advance = 4.0;

/// On a text grid, a line spaced as words are across two column boundaries this far (em) or more
/// below the table's line before it (three blank lines at 1.2 em a line) is a note below the table.
inline constexpr double grid_note_advance = 4.5;

// ---- furniture ----
/// Lines looked at from each end of a page for running headers and footers.
inline constexpr std::size_t edge_lines = 4;
/// ... and up to this many while they hold the report's title or header fields (a page header).
inline constexpr std::size_t edge_header_lines = 12;
/// A running header or footer repeats at the same height on other pages within this (points).
inline constexpr double edge_repeat_tolerance = 2.5;
/// A running header's or footer's numbers, each the same on every page or following the pages, are
/// told apart for this many numbers on the line; a line with more compares them as printed.
inline constexpr std::size_t repeat_numbers = 4;
/// Page-number lines are looked for among this many lines at each end of a page.
inline constexpr std::size_t page_number_lines = 2;

/// How many rule characters ('-', '_', '=', box-drawing strokes) a line of nothing else needs to be a rule
/// drawn with characters (furniture): more than any run of dashes typed in text ("--", "----" for an
/// absent value), fewer than the narrowest column a preformatted table rules off.
inline constexpr std::size_t ruling_chars = 8;

// ---- header block ----
/// A gap wider than this (em, at least `label_gap_min` points) after a known label splits a label
/// cell from its value cell (two-column header blocks).
inline constexpr double label_gap = 1.0;
inline constexpr double label_gap_min = 6.0;
/// A two-column field's label alone on its line: the next line is its value when it starts right of
/// the label and this far (em) or less left of the value column (a value's paragraphs set at the
/// cell's edge, the one-line values a blank in from it).
inline constexpr double value_below_label_reach = 1.0;
/// Until the block's own line height is known, a line further below than this (em) starts a paragraph.
inline constexpr double header_paragraph_gap = 1.45;
/// A header value typed after a tab and wrapped back to the margin: the line before the wrap was
/// full when the next line's first word would have reached within this (em) of the block's right
/// edge (word processors wrap a word that overhangs the margin; a right-aligned line may sit a little
/// past it).
inline constexpr double wrap_reach = 1.0;
/// With another field after it, a line under a value continues it when the first word on that line
/// would have taken the value's line to within this (em) of the block's right edge: the edge may be
/// measured on a line that overhangs the margin (a right-aligned date), by more than a short word.
inline constexpr double wrap_reach_field = 6.0;

// ---- fichas (fichas.hpp) ----
/// A line starting within this (em) of a page's label column is in it; further right, a value's.
inline constexpr double ficha_label_slack = 1.0;
/// A ficha's label has at most this many words ("Fecha de Vencimiento:"), a line at most this many
/// bytes (a longer one is prose, never a label's line: not folded).
inline constexpr std::size_t ficha_label_words = 6;
inline constexpr std::size_t ficha_line_bytes = 400;
/// After a line that may open a ficha ("N°   1"), the lines looked at for its label column's next label.
inline constexpr std::size_t ficha_lookahead = 4;
/// Below a ficha's last field, a line further from the one above it than the fichas' widest gap
/// between their lines (by this many em more), and at least as far as the fichas stand apart (or,
/// when no two stand on one page, this many times that widest gap) is no part of the field.
inline constexpr double ficha_gap_slack = 0.25;
inline constexpr double ficha_end_gap = 2.0;
/// A gap of at least this (em) above a line sets it apart as a paragraph (a blank row on a text grid).
inline constexpr double ficha_paragraph_gap = 1.5;

// ---- columns ----
/// The gutters between columns are measured on at least this many body lines (from the next pages
/// when the header stands at a page's foot).
inline constexpr std::size_t gutter_lines = 6;
/// Resolution (points) of the coverage histogram that finds the gutters between columns.
inline constexpr double gutter_step = 0.5;
/// A word's edge may overhang a column boundary by this much (points) before it counts as crossing.
inline constexpr double boundary_slack = 1.0;
/// Two words of adjacent columns closer than this (em) are one run of text across the boundary.
inline constexpr double crossing_gap = 0.2;
/// A word space wider than this (em) is no word space: justified text stretches its spaces to half an
/// em or so, a table's gutters are wider.
inline constexpr double widest_word_space = 0.8;

// ---- rows ----
/// A row number wrapped in a narrow number column ("10" / "0") continues within this many lines
/// (browsers set tables at a line height of 1.45 to 1.5).
inline constexpr double wrapped_number_lines = 1.9;
/// A "N." line starts a row after a vertical gap wider than this (em) in the first column.
inline constexpr double row_gap = 1.45;
/// A number in the number column stands at a line start of the first column's text just above it
/// (a block the extractor set at the left margin, "118 nuevas salas") when that text starts no more
/// than this (em) right of it: no row's number, which stands left of its recommendation.
inline constexpr double number_in_text_reach = 0.5;
/// Lines of other columns that start within this (points) of a row's top belong to that row.
inline constexpr double row_top_slack = 2.0;
/// A cell whose last line on a page stands more than this (em) above the page's last table line ended
/// there (a cell that goes on over the page break fills its column to the page's foot; widow and
/// orphan control may leave it two lines short): about three lines.
inline constexpr double cell_ended_above_foot = 4.0;

// ---- cells ----
/// A line indented more than this (em, at least `indent_min` points) from its column's left edge is
/// a list item whose marker is drawn, not written (browsers).
inline constexpr double indent = 0.6;
inline constexpr double indent_min = 4.0;
/// On a text grid, where lines of one column start a character or two apart, an indent must be
/// wider than this (em: three characters) to mean a list item.
inline constexpr double grid_indent = 1.5;
/// An enumerator ("a.", "1)") at a line's start stands apart from its text, as a list's drawn marker
/// does, where the gap to its text is at least this many word spaces (tuning::space_width): Word's tab
/// makes three or more, wkhtmltopdf's marker box over two; a typed space about one.
inline constexpr double drawn_marker_gap = 2.0;
/// Sibling markers, and a marker's text and its item's wrapped lines, stand level within this (points;
/// on a text grid, a character cell).
inline constexpr double marker_level = 1.5;
/// On a text grid, a line this long (of its column's width, from its start) counts as full where the
/// fit of the next word is in doubt.
inline constexpr double grid_long_line = 0.75;
/// Lines with an advance larger than the usual line spacing plus this (em, at least 1 point) are
/// separated by a paragraph gap.
inline constexpr double paragraph_extra = 0.12;
/// The usual line spacing when none could be learnt (em).
inline constexpr double default_line_spacing = 1.25;
// A document sets its paragraphs apart when advances between a cell's lines of over a line and up to
// this many lines occur at least `spaced_paragraphs_min` times: there a short line with no such gap
// after it is a forced line break, not a paragraph's end.
inline constexpr double paragraph_spacing_max = 2.2;
// The smallest advance seen this often (and a twentieth as often as the most frequent) is the line spacing.
inline constexpr int line_spacing_min_count = 3;
inline constexpr int spaced_paragraphs_min = 3;
/// On a text grid, a document sets its paragraphs apart (blank rows between them) when a cell's line
/// that ends a sentence and its next line that starts with a capital stand over blank rows at least
/// `spaced_paragraphs_min` times and this many times as often as on consecutive rows. Sentences also end
/// inside paragraphs, on full lines, and an extractor may drop a paragraph's blank row: in the corpus's
/// texts where a short line that ends a sentence ends its paragraph the ratio is 1.6 or less, where it
/// is a line broken on purpose 2.2 or more.
inline constexpr int grid_spaced_ratio = 2;
/// A one-word line reaching this close (em) to its column's right edge was broken inside the word.
inline constexpr double broken_word_reach = 0.75;
/// Where widths are estimated (a text grid), a word "would have fitted" only with this share of the
/// column's width to spare (proportional text on a grid is off by a few percent per line).
inline constexpr double estimated_fit_slack = 0.08;
/// On a text grid, a group of words that starts within this many characters of a column boundary,
/// at least `grid_drift_gap` characters after the line's text before it, goes to the column whose
/// lines start nearest to it (extractors shift columns sideways between pages and blocks, by up to
/// eight characters in Chromium's tight tables).
inline constexpr double grid_drift = 8.0;
/// On a text grid, a run of words reaching past a boundary whose words there start this many
/// characters or more right of where the next column's lines start is the left column running long.
inline constexpr double grid_overrun_indent = 1.5;
/// ... or starting this many characters or more left of where the lines above and below start the next
/// column (more than the extractor's rounding moves a column's lines apart, up to three characters).
inline constexpr double grid_overrun_outdent = 4.0;
/// A table header's lines (titles at different heights, a note below a title) are at most this far
/// apart, top to top (em).
inline constexpr double header_band_advance = 2.5;
/// On a text grid, a blank this many characters wide or wider before a word sets it apart from the
/// line's text before it (a column's start, not running text one blank on): see `grid_drift`.
inline constexpr double grid_drift_gap = 3.0;
/// On a text grid, a word of a run over a column boundary that starts right below (or above) where the
/// adjacent line starts the next column starts that column here too, within this many characters of
/// the boundary: as far as a block's own column start is looked for (`grid_river_reach`).
inline constexpr double grid_aligned_reach = 12.0;
/// On a text grid, lines closer than this (em; a grid's lines are 1.2 em apart) form one block, whose
/// columns the extractor placed together (grid_rivers.hpp).
inline constexpr double grid_block_advance = 1.5;
/// A block shows where its columns start only with at least this many lines (two lines of prose
/// share a word start by chance too often).
inline constexpr std::size_t grid_river_lines = 3;
/// A block's column start is looked for within this many characters of the page's boundary.
inline constexpr double grid_river_reach = 12.0;
/// ... but not to within this many characters of the next boundary (where it moved): the column between
/// them would be too narrow for a word such as a due date's month ("Nov.").
inline constexpr double grid_min_column = 3.0;
/// Further than `grid_drift` from the boundary, a river holds where this many of the block's lines
/// start a word on it (prose's words line up by chance on two lines)...
inline constexpr int grid_river_far_lines = 3;
/// ... or this many, one of them starting the column there well apart from its text before it (at
/// least `grid_drift_gap` characters): prose runs on one blank apart, a wide blank is a column's.
inline constexpr int grid_river_lines_apart = 2;
/// A block's column start beside a column of its own (a due date's, a status's) may narrow the
/// neighbouring column by at most this many characters from its width on the page (the extractor's
/// rounding moves each side a character or two); further in, it is the neighbour's prose lined up by chance.
inline constexpr double grid_neighbour_narrowing = 4.0;
/// A word run together from two columns' words is cut at a block's column start only with at least
/// this many characters on each side (a shorter piece is more likely a long word's end or start).
inline constexpr std::size_t grid_fused_part = 3;
/// A run of words over a column boundary is cut after a sentence's end up to this many characters
/// from the boundary when the word after it starts in lower case.
inline constexpr double grid_sentence_reach = 5.0;
/// A run over a column boundary cut at its blank nearest the boundary for want of a cue is a doubtful
/// cut (said) when another blank is less than this many characters further from it (one on the grid).
inline constexpr double grid_doubtful_cut = 1.5;
/// A column's right edge on a page is where its lines end there when it has this many lines on the
/// page; on pages with fewer, it is measured from the widest the column is on any page.
inline constexpr int own_edge_lines = 8;
/// At the top of a continued row, a line lower than the repeated number by this (em, at least one
/// point) starts a paragraph.
inline constexpr double continued_top_drop = 0.15;
/// The end of a sub-title broken inside its word at a narrow column's edge ("Calificaci" over "ón")
/// ends at most this many of the sub-title's own widths past the sub-title's end: the column's next
/// line starts under the sub-title and the rest of a word is shorter than the word's start; further
/// right, it is the next column's text.
inline constexpr double broken_sub_title_reach = 1.0;

/// A table printed as one column (stacked_table.hpp) is read only when the lines that wrap inside its
/// cells' paragraphs reach, at the median, this share of the page's text width (a column table's text
/// extracted column after column wraps at a third of it)...
inline constexpr double stacked_fill = 0.6;
/// ... measured on at least this many wrapped lines; with fewer, a PDF's table is one column when all
/// its lines start at its left edge or at most this many em right of it (a list's indent).
inline constexpr std::size_t stacked_wrapped_lines = 3;
inline constexpr double stacked_indent = 3.0;
/// On a text grid, a stacked table's line that ends a cell's last label's value (an office's name)
/// "would have held" the next line's first word only with this share of the text's measure to spare:
/// its widest line (of narrow letters) takes some 10% more character cells than a full line of wide
/// ones. (Elsewhere estimated_fit_slack: a paragraph's end there moves no text between fields.)
inline constexpr double stacked_grid_fit_slack = 0.15;

}  // namespace informe::detail::layout::tuning
