#!/usr/bin/python3
"""Edits one row of a report's .docx as an analyst would with python3-docx: the compliance text and the
status wording of the row numbered NUMBER change, nothing else (the status run keeps its old style).
Usage: edit_row.py IN.docx OUT.docx NUMBER STATUS COMPLIANCE"""
import sys

from docx import Document


def main(source, target, number, status, compliance):
    doc = Document(source)
    for table in doc.tables:
        for row in table.rows:
            cells = row.cells
            if cells[0].text.strip() != number:
                continue
            paragraphs = cells[-1].paragraphs
            first = paragraphs[0]
            first.runs[0].text = compliance
            for run in first.runs[1:]:
                run._r.getparent().remove(run._r)
            for p in paragraphs:
                if p.runs and p.runs[0].text.startswith("Calificación"):
                    p.runs[1].text = status
                    for run in p.runs[2:]:
                        run._r.getparent().remove(run._r)
            doc.save(target)
            return
    sys.exit("row %s not found" % number)


main(*sys.argv[1:])
