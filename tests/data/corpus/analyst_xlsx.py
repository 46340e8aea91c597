"""Writes a report as an analyst keeps it in a spreadsheet (python3-openpyxl), in the analyst's own layout,
not informe's: a merged title row, the report's date and the header fields as label/value cells, a blank
row, then the commitments table under a header row (one commitment a row, a column per field), wrapped
text with a line break between paragraphs and "• " typed before list items, column widths set, the header
row repeated on every printed page (print titles), landscape, fitted to the page's width. Prints exactly
what the model holds."""

import datetime
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from legacy_html import as_blocks, dmy
from word_docx import deterministic_zip

BULLET = "\u2022 "
COLUMNS = ["N°", "Recomendación", "Responsable", "Compromiso", "Plazo", "Cumplimiento", "Observaciones",
           "Calificación", "Medios de Verificación"]
HEAD = [("Programa/Institución:", "program"), ("Ministerio:", "ministry"), ("Servicio:", "service"),
        ("Año de Evaluación:", "evaluation_year"), ("Calificación:", "program_status"),
        ("Fecha Egreso:", "exit_date"), ("Observación:", "observation")]
FIXED_TIME = datetime.datetime(2001, 1, 1)


def cell_text(rich):
    """Rich text -> a cell's text: a line per paragraph, "• item" lines for list items."""
    lines = []
    for kind, value in as_blocks(rich):
        lines += [value] if kind == "p" else [BULLET + item for item in value]
    return "\n".join(lines) if lines else None


def due_value(row):
    """A due date typed as a date ("31-03-2010") is a date cell shown dd-mm-yyyy, as Excel makes it;
    the others stay text."""
    text = row["due_text"]
    if text and row["due"] and len(row["due"]) == 10 and dmy(row["due"]) == text:
        return datetime.datetime.fromisoformat(row["due"]), "dd-mm-yyyy"
    return text, None


def lines_needed(text, width):
    """Rough number of printed lines of wrapped text in a column `width` characters wide."""
    if not text:
        return 1
    return sum(max(1, -(-len(line) // max(1, int(width * 1.3)))) for line in text.split("\n"))


def typed_text(rich, shape):
    """Rich text -> a cell's text as an analyst types it with Alt+Enter: a blank line between paragraphs,
    "- item" lines for list items, and a single line break inside a sentence where the shape forces a line
    start (a single break is a space)."""
    out = ""
    for kind, value in as_blocks(rich):
        if kind == "p":
            for mark in shape["line_breaks"]:
                before, after = mark.split("|")
                value = value.replace(before + after, before.rstrip() + "\n" + after, 1)
            out += ("\n\n" if out else "") + value
        else:
            out += "".join(("\n" if out or i else "") + "- " + item for i, item in enumerate(value))
    return out or None


# The rows sheet's two header rows: group titles merged over their columns (N° over both rows).
GROUPS = [("N°", "A1:A2"), ("Recomendación", "B1:C1"), ("Compromiso", "D1:E1"), ("Cumplimiento", "F1:I1")]
SUBHEAD = {"B": "Descripción", "C": "Responsable", "D": "Descripción", "E": "Plazo", "F": "Avance",
           "G": "Observaciones", "H": "Calificación", "I": "Medios de Verificación"}


def render_sheets(report, shape):
    """The workbook of an analyst who keeps a cover sheet (title, date, header fields) and a rows sheet under
    a two-row header with merged group titles, the panes frozen below it and beside the recommendation,
    Alt+Enter line breaks in the cells; both sheets printed, the header rows on every page of the second."""
    opts = shape["spreadsheet"]
    wb = Workbook()
    cover = wb.active
    cover.title = opts["cover"]
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    label_font = Font(name="Calibri", size=10, bold=True)
    text_font = Font(name="Calibri", size=10)
    cover.column_dimensions["A"].width = 24
    for col in "BCD":
        cover.column_dimensions[col].width = 30
    cover["A1"] = "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL " + dmy(report["cutoff_date"])
    cover["A1"].font = Font(name="Calibri", size=14, bold=True)
    cover.merge_cells("A1:D1")
    date, time = report["issued_at"].split("T")
    cover["A3"], cover["B3"] = "Fecha del Informe:", "%s ; %s" % (dmy(date), time)
    cover["A3"].font, cover["B3"].font = label_font, text_font
    r = 5
    for label, key in HEAD:
        value = report[key]
        if value is None:
            continue
        if key == "observation":
            value = typed_text(value, shape)
        if key == "exit_date":
            value = dmy(value)
        cover.cell(r, 1, label).font = label_font
        cover.cell(r, 1).alignment = wrap
        cover.cell(r, 2, value).font = text_font
        cover.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        cover.merge_cells("B%d:D%d" % (r, r))
        if isinstance(value, str):
            cover.row_dimensions[r].height = 13.5 * lines_needed(value, 90)
        r += 1
    cover.page_setup.orientation = "portrait"
    cover.page_setup.paperSize = cover.PAPERSIZE_LETTER
    cover.sheet_properties.pageSetUpPr.fitToPage = True
    cover.page_setup.fitToWidth = 1
    cover.page_setup.fitToHeight = 0

    ws = wb.create_sheet(opts["sheet"])
    widths = opts["widths"]
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    fill = PatternFill("solid", fgColor="DDEBF7")
    for title, span in GROUPS:
        first = span.split(":")[0]
        ws[first] = title
        ws.merge_cells(span)
    for col, title in SUBHEAD.items():
        ws[col + "2"] = title
    for row in ws.iter_rows(min_row=1, max_row=2, max_col=9):
        for c in row:
            c.font, c.fill, c.border = label_font, fill, box
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 2
    for row in report["commitments"]:
        r += 1
        number = row["number"]
        due, due_format = due_value(row)
        values = [int(number) if number and number.isdigit() else number,
                  typed_text(row["recommendation"], shape), typed_text(row["responsible"], shape),
                  typed_text(row["commitment"], shape), due, typed_text(row["compliance"], shape),
                  typed_text(row["compliance_observation"], shape), row["status_text"],
                  typed_text(row["verification"], shape)]
        for i, v in enumerate(values, start=1):
            c = ws.cell(r, i, v)
            c.font, c.border = text_font, box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 5, 8) else "general")
        if due_format:
            ws.cell(r, 5).number_format = due_format
        cols = "ABCDEFGHI"
        tallest = max(lines_needed(v if isinstance(v, str) else "", widths[cols[i]]) for i, v in enumerate(values))
        ws.row_dimensions[r].height = 13.0 * tallest + 4
    ws.freeze_panes = "C3"
    ws.print_title_rows = "1:2"  # both header rows on every printed page
    ws.print_area = "A1:I%d" % r
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LEGAL
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "&A"  # the sheet's name, as the analyst's template prints it
    ws.oddFooter.center.text = "Página &P de &N"
    wb.active = 1

    wb.properties.creator = wb.properties.lastModifiedBy = "Analista DIPRES"
    wb.properties.title = "Informe de Cumplimiento de Compromisos"
    wb.properties.created = wb.properties.modified = datetime.datetime.fromisoformat(report["issued_at"])
    raw = io.BytesIO()
    wb.save(raw)
    return deterministic_zip(raw.getvalue())


def render(report, shape):
    opts = shape["spreadsheet"]
    if "cover" in opts:
        return render_sheets(report, shape)
    wb = Workbook()
    ws = wb.active
    ws.title = opts["sheet"]
    widths = opts["widths"]
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    last = "I"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    label_font = Font(name="Arial", size=9, bold=True)
    text_font = Font(name="Arial", size=9)

    ws["A1"] = "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL " + dmy(report["cutoff_date"])
    ws["A1"].font = Font(name="Arial", size=12, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:%s1" % last)
    date, time = report["issued_at"].split("T")
    ws["H2"], ws["I2"] = "Fecha del Informe:", "%s ; %s" % (dmy(date), time)
    ws["H2"].font, ws["I2"].font = label_font, text_font
    ws["H2"].alignment = Alignment(horizontal="right")

    r = 3
    merged_width = sum(widths[c] for c in "CDEFGHI")
    for label, key in HEAD:
        value = report[key]
        if value is None:
            continue
        if key == "observation":
            value = cell_text(value)
        if key == "exit_date":
            value = dmy(value)
        ws.cell(r, 2, label).font = label_font
        ws.cell(r, 2).alignment = wrap
        ws.cell(r, 3, value).font = text_font  # the year as a number, as typed
        ws.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        ws.merge_cells("C%d:%s%d" % (r, last, r))
        if isinstance(value, str) and "\n" in value or isinstance(value, str) and len(value) > merged_width:
            ws.row_dimensions[r].height = 12.5 * lines_needed(value, merged_width)  # merged: set by hand
        r += 1
    r += 1  # a blank row before the table

    head_row = r
    fill = PatternFill("solid", fgColor="C0C0C0")
    for i, name in enumerate(COLUMNS, start=1):
        c = ws.cell(r, i, name)
        c.font, c.fill, c.border = label_font, fill, box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in report["commitments"]:
        r += 1
        number = row["number"]
        due, due_format = due_value(row)
        values = [int(number) if number and number.isdigit() else number,  # typed as a number
                  cell_text(row["recommendation"]), cell_text(row["responsible"]), cell_text(row["commitment"]),
                  due, cell_text(row["compliance"]), cell_text(row["compliance_observation"]),
                  row["status_text"], cell_text(row["verification"])]
        for i, v in enumerate(values, start=1):
            c = ws.cell(r, i, v)
            c.font, c.border = text_font, box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 5, 8) else "general")
        if due_format:
            ws.cell(r, 5).number_format = due_format
        cols = "ABCDEFGHI"  # the row's height as the analyst left it: enough for its tallest cell
        tallest = max(lines_needed(v if isinstance(v, str) else "", widths[cols[i]]) for i, v in enumerate(values))
        ws.row_dimensions[r].height = 12.0 * tallest + 4
    ws.freeze_panes = "A%d" % (head_row + 1)
    ws.print_title_rows = "%d:%d" % (head_row, head_row)  # the header row on every printed page
    ws.print_area = "A1:%s%d" % (last, r)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Página &P de &N"

    wb.properties.creator = wb.properties.lastModifiedBy = "Analista DIPRES"
    wb.properties.title = "Informe de Cumplimiento de Compromisos"
    wb.properties.created = wb.properties.modified = datetime.datetime.fromisoformat(report["issued_at"])
    raw = io.BytesIO()
    wb.save(raw)
    return deterministic_zip(raw.getvalue())
