"""Writes a report as a 2000s-style legacy web page: HTML 4.01 Transitional, ISO-8859-1, nested tables,
<font>, <b>, <u>, <br>. Prints exactly what the model holds, in the shape of the old DIPRES pages."""

import html

# Labels as the old pages wrote them: accented letters as named entities.
LABEL = {
    "program": "Programa/Instituci&oacute;n:",
    "ministry": "Ministerio:",
    "service": "Servicio:",
    "year": "A&ntilde;o:",
    "status": "Calificaci&oacute;n:",
    "exit": "Fecha Egreso:",
    "observation": "Observaci&oacute;n:",
    "responsible": "Organismo Responsable:",
    "due": "Fecha de Vencimiento:",
    "comp_observation": "Observaci&oacute;n:",
    "verification": "Medios de Verificaci&oacute;n:",
}


# The style sheet of an early CSS site (shape `div_header`): the header's labels floated beside their values.
DIV_CSS = """body, div { font-family: %s; font-size: 12px; }
#pagina { width: 100%%; }
#cabecera { border-top: 3px solid #003366; margin-bottom: 8px; }
.titulo { text-align: center; font-size: 14px; margin: 6px 0; }
.fecha { text-align: right; font-size: 10px; margin-bottom: 8px; }
.ficha { margin-bottom: 10px; }
.campo { clear: both; padding: 2px 0; }
.etiqueta { float: left; width: 170px; font-weight: bold; }
.valor { margin-left: 180px; }
.tabla { clear: both; padding-top: 6px; }
"""


# The style sheet of a CSS site whose commitments "table" is laid out with floated <div>s (shape `div_table`):
# each row a <div class="fila"> of floated cell <div>s of fixed widths, cleared by an empty <div class="fin">.
DIV_TABLE_CSS = """#compromisos { clear: both; width: 100%%; border-top: 1px solid #808080; margin-top: 8px; }
#compromisos .fila { clear: both; border-bottom: 1px solid #808080; }
#compromisos .celda { float: left; padding: 3px 1%%; font-family: %s; font-size: 12px; }
#compromisos .titulos .celda { font-weight: bold; text-align: center; background: #C0C0C0; }
#compromisos .fin { clear: both; height: 0; }
#compromisos .c0 { width: %s; } #compromisos .c1 { width: %s; } #compromisos .c2 { width: %s; }
#compromisos .c3 { width: %s; }
"""


def dmy(iso):
    """'2009-06-30' -> '30-06-2009'."""
    y, m, d = iso.split("-")
    return "%s-%s-%s" % (d, m, y)


def esc(text, shape):
    """Escapes a model string; forced line starts (shape line_breaks) become a single <br>; the spaces of the
    shape's `nbsp` strings are printed as non-breaking spaces."""
    out = html.escape(text, quote=False)
    for words in shape.get("nbsp", []):
        out = out.replace(html.escape(words, quote=False), html.escape(words, quote=False).replace(" ", "&nbsp;"))
    for mark in shape["line_breaks"]:
        before, after = mark.split("|")
        whole = html.escape(before + after, quote=False)
        if whole in out:
            out = out.replace(whole, html.escape(before.rstrip(), quote=False) + "<br>\n" +
                              html.escape(after, quote=False), 1)
    return out


def as_blocks(rich):
    """Rich text -> list of ('p', text) / ('list', [items])."""
    if rich is None:
        return []
    if isinstance(rich, str):
        return [("p", rich)]
    return [("p", b) if isinstance(b, str) else ("list", b["list"]) for b in rich]


def group_spans(rows):
    """Several commitments per recommendation: a row followed by continuation rows (the same number, no
    recommendation, no responsible) spans them. Per row: the rows its recommendation spans, 0 for a
    continuation row."""
    spans = [1] * len(rows)
    head = None
    for i, c in enumerate(rows):
        if head is not None and c["number"] == rows[head]["number"] and c["recommendation"] is None \
                and c["responsible"] is None:
            spans[head] += 1
            spans[i] = 0
        else:
            head = i
    return spans


class Page:
    def __init__(self, report, shape):
        self.r = report
        self.s = shape
        self.out = []

    def font(self, body, size=None):
        size = size or self.s.get("font_size", "2")
        return '<font face="%s" size="%s">%s</font>' % (self.s["font"], size, body)

    def label_text(self, key):
        """The label as this report prints it (shape `labels` holds other wordings of the era)."""
        return self.s.get("labels", {}).get(key, LABEL[key])

    def label(self, key):
        tag = self.s["label_tag"]
        text = self.label_text(key)
        return "<%s>%s</%s>" % (tag, text, tag) if tag else text

    def rich(self, blocks, lead=""):
        """Paragraphs and lists; `lead` (a label or a row number) starts the first paragraph."""
        parts = []
        sep_p = self.s["paragraphs"] == "p"
        first = True
        for kind, value in blocks:
            if kind == "p":
                text = (lead + " " if first and lead else "") + esc(value, self.s)
                parts.append(("<p style=\"margin:0 0 6px 0\">%s</p>" % text) if sep_p else text)
            elif self.s.get("typed_bullets"):  # typed by hand: "• item" lines, sub-items with their own marker
                marker, sub_marker = self.s["typed_bullets"]
                sub = self.s.get("sub_items", [])
                lines = [(sub_marker if i in sub else marker) + esc(i, self.s) for i in value]
                if first and lead:
                    lines.insert(0, lead)
                typed = "<br>\n".join(lines)
                parts.append(("<p style=\"margin:0 0 6px 0\">%s</p>" % typed) if sep_p else "\x00" + typed)
            else:
                if first and lead:
                    parts.append(("<p style=\"margin:0\">%s</p>" % lead) if sep_p else lead)
                parts.append(self.html_list(value))
            first = False
        if not blocks and lead:
            parts.append(("<p style=\"margin:0\">%s</p>" % lead) if sep_p else lead)
        if sep_p:
            return "\n".join(parts)
        # <br><br> between paragraphs; a list is a block of its own already; typed list lines (marked
        # \x00 here) follow the paragraph before them on the next line
        html_out = ""
        for i, p in enumerate(parts):
            if i > 0 and p.startswith("\x00"):
                html_out += "<br>\n"
            elif i > 0 and not p.startswith(("<ul", "<ol")) and not parts[i - 1].startswith(("<ul", "<ol")):
                html_out += "<br><br>\n"
            html_out += p.lstrip("\x00")
        return html_out

    def html_list(self, items):
        """A list as <ul> (or <ol type="a"> with `ol_lists`: the browser draws "a.", "b."); with `nested_lists`
        the shape's `sub_items` as a list of their own inside the item before them."""
        s = self.s
        tag = 'ol type="a"' if s.get("ol_lists") else "ul"
        close = tag.split()[0]
        style = ' style="margin-top:2px;margin-bottom:2px"'
        sub = s.get("sub_items", []) if s.get("nested_lists") else []
        out, open_sub = [], False
        for i in items:
            if i in sub:
                if not open_sub:
                    out[-1] = out[-1][:-len("</li>\n")] + "\n<ul>\n"
                    open_sub = True
                out.append("<li>%s</li>\n" % esc(i, s))
                continue
            if open_sub:
                out.append("</ul></li>\n")
                open_sub = False
            out.append("<li>%s</li>\n" % esc(i, s))
        if open_sub:
            out.append("</ul></li>\n")
        return "<%s%s>\n%s</%s>" % (tag, style, "".join(out), close)

    def labelled(self, key, value):
        """A label and its (rich) value inside a cell; None when nothing is printed."""
        blocks = as_blocks(value)
        if not blocks and not self.s["empty_labels"]:
            return None
        return self.rich(blocks, self.label(key))

    def cell(self, pieces, width=None, rowspan=1):
        pieces = [p for p in pieces if p]
        sep = "\n" if self.s["paragraphs"] == "p" else "<br><br>\n"
        body = ""
        for i, p in enumerate(pieces):
            if i > 0 and not (body.endswith(("</ul>", "</ol>")) or p.startswith(("<ul", "<ol"))):
                body += sep
            elif i > 0:
                body += "\n"
            body += p
        if self.s.get("div_table"):  # a floated <div> of the CSS layout, no <font>
            return '<div class="celda %s">%s</div>' % (width, body or "&nbsp;")
        w = ' width="%s"' % width if width else ""
        w += ' rowspan="%d"' % rowspan if rowspan > 1 else ""
        return '<td valign="top"%s>%s</td>' % (w, self.font(body or "&nbsp;"))

    def head_row(self):
        names = ["Recomendaci&oacute;n", "Compromiso", "Cumplimiento"]
        if self.s["caps_head"]:
            names = ["RECOMENDACI&Oacute;N", "COMPROMISO", "CUMPLIMIENTO"]
        if "column_names" in self.s:  # other titles of the era, in capitals when the page has them so
            names = self.s["column_names"]
            if self.s["caps_head"]:
                names = [html.escape(html.unescape(n).upper(), quote=False) for n in names]
        if self.s.get("two_line_head"):  # "Compromiso" over "(Fecha de vencimiento)"
            names = list(names)
            names[1] += "<br>" + ("(FECHA DE VENCIMIENTO)" if self.s["caps_head"] else "(Fecha de vencimiento)")
        if self.s.get("due_column"):  # the due date in a column of its own, after the commitment
            names = list(names)
            title = self.s.get("due_title", "Fecha de Vencimiento")
            names.insert(2, html.escape(title.upper(), quote=False) if self.s["caps_head"] else title)
        if self.s.get("status_column"):  # the status in a column of its own, after the compliance
            names = list(names) + ["CALIFICACI&Oacute;N" if self.s["caps_head"] else "Calificaci&oacute;n"]
        if self.s.get("responsible_column"):  # the responsible in a narrow column of its own
            names = list(names)
            names.insert(1, "RESPONSABLE" if self.s["caps_head"] else "Responsable")
        if self.s["number_column"]:
            names = [self.s.get("number_title", "N&deg;")] + names
        if self.s.get("div_table"):  # titles as the first "row" of floated <div>s
            cells = "".join('<div class="celda c%d">%s</div>' % (i, n) for i, n in enumerate(names))
            return '<div class="fila titulos">\n%s\n<div class="fin"></div></div>' % cells
        if self.s.get("th_header"):  # the header row in <th> cells (bold by themselves)
            cells = "".join('<th bgcolor="#C0C0C0">%s</th>' % self.font(n) for n in names)
            return '<tr class="encabezado">%s</tr>' % cells
        if self.s.get("borderless"):  # no rules: the titles underlined
            cells = "".join('<td align="center">%s</td>' % self.font("<b><u>%s</u></b>" % n) for n in names)
            return '<tr>%s</tr>' % cells
        cells = "".join('<td align="center" bgcolor="#C0C0C0">%s</td>' %
                        self.font("<b>%s</b>" % n) for n in names)
        return '<tr class="encabezado">%s</tr>' % cells

    def header_label(self, key):
        """A header label; in capitals when the page prints them so ("AÑO:", accents as numeric entities)."""
        text = self.label_text(key)
        if self.s.get("caps_header_labels"):
            text = html.escape(html.unescape(text).upper(), quote=False)
            text = text.encode("ascii", errors="xmlcharrefreplace").decode()
        return text

    def header_fields(self):
        r, s = self.r, self.s
        fields = [
            ("program", r["program"] and esc(r["program"], s)),
            ("ministry", r["ministry"] and esc(r["ministry"], s)),
            ("service", r["service"] and esc(r["service"], s)),
            ("year", r["evaluation_year"] and str(r["evaluation_year"])),
            ("status", r["program_status"] and esc(r["program_status"], s)),
        ]
        if s.get("header_order"):  # the fields in another order
            fields.sort(key=lambda f: s["header_order"].index(f[0]))
        if r["exit_date"]:
            fields.append(("exit", dmy(r["exit_date"]) + (" 0:00:00" if s["exit_time"] else "")))
        elif s["empty_labels"]:
            fields.append(("exit", ""))
        out = []
        lw = s.get("header_label_width", "22%")
        obs_blocks = as_blocks(r["observation"])
        if s.get("div_header"):  # an early CSS site: label and value in floated <div>s, no table
            out.append('<div class="ficha">')
            for key, value in fields + ([("observation", self.rich(obs_blocks))] if obs_blocks else []):
                if value is None and not s["empty_labels"]:
                    continue
                out.append('<div class="campo"><div class="etiqueta">%s</div><div class="valor">%s</div></div>'
                           % (self.header_label(key), value or "&nbsp;"))
            out.append("</div>")
            return "\n".join(out)
        if s.get("dl_header") or s.get("th_header"):  # a definition list, or a table with <th> labels
            items = fields + [("observation", self.rich(obs_blocks))]
            pad = "&nbsp;&nbsp;"
            if s.get("dl_header"):
                out.append("<dl>")
            else:
                out.append('<table border="0" cellpadding="3" cellspacing="0">')
            for key, value in items:
                if not value and not s["empty_labels"]:
                    continue
                if s.get("dl_header"):
                    out.append("<dt>%s</dt>\n<dd>%s</dd>" % (self.font("<b>%s</b>" % self.header_label(key)),
                                                           self.font(pad + (value or "") + pad)))
                else:
                    out.append('<tr><th align="left" valign="top" nowrap>%s</th><td valign="top">%s</td></tr>'
                               % (self.font("&nbsp;" + self.header_label(key) + "&nbsp;"),
                                  self.font(pad + (value or "&nbsp;"))))
            out.append("</dl>" if s.get("dl_header") else "</table>")
            return "\n".join(out)
        if s.get("header_across"):  # label/value pairs laid across: a row of labels, their values in the row below
            out.append(self.header_across(fields, obs_blocks))
            return "\n".join(out)
        if s.get("header_grid"):  # a grid of label/value pairs, two pairs a row
            pairs = dict(fields)
            grid = [["program"], ["ministry", "service"], ["year", "status"], ["exit"], ["observation"]]
            pairs["observation"] = self.rich(obs_blocks)
            cell = lambda key, span="": ('<td width="14%%" valign="top" bgcolor="#E6E6E6">%s</td><td valign="top"%s>%s</td>'
                                         % (self.font("<b>%s</b>" % self.header_label(key)), span,
                                            self.font(pairs.get(key) or "&nbsp;")))
            out.append('<table border="0" cellpadding="2" cellspacing="1" width="100%">')
            for keys in grid:
                if len(keys) == 1:
                    out.append("<tr>%s</tr>" % cell(keys[0], ' colspan="3"'))
                else:
                    out.append("<tr>%s</tr>" % "".join(cell(k, ' width="36%"') for k in keys))
            out.append("</table>")
            return "\n".join(out)
        if s["header_table"]:
            out.append('<table border="0" cellpadding="2" cellspacing="1" width="100%">')
            for key, value in fields:
                if value is None and not s["empty_labels"]:
                    continue
                out.append('<tr><td width="%s" valign="top" bgcolor="#E6E6E6">%s</td><td valign="top">%s</td></tr>'
                           % (lw, self.font("<b>%s</b>" % self.header_label(key)), self.font(value or "&nbsp;")))
            obs = as_blocks(r["observation"])
            if obs or s["empty_labels"]:
                out.append('<tr><td width="%s" valign="top" bgcolor="#E6E6E6">%s</td><td valign="top">%s</td></tr>'
                           % (lw, self.font("<b>%s</b>" % self.header_label("observation")),
                              self.font(self.rich(obs) or "&nbsp;")))
            out.append("</table>")
        else:
            lines = []
            for key, value in fields:
                if value is None and not s["empty_labels"]:
                    continue
                lines.append("<b>%s</b> %s" % (self.header_label(key), value or ""))
            if s.get("header_pairs"):  # two fields a line, apart by non-breaking spaces
                pairs = [("ministry", "service"), ("year", "status")]
                keyed = dict(zip([k for k, v in fields if v is not None or s["empty_labels"]], lines))
                lines, done = [], set()
                for key in [k for k, v in fields if v is not None or s["empty_labels"]]:
                    if key in done:
                        continue
                    mate = next((b for a, b in pairs if a == key and b in keyed), None)
                    lines.append(keyed[key] + ("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + keyed[mate] if mate else ""))
                    done.update([key, mate])
            out.append(self.font("<br>\n".join(lines)))
            obs = as_blocks(r["observation"])
            if obs or s["empty_labels"]:
                out.append("<br><br>" + self.font(self.rich(obs, "<b>%s</b>" % self.header_label("observation"))))
        return "\n".join(out)

    def header_across(self, fields, obs_blocks, per_row=3):
        """The header fields three across: a shaded row of labels, the row below it their values; the
        observation across the whole width under its label (empty pairs left out)."""
        s = self.s
        shown = [(k, v) for k, v in fields if v or s["empty_labels"]]
        out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#808080" '
               'style="border-collapse: collapse">']
        for at in range(0, len(shown), per_row):
            group = shown[at:at + per_row]
            span = lambda i: ' colspan="%d"' % (per_row - len(group) + 1) if i == len(group) - 1 and len(group) < per_row \
                else ""
            out.append("<tr>%s</tr>" % "".join('<td valign="top" bgcolor="#E6E6E6"%s>%s</td>' % (
                span(i), self.font("<b>%s</b>" % self.header_label(k))) for i, (k, _) in enumerate(group)))
            out.append("<tr>%s</tr>" % "".join('<td valign="top"%s>%s</td>' % (span(i), self.font(v or "&nbsp;"))
                                               for i, (_, v) in enumerate(group)))
        if obs_blocks or s["empty_labels"]:
            out.append('<tr><td valign="top" bgcolor="#E6E6E6" colspan="%d">%s</td></tr>' % (
                per_row, self.font("<b>%s</b>" % self.header_label("observation"))))
            out.append('<tr><td valign="top" colspan="%d">%s</td></tr>' % (
                per_row, self.font(self.rich(obs_blocks) or "&nbsp;")))
        out.append("</table>")
        return "\n".join(out)

    def row(self, c, span=1):
        """A row's cells; with shape `group_rows`, `span` > 1 makes the number and recommendation cells span
        the continuation rows after it, and `span` 0 is a continuation row (those cells left out)."""
        s = self.s
        number = c["number"] or ""
        rec_lead = "" if s["number_column"] else (number + "." if number else "")
        rec = self.rich(as_blocks(c["recommendation"]), rec_lead)
        cells = []
        w_number, w_rec, w_com = s.get("widths", ("4%", "32%", "30%"))
        rs = ' rowspan="%d"' % span if span > 1 else ""
        if s["number_column"] and span and not s.get("div_table"):
            cells.append('<td valign="top" align="center" width="%s"%s>%s</td>' % (w_number, rs, self.font(esc(number, s))))
        if s.get("div_table"):  # floated <div>s: the cells' classes give their widths
            w_number, w_rec, w_com = "c0", "c1", "c2"
            if s["number_column"]:
                cells.append('<div class="celda c0">%s</div>' % esc(number, s))
        if s.get("responsible_column") and span:  # the responsible in a narrow column of its own, no label
            cells.append(self.cell([rec], w_rec, span))
            cells.append(self.cell([esc(c["responsible"], s) if c["responsible"] else None],
                                   s.get("responsible_width", "8%")))
        elif span:
            cells.append(self.cell([rec, self.labelled("responsible", c["responsible"])], w_rec, span))
        due_column, status_column = s.get("due_column"), s.get("status_column")
        cells.append(self.cell([self.rich(as_blocks(c["commitment"])),
                                None if due_column else self.labelled("due", c["due_text"])], w_com))
        if due_column:
            cells.append('<td valign="top" align="center" width="10%%">%s</td>' % self.font(esc(c["due_text"] or "", s)
                                                                                         or "&nbsp;"))
        cells.append(self.cell([self.rich(as_blocks(c["compliance"])),
                                self.labelled("comp_observation", c["compliance_observation"]),
                                None if status_column else self.labelled("status", c["status_text"]),
                                self.labelled("verification", c["verification"])],
                               "c3" if s.get("div_table") else None))
        if status_column:
            cells.append('<td valign="top" align="center" width="11%%">%s</td>' % self.font(
                esc(c["status_text"] or "", s) or "&nbsp;"))
        # each row on a page of its own (page-break-before on the row)
        style = ' style="page-break-before: always"' if s.get("row_page_break") else ""
        if s.get("div_table"):
            return '<div class="fila">\n%s\n<div class="fin"></div></div>' % "\n".join(cells)
        return '<tr valign="top"%s>\n%s\n</tr>' % (style, "\n".join(cells))

    def ficha(self, c):
        """A commitment as a "ficha": a two-column table, a shaded label cell (no colon) beside each value, one
        row per field in the order of the usual columns (an empty field's row printed empty with
        `empty_labels`, else left out)."""
        s = self.s
        out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#808080" '
               'style="border-collapse: collapse">']
        for key, label in FICHA_LABELS:
            value = c[key]
            if value is None and not s["empty_labels"]:
                continue
            out.append('<tr><td width="24%%" valign="top" bgcolor="#E6E6E6">%s</td><td valign="top">%s</td></tr>' % (
                self.font("<b>%s</b>" % label), self.font(self.rich(as_blocks(value)) or "&nbsp;")))
        out.append("</table>")
        return "\n".join(out)

    def chrome_top(self):
        """The old site's page around the report: a banner, a breadcrumb and, in a layout table, a menu on the
        left with the report in the cell beside it (closed by chrome_bottom)."""
        f = lambda body, size="1", color=None: '<font face="Verdana, Arial, Helvetica, sans-serif" size="%s"%s>%s</font>' % (
            size, ' color="%s"' % color if color else "", body)
        menu = ["Presupuestos", "Estad&iacute;sticas de las Finanzas P&uacute;blicas", "Control de Gesti&oacute;n",
                "Evaluaci&oacute;n de Programas", "Programas Evaluados", "Seguimiento de Compromisos",
                "Publicaciones", "Transparencia", "Contacto"]
        links = "<br>\n".join('<a href="/menu/%d.asp">%s</a>' % (i + 1, m) for i, m in enumerate(menu))
        return "\n".join([
            '<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#003366">',
            '<tr><td>%s<br>%s</td><td align="right" valign="bottom">%s</td></tr>' % (
                f("<b>Direcci&oacute;n de Presupuestos</b>", "4", "#FFFFFF"), f("Gobierno de Chile", "2", "#FFFFFF"),
                f("Ministerio de Hacienda", "1", "#FFFFFF")),
            "</table>",
            '<table width="100%" border="0" cellspacing="0" cellpadding="4">',
            '<tr><td>%s</td></tr>' % f('<a href="/">Inicio</a> &gt; <a href="/control.asp">Control de Gesti&oacute;n</a>'
                                      ' &gt; <a href="/programas/">Evaluaci&oacute;n de Programas</a> &gt; '
                                      'Informe de Seguimiento'),
            "</table>",
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">',
            '<tr><td width="150" bgcolor="#E8EEF4" valign="top">',
            '<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>',
            f("<b>Men&uacute;</b><br>\n" + links),
            "</td></tr></table>",
            '</td><td width="8">&nbsp;</td><td valign="top">'])

    def chrome_bottom(self):
        """The end of the layout table and the site's footer: address and the page's links."""
        f = lambda body: '<font face="Verdana, Arial, Helvetica, sans-serif" size="1">%s</font>' % body
        return "\n".join([
            "</td></tr>\n</table>",
            '<table width="100%" border="0" cellspacing="0" cellpadding="4">',
            '<tr><td><hr size="1" noshade color="#003366"></td></tr>',
            '<tr><td align="center">%s</td></tr>' % f(
                "Direcci&oacute;n de Presupuestos &middot; Teatinos 120, Santiago, Chile &middot; "
                "Tel&eacute;fono (56-2) 473 2000"),
            '<tr><td align="center">%s</td></tr>' % f(
                '<a href="javascript:window.print()">Imprimir</a> | <a href="javascript:history.back()">Volver</a>'),
            "</table>"])

    def render(self):
        r, s = self.r, self.s
        cut = dmy(r["cutoff_date"])
        date, time = r["issued_at"].split("T")
        title = "DIPRES - Informe de Cumplimiento de Compromisos"
        o = self.out
        o.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
                 '"http://www.w3.org/TR/html4/loose.dtd">')
        o.append("<html>\n<head>")
        o.append('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
        o.append("<title>%s</title>" % title)
        o.append('<style type="text/css">\n<!--\nbody { margin: 10px; }\n'
                 'td { font-family: %s; }\n.encabezado td { border-bottom: 1px solid #808080; }\n%s-->\n</style>'
                 % (s["font"], s.get("page_css", "") + (DIV_CSS % s["font"] if s.get("div_header") else "") +
                    (DIV_TABLE_CSS % ((s["font"],) + tuple(s["div_widths"])) if s.get("div_table") else "")))
        o.append("</head>")
        o.append('<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">')
        if s.get("site_chrome"):  # the site's banner, breadcrumb and menu: words the model does not hold
            o.append(self.chrome_top())
        divs = s.get("div_header") or s.get("div_table")
        if divs:  # an early CSS site: <div>s for the page's frame and the header fields
            o.append('<div id="pagina">\n<div id="cabecera"></div>')
            o.append('<div class="titulo"><b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL %s</b></div>' % cut)
            o.append('<div class="fecha"><b>Fecha del Informe:</b> %s ; %s</div>' % (dmy(date), time))
            o.append(self.header_fields())
            o.append('<div class="tabla">')
        else:
            o.append('<table width="100%" border="0" cellspacing="0" cellpadding="0">')
            o.append('<tr><td><hr size="3" noshade color="#003366"></td></tr>')
            o.append("<tr><td>")
            o.append('<table width="100%" border="0" cellspacing="0" cellpadding="4">')
            o.append('<tr><td align="center">%s</td></tr>' %
                     self.font("<b>INFORME DE CUMPLIMIENTO DE COMPROMISOS AL %s</b>" % cut, "3"))
            o.append('<tr><td align="right">%s</td></tr>' %
                     self.font("<b>Fecha del Informe:</b> %s ; %s" % (dmy(date), time), "1"))
            o.append("<tr><td>\n%s\n</td></tr>" % self.header_fields())
            o.append('<tr><td>')
        if s.get("fichas"):  # each commitment a "ficha": a label/value table of its own
            o.append("\n<br>\n".join(self.ficha(c) for c in r["commitments"]))
        elif s.get("div_table"):  # the table laid out with floated <div>s
            o.append('<div id="compromisos">')
        elif s.get("borderless"):  # printed without borders: cells apart by their spacing alone
            o.append('<table width="100%" border="0" cellspacing="6" cellpadding="2" summary="Compromisos">')
        else:
            o.append('<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#808080" '
                     'style="border-collapse: collapse">')
        if s.get("fichas"):
            pass
        elif s.get("thead"):  # browsers repeat a <thead> at the top of every printed page
            o.append("<thead>\n%s\n</thead>\n<tbody>" % self.head_row())
        else:
            o.append(self.head_row())
        spans = group_spans(r["commitments"]) if s.get("group_rows") else [1] * len(r["commitments"])
        for i, c in enumerate(r["commitments"] if not s.get("fichas") else []):
            if s["repeat_header"] and i > 0 and i % s["repeat_header"] == 0:
                o.append(self.head_row())
            o.append(self.row(c, spans[i]))
        if s.get("thead"):
            o.append("</tbody>")
        if s.get("div_table"):
            o.append("</div>")
        elif not s.get("fichas"):
            o.append("</table>")
        if divs:
            o.append("</div>\n</div>")
        else:
            o.append("</td></tr>\n</table>")
            o.append("</td></tr>\n</table>")
        if s.get("site_chrome"):
            o.append(self.chrome_bottom())
        o.append("</body>\n</html>\n")
        text = "\n".join(o)
        # ISO-8859-1 bytes; what Latin-1 cannot hold (curly quotes, dashes) as numeric entities.
        return text.encode("iso-8859-1", errors="xmlcharrefreplace")


# ---- a report typed in Word and saved as a web page ------------------------------------------------

MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<title>%(title)s</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Analista DIPRES</o:Author>
  <o:LastAuthor>Analista DIPRES</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>%(created)sZ</o:Created>
  <o:Company>Ministerio de Hacienda</o:Company>
  <o:Version>11.9999</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:Compatibility>
   <w:BreakWrappedTables/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	mso-pagination:widow-orphan;
	font-size:%(size)s;
	font-family:%(font)s;
	mso-fareast-font-family:"Times New Roman";
	mso-ansi-language:ES-CL;}
p.MsoListBullet, li.MsoListBullet, div.MsoListBullet
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:2.0pt;
	margin-left:18.0pt;
	text-indent:-18.0pt;
	mso-list:l0 level1 lfo1;
	font-size:%(size)s;
	font-family:%(font)s;}
@page Section1
	{size:595.3pt 841.9pt;
	margin:70.85pt 2.0cm 70.85pt 2.0cm;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.Section1
	{page:Section1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1203;
	mso-list-type:hybrid;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:18.0pt;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
table.MsoNormalTable
	{mso-style-name:"Tabla normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.0pt;
	font-family:"Times New Roman";}
table.MsoTableGrid
	{mso-style-name:"Tabla con cuadr\\00EDcula";
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.0pt;
	font-family:"Times New Roman";}
-->
</style>
<!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]-->
</head>

<body lang=ES-CL style='tab-interval:35.4pt'>

<div class=Section1>
"""

MSO_TD = ("<td width=%d valign=top style='width:%.1fpt;border:solid windowtext 1.0pt;%s"
          "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>")


def mso_wrap(markup, width=76):
    """Word's saved HTML breaks its source lines at about 76 characters, at a space outside a tag."""
    lines, line, in_tag, last_space = [], "", False, -1
    for ch in markup:
        line += ch
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        elif ch == " " and not in_tag:
            last_space = len(line) - 1
        if len(line) > width and last_space > 0:
            lines.append(line[:last_space])
            line, last_space = line[last_space + 1:], -1
    return "\n".join(lines + [line])


class WordHtmlPage(Page):
    """The report typed in Word 2003 and saved with "Guardar como página web" (shape `mso_html`): windows-1252
    bytes, Word's namespaces and conditional comments, class=MsoNormal paragraphs closed by <o:p></o:p>,
    tables of class MsoTableGrid, lists as Word's own list paragraphs (a Symbol-font "·" marker inside
    <![if !supportLists]>), the header as a two-column table whose label cells hold a bold label paragraph."""

    def para(self, body, style=""):
        """A Word paragraph: class MsoNormal, closed by Word's empty <o:p></o:p>."""
        return mso_wrap("<p class=MsoNormal%s>%s<o:p></o:p></p>" % (style, body))

    def item(self, body, where):
        """A list paragraph: `where` is First, Middle or Last of a list (or "" alone)."""
        cls = "MsoListBullet" + ("CxSp" + where if where else "")
        marker = ("<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;"
                  "mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "
                  "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                  "<![endif]>")
        return mso_wrap("<p class=%s style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1;"
                        "tab-stops:list 18.0pt'>%s%s<o:p></o:p></p>" % (cls, marker, body))

    def blocks_html(self, blocks, lead=""):
        """Paragraphs and lists as Word paragraphs; `lead` (a bold label) starts the first paragraph, or is a
        paragraph of its own before a list."""
        out = []
        for i, (kind, value) in enumerate(blocks):
            if kind == "p":
                out.append(self.para((lead + " " if i == 0 and lead else "") + esc(value, self.s)))
            else:
                if i == 0 and lead:
                    out.append(self.para(lead))
                for j, it in enumerate(value):
                    where = "" if len(value) == 1 else "First" if j == 0 else "Last" if j == len(value) - 1 \
                        else "Middle"
                    out.append(self.item(esc(it, self.s), where))
        if not blocks and lead:
            out.append(self.para(lead))
        return out

    def td(self, width_pt, paragraphs, shade=""):
        return "  %s\n  %s\n  </td>" % (MSO_TD % (round(width_pt * 4 / 3), width_pt,
                                                 "background:%s;" % shade if shade else ""),
                                         "\n  ".join(paragraphs or [self.para("")]))

    def labelled_html(self, key, value):
        blocks = as_blocks(value)
        if not blocks and not self.s["empty_labels"]:
            return []
        return self.blocks_html(blocks, "<b>%s</b>" % self.label_text(key))

    def table_open(self):
        return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:480;mso-padding-alt:0cm 5.4pt "
                "0cm 5.4pt'>")

    def render(self):
        r, s = self.r, self.s
        cut = dmy(r["cutoff_date"])
        date, time = r["issued_at"].split("T")
        title = "INFORME DE CUMPLIMIENTO DE COMPROMISOS AL %s" % cut
        o = [MSO_HEAD % dict(title=title, created=r["issued_at"], size=s.get("mso_size", "10.0pt"),
                             font=s.get("mso_font", "Arial"))]
        o.append(self.para("<b><span style='font-size:12.0pt'>%s</span></b>" % title,
                           " align=center style='text-align:center'"))
        o.append(self.para("<b>Fecha del Informe:</b> %s ; %s" % (dmy(date), time),
                           " align=right style='text-align:right'"))
        o.append(self.para("&nbsp;"))
        # the header: a two-column table, the label cells shaded, each holding a bold label paragraph
        fields = [("program", r["program"]), ("ministry", r["ministry"]), ("service", r["service"]),
                  ("year", r["evaluation_year"] and str(r["evaluation_year"])), ("status", r["program_status"]),
                  ("exit", r["exit_date"] and dmy(r["exit_date"]))]
        o.append(self.table_open())
        shown = [(k, v) for k, v in fields if v] + ([("observation", r["observation"])] if r["observation"] else [])
        for i, (key, value) in enumerate(shown):
            yfti = "mso-yfti-irow:%d%s%s" % (i, ";mso-yfti-firstrow:yes" if i == 0 else "",
                                             ";mso-yfti-lastrow:yes" if i == len(shown) - 1 else "")
            o.append(" <tr style='%s'>" % yfti)
            o.append(self.td(120.6, [self.para("<b>%s</b>" % self.label_text(key))], "#D9D9D9"))
            o.append(self.td(360.0, self.blocks_html(as_blocks(value))))
            o.append(" </tr>")
        o.append("</table>")
        o.append(self.para("&nbsp;"))
        # the commitments table: a header row repeated by Word (mso-yfti-firstrow), a row per commitment
        widths = s.get("mso_widths", (28.0, 150.0, 140.0, 170.0))
        names = ["N&#176;" if s["number_column"] else None, "Recomendaci&oacute;n", "Compromiso", "Cumplimiento"]
        o.append(self.table_open())
        o.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'>")
        for w, n in zip(widths, names):
            if n:
                o.append(self.td(w, [self.para("<b>%s</b>" % n, " align=center style='text-align:center'")],
                                 "#D9D9D9"))
        o.append(" </tr>")
        for i, c in enumerate(r["commitments"]):
            last = i == len(r["commitments"]) - 1
            o.append(" <tr style='mso-yfti-irow:%d%s'>" % (i + 1, ";mso-yfti-lastrow:yes" if last else ""))
            lead = "" if s["number_column"] else c["number"] + "."
            if s["number_column"]:
                o.append(self.td(widths[0], [self.para(esc(c["number"], s), " align=center style='text-align:center'")]))
            o.append(self.td(widths[1], self.blocks_html(as_blocks(c["recommendation"]), lead) +
                             self.labelled_html("responsible", c["responsible"])))
            o.append(self.td(widths[2], self.blocks_html(as_blocks(c["commitment"])) +
                             self.labelled_html("due", c["due_text"])))
            o.append(self.td(widths[3], self.blocks_html(as_blocks(c["compliance"])) +
                             self.labelled_html("comp_observation", c["compliance_observation"]) +
                             self.labelled_html("status", c["status_text"]) +
                             self.labelled_html("verification", c["verification"])))
            o.append(" </tr>")
        o.append("</table>")
        o.append("\n" + self.para("&nbsp;"))
        o.append("\n</div>\n\n</body>\n\n</html>\n")
        text = "\n".join(o).replace("\n", "\r\n")  # Word writes CRLF line ends
        # windows-1252 bytes: curly quotes and dashes as their own bytes; what it cannot hold as entities
        return text.encode("cp1252", errors="xmlcharrefreplace")


# ---- a page an old system printed as preformatted text ---------------------------------------------

FICHA_LABELS = [("number", "N&deg;"), ("recommendation", "Recomendaci&oacute;n"),
                ("responsible", "Organismo Responsable"), ("commitment", "Compromiso"),
                ("due_text", "Fecha de Vencimiento"), ("compliance", "Cumplimiento"),
                ("compliance_observation", "Observaci&oacute;n"), ("status_text", "Calificaci&oacute;n"),
                ("verification", "Medios de Verificaci&oacute;n")]


def wrap_text(text, width, shape, first="", rest=""):
    """A paragraph wrapped at spaces into lines of at most `width` characters (no word broken); a forced line
    start of the shape (line_breaks) starts a line; `first` and `rest` are put before the first and the other
    lines (a list marker and the indent under it)."""
    import textwrap
    pieces = [text]
    for mark in shape["line_breaks"]:
        before, after = mark.split("|")
        for i, p in enumerate(pieces):
            if before + after in p:
                head, tail = p.split(before + after, 1)
                pieces[i:i + 1] = [head + before.rstrip(), after + tail]
                break
    lines = []
    for p in pieces:
        lead = first if not lines else rest
        wrapped = textwrap.wrap(p, width, initial_indent=lead, subsequent_indent=rest, break_long_words=False,
                                break_on_hyphens=False)
        lines += wrapped
    assert all(len(x) <= width for x in lines), "a word wider than its column: %r" % text
    return lines


def text_blocks(blocks, width, shape, lead=""):
    """Paragraphs and lists as lines of a fixed-width column: a blank line between blocks, list items after
    "- " with their wrapped lines indented under the text; `lead` (a label) starts the first paragraph or is a
    line of its own before a list."""
    lines = []
    for i, (kind, value) in enumerate(blocks):
        if i > 0:
            lines.append("")
        if kind == "p":
            lines += wrap_text((lead + " " if i == 0 and lead else "") + value, width, shape)
        else:
            if i == 0 and lead:
                lines.append(lead)
            for item in value:
                lines += wrap_text(item, width, shape, "- ", "  ")
    if not blocks and lead:
        lines.append(lead)
    return lines


class PrePage(Page):
    """The report as an old system printed it (shape `pre_text`): the whole page one <pre> block, the header as
    "Label: value" lines with the values in a column of their own, the commitments in fixed-width columns
    padded with spaces, each cell's text wrapped inside its column, a line of dashes under the column titles
    and under every row. The block opens with an empty line (the newline right after <pre> is not printed, the
    next is): LibreOffice's web import loses a <pre>'s first line, and a blank page with it."""

    def render(self):
        r, s = self.r, self.s
        widths = s.get("pre_widths", (3, 26, 26, 35))
        gap = "  "
        total = sum(widths) + len(gap) * (len(widths) - 1)
        label_w = s.get("pre_label_width", 24)
        plain = lambda key: html.unescape(self.label_text(key))
        cut = dmy(r["cutoff_date"])
        date, time = r["issued_at"].split("T")
        lines = ["INFORME DE CUMPLIMIENTO DE COMPROMISOS AL %s" % cut,
                 ("Fecha del Informe: %s ; %s" % (dmy(date), time)).rjust(total), ""]
        lines[0] = lines[0].center(total).rstrip()
        fields = [("program", r["program"]), ("ministry", r["ministry"]), ("service", r["service"]),
                  ("year", r["evaluation_year"] and str(r["evaluation_year"])), ("status", r["program_status"]),
                  ("exit", r["exit_date"] and dmy(r["exit_date"]))]
        fields = [(k, [("p", v)]) for k, v in fields if v]
        if r["observation"]:
            fields.append(("observation", as_blocks(r["observation"])))
        for key, blocks in fields:  # the value's lines in a column of their own after the label
            value = text_blocks(blocks, total - label_w, s)
            for i, line in enumerate(value):
                lines.append(((plain(key) if i == 0 else "").ljust(label_w) + line).rstrip())
        lines.append("")
        rule = "-" * total
        titles = [self.s.get("number_title", "N°"), "RECOMENDACIÓN", "COMPROMISO", "CUMPLIMIENTO"]
        lines += [rule, gap.join(t.ljust(w) for t, w in zip(titles, widths)).rstrip(), rule]
        for c in r["commitments"]:
            cells = [[c["number"]],
                     text_blocks(as_blocks(c["recommendation"]), widths[1], s) +
                     self.pre_labelled("responsible", c["responsible"], widths[1]),
                     text_blocks(as_blocks(c["commitment"]), widths[2], s) +
                     self.pre_labelled("due", c["due_text"], widths[2]),
                     text_blocks(as_blocks(c["compliance"]), widths[3], s) +
                     self.pre_labelled("comp_observation", c["compliance_observation"], widths[3]) +
                     self.pre_labelled("status", c["status_text"], widths[3]) +
                     self.pre_labelled("verification", c["verification"], widths[3])]
            cells = [x[1:] if x and x[0] == "" else x for x in cells]
            for at in range(max(len(x) for x in cells)):
                lines.append(gap.join((x[at] if at < len(x) else "").ljust(w)
                                      for x, w in zip(cells, widths)).rstrip())
            lines.append(rule)
        body = html.escape("\n".join(lines), quote=False)
        page = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">', "<html>", "<head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
                "<title>Informe de Cumplimiento de Compromisos</title>",
                '<style type="text/css">\n<!--\npre { font-family: "Courier New", Courier, monospace; font-size: %s; }'
                "\n-->\n</style>" % s.get("pre_size", "8pt"),
                "</head>", '<body bgcolor="#FFFFFF">', "<pre>\n\n" + body + "</pre>", "</body>", "</html>", ""]
        return "\n".join(page).encode("iso-8859-1", errors="xmlcharrefreplace")

    def pre_labelled(self, key, value, width):
        """A labelled value in a cell's column: a blank line before it, the label starting its first line."""
        blocks = as_blocks(value)
        if not blocks and not self.s["empty_labels"]:
            return []
        return [""] + text_blocks(blocks, width, self.s, html.unescape(self.label_text(key)))
