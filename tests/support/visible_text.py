#!/usr/bin/python3
"""Prints the visible text of an input for the word-accounting test: a PDF's text layer (pdftotext -layout, which keeps hyphens at line ends),
an HTML page's text nodes (in its declared charset), a Word document's text (body, headers, footers, notes; deleted text
and field instructions left out), a spreadsheet's cells as shown, a text file without its markup."""
import html.parser, re, subprocess, sys

path = sys.argv[1]
data = open(path, 'rb').read()
if path.endswith('.pdf'):
    sys.stdout.write(subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', path, '-'], check=True,
                                    capture_output=True).stdout.decode('utf-8'))
elif path.endswith(('.html', '.htm', '.xhtml')):
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        text = data.decode('windows-1252', errors='replace')

    class Text(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.skip = 0
            self.out = []

        def handle_starttag(self, tag, attrs):
            if tag in ('script', 'style', 'head', 'title'):
                self.skip += 1

        def handle_endtag(self, tag):
            if tag in ('script', 'style', 'head', 'title') and self.skip:
                self.skip -= 1

        def handle_data(self, d):
            if not self.skip:
                self.out.append(d)

    p = Text()
    p.feed(text)
    sys.stdout.write(' '.join(p.out))
elif path.endswith('.docx'):
    import io, zipfile
    import xml.etree.ElementTree as ET
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = sorted(n for n in z.namelist() if re.fullmatch(r'word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml', n))
    out = []
    for name in parts:
        for p in ET.fromstring(z.read(name)).iter(W + 'p'):
            pieces = []
            for e in p.iter():
                if e.tag == W + 't':
                    pieces.append(e.text or '')
                elif e.tag in (W + 'tab', W + 'br', W + 'cr'):
                    pieces.append(' ')
            out.append(''.join(pieces))
    sys.stdout.write('\n'.join(out))
elif path.endswith('.xlsx'):  # every cell's text as shown (numbers as typed, dates in their dd-mm-yyyy format)
    import datetime, io
    from openpyxl import load_workbook
    out = []
    for ws in load_workbook(io.BytesIO(data)).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, datetime.datetime):
                    v = v.strftime('%d-%m-%Y') if 'dd-mm-yyyy' in c.number_format else v.date().isoformat()
                elif isinstance(v, float) and v.is_integer():
                    v = int(v)
                if v is not None:
                    out.append(str(v))
    sys.stdout.write('\n'.join(out))
else:
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        text = data.decode('latin-1')
    sys.stdout.write(html.unescape(re.sub(r'<[^>]{0,200}>', ' ', text)))
