#!/usr/bin/python3
"""Writes the DOCX reader's fixtures: small reports typed by hand in Word (python3-docx) in shapes the
corpus does not cover, each beside its expected model (NAME.json), and a LibreOffice re-save of one.

    /usr/bin/python3 tests/data/docx/make_fixtures.py        (needs python3-docx; soffice for the re-save)

The files are byte-reproducible (fixed zip entry times); the re-saved one is not (LibreOffice stamps dates)."""

import copy
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = (2001, 1, 1, 0, 0, 0)

BASE = {
    "cutoff_date": "2010-06-30",
    "issued_at": "2010-09-15T10:20:30",
    "program": "Programa de Riego Campesino",
    "ministry": "MINISTERIO DE AGRICULTURA",
    "service": "INSTITUTO DE DESARROLLO AGROPECUARIO",
    "evaluation_year": 2006,
    "program_status": "Egresado",
    "exit_date": "2009-12-31",
    "observation": None,
    "commitments": [],
}


def row(number, rec, com, due, due_text, comp, status, status_text, responsible=None, verification=None,
        observation=None):
    return {"number": number, "recommendation": rec, "responsible": responsible, "commitment": com, "due": due,
            "due_text": due_text, "compliance": comp, "compliance_observation": observation, "status": status,
            "status_text": status_text, "verification": verification}


ROWS = [
    row("1", "Elaborar un diagnóstico de la demanda de riego en las regiones del sur.",
        "Se realizará un estudio de demanda en tres regiones.", "2007-12", "Dic. 2007",
        "El estudio fue terminado y publicado en el sitio web del servicio.", "fulfilled", "Cumplido",
        responsible="INDAP", verification="Informe final del estudio."),
    row("2", ["Definir indicadores de propósito:", {"list": ["Cobertura de hectáreas regadas.",
                                                           "Ingreso de los agricultores."]}],
        "Se incorporarán los indicadores a la matriz de marco lógico.", "2008-06", "Junio 2008",
        "Se incorporaron dos de los tres indicadores.", "partially_fulfilled", "Parcialmente cumplido",
        observation="Falta el indicador de ingreso."),
    row("3", "Evaluar el costo por hectárea de las obras financiadas.",
        "Se calculará el costo unitario por tipo de obra.", "2009-12-31", "31-12-2009",
        None, "not_fulfilled", "No cumplido",
        verification=[{"list": ["Planilla de costos.", "Oficio a DIPRES."]}]),
]


def report(**changes):
    r = copy.deepcopy(BASE)
    r["commitments"] = copy.deepcopy(ROWS)
    r.update(changes)
    return r


def blocks(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [("p", value)]
    if isinstance(value, dict):
        return [("list", value["list"])]
    out = []
    for b in value:
        out.append(("p", b) if isinstance(b, str) else ("list", b["list"]))
    return out


class Typed:
    """A report typed by hand: options say how."""

    def __init__(self, r, header_table=False, number_column=True, bullets="style", label_mark="bold",
                 split_after=None, merged=False, tracked=False, auto_numbers=False):
        self.r, self.o = r, dict(header_table=header_table, number_column=number_column, bullets=bullets,
                                 label_mark=label_mark, split_after=split_after, merged=merged, tracked=tracked,
                                 auto_numbers=auto_numbers)
        self.doc = Document()

    def label(self, paragraph, text):
        run = paragraph.add_run(text)
        if self.o["label_mark"] == "bold":
            run.bold = True
        elif self.o["label_mark"] == "underline":
            run.underline = True
        return run

    def list_item(self, container, text):
        if self.o["bullets"] == "style":
            return container.add_paragraph(text, style="List Bullet")
        return container.add_paragraph("• " + text)  # typed bullet

    def rich(self, container, value, lead=None, first=None):
        bs = blocks(value)
        use_first = first
        if lead and (not bs or bs[0][0] == "list"):
            p = use_first or container.add_paragraph()
            use_first = None
            self.label(p, lead)
        for i, (kind, v) in enumerate(bs):
            if kind == "p":
                p = use_first or container.add_paragraph()
                use_first = None
                if i == 0 and lead:
                    self.label(p, lead + " ")
                p.add_run(v)
            else:
                for item in v:
                    if use_first is not None:
                        use_first.text = ("• " if self.o["bullets"] != "style" else "") + item
                        if self.o["bullets"] == "style":
                            use_first.style = self.doc.styles["List Bullet"]
                        use_first = None
                    else:
                        self.list_item(container, item)

    def header(self):
        r, doc = self.r, self.doc
        day = r["cutoff_date"].split("-")
        doc.add_paragraph().add_run("INFORME DE CUMPLIMIENTO DE COMPROMISOS AL %s-%s-%s" % (day[2], day[1], day[0])).bold = True
        d, t = r["issued_at"].split("T")
        y, m, dd = d.split("-")
        p = doc.add_paragraph()
        self.label(p, "Fecha del Informe: ")
        p.add_run("%s-%s-%s ; %s" % (dd, m, y, t))
        ey, em, ed = r["exit_date"].split("-")
        fields = [("Programa/Institución:", r["program"]), ("Ministerio:", r["ministry"]), ("Servicio:", r["service"]),
                  ("Año:", str(r["evaluation_year"])), ("Calificación:", r["program_status"]),
                  ("Fecha Egreso:", "%s-%s-%s" % (ed, em, ey))]
        if self.o["header_table"]:
            t = doc.add_table(rows=0, cols=2)
            t.style = doc.styles["Table Grid"]
            for k, v in fields:
                cells = t.add_row().cells
                self.label(cells[0].paragraphs[0], k)
                cells[1].paragraphs[0].add_run(v)
            if r["observation"]:
                cells = t.add_row().cells
                self.label(cells[0].paragraphs[0], "Observación:")
                self.rich(cells[1], r["observation"], first=cells[1].paragraphs[0])
        else:
            for k, v in fields:
                p = doc.add_paragraph()
                self.label(p, k + " ")
                p.add_run(v)
            if r["observation"]:
                self.rich(doc, r["observation"], lead="Observación:")
        doc.add_paragraph()

    def new_table(self):
        names = (["N°"] if self.o["number_column"] else []) + ["Recomendación", "Compromiso", "Cumplimiento"]
        t = self.doc.add_table(rows=1, cols=len(names))
        t.style = self.doc.styles["Table Grid"]
        for c, n in zip(t.rows[0].cells, names):
            c.paragraphs[0].add_run(n).bold = True
        return t

    def table(self):
        t = self.new_table()
        k = 1 if self.o["number_column"] else 0
        for i, c in enumerate(self.r["commitments"]):
            if self.o["split_after"] is not None and i == self.o["split_after"]:
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                t = self.new_table()
            cells = t.add_row().cells
            rec, com, comp = cells[k], cells[k + 1], cells[k + 2]
            if self.o["auto_numbers"]:  # Word's numbering prints the number: no number in the text
                numbered = cells[0].paragraphs[0] if k else rec.paragraphs[0]
                numbered.style = self.doc.styles["List Number"]
            elif k:
                cells[0].paragraphs[0].add_run(c["number"])
            else:
                rec.paragraphs[0].add_run(c["number"] + ". ")
            self.rich(rec, c["recommendation"], first=rec.paragraphs[0] if k or self.o["auto_numbers"] else None)
            if not k and not self.o["auto_numbers"]:  # the number and the first paragraph share a paragraph
                first = rec.paragraphs[0]
                second = rec.paragraphs[1]
                if not isinstance(c["recommendation"], list):
                    first.add_run(second.text)
                    second._p.getparent().remove(second._p)
            if c["responsible"]:
                self.rich(rec, c["responsible"], lead="Organismo Responsable:")
            self.rich(com, c["commitment"], first=com.paragraphs[0])
            if c["due_text"]:
                self.rich(com, c["due_text"], lead="Fecha de Vencimiento:")
            target = comp
            if self.o["merged"] and i == 0:
                # the row runs over a second table row: number and recommendation merged down
                extra = t.add_row().cells
                for j in range(k + 1):
                    cells[j].merge(extra[j])
                target = extra[k + 2]
                self.rich(comp, c["compliance"], first=comp.paragraphs[0])
                target_first = target.paragraphs[0]
            else:
                target_first = comp.paragraphs[0] if c["compliance"] else None
                if c["compliance"]:
                    self.rich(comp, c["compliance"], first=comp.paragraphs[0])
                    target_first = None
            for label, key in (("Observación:", "compliance_observation"), ("Calificación:", "status_text"),
                               ("Medios de Verificación:", "verification")):
                if c[key] is None:
                    continue
                self.rich(target, c[key], lead=label, first=target_first)
                target_first = None
            if self.o["tracked"] and i == 1:
                self.track(comp)

    def track(self, cell):
        """Marks the compliance text as edited: an inserted sentence and a deleted one."""
        p = cell.paragraphs[0]
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), "101")
        ins.set(qn("w:author"), "Revisor")
        ins.set(qn("w:date"), "2010-09-01T00:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = " Se enviará en octubre."
        r.append(t)
        ins.append(r)
        p._p.append(ins)
        dele = OxmlElement("w:del")
        dele.set(qn("w:id"), "102")
        dele.set(qn("w:author"), "Revisor")
        dele.set(qn("w:date"), "2010-09-01T00:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = " Texto borrado por el revisor."
        r.append(t)
        dele.append(r)
        p._p.append(dele)

    def save(self, path):
        self.header()
        self.table()
        props = self.doc.core_properties
        props.author = props.last_modified_by = "Analista"
        raw = io.BytesIO()
        self.doc.save(raw)
        deterministic(raw.getvalue(), path)


def deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def write(name, model, typed_from=None, **options):
    """NAME.docx typed from `typed_from` (else the model) and NAME.json, the model it must read as."""
    Typed(typed_from or model, **options).save(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    obs = ["El programa egresó con compromisos pendientes:", {"list": ["Indicadores.", "Costos."]}]
    write("header-table-numbering", report(observation=obs), header_table=True, bullets="style")
    write("inline-numbers-typed-bullets", report(), number_column=False, bullets="typed", label_mark="underline")
    write("split-table-plain-labels", report(), split_after=2, label_mark="plain")
    merged = report()
    write("merged-cells", merged, merged=True)
    tracked = report()
    tracked["commitments"][1]["compliance"] = "Se incorporaron dos de los tres indicadores. Se enviará en octubre."
    write("tracked-changes", tracked, typed_from=report(), tracked=True)
    write("auto-numbered-column", report(), auto_numbers=True)
    one_paragraph = report()
    one_paragraph["commitments"][1]["recommendation"] = "Definir indicadores de propósito y de resultado."
    write("auto-numbered-inline", one_paragraph, number_column=False, auto_numbers=True)
    if "--no-soffice" not in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless", "--norestore",
                            "--convert-to", "docx", "--outdir", tmp, os.path.join(HERE, "header-table-numbering.docx")],
                           check=True, capture_output=True)
            with open(os.path.join(tmp, "header-table-numbering.docx"), "rb") as f:
                data = f.read()
            with open(os.path.join(HERE, "libreoffice-resaved.docx"), "wb") as f:
                f.write(data)
            with open(os.path.join(HERE, "libreoffice-resaved.json"), "w", encoding="utf-8") as f:
                json.dump(report(observation=obs), f, ensure_ascii=False, indent=2)
                f.write("\n")


main()
