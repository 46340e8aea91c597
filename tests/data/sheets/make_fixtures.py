#!/usr/bin/python3
"""Makes the spreadsheet corpus of tests/data/sheets the way analysts make such files.

The ODS and XLSX files are written BY LibreOffice Calc (soffice --convert-to) from flat ODS documents
built here; the CSV and tab-delimited text are written as Spanish-locale Excel writes them
(Windows-1252, ";" or tab, CRLF, quoted cells with line breaks, no BOM); libreoffice.csv is LibreOffice
Calc's own CSV export. Each NAME.EXT has NAME.expected.json, the model it must read back to, written by
hand from the same content (not by informe). Run from this directory: ./make_fixtures.py
"""
import os, shutil, subprocess, sys, tempfile
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

STYLES = """<office:automatic-styles>
 <number:date-style style:name="Nmonth"><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="Nday"><number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="Ntime"><number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <style:style style:name="cmonth" style:family="table-cell" style:data-style-name="Nmonth"/>
 <style:style style:name="cday" style:family="table-cell" style:data-style-name="Nday"/>
 <style:style style:name="ctime" style:family="table-cell" style:data-style-name="Ntime"/>
 <style:style style:name="cwrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
</office:automatic-styles>"""


def cell(value):
    """A cell: str (lines become paragraphs), int, ('month'|'day'|'time', iso, shown) or None."""
    if value is None:
        return '<table:table-cell/>'
    if isinstance(value, int):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, tuple):
        kind, iso, shown = value
        return (f'<table:table-cell table:style-name="c{kind}" office:value-type="date" office:date-value="{iso}">'
                f'<text:p>{escape(shown)}</text:p></table:table-cell>')
    paragraphs = ''.join(f'<text:p>{escape(line)}</text:p>' for line in value.split('\n'))
    return f'<table:table-cell table:style-name="cwrap" office:value-type="string">{paragraphs}</table:table-cell>'


def fods(sheets, null_date=None):
    body = ''
    if null_date:
        body += f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/></table:calculation-settings>'
    for name, rows in sheets:
        body += f'<table:table table:name="{escape(name)}">'
        for row in rows:
            body += '<table:table-row>' + ''.join(cell(v) for v in row) + '</table:table-row>'
        body += '</table:table>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
            f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>\n')


def soffice(source, target_ext, out_name, filter_options=None):
    with tempfile.TemporaryDirectory() as tmp:
        fmt = target_ext + (':' + filter_options if filter_options else '')
        subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/profile', '--headless',
                        '--convert-to', fmt, '--outdir', tmp, source], check=True, stdout=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + '.' + target_ext)
        shutil.move(produced, out_name)


def excel_csv(rows, delimiter):
    """As Excel writes "CSV (delimitado por comas)" in a Spanish locale: cp1252, CRLF, quotes when needed."""
    out = []
    for row in rows:
        fields = []
        for v in row:
            v = '' if v is None else str(v)
            if any(c in v for c in (delimiter, '"', '\n', '\r')):
                v = '"' + v.replace('"', '""') + '"'
            fields.append(v)
        out.append(delimiter.join(fields))
    return ('\r\n'.join(out) + '\r\n').encode('cp1252')


# ---- A: header rows above the table, title with its date in one cell, real date cells, columns in
# the analyst's order, an unknown column, missing optional columns (LibreOffice ODS) ----
A = [('Hoja1', [
    ['INFORME DE CUMPLIMIENTO DE COMPROMISOS AL 31-12-2010'],
    ['Programa/Institución', 'Programa de Becas de Postgrado'],
    ['Ministerio', 'MINISTERIO DE EDUCACION'],
    ['Servicio', 'COMISION NACIONAL DE INVESTIGACION CIENTIFICA Y TECNOLOGICA'],
    ['Año', 2008],
    ['Fecha Egreso', ('day', '2011-06-30', '30-06-2011')],
    [],
    ['N°', 'Compromiso', 'Recomendación', 'Fecha de Vencimiento', 'Calificación', 'Notas internas',
     'Medios de Verificación'],
    [1, 'Elaborar un reglamento de becas.', 'Definir criterios de selección.',
     ('month', '2009-12-01', '12-2009'), 'cumplido', 'revisar con jurídica', 'Reglamento aprobado por decreto.'],
    [2, 'Implementar un sistema de seguimiento de becarios:\n- registro de egresados\n- encuesta anual',
     'Hacer seguimiento de los becarios.', ('day', '2010-06-30', '30-06-2010'), 'Parcialmente Cumplido', None,
     None],
    [3, 'Publicar los resultados.', 'Transparentar la asignación.', ('month', '2010-12-01', '12-2010'),
     'NO CUMPLIDO', None, 'Página web.\nActa del comité.'],
])]
A_expected = {
    "cutoff_date": "2010-12-31", "issued_at": None, "program": "Programa de Becas de Postgrado",
    "ministry": "MINISTERIO DE EDUCACION",
    "service": "COMISION NACIONAL DE INVESTIGACION CIENTIFICA Y TECNOLOGICA", "evaluation_year": 2008,
    "program_status": None, "exit_date": "2011-06-30", "observation": None,
    "commitments": [
        {"number": "1", "recommendation": "Definir criterios de selección.", "responsible": None,
         "commitment": "Elaborar un reglamento de becas.", "due": "2009-12", "due_text": "12-2009",
         "compliance": None, "compliance_observation": None, "status": "fulfilled", "status_text": "cumplido",
         "verification": "Reglamento aprobado por decreto."},
        {"number": "2", "recommendation": "Hacer seguimiento de los becarios.", "responsible": None,
         "commitment": ["Implementar un sistema de seguimiento de becarios:",
                        {"list": ["registro de egresados", "encuesta anual"]}],
         "due": "2010-06-30", "due_text": "30-06-2010", "compliance": None, "compliance_observation": None,
         "status": "partially_fulfilled", "status_text": "Parcialmente Cumplido", "verification": None},
        {"number": "3", "recommendation": "Transparentar la asignación.", "responsible": None,
         "commitment": "Publicar los resultados.", "due": "2010-12", "due_text": "12-2010", "compliance": None,
         "compliance_observation": None, "status": "not_fulfilled", "status_text": "NO CUMPLIDO",
         "verification": ["Página web.", "Acta del comité."]},
    ]}

# ---- B: the header on a sheet of its own, JSON keys as column titles, the 1904 date system, text
# dates, the issue date as a date-time cell (LibreOffice XLSX) ----
B = [('Encabezado', [
    ['Informe de Cumplimiento de Compromisos al', ('day', '2012-06-30', '30-06-2012')],
    ['Fecha del Informe', ('time', '2012-07-15T09:30:00', '15-07-2012 09:30:00')],
    ['Programa', 'Fondo de Innovación'],
    ['Ministerio', 'MINISTERIO DE ECONOMIA'],
    ['Calificación', 'En seguimiento'],
    ['Observación', 'Primer informe.\nSegundo párrafo de la observación.'],
]), ('Datos', [
    ['status_text', 'number', 'recommendation', 'responsible', 'commitment', 'due', 'due_text', 'compliance',
     'compliance_observation', 'status', 'verification'],
    ['Cumplido', '1', 'Medir resultados.', 'CORFO', 'Se diseñará una matriz.', ('day', '2011-03-31', '31-03-2011'),
     'Marzo 2011', 'Matriz aprobada.', 'Sin observaciones.', 'Cumplido', 'Matriz.'],
    [None, '2', 'Evaluar impacto.', None, 'Se contratará una evaluación.', 'Dic. 2012', 'Dic. 2012',
     '• Licitación adjudicada\n• Informe preliminar', None, 'parcialmente cumplido', None],
])]
B_expected = {
    "cutoff_date": "2012-06-30", "issued_at": "2012-07-15T09:30:00", "program": "Fondo de Innovación",
    "ministry": "MINISTERIO DE ECONOMIA", "service": None, "evaluation_year": None,
    "program_status": "En seguimiento", "exit_date": None,
    "observation": ["Primer informe.", "Segundo párrafo de la observación."],
    "commitments": [
        {"number": "1", "recommendation": "Medir resultados.", "responsible": "CORFO",
         "commitment": "Se diseñará una matriz.", "due": "2011-03-31", "due_text": "Marzo 2011",
         "compliance": "Matriz aprobada.", "compliance_observation": "Sin observaciones.", "status": "fulfilled",
         "status_text": "Cumplido", "verification": "Matriz."},
        {"number": "2", "recommendation": "Evaluar impacto.", "responsible": None,
         "commitment": "Se contratará una evaluación.", "due": "2012-12", "due_text": "Dic. 2012",
         "compliance": [{"list": ["Licitación adjudicada", "Informe preliminar"]}], "compliance_observation": None,
         "status": "partially_fulfilled", "status_text": None, "verification": None},
    ]}

# ---- C: Excel CSV, Spanish locale: ";" Windows-1252 CRLF no BOM, header above, quoted multi-line
# cells, text dates in the reports' wording, statuses in any case ----
C_rows = [
    ['INFORME DE CUMPLIMIENTO DE COMPROMISOS AL', '30-06-2009'],
    ['Fecha del Informe', '07-10-2009 ; 17:06:25'],
    ['Programa/Institución', 'Fomento a la Microempresa'],
    ['Ministerio', 'MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION'],
    ['Año', '2000'],
    ['Calificación', 'Egresado'],
    [],
    ['Nº', 'Recomendación', 'Organismo Responsable', 'Compromiso', 'Fecha de Vencimiento', 'Cumplimiento',
     'Observación', 'Calificación', 'Medios de Verificación'],
    ['1.', 'Actualizar la Matriz de Marco Lógico.', '', 'Se revisará la Matriz; se definirán indicadores.',
     'Dic. 2000', 'cumplido', '', 'CUMPLIDO', ''],
    ['2', 'Se recomienda:\n- Una política nacional.\n- Una estrategia regional.', 'SERCOTEC',
     'Se diseñará una metodología "ad hoc".', 'Junio 2001', 'En curso.', 'Falta el informe final.',
     'parcialmente cumplido', 'Oficio Nº 123.'],
]
C_expected = {
    "cutoff_date": "2009-06-30", "issued_at": "2009-10-07T17:06:25", "program": "Fomento a la Microempresa",
    "ministry": "MINISTERIO DE ECONOMIA, FOMENTO Y RECONSTRUCCION", "service": None, "evaluation_year": 2000,
    "program_status": "Egresado", "exit_date": None, "observation": None,
    "commitments": [
        {"number": "1", "recommendation": "Actualizar la Matriz de Marco Lógico.", "responsible": None,
         "commitment": "Se revisará la Matriz; se definirán indicadores.", "due": "2000-12", "due_text": "Dic. 2000",
         "compliance": "cumplido", "compliance_observation": None, "status": "fulfilled", "status_text": "CUMPLIDO",
         "verification": None},
        {"number": "2", "recommendation": ["Se recomienda:", {"list": ["Una política nacional.", "Una estrategia regional."]}],
         "responsible": "SERCOTEC", "commitment": "Se diseñará una metodología \"ad hoc\".", "due": "2001-06",
         "due_text": "Junio 2001", "compliance": "En curso.", "compliance_observation": "Falta el informe final.",
         "status": "partially_fulfilled", "status_text": "parcialmente cumplido", "verification": "Oficio Nº 123."},
    ]}

# ---- D: Excel "Texto (delimitado por tabulaciones)": tab, Windows-1252, CRLF; no header rows (and
# the same as "Texto Unicode": UTF-16LE with a BOM) ----
D_rows = [
    ['Recomendación', 'Compromiso', 'Fecha de Vencimiento', 'Cumplimiento', 'Calificación', 'N°'],
    ['Revisar la focalización.', 'Se ajustará el instrumento de selección.', '31/12/2005', 'Instrumento ajustado.',
     'Cumplido', '7'],
    ['Mejorar la coordinación.', 'Se firmará un convenio.\nSe evaluará en 2006.', '2006', '', 'No cumplido', '8'],
]
D_expected = {
    "cutoff_date": None, "issued_at": None, "program": None, "ministry": None, "service": None,
    "evaluation_year": None, "program_status": None, "exit_date": None, "observation": None,
    "commitments": [
        {"number": "7", "recommendation": "Revisar la focalización.", "responsible": None,
         "commitment": "Se ajustará el instrumento de selección.", "due": "2005-12-31", "due_text": "31/12/2005",
         "compliance": "Instrumento ajustado.", "compliance_observation": None, "status": "fulfilled",
         "status_text": "Cumplido", "verification": None},
        {"number": "8", "recommendation": "Mejorar la coordinación.", "responsible": None,
         "commitment": ["Se firmará un convenio.", "Se evaluará en 2006."], "due": "2006", "due_text": "2006",
         "compliance": None, "compliance_observation": None, "status": "not_fulfilled", "status_text": "No cumplido",
         "verification": None},
    ]}


def main():
    import json
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    with tempfile.TemporaryDirectory() as tmp:
        a = os.path.join(tmp, 'analista-encabezado-arriba.fods')
        open(a, 'w', encoding='utf-8').write(fods(A))
        soffice(a, 'ods', 'analista-encabezado-arriba.ods')
        # LibreOffice's own CSV of the same sheet: "," UTF-8 (filter token 76), dates as formatted.
        soffice(a, 'csv', 'libreoffice.csv', 'Text - txt - csv (StarCalc):44,34,76,1')
        b = os.path.join(tmp, 'analista-hoja-propia-1904.fods')
        open(b, 'w', encoding='utf-8').write(fods(B, null_date='1904-01-01'))
        soffice(b, 'xlsx', 'analista-hoja-propia-1904.xlsx', 'Calc MS Excel 2007 XML')
    open('excel-punto-y-coma-1252.csv', 'wb').write(excel_csv(C_rows, ';'))
    open('excel-texto-tabulado.txt', 'wb').write(excel_csv(D_rows, '\t'))
    # Excel's "Texto Unicode": the same table, tab-delimited, UTF-16LE with a BOM.
    open('excel-texto-unicode.txt', 'wb').write(
        b'\xff\xfe' + excel_csv(D_rows, '\t').decode('cp1252').encode('utf-16-le'))
    # A date cell reads as it is shown, as LibreOffice's CSV writes it: the same model.
    A_csv = A_expected
    for name, model in [('analista-encabezado-arriba.ods', A_expected), ('libreoffice.csv', A_csv),
                        ('analista-hoja-propia-1904.xlsx', B_expected), ('excel-punto-y-coma-1252.csv', C_expected),
                        ('excel-texto-tabulado.txt', D_expected), ('excel-texto-unicode.txt', D_expected)]:
        stem = name.rsplit('.', 1)[0]
        with open(stem + '.expected.json', 'w', encoding='utf-8') as f:
            json.dump(model, f, ensure_ascii=False, indent=2)
            f.write('\n')


if __name__ == '__main__':
    main()
