#!/usr/bin/python3
"""Turns a .docx zip into its Flat OPC form (<pkg:package>), independently of informe's code, so that a
package LibreOffice wrote (LibreOffice 7 cannot write or import Flat OPC) can be read as Flat OPC.
XML parts become pkg:xmlData, other parts base64 pkg:binaryData. Usage: docx_to_flat.py IN.docx OUT.xml"""
import base64
import sys
import zipfile
from xml.sax.saxutils import quoteattr


def main(source, target):
    z = zipfile.ZipFile(source)
    types = z.read("[Content_Types].xml").decode("utf-8")
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>',
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    for name in z.namelist():
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        data = z.read(name)
        ct = "application/xml"
        if name.endswith(".rels"):
            ct = "application/vnd.openxmlformats-package.relationships+xml"
        elif ('PartName="/' + name + '"') in types:
            ct = types.split('PartName="/' + name + '"')[1].split('ContentType="')[1].split('"')[0]
        if name.endswith((".xml", ".rels")):
            text = data.decode("utf-8")
            if text.startswith("<?xml"):
                text = text[text.index("?>") + 2:]
            out.append('<pkg:part pkg:name=%s pkg:contentType=%s><pkg:xmlData>%s</pkg:xmlData></pkg:part>'
                       % (quoteattr("/" + name), quoteattr(ct), text.strip()))
        else:
            out.append('<pkg:part pkg:name=%s pkg:contentType=%s pkg:compression="store"><pkg:binaryData>%s'
                       '</pkg:binaryData></pkg:part>' % (quoteattr("/" + name), quoteattr(ct),
                                                          base64.b64encode(data).decode("ascii")))
    out.append("</pkg:package>")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


main(sys.argv[1], sys.argv[2])
