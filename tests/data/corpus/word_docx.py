"""Writes a report as a document typed by hand in Word (python-docx): title and header as paragraphs or a
two-column table, the commitments as a Word table with a header row, labels in bold inside the cells,
lists in the "List Bullet" style, several paragraphs per cell. Prints exactly what the model holds."""

import datetime
import html
import io
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from legacy_html import as_blocks, dmy, group_spans

FIXED_ZIP_TIME = (2001, 1, 1, 0, 0, 0)
LETTER_LISTS = 100  # the first w:numId of the lettered lists (word_letter_lists); one w:num per list


def add_text(paragraph, text, shape, bold=False):
    """Adds text as runs; the shape's forced line starts become line breaks, the spaces of its `nbsp`
    strings non-breaking spaces."""
    for words in shape.get("nbsp", []):
        text = text.replace(words, words.replace(" ", "\u00a0"))
    pieces = [text]
    for mark in shape["line_breaks"]:
        before, after = mark.split("|")
        whole = before + after
        for i, p in enumerate(pieces):
            if whole in p:
                head, tail = p.split(whole, 1)
                pieces[i:i + 1] = [head + before.rstrip(), after + tail]
                break
    for i, p in enumerate(pieces):
        run = paragraph.add_run(p)
        run.bold = bold
        if i + 1 < len(pieces):
            run.add_break()


def shade(cell, fill):
    """A cell's background colour (the shaded label cells of a typed header table)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


class WordReport:
    def __init__(self, report, shape):
        self.r = report
        self.s = shape
        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = shape.get("word_font", "Arial" if shape["word_number_column"] else "Times New Roman")
        normal.font.size = Pt(shape.get("word_font_size", 10))
        normal.paragraph_format.space_after = Pt(4)
        section = self.doc.sections[0]
        if shape["word_header_table"]:  # A4 for some, the template's Letter for the others
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if shape.get("word_paper") == "legal":  # US Legal, 8.5 x 14 inches
            section.page_width, section.page_height = Cm(21.59), Cm(35.56)
        if shape.get("word_landscape"):
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(shape.get("word_margin", 2.0))
        section.top_margin = section.bottom_margin = Cm(shape.get("word_margin", 2.0))
        self.auto = self.auto_numbering() if shape.get("word_auto_numbers") or shape.get("word_auto_bullets") else {}
        self.letter_lists = 0  # lettered lists made so far (word_letter_lists)
        self.soft_last = {}  # per container, the paragraph a soft paragraph break goes on in (word_soft_paragraphs)
        if shape.get("word_sub_bullet_o"):  # "List Bullet 2" as Word's second-level "o" (Courier New)
            numbering = self.doc.part.numbering_part.element
            for lvl in numbering.iter(qn("w:lvl")):
                style = lvl.find(qn("w:pStyle"))
                if style is not None and style.get(qn("w:val")) == "ListBullet2":
                    lvl.find(qn("w:lvlText")).set(qn("w:val"), "o")
                    fonts = lvl.find(qn("w:rPr")).find(qn("w:rFonts"))
                    fonts.set(qn("w:ascii"), "Courier New")
                    fonts.set(qn("w:hAnsi"), "Courier New")

    def auto_numbering(self):
        """Word's own lists, as its buttons make them: a numbered list "%1." for the row numbers and a bullet
        list (Symbol U+F0B7) for the lists, in numbering.xml; paragraphs point at them with w:numPr."""
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        made = {}
        for abstract_id, (fmt, text, font) in enumerate((("decimal", "%1.", None), ("bullet", "\uf0b7", "Symbol")),
                                                         start=90):
            abstract = OxmlElement("w:abstractNum")
            abstract.set(qn("w:abstractNumId"), str(abstract_id))
            multi = OxmlElement("w:multiLevelType")
            multi.set(qn("w:val"), "hybridMultilevel")
            abstract.append(multi)
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "360")
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            if font:
                rpr = OxmlElement("w:rPr")
                fonts = OxmlElement("w:rFonts")
                for a in ("w:ascii", "w:hAnsi", "w:hint"):
                    fonts.set(qn(a), font if a != "w:hint" else "default")
                rpr.append(fonts)
                lvl.append(rpr)
            abstract.append(lvl)
            first_num.addprevious(abstract)
            num = OxmlElement("w:num")
            num.set(qn("w:numId"), str(abstract_id))
            ref = OxmlElement("w:abstractNumId")
            ref.set(qn("w:val"), str(abstract_id))
            num.append(ref)
            numbering.append(num)
            made[fmt] = abstract_id
        return made

    def letter_list(self):
        """A new lettered list ("a.", "b.", ... as Word's numbering button makes them, lowerLetter "%1."),
        restarting at "a.": a w:num of its own over one abstract list. Returns its w:numId."""
        numbering = self.doc.part.numbering_part.element
        if not self.letter_lists:
            abstract = OxmlElement("w:abstractNum")
            abstract.set(qn("w:abstractNumId"), str(LETTER_LISTS))
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "360")
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            abstract.append(lvl)
            numbering.find(qn("w:num")).addprevious(abstract)
        num_id = LETTER_LISTS + self.letter_lists
        self.letter_lists += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(LETTER_LISTS))
        num.append(ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        numbering.append(num)
        return num_id

    def number_paragraph(self, paragraph, num_id):
        """Puts a paragraph in one of Word's lists (w:numPr)."""
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", "0"), ("w:numId", str(num_id))):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            numpr.append(e)
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)  # numPr follows pStyle

    def blocks(self, container, rich, first_paragraph=None, lead=None):
        """Writes rich text into a cell or the body; `lead` (bold label or number) starts the first
        paragraph. Returns nothing; uses `first_paragraph` for the first block when given."""
        blocks = as_blocks(rich)
        pending = first_paragraph
        soft = self.s.get("word_soft_paragraphs")  # paragraphs apart by two line breaks (Shift+Enter twice)
        element = getattr(container, "_tc", container)  # kept in soft_last, so its id stays its own
        key = id(element)

        def para(style=None, text=False):
            nonlocal pending
            last = self.soft_last.get(key, (None, None))[1]
            if soft and text and pending is None and last is not None:  # goes on after an empty line
                run = last.add_run()
                run.add_break()
                run.add_break()
                return last
            if pending is not None:
                p, pending = pending, None
                if style:
                    p.style = self.doc.styles[style]
                return p
            return container.add_paragraph(style=style)

        if lead is not None and (not blocks or blocks[0][0] == "list"):
            p = para(text=True)
            p.add_run(lead[0]).bold = lead[1]
            self.soft_last[key] = (element, p)
        for i, (kind, value) in enumerate(blocks):
            if kind == "p":
                p = para(text=True)
                if i == 0 and lead is not None:
                    p.add_run(lead[0] + " ").bold = lead[1]
                add_text(p, value, self.s)
                self.soft_last[key] = (element, p)
                continue
            self.soft_last[key] = (element, None)
            if self.s.get("word_letter_lists"):  # Word's numbering: "a.", "b.", ... restarting per list
                num_id = self.letter_list()
                for item in value:
                    p = para()
                    self.number_paragraph(p, num_id)
                    add_text(p, item, self.s)
            elif self.s.get("word_typed_bullets"):  # typed by hand: "- item" in a plain paragraph
                for item in value:
                    p = para()
                    p.add_run(self.s["word_typed_bullets"])
                    add_text(p, item, self.s)
            elif self.s.get("word_auto_bullets"):  # Word's bullet button: direct numbering, no list style
                for item in value:
                    p = para()
                    self.number_paragraph(p, self.auto["bullet"])
                    add_text(p, item, self.s)
            else:
                for item in value:
                    sub = item in self.s.get("sub_items", [])
                    add_text(para("List Bullet 2" if sub else "List Bullet"), item, self.s)

    def label(self, key, default):
        """The label as this report types it (shape `labels`, else the usual wording)."""
        return html.unescape(self.s.get("labels", {}).get(key, default))

    def header(self):
        r, s, doc = self.r, self.s, self.doc
        running = s.get("word_page_header")  # the title and first fields in the page header, on every page
        page_header = doc.sections[0].header
        t = page_header.paragraphs[0] if running else doc.add_paragraph(
            style="Heading 1" if s.get("word_heading_title") else None)  # the title in Word's "Heading 1"
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = t.add_run("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL " + dmy(r["cutoff_date"]))
        run.bold = True
        run.font.size = Pt(11 if running else 13)
        date, time = r["issued_at"].split("T")
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("Fecha del Informe: ").bold = True
        p.add_run("%s ; %s" % (dmy(date), time))
        L = self.label
        fields = [(L("program", "Programa/Institución:"), r["program"]), (L("ministry", "Ministerio:"), r["ministry"]),
                  (L("service", "Servicio:"), r["service"]),
                  (L("year", "Año:"), r["evaluation_year"] and str(r["evaluation_year"])),
                  (L("status", "Calificación:"), r["program_status"]),
                  (L("exit", "Fecha Egreso:"), r["exit_date"] and dmy(r["exit_date"]))]
        if s.get("header_order"):  # the fields in another order
            keys = ["program", "ministry", "service", "year", "status", "exit"]
            order = s["header_order"] + [k for k in keys if k not in s["header_order"]]
            fields = [fields[keys.index(k)] for k in order]
        self.keyed = dict(zip(["program", "ministry", "service", "year", "status", "exit"],
                              [f[0] for f in fields]))  # before header_order: by key
        fields = [(k, v) for k, v in fields if v]
        if running:  # "Label: value" lines in the page header; the others stay in the body
            for k, v in fields[:running]:
                p = page_header.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.add_run(k + " ").bold = True
                add_text(p, v, s)
            page_header.add_paragraph().paragraph_format.space_after = Pt(0)
            fields = fields[running:]
        if s.get("word_header_across"):  # labels in a shaded row, their values in the row below, three across
            self.header_across(fields, r["observation"])
            doc.add_paragraph()
        elif s.get("word_header_grid"):  # label/value pairs, two pairs a row (Programa and Observación across)
            self.header_grid(dict(fields), r["observation"])
            doc.add_paragraph()
        elif s["word_header_table"]:
            rows = len(fields) + (1 if r["observation"] else 0)
            table = doc.add_table(rows=rows, cols=2)
            table.style = doc.styles["Table Grid"]
            for i, (k, v) in enumerate(fields):
                table.cell(i, 0).paragraphs[0].add_run(k).bold = True
                add_text(table.cell(i, 1).paragraphs[0], v, s)
            if r["observation"]:
                cell = table.cell(rows - 1, 0)
                cell.paragraphs[0].add_run(L("observation", "Observación:")).bold = True
                value = table.cell(rows - 1, 1)
                self.blocks(value, r["observation"], value.paragraphs[0])
            table.autofit = False
            w_label, w_value = s.get("word_header_widths", (4.5, 12.5))
            table.columns[0].width, table.columns[1].width = Cm(w_label), Cm(w_value)
            for row in table.rows:
                row.cells[0].width, row.cells[1].width = Cm(w_label), Cm(w_value)
                if s.get("word_header_shading"):
                    shade(row.cells[0], s["word_header_shading"])
            doc.add_paragraph()
        elif s.get("word_header_pairs"):  # two fields a line: "Ministerio: …<Tab>Servicio: …"
            lines, keyed = [], dict(fields)
            pairs = {self.keyed["ministry"]: self.keyed["service"], self.keyed["year"]: self.keyed["status"]}
            mates = set(pairs.values())
            for k, v in fields:
                if k in mates and any(pairs.get(a) == k for a, _ in fields):
                    continue
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(s.get("word_pair_tab", 9.0)))
                p.add_run(k + " ").bold = True
                add_text(p, v, s)
                if pairs.get(k) in keyed:
                    p.add_run("\t")
                    p.add_run(pairs[k] + " ").bold = True
                    add_text(p, keyed[pairs[k]], s)
            if r["observation"]:
                self.blocks(doc, r["observation"], lead=(L("observation", "Observación:"), True))
            doc.add_paragraph()
        else:
            for k, v in fields:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if s.get("word_header_tabs"):  # typed as "Label:<Tab>value", aligned on a tab stop
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
                    p.add_run(k).bold = True
                    p.add_run("\t")
                else:
                    p.add_run(k + " ").bold = True
                add_text(p, v, s)
            if r["observation"]:
                self.blocks(doc, r["observation"], lead=(L("observation", "Observación:"), True))
            doc.add_paragraph()

    def header_across(self, fields, observation, per_row=3):
        """The header as label/value pairs laid across: a shaded row of labels, the values in the row below it
        (a short last group's last cell merged to the table's edge); the observation across the whole width."""
        doc = self.doc
        groups = [fields[i:i + per_row] for i in range(0, len(fields), per_row)]
        table = doc.add_table(rows=2 * len(groups) + (2 if observation else 0), cols=per_row)
        table.style = doc.styles["Table Grid"]
        for g, group in enumerate(groups):
            for j, (label, value) in enumerate(group):
                table.cell(2 * g, j).paragraphs[0].add_run(label).bold = True
                add_text(table.cell(2 * g + 1, j).paragraphs[0], value, self.s)
            if len(group) < per_row:
                for row in (2 * g, 2 * g + 1):
                    table.cell(row, len(group) - 1).merge(table.cell(row, per_row - 1))
        if observation:
            at = 2 * len(groups)
            label = table.cell(at, 0).merge(table.cell(at, per_row - 1))
            label.paragraphs[0].add_run(self.label("observation", "Observación:")).bold = True
            value = table.cell(at + 1, 0).merge(table.cell(at + 1, per_row - 1))
            self.blocks(value, observation, value.paragraphs[0])
        for i, row in enumerate(table.rows):
            if i % 2 == 0:
                for cell in row.cells:
                    shade(cell, self.s.get("word_header_shading", "E6E6E6"))

    def header_grid(self, values, observation):
        """The header as a 4-column grid: Programa across, Ministerio | Servicio, Año | Calificación,
        Fecha Egreso across, Observación across (empty pairs left out)."""
        doc, k = self.doc, self.keyed
        grid = [[k["program"]], [k["ministry"], k["service"]], [k["year"], k["status"]], [k["exit"]]]
        grid = [[label for label in row if label in values] for row in grid]
        grid = [row for row in grid if row]
        table = doc.add_table(rows=len(grid) + (1 if observation else 0), cols=4)
        table.style = doc.styles["Table Grid"]
        for i, labels in enumerate(grid):
            for j, label in enumerate(labels):
                table.cell(i, 2 * j).paragraphs[0].add_run(label).bold = True
                add_text(table.cell(i, 2 * j + 1).paragraphs[0], values[label], self.s)
            if len(labels) == 1:
                table.cell(i, 1).merge(table.cell(i, 3))
        if observation:
            i = len(grid)
            table.cell(i, 0).paragraphs[0].add_run(self.label("observation", "Observación:")).bold = True
            value = table.cell(i, 1).merge(table.cell(i, 3))
            self.blocks(value, observation, value.paragraphs[0])
        table.autofit = False
        widths = [Cm(w) for w in self.s.get("word_header_widths", (3.4, 5.1, 3.4, 5.1))]
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
        for label_col in (0, 2):
            for row in table.rows:
                shade(row.cells[label_col], self.s.get("word_header_shading", "E6E6E6"))

    def labelled(self, cell, label, value):
        if value is None:
            return
        self.blocks(cell, value, lead=(label, True))

    def table(self):
        r, s, doc = self.r, self.s, self.doc
        numbered = s["word_number_column"]
        names = ([s.get("word_number_title", "N°")] if numbered else []) + s.get(
            "word_column_names", ["Recomendación", "Compromiso", "Cumplimiento"])
        due_column, status_column = s.get("word_due_column"), s.get("word_status_column")
        if due_column:  # the due date in a column of its own ("Plazo"), after the commitment
            names.insert(len(names) - 1, "Plazo")
        if status_column:  # the status in a column of its own, after the compliance
            names.append("Calificación")
        responsible_column = s.get("word_responsible_column")  # a narrow column of its own, no label
        if responsible_column:
            names.insert(2 if numbered else 1, "Responsable")
        if s.get("word_sections"):  # the table in a landscape section of its own (a section break, new page)
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
            doc.add_paragraph()  # LibreOffice loses a section break right before a table
        if s.get("word_row_tables"):  # each row starts a page
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        head_rows = 2 if s.get("word_head_rows") else 1
        if s.get("word_no_head"):  # no row of column titles: the table starts with row 1
            head_rows, names = 0, [None] * len(names)
        table = doc.add_table(rows=head_rows, cols=len(names))
        table.style = doc.styles["Table Grid"]
        tables = [table]
        head = table.rows[0] if head_rows else None
        if head_rows == 2:  # group titles over sub-titles: "Compromiso" over "Descripción" and "Plazo"...
            names = self.two_head_rows(table, names)
        for cell, name in zip(head.cells if head else [], names):
            if name is None:  # written by two_head_rows
                continue
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(name).bold = True
            if s.get("two_line_head") and name == "Compromiso":  # "(Fecha de vencimiento)" below it
                below = cell.add_paragraph()
                below.alignment = WD_ALIGN_PARAGRAPH.CENTER
                below.add_run("(Fecha de vencimiento)").bold = True
        if s["word_repeat_header"]:
            for row in table.rows[:head_rows]:
                tr_pr = row._tr.get_or_add_trPr()
                mark = OxmlElement("w:tblHeader")
                mark.set(qn("w:val"), "true")
                tr_pr.append(mark)
        widths = [Cm(1.0), Cm(5.4), Cm(5.0), Cm(5.6)] if numbered else [Cm(5.8), Cm(5.4), Cm(5.8)]
        if s.get("word_widths"):
            widths = [Cm(w) for w in s["word_widths"]]
        for i, c in enumerate(r["commitments"]):
            if s.get("word_row_tables") and i > 0:  # one table per row, a page break between them
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                table = doc.add_table(rows=0, cols=len(names))
                table.style = doc.styles["Table Grid"]
                tables.append(table)
            cells = table.add_row().cells
            k = 0
            if numbered:
                if s.get("word_auto_numbers"):  # Word draws the number: the cell's paragraph is empty
                    assert c["number"] == str(i + 1), "Word's numbering draws 1, 2, 3..."
                    self.number_paragraph(cells[0].paragraphs[0], self.auto["decimal"])
                elif not (s.get("word_merge_rows") and group_spans(r["commitments"])[i] == 0):
                    cells[0].paragraphs[0].add_run(c["number"] or "")  # once in a merged cell
                k = 1
            rec = cells[k]
            if responsible_column:
                add_text(cells[k + 1].paragraphs[0], c["responsible"] or "", s)
                k += 1
            com, comp = cells[k + 1], cells[k + 2]
            dot = "." if s.get("word_number_dot", True) else ""  # "1.1 Definir…" typed without a period
            lead = None if numbered or not c["number"] else (c["number"] + dot, False)
            self.blocks(rec, c["recommendation"], rec.paragraphs[0], lead)
            if not responsible_column:
                self.labelled(rec, self.label("responsible", "Organismo Responsable:"), c["responsible"])
            self.blocks(com, c["commitment"], com.paragraphs[0])
            if due_column:
                comp = cells[k + 3]
                p = cells[k + 2].paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p, c["due_text"] or "", s)
            else:
                self.labelled(com, self.label("due", "Fecha de Vencimiento:"), c["due_text"])
            if status_column:
                p = cells[-1].paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p, c["status_text"] or "", s)
            first = comp.paragraphs[0] if c["compliance"] else None
            self.blocks(comp, c["compliance"], first)
            for label, key in ((self.label("comp_observation", "Observación:"), "compliance_observation"),
                               (self.label("status", "Calificación:"), "status_text"),
                               (self.label("verification", "Medios de Verificación:"), "verification")):
                if c[key] is None or (status_column and key == "status_text"):
                    continue
                if first is None and not comp.paragraphs[0].text:
                    self.blocks(comp, c[key], comp.paragraphs[0], (label, True))
                    first = True
                else:
                    self.labelled(comp, label, c[key])
        for table in tables:
            table.autofit = False
            for column, w in zip(table.columns, widths):
                column.width = w
            for row in table.rows:
                spans = {}  # a cell merged across columns is as wide as they are together
                for cell, w in zip(row.cells, widths):
                    spans.setdefault(id(cell._tc), [cell, 0])[1] += w
                for cell, w in spans.values():
                    cell.width = w
        if s.get("word_row_shading"):  # a shaded header row and every other row shaded
            head_fill, row_fill = s["word_row_shading"]
            for table in tables:
                for i, row in enumerate(table.rows):
                    if i == 0 or i % 2 == 0:
                        for cell in row.cells:
                            shade(cell, head_fill if i == 0 else row_fill)
        if s.get("word_merge_rows"):  # a recommendation over its commitments: vertically merged cells
            spans = group_spans(r["commitments"])
            for i, span in enumerate(spans):
                for col in range(2 if numbered else 1) if span > 1 else ():
                    table.cell(i + 1, col).merge(table.cell(i + span, col))

    def fichas(self):
        """Each commitment a "ficha": a two-column table of its own, a shaded bold label ("Recomendación:")
        beside each value, one row per field (an empty field's row left empty with `empty_labels`, else left
        out), an empty paragraph between the tables."""
        s, doc = self.s, self.doc
        labels = [("number", "N°:"), ("recommendation", "Recomendación:"),
                  ("responsible", self.label("responsible", "Organismo Responsable:")),
                  ("commitment", "Compromiso:"), ("due_text", self.label("due", "Fecha de Vencimiento:")),
                  ("compliance", "Cumplimiento:"), ("compliance_observation", self.label("comp_observation", "Observación:")),
                  ("status_text", self.label("status", "Calificación:")),
                  ("verification", self.label("verification", "Medios de Verificación:"))]
        w_label, w_value = s.get("word_ficha_widths", (4.2, 12.8))
        for i, c in enumerate(self.r["commitments"]):
            if i > 0:
                doc.add_paragraph()
            shown = [(k, label) for k, label in labels if c[k] is not None or s["empty_labels"]]
            table = doc.add_table(rows=len(shown), cols=2)
            table.style = doc.styles["Table Grid"]
            for row, (key, label) in zip(table.rows, shown):
                row.cells[0].paragraphs[0].add_run(label).bold = True
                if c[key] is not None:
                    self.blocks(row.cells[1], c[key], row.cells[1].paragraphs[0])
                shade(row.cells[0], s.get("word_header_shading", "E6E6E6"))
            table.autofit = False
            for row in table.rows:
                row.cells[0].width, row.cells[1].width = Cm(w_label), Cm(w_value)

    def two_head_rows(self, table, names):
        """Column titles over two rows: "Compromiso" merged across its sub-titles "Descripción" and "Plazo",
        "Cumplimiento" across "Descripción" and "Calificación" (the own columns), the other titles merged down
        over both rows. Returns the names with None where the cells were written here."""
        groups = {"Compromiso": "Plazo", "Cumplimiento": "Calificación"}
        top, below = table.rows[0].cells, table.rows[1].cells
        out = [None] * len(names)
        i = 0
        while i < len(names):
            name = names[i]
            if name in groups and i + 1 < len(names) and names[i + 1] == groups[name]:
                cell = top[i].merge(top[i + 1])
                self.title(cell.paragraphs[0], name)
                self.title(below[i].paragraphs[0], "Descripción")
                self.title(below[i + 1].paragraphs[0], names[i + 1])
                i += 2
            else:
                cell = top[i].merge(below[i])
                self.title(cell.paragraphs[0], name)
                i += 1
        return out

    def title(self, paragraph, name):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(name).bold = True

    def page_footer(self):
        """A "Página X de Y" footer, as typed documents often have (page furniture, not the model)."""
        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("Página ")
        for i, field in enumerate(("PAGE", "NUMPAGES")):
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), field)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            simple.append(run)
            p._p.append(simple)
            if i == 0:
                p._p.append(p.add_run(" de ")._r)

    def render(self):
        self.header()
        if self.s.get("word_fichas"):
            self.fichas()
        else:
            self.table()
        if self.s.get("word_page_footer"):
            self.page_footer()
        when = datetime.datetime.fromisoformat(self.r["issued_at"])
        props = self.doc.core_properties
        props.author = props.last_modified_by = "Analista DIPRES"
        props.title = "Informe de Cumplimiento de Compromisos"
        props.created = props.modified = when
        props.revision = 1
        raw = io.BytesIO()
        self.doc.save(raw)
        return deterministic_zip(raw.getvalue())


def deterministic_zip(data):
    """The same .docx bytes for the same content: fixed entry times, same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
