"""Reads the generated legacy pages and Word files back into the model, knowing how the generators print,
to show they print exactly what the model holds: make_corpus.py --check compares the result with the
report's JSON. (A self-test of the generators, not a reader: the real readers are informe's.)"""

import html
import re

ROW_LABELS = ["Organismo Responsable:", "Fecha de Vencimiento:", "Observación:", "Calificación:",
              "Medios de Verificación:"]
# Other wordings of the same labels (presentation.py `labels`): wording -> the usual label.
ROW_LABEL_VARIANTS = {"Institución Responsable:": "Organismo Responsable:",
                      "Fecha Vencimiento:": "Fecha de Vencimiento:", "Observaciones:": "Observación:",
                      "Medio de Verificación:": "Medios de Verificación:"}
HEAD_LABELS = {"Programa/Institución:": "program", "Ministerio:": "ministry", "Servicio:": "service",
               "Año:": "evaluation_year", "Calificación:": "program_status", "Fecha Egreso:": "exit_date",
               "Observación:": "observation", "Programa / Institución:": "program",
               "Año de Evaluación:": "evaluation_year", "Fecha de Egreso:": "exit_date",
               "Observaciones:": "observation"}
HEAD_LABELS.update({k.upper(): v for k, v in HEAD_LABELS.items()})  # labels printed in capitals
STATUS = {"Cumplido": "fulfilled", "Parcialmente cumplido": "partially_fulfilled", "No cumplido": "not_fulfilled"}
MONTHS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "oct": 10,
          "nov": 11, "dic": 12}


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def rich(blocks):
    """Blocks -> the model's rich text (None, a string, or a list)."""
    out = [b if kind == "p" else {"list": b} for kind, b in blocks if b]
    if not out:
        return None
    return out[0] if len(out) == 1 and isinstance(out[0], str) else out


def split_labels(blocks, labels):
    """Blocks whose paragraphs may start with a label -> {label or "": blocks}."""
    fields, current = {"": []}, ""
    wordings = [(x, x) for x in labels] + [(v, x) for v, x in ROW_LABEL_VARIANTS.items() if x in labels]
    for kind, value in blocks:
        if kind == "p":
            found = next(((w, x) for w, x in wordings if value.startswith(w)), None)
            if found:
                current = found[1]
                fields[current] = []
                value = value[len(found[0]):].strip()
                if not value:
                    continue
        fields[current].append((kind, value))
    return fields


def due_of(text):
    if text is None:
        return None
    if "semestre" in text.lower() or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2}", text):
        return None  # a semester or a two-digit year is no date the model holds: only the printed text
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if m:
        return "%s-%02d-%02d" % (m[3], int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return "%s-%02d-%02d" % (m[1], int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[-/](\d{4})", text)
    if m:
        return "%s-%02d" % (m[2], int(m[1]))
    if re.fullmatch(r"\d{4}", text):
        return text
    m = re.fullmatch(r"([A-Za-z]{3})-(\d{4})", text)  # "dic-2007"
    if m:
        return "%s-%02d" % (m[2], MONTHS[m[1].lower()])
    words = text.replace(".", " ").replace(" de ", " ").split()
    if len(words) == 3 and words[0].isdigit() and words[2].isdigit():  # "31 de marzo de 2011"
        return "%s-%02d-%02d" % (words[2], MONTHS[words[1][:3].lower()], int(words[0]))
    if len(words) == 2 and words[1].isdigit():
        return "%s-%02d" % (words[1], MONTHS[words[0][:3].lower()])
    raise ValueError("due date the self-test cannot read: " + text)


def dmy_iso(text):
    d, m, y = text.split()[0].split("-")
    return "%s-%s-%s" % (y, m, d)


def row_model(number, cells):
    """cells: three lists of blocks (recommendation, commitment, compliance cells)."""
    rec, com, comp = (split_labels(c, ROW_LABELS) for c in cells)
    rec_blocks = rec[""]
    if number is None:  # "4. " starts the recommendation
        kind, first = rec_blocks[0]
        m = re.match(r"(\d+(?:\.\d+)*)\.?(?: |$)", first)  # "4. " or a sub-number "1.1 "
        number = m[1]
        rest = first[m.end():].strip()
        rec_blocks = ([(kind, rest)] if rest else []) + rec_blocks[1:]
    due_text = rich(com.get("Fecha de Vencimiento:", []))
    status_text = rich(comp.get("Calificación:", []))
    return {"number": number, "recommendation": rich(rec_blocks),
            "responsible": rich(rec.get("Organismo Responsable:", [])), "commitment": rich(com[""]),
            "due": due_of(due_text), "due_text": due_text, "compliance": rich(comp[""]),
            "compliance_observation": rich(comp.get("Observación:", [])),
            "status": STATUS.get(status_text and status_text.rstrip(".").capitalize()), "status_text": status_text,
            "verification": rich(comp.get("Medios de Verificación:", []))}


def header_model(title, issued, fields):
    """fields: {model key: blocks}."""
    date, time = issued.split(";")
    out = {"cutoff_date": dmy_iso(title.rsplit(" AL ", 1)[1]), "issued_at": dmy_iso(date) + "T" + clean(time)}
    for key in ("program", "ministry", "service", "evaluation_year", "program_status", "exit_date",
                "observation"):
        value = rich(fields.get(key, []))
        if key == "evaluation_year" and value:
            value = int(value)
        if key == "exit_date" and value:
            value = dmy_iso(value)
        out[key] = value
    return out


# ---- legacy pages --------------------------------------------------------------------------------

def typed_markers(shape):
    """The legacy page's typed list markers ("&#8226; "), as its bytes print them."""
    marks = (shape or {}).get("typed_bullets", ())
    return [m.encode("iso-8859-1", errors="xmlcharrefreplace").decode("iso-8859-1") for m in marks]


def html_blocks(fragment, markers=()):
    """Inner HTML of a cell -> blocks: <br><br>, <p> and lists end paragraphs; a single <br> is a space; a
    line starting with a typed list marker is a list item."""
    s = fragment
    for m in markers:
        s = re.sub(r"<br>\s*" + re.escape(m), "\n\n\x01", s, flags=re.I)
        s = re.sub(r"(>)\s*" + re.escape(m), "\\1\n\n\x01", s)
    s = re.sub(r"<br>\s*<br>", "\n\n", s, flags=re.I)
    s = re.sub(r"<br>", " ", s, flags=re.I)
    s = re.sub(r"</p>|<[uo]l[^>]*>|</[uo]l>", "\n\n", s, flags=re.I)  # a nested list's items are items too
    s = re.sub(r"<li>", "\n\n\x01", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    blocks = []
    for part in s.split("\n\n"):
        is_item = part.lstrip().startswith("\x01")
        text = clean(part.replace("\x01", ""))
        if not text:
            continue
        if is_item:
            if blocks and blocks[-1][0] == "list":
                blocks[-1][1].append(text)
            else:
                blocks.append(("list", [text]))
        else:
            blocks.append(("p", text))
    return blocks


def cells_of(row_html):
    return re.findall(r"<td[^>]*>(.*?)</td>", row_html, flags=re.S | re.I)


def cells_across(rows_html):
    """A table's rows -> per row the cells' inner HTML, a merged cell once."""
    return [cells_of(r) for r in rows_html]


def header_across_fields(label_rows, value_rows, to_blocks):
    """Label rows and the value rows below them (header_across) -> {model key: blocks}."""
    fields = {}
    for labels, values in zip(label_rows, value_rows):
        for label, value in zip(labels, values):
            fields[HEAD_LABELS[label]] = to_blocks(value)
    return fields


def mso_blocks(fragment):
    """A cell of a page Word saved: its paragraphs (<p class=MsoNormal>) and list paragraphs
    (class=MsoListBullet..., a "·" marker inside <![if !supportLists]>) -> blocks."""
    blocks = []
    for cls, body in re.findall(r"<p class=(\w+)[^>]*>(.*?)</p>", fragment, flags=re.S):
        body = re.sub(r"<!\[if !supportLists\]>.*?<!\[endif\]>", "", body, flags=re.S)
        body = re.sub(r"<br>", " ", body, flags=re.I)
        text = clean(html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " "))
        if not text:
            continue
        if cls.startswith("MsoListBullet"):
            if blocks and blocks[-1][0] == "list":
                blocks[-1][1].append(text)
            else:
                blocks.append(("list", [text]))
        else:
            blocks.append(("p", text))
    return blocks


def read_mso(page, shape):
    """A report typed in Word and saved as a web page (legacy_html.WordHtmlPage)."""
    tables = re.findall(r"<table class=MsoTableGrid.*?</table>", page, flags=re.S)
    body = re.sub(r"\s+", " ", page)
    title = clean(html.unescape(re.search(r"<b><span[^>]*>(INFORME DE CUMPLIMIENTO[^<]*)</span></b>", body)[1]))
    issued = clean(html.unescape(re.search(r"Fecha del Informe:</b>([^<]*)<", body)[1]))
    fields = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", tables[0], flags=re.S):
        label, value = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        fields[HEAD_LABELS[mso_blocks(label)[0][1]]] = mso_blocks(value)
    report = header_model(title, issued, fields)
    report["commitments"] = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", tables[1], flags=re.S)[1:]:
        cells = [mso_blocks(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
        number = None
        if len(cells) == 4:
            number = cells[0][0][1]
            cells = cells[1:]
        report["commitments"].append(row_model(number, cells))
    return report


FICHA_KEYS = {"N°": "number", "Recomendación": "recommendation", "Organismo Responsable": "responsible",
              "Compromiso": "commitment", "Fecha de Vencimiento": "due_text", "Cumplimiento": "compliance",
              "Observación": "compliance_observation", "Calificación": "status_text",
              "Medios de Verificación": "verification"}


def ficha_model(fields):
    """A ficha's {label: blocks} (labels with or without a colon) -> a commitment."""
    c = {key: None for key in ("number", "recommendation", "responsible", "commitment", "due", "due_text",
                               "compliance", "compliance_observation", "status", "status_text", "verification")}
    for label, blocks in fields.items():
        c[FICHA_KEYS[label.rstrip(":")]] = rich(blocks)
    c["due"] = due_of(c["due_text"])
    c["status"] = STATUS.get(c["status_text"] and c["status_text"].rstrip(".").capitalize())
    return c


def column_blocks(lines):
    """A fixed-width column's lines (legacy_html.text_blocks) -> blocks: a blank line ends a block, "- " starts
    a list item and lines indented under it continue it, other lines are a paragraph's, joined by a space."""
    blocks, para = [], []
    for line in lines + [""]:
        if line.startswith("- "):
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            if not blocks or blocks[-1][0] != "list" or blocks[-1][2]:
                blocks.append(("list", [], False))
            blocks[-1][1].append(line[2:])
        elif line.startswith("  ") and blocks and blocks[-1][0] == "list" and not blocks[-1][2] and not para:
            blocks[-1][1][-1] += " " + line.strip()
        elif line.strip():
            para.append(line.strip())
        else:
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            if blocks and blocks[-1][0] == "list":
                blocks[-1] = ("list", blocks[-1][1], True)  # closed: a blank line ends the list
    return [(b[0], b[1]) for b in blocks]


def read_pre(page, shape):
    """An old system's printout in one <pre> block (legacy_html.PrePage)."""
    text = html.unescape(re.search(r"<pre>(.*?)</pre>", page, flags=re.S)[1]).lstrip("\n")
    lines = text.split("\n")
    widths, gap, label_w = shape["pre_widths"], 2, shape["pre_label_width"]
    title = clean(lines[0])
    issued = clean(lines[1]).replace("Fecha del Informe:", "")
    rules = [i for i, x in enumerate(lines) if x and set(x) == {"-"}]
    fields, current = {}, None
    for line in lines[3:rules[0]]:
        label = line[:label_w].strip()
        if label:
            current = HEAD_LABELS[label]
            fields[current] = []
        fields[current].append(line[label_w:])
    report = header_model(title, issued, {k: column_blocks(v) for k, v in fields.items()})
    starts = [sum(widths[:i]) + gap * i for i in range(len(widths))]
    report["commitments"] = []
    for a, b in zip(rules[1:], rules[2:]):
        cols = [[line[at:at + w].rstrip() for line in lines[a + 1:b]] for at, w in zip(starts, widths)]
        number = clean(" ".join(cols[0]))
        report["commitments"].append(row_model(number, [column_blocks(c) for c in cols[1:]]))
    return report


def read_legacy(data, shape=None):
    if (shape or {}).get("mso_html"):
        return read_mso(data.decode("cp1252"), shape)
    if (shape or {}).get("pre_text"):
        return read_pre(data.decode("iso-8859-1"), shape)
    page = data.decode("iso-8859-1")
    text = lambda frag: clean(html.unescape(re.sub(r"<[^>]+>", " ", frag)))
    title = text(re.search(r"<b>(INFORME DE CUMPLIMIENTO[^<]*)</b>", page)[1])
    issued = text(re.search(r"Fecha del Informe:</b>([^<]*)<", page)[1])
    marks = typed_markers(shape)
    table_start = re.search(r'<table width="[^"]*" border="1"|<table [^>]*summary="Compromisos"|<div id="compromisos">',
                            page).start()
    head_html = page[page.index("Fecha del Informe:"):table_start]
    head_html = head_html[head_html.index("<tr><td>" if "<tr><td>" in head_html else "</div>"):]
    fields = {}
    rows = re.findall(r"<tr><td width=\"22%\"[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", head_html, flags=re.S)
    grid = re.findall(r'<td width="14%" valign="top" bgcolor="#E6E6E6">(.*?)</td><td[^>]*>(.*?)</td>', head_html,
                      flags=re.S)
    divs = re.findall(r'<div class="etiqueta">(.*?)</div><div class="valor">(.*?)</div></div>', head_html, flags=re.S)
    divs += re.findall(r"<dt>(.*?)</dt>\n<dd>(.*?)</dd>", head_html, flags=re.S)  # a definition list
    divs += re.findall(r"<tr><th[^>]*>(.*?)</th><td[^>]*>(.*?)</td></tr>", head_html, flags=re.S)  # <th> labels
    if (shape or {}).get("header_across"):  # a row of labels, the row below it their values
        rows_html = re.findall(r"<tr>(.*?)</tr>", head_html[:head_html.index("</table>")], flags=re.S)
        cells = cells_across(rows_html)
        fields = header_across_fields([[text(c) for c in r] for r in cells[0::2]], cells[1::2],
                                      lambda v: html_blocks(v, marks))
    elif grid or divs:  # a grid of label/value pairs, <div>s, a definition list or <th> labels
        for label, value in grid or divs:
            fields[HEAD_LABELS[text(label)]] = html_blocks(value, marks)
    elif rows:  # two-column table
        for label, value in rows:
            fields[HEAD_LABELS[text(label)]] = html_blocks(value, marks)
    else:  # "Label: value" lines: each label starts a new line
        parts = re.split(r"<b>([^<]+:)</b>", head_html)
        for label, value in zip(parts[1::2], parts[2::2]):
            fields[HEAD_LABELS[html.unescape(label)]] = html_blocks(value, marks)
    report = header_model(title, issued, fields)
    table = page[table_start:]
    report["commitments"] = []
    if (shape or {}).get("fichas"):  # a label/value table per commitment
        for ficha in re.findall(r"<table.*?</table>", table, flags=re.S):
            pairs = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", ficha, flags=re.S)
            report["commitments"].append(ficha_model({text(k): html_blocks(v, marks) for k, v in pairs}))
        return report
    if (shape or {}).get("div_table"):  # rows of floated <div>s (the first holds the titles)
        rows_html = [re.findall(r'<div class="celda c\d">(.*?)</div>', r, flags=re.S)
                     for r in re.findall(r'<div class="fila">(.*?)<div class="fin"></div></div>', table, flags=re.S)]
    else:
        rows_html = [cells_of(r) for r in re.findall(r"<tr valign=\"top\"[^>]*>(.*?)</tr>", table, flags=re.S)]
    for cells in rows_html:
        responsible = text(cells.pop(-3)) if (shape or {}).get("responsible_column") else None
        status = text(cells.pop()) if (shape or {}).get("status_column") else None
        due = text(cells.pop(-2)) if (shape or {}).get("due_column") else None
        number = None
        if len(cells) == 4:
            number = text(cells[0]) or None
            cells = cells[1:]
        if len(cells) == 2:  # a continuation row under a recommendation spanning rows (rowspan)
            number = report["commitments"][-1]["number"]
            cells = [""] + cells
        report["commitments"].append(row_model(number, own_columns([html_blocks(c, marks) for c in cells],
                                                                   due, status, responsible)))
    return report


def own_columns(cells, due, status, responsible=None):
    """The due date, status and responsible printed in columns of their own, put back under their labels."""
    if responsible:
        cells[0] = cells[0] + [("p", "Organismo Responsable: " + responsible)]
    if due:
        cells[1] = cells[1] + [("p", "Fecha de Vencimiento: " + due)]
    if status:
        cells[2] = cells[2] + [("p", "Calificación: " + status)]
    return cells


# ---- Word files ----------------------------------------------------------------------------------

AUTO_BULLETS = 91  # word_docx.WordReport.auto_numbering's bullet list
LETTER_LISTS = 100  # word_docx.LETTER_LISTS: the lettered lists' w:numIds from here on


def docx_blocks(paragraphs, typed=None, shape=None):
    blocks = []
    for p in paragraphs:
        t = clean(p.text)
        if not t:
            continue
        if (shape or {}).get("word_soft_paragraphs") and "\n\n" in p.text:  # paragraphs apart by an empty line
            blocks += [("p", clean(part)) for part in p.text.split("\n\n") if clean(part)]
            continue
        if (shape or {}).get("word_header_pairs") and "\t" in p.text:  # two header fields a line
            blocks += [("p", clean(part)) for part in p.text.split("\t")]
            continue
        is_typed = typed is not None and p.text.startswith(typed)
        num = p._p.pPr is not None and p._p.pPr.numPr is not None  # Word's bullet button (word_auto_bullets)
        is_typed = is_typed or (num and (p._p.pPr.numPr.numId.val == AUTO_BULLETS or
                                         p._p.pPr.numPr.numId.val >= LETTER_LISTS))
        if is_typed and typed is not None and p.text.startswith(typed):
            t = clean(p.text[len(typed):])
        if p.style.name in ("List Bullet", "List Bullet 2") or is_typed:
            if blocks and blocks[-1][0] == "list":
                blocks[-1][1].append(t)
            else:
                blocks.append(("list", [t]))
        else:
            blocks.append(("p", t))
    return blocks


def read_word(data, shape=None):
    import io
    from docx import Document
    doc = Document(io.BytesIO(data))
    typed = (shape or {}).get("word_typed_bullets")
    body = docx_blocks(doc.paragraphs, typed, shape)
    if (shape or {}).get("word_page_header"):  # title and first fields in the page header
        head = docx_blocks(doc.sections[0].header.paragraphs, typed, shape)
        body = [head[0], body[0]] + head[1:] + body[1:]
    title, issued = body[0][1], body[1][1].replace("Fecha del Informe:", "")
    fields = {}
    header_table = clean(doc.tables[0].rows[0].cells[0].text) in HEAD_LABELS
    if header_table and (shape or {}).get("word_header_across"):  # a row of labels, their values below
        rows = []
        for r in doc.tables[0].rows:
            cells = []  # a merged cell once
            for c in r.cells:
                if not cells or c._tc is not cells[-1]._tc:
                    cells.append(c)
            rows.append(cells)
        fields = header_across_fields([[clean(c.text) for c in r] for r in rows[0::2]], rows[1::2],
                                      lambda c: docx_blocks(c.paragraphs, typed, shape))
    elif header_table:
        for r in doc.tables[0].rows:
            cells = []  # a merged cell once
            for c in r.cells:
                if not cells or c._tc is not cells[-1]._tc:
                    cells.append(c)
            for label, value in zip(cells[0::2], cells[1::2]):
                fields[HEAD_LABELS[clean(label.text)]] = docx_blocks(value.paragraphs, typed, shape)
    else:
        for label, blocks in split_labels(body[2:], list(HEAD_LABELS)).items():
            if label:
                fields[HEAD_LABELS[label]] = blocks
    report = header_model(title, issued, fields)
    report["commitments"] = []
    tables = doc.tables[1:] if header_table else doc.tables
    if (shape or {}).get("word_fichas"):  # a label/value table per commitment
        for t in tables:
            report["commitments"].append(ficha_model({clean(r.cells[0].text): docx_blocks(r.cells[1].paragraphs, typed, shape)
                                                      for r in t.rows}))
        return report
    head_rows = 2 if (shape or {}).get("word_head_rows") else 1  # titles over two rows
    if (shape or {}).get("word_no_head"):  # no row of column titles
        head_rows = 0
    rows = tables[0].rows[head_rows:] + [r for t in tables[1:] for r in t.rows]  # one table per row: no header row
    above = None
    for r in rows:
        cells = list(r.cells)
        responsible = clean(cells.pop(-3).text) if (shape or {}).get("word_responsible_column") else None
        status = clean(cells.pop().text) if (shape or {}).get("word_status_column") else None
        due = clean(cells.pop(-2).text) if (shape or {}).get("word_due_column") else None
        merged = above is not None and cells[0]._tc is above[0]._tc  # vertically merged with the row above
        above = cells
        number = None
        if len(cells) == 4:
            number = clean(cells[0].text) or None
            if (shape or {}).get("word_auto_numbers"):  # Word draws 1, 2, 3... in the empty cell
                number = str(len(report["commitments"]) + 1)
            cells = cells[1:]
        if merged:  # a continuation row: the recommendation cell belongs to the row above
            number = report["commitments"][-1]["number"]
            report["commitments"].append(row_model(number, [[]] + [docx_blocks(c.paragraphs, typed, shape)
                                                                    for c in cells[1:]]))
            continue
        report["commitments"].append(row_model(number, own_columns([docx_blocks(c.paragraphs, typed, shape) for c in cells],
                                                                   due, status, responsible)))
    return report


# ---- the analyst's spreadsheet ---------------------------------------------------------------------

def typed_blocks(value):
    """A cell typed with Alt+Enter (analyst_xlsx.typed_text) -> blocks."""
    out = []
    for part in str(value).split("\n\n") if value is not None else []:
        lines = part.split("\n")
        text = []
        for line in lines:
            if line.startswith("- "):
                if text:
                    out.append(("p", " ".join(text)))
                    text = []
                if out and out[-1][0] == "list":
                    out[-1][1].append(line[2:])
                else:
                    out.append(("list", [line[2:]]))
            else:
                text.append(line)
        if text:
            out.append(("p", " ".join(text)))
    return out


def read_xlsx_sheets(data):
    """The cover sheet and rows sheet of analyst_xlsx.render_sheets."""
    import io
    from openpyxl import load_workbook
    book = load_workbook(io.BytesIO(data))
    cover, ws = book.worksheets
    rows = [[c.value for c in r] for r in cover.iter_rows()]
    fields = {}
    for r in rows[4:]:
        label = {"Año de Evaluación:": "Año:"}.get(r[0], r[0])
        fields[HEAD_LABELS[label]] = typed_blocks(r[1]) if HEAD_LABELS[label] == "observation" else [("p", str(r[1]))]
    report = header_model(rows[0][0], rows[2][1], fields)
    report["commitments"] = []
    for r in [[c.value for c in r] for r in ws.iter_rows()][2:]:
        number, rec, resp, com, due, comp, obs, status, ver = r[:9]
        if hasattr(due, "strftime"):
            due = due.strftime("%d-%m-%Y")
        cells = [typed_blocks(rec) + ([("p", "Organismo Responsable: " + resp)] if resp else []),
                 typed_blocks(com) + ([("p", "Fecha de Vencimiento: " + due)] if due else []),
                 typed_blocks(comp) + ([("p", "Observación: " + obs)] if obs else []) +
                 ([("p", "Calificación: " + status)] if status else []) +
                 ([("p", "Medios de Verificación:")] + typed_blocks(ver) if ver else [])]
        report["commitments"].append(row_model(str(number), cells))
    return report


def read_xlsx(data, shape=None):
    """The spreadsheet of analyst_xlsx.py: label/value header rows, then a row per commitment."""
    import io
    from openpyxl import load_workbook
    if "cover" in (shape or {}).get("spreadsheet", {}):
        return read_xlsx_sheets(data)
    ws = load_workbook(io.BytesIO(data)).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]

    def blocks(value):
        if value is None:
            return []
        out = []
        for line in str(value).split("\n"):
            if line.startswith("\u2022 "):
                if out and out[-1][0] == "list":
                    out[-1][1].append(line[2:])
                else:
                    out.append(("list", [line[2:]]))
            else:
                out.append(("p", line))
        return out

    fields = {}
    i = 2
    while rows[i][1] is not None:
        label = {"Año de Evaluación:": "Año:"}.get(rows[i][1], rows[i][1])
        fields[HEAD_LABELS[label]] = [("p", str(rows[i][2]))] if HEAD_LABELS[label] != "observation" \
            else blocks(rows[i][2])
        i += 1
    report = header_model(rows[0][0], rows[1][8], fields)
    report["commitments"] = []
    for r in rows[i + 2:]:
        number, rec, resp, com, due, comp, obs, status, ver = r[:9]
        if hasattr(due, "strftime"):
            due = due.strftime("%d-%m-%Y")
        cells = [blocks(rec) + ([("p", "Organismo Responsable: " + resp)] if resp else []),
                 blocks(com) + ([("p", "Fecha de Vencimiento: " + due)] if due else []),
                 blocks(comp) + ([("p", "Observación: " + obs)] if obs else []) +
                 ([("p", "Calificación: " + status)] if status else []) +
                 ([("p", "Medios de Verificación:")] + blocks(ver) if ver else [])]
        report["commitments"].append(row_model(str(number), cells))
    return report
