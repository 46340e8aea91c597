#!/usr/bin/env python3
# header_across_page.py REPORT.json OUT.html OUT.json: the report as a legacy page in dga's shape (a
# header laid across: "Programa/Institución:  Ministerio:  Servicio:" over their values), with a longer
# program name ("... y de Apoyo a la Gestión Territorial de los Servicios Regionales"), so that the
# values wrap in their cells; OUT.json is the report so changed, the model the page must read to.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus"))
import legacy_html, presentation  # noqa: E402

report = json.load(open(sys.argv[1], encoding="utf-8"))
report["program"] = report["program"] + " y de Apoyo a la Gestión Territorial de los Servicios Regionales"
page = legacy_html.Page(report, presentation.SHAPES["dga-fiscalizacion-policia-aguas-2009"]).render()
pathlib.Path(sys.argv[2]).write_bytes(page if isinstance(page, bytes) else page.encode("iso-8859-1", "xmlcharrefreplace"))
json.dump(report, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
