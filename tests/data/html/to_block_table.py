#!/usr/bin/python3
"""Rewrites the commitments <table> of a legacy page (the table one of whose own rows has a cell
reading "Cumplimiento") as block elements, in one of two schemes, leaving every other byte as is.

  css:   <div class="rejilla"> / <div class="renglon"> / <div class="casilla"> with display:table CSS
  float: <ul class="lista"> / <li class="item"> / <div class="col colN"> floated, <span class="limpiar"></span>
         clearing each row

thead/tbody/tfoot tags are dropped (their rows become the container's own). Refuses pages whose table
has colspan or rowspan (spans have no block form).
usage: to_block_table.py SCHEME IN.html OUT.html
(the fixture tests/data/html/legacy-block-rows-sence-2011.html: to_block_table.py css
tests/data/corpus/legacy/sence-formacion-oficios-2011.html tests/data/html/legacy-block-rows-sence-2011.html)
"""
import re
import sys

scheme, src, dst = sys.argv[1:4]
text = open(src, encoding="latin-1").read()

tag_re = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|td|th)\b([^>]*)>", re.I)
tags = list(tag_re.finditer(text))

# owner table of each tag (the nearest enclosing <table>), by a stack
stack = []
owner = []  # per tag: index of the owning table's opening tag in `tags`
for i, m in enumerate(tags):
    close, name = m.group(1), m.group(2).lower()
    if name == "table":
        if close:
            owner.append(stack.pop())
        else:
            owner.append(stack[-1] if stack else None)
            stack.append(i)
        continue
    owner.append(stack[-1] if stack else None)

# the commitments table: a <td>/<th> of its own whose text (tags stripped) is "cumplimiento"
target = None
for i, m in enumerate(tags):
    if m.group(1) or m.group(2).lower() not in ("td", "th"):
        continue
    # the cell's text up to its closing tag
    close = re.compile(r"</t[dh]>", re.I).search(text, m.end())
    cell = re.sub(r"<[^>]*>", "", text[m.end():close.start()]).strip().lower()
    if cell == "cumplimiento":
        target = owner[i]
        break
if target is None:
    sys.exit("no commitments table")
# the table's own tags: its opening and closing tags and those whose owner it is
own = {target}
depth = 0
for i in range(target, len(tags)):
    m = tags[i]
    if m.group(2).lower() == "table":
        depth += -1 if m.group(1) else 1
        if depth == 0:
            own.add(i)
            break
        continue
    if owner[i] == target:
        own.add(i)
for i in own:
    if re.search(r"\b(col|row)span\b", tags[i].group(3), re.I):
        sys.exit("spans")

out = []
last = 0
column = 0
for i, m in enumerate(tags):
    if i not in own:
        continue
    out.append(text[last:m.start()])
    last = m.end()
    close, name = m.group(1), m.group(2).lower()
    if name in ("thead", "tbody", "tfoot"):
        continue
    if scheme == "css":
        cls = {"table": "rejilla", "tr": "renglon", "td": "casilla", "th": "casilla"}[name]
        out.append("</div>" if close else '<div class="%s">' % cls)
    else:
        if name == "table":
            out.append("</ul>" if close else '<ul class="lista">')
        elif name == "tr":
            if close:
                out.append('<span class="limpiar"></span></li>')
            else:
                column = 0
                out.append('<li class="item">')
        else:
            if close:
                out.append("</div>")
            else:
                out.append('<div class="col col%d">' % column)
                column += 1
out.append(text[last:])
result = "".join(out)
if scheme == "css":
    css = (".rejilla { display: table; width: 100%; border-collapse: collapse; }\n"
           ".renglon { display: table-row; }\n"
           ".casilla { display: table-cell; border: 1px solid #808080; padding: 4px; vertical-align: top; }\n")
else:
    css = (".lista { list-style: none; margin: 0; padding: 0; }\n"
           ".item { clear: both; border-bottom: 1px solid #808080; }\n"
           ".col { float: left; width: 22%; padding: 3px 1%; } .col0 { width: 4%; }\n"
           ".limpiar { display: block; clear: both; }\n")
if "</style>" in result:
    result = result.replace("-->\n</style>", css + "-->\n</style>", 1) if "-->\n</style>" in result else result.replace("</style>", css + "</style>", 1)
else:
    result = result.replace("</head>", '<style type="text/css">\n' + css + "</style>\n</head>", 1)
# where the page comes from, after the doctype
note = "<!-- %s, its commitments table rewritten as block elements by to_block_table.py %s -->\n" % (
    src.split("/")[-1], scheme)
first = result.find("\n") + 1
result = result[:first] + note + result[first:]
open(dst, "w", encoding="latin-1", newline="").write(result)
