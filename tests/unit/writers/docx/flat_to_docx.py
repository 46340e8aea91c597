#!/usr/bin/python3
"""Turns a Flat OPC file (<pkg:package>) into a .docx zip, independently of informe's code, so that
clients without Flat OPC import (LibreOffice 7, python-docx) can check what the Flat OPC file holds.
Usage: flat_to_docx.py FLAT.xml OUT.docx"""
import base64
import sys
import zipfile
from lxml import etree as ET  # keeps the documents' own namespace prefixes

PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"

def main(source, target):
    root = ET.parse(source).getroot()
    assert root.tag == PKG + "package", root.tag
    parts = []
    for part in root.findall(PKG + "part"):
        name = part.get(PKG + "name")
        content_type = part.get(PKG + "contentType")
        xml_data = part.find(PKG + "xmlData")
        if xml_data is not None:
            children = list(xml_data)
            assert len(children) == 1, name
            data = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ET.tostring(children[0], encoding="utf-8")
        else:
            data = base64.b64decode("".join(part.find(PKG + "binaryData").text.split()))
        parts.append((name.lstrip("/"), content_type, data))
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
             '<Default Extension="xml" ContentType="application/xml"/>']
    for name, content_type, _ in parts:
        if not name.endswith(".rels"):
            types.append('<Override PartName="/%s" ContentType="%s"/>' % (name, content_type))
    types.append("</Types>")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(types))
        for name, _, data in parts:
            z.writestr(name, data)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
