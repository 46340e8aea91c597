#!/usr/bin/env python3
# div_table_page.py REPORT.json OUT.html [inline]: a 2000s-style legacy page (HTML 4, ISO-8859-1) whose
# commitments table is made of floated <div>s, as the corpus's doh page is, written from a report's
# canonical JSON: LibreOffice's writer_web export prints such a table as one column, cell after cell
# (layout/stacked_table.hpp). "inline": labels follow their cell's text after a space, not a blank line.
import json, sys, html
d = json.load(open(sys.argv[1])); out = sys.argv[2]; variant = sys.argv[3] if len(sys.argv) > 3 else ''
def rich(v):
    if v is None: return ''
    if isinstance(v, str): return html.escape(v)
    parts = []
    for b in v:
        if isinstance(b, str): parts.append(html.escape(b))
        else: parts.append('<ol type="a" style="margin-top:2px;margin-bottom:2px">' + ''.join('<li>%s</li>' % html.escape(i) for i in b['list']) + '</ol>')
    return '<br><br>'.join(parts)
sep = ' ' if variant == 'inline' else '<br><br>'
def lab(name, val):
    return '<b>%s:</b> %s' % (name, val)
def dmy(iso):
    if not iso: return ''
    y, m, dd = (iso.split('T')[0].split('-') + ['', ''])[:3]
    return '-'.join(x for x in (dd, m, y) if x)
rows = []
for c in d['commitments']:
    c1 = rich(c['recommendation'])
    if c.get('responsible'): c1 += (sep if c1 else '') + lab('Organismo Responsable', html.escape(c['responsible']))
    c2 = rich(c['commitment'])
    if c.get('due_text'): c2 += (sep if c2 else '') + lab('Fecha de Vencimiento', html.escape(c['due_text']))
    c3 = rich(c['compliance'])
    for name, key in (('Observación', 'compliance_observation'), ('Calificación', 'status_text'), ('Medios de Verificación', 'verification')):
        v = c.get(key)
        if v: c3 += (sep if c3 else '') + lab(name, rich(v) if key != 'status_text' else html.escape(v))
    rows.append('<div class="fila">\n<div class="celda c0">%s</div>\n<div class="celda c1">%s</div>\n<div class="celda c2">%s</div>\n<div class="celda c3">%s</div>\n<div class="fin"></div></div>' % (c['number'], c1 or '&nbsp;', c2 or '&nbsp;', c3 or '&nbsp;'))
head = []
def hf(name, v):
    if v: head.append('<b>%s:</b> %s<br>' % (name, html.escape(v)))
hf('Programa/Institución', d.get('program')); hf('Ministerio', d.get('ministry')); hf('Servicio', d.get('service'))
hf('Año', str(d['evaluation_year']) if d.get('evaluation_year') else None); hf('Calificación', d.get('program_status'))
if d.get('exit_date'): hf('Fecha Egreso', dmy(d['exit_date']))
obs = ('<br><b>Observación:</b> ' + rich(d['observation'])) if d.get('observation') else ''
title = 'INFORME DE CUMPLIMIENTO DE COMPROMISOS AL ' + dmy(d.get('cutoff_date'))
issued = d.get('issued_at') or ''
if issued:
    dt = issued.split('T'); issued = dmy(dt[0]) + (' ; ' + dt[1][:8] if len(dt) > 1 else '')
page = '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>DIPRES</title>
<style type="text/css">
#compromisos { clear: both; width: 100%%; }
#compromisos .fila { clear: both; border-bottom: 1px solid #808080; }
#compromisos .celda { float: left; padding: 3px 1%%; font-family: Arial, sans-serif; font-size: 12px; }
#compromisos .fin { clear: both; height: 0; }
#compromisos .c0 { width: 4%%; } #compromisos .c1 { width: 28%%; } #compromisos .c2 { width: 26%%; } #compromisos .c3 { width: 34%%; }
</style></head><body>
<div><b>%s</b></div>
<div><b>Fecha del Informe:</b> %s</div>
<font face="Arial" size="2">%s%s</font>
<div id="compromisos">
<div class="fila"><div class="celda c0">N&deg;</div><div class="celda c1">Recomendaci&oacute;n</div><div class="celda c2">Compromiso</div><div class="celda c3">Cumplimiento</div><div class="fin"></div></div>
%s
</div></body></html>
''' % (title, issued, ''.join(head), obs, '\n'.join(rows))
open(out, 'w', encoding='iso-8859-1', errors='xmlcharrefreplace').write(page)
