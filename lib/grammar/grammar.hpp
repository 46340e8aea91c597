// The field grammar, all of it: include this from a reader.
//
//   grammar/input.hpp           fragments, cells, table rows, header lines (what readers produce)
//   grammar/report_builder.hpp  report_builder: header lines + rows -> report, with diagnostics
//   grammar/labels.hpp          label matching, column headers, row numbers
//   grammar/row_numbers.hpp     row numbers and sub-numbers ("1.2"), the rows' sequence
//   grammar/lexicon.hpp         the vocabulary as the readers recognise it (active + historic wordings)
//   grammar/paragraphs.hpp      fragments -> rich text (mid-sentence joins, lists)
//   grammar/dates.hpp           Spanish dates
//   grammar/status.hpp          compliance statuses
#pragma once

#include "grammar/dates.hpp"
#include "grammar/input.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/report_builder.hpp"
#include "grammar/row_numbers.hpp"
#include "grammar/status.hpp"
