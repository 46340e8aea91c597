#!/usr/bin/env python3
"""The PDF/A-2 (ISO 19005-2) and PDF/UA-1 (ISO 14289-1) requirements that apply to informe's PDFs, as an
executable checklist over qpdf's JSON (veraPDF, the reference validator, is not packaged in Debian).

    pdf_checklist.py FILE.pdf [--standard none|a-2b|a-2u|a-2a]

Prints one line per check, "ok NAME [CLAUSE]" or "FAIL NAME [CLAUSE]: why", and exits 1 when a check
fails. Clauses are ISO 19005-2's (A-2 x.y.z, the numbering veraPDF's rule ids follow) and ISO 14289-1's
(UA-1 x.y); the structure checks also cite ISO 32000-1 (PDF 1.7). With --standard none only the tagging
and accessibility checks apply. A helper of tests/cli/pdf_standard.sh, not a test itself.
"""
import argparse
import base64
import json
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

# ---- qpdf's JSON (version 2) ----


class Pdf:
    def __init__(self, path):
        self.raw = open(path, 'rb').read()
        out = subprocess.run(['qpdf', '--json=2', '--json-stream-data=inline', '--decode-level=generalized', path],
                             capture_output=True, check=False)
        if not out.stdout:
            raise SystemExit('qpdf cannot read %s: %s' % (path, out.stderr.decode(errors='replace')))
        j = json.loads(out.stdout)
        self.objects = {}
        for key, value in j['qpdf'][1].items():
            self.objects[key[4:] if key.startswith('obj:') else key] = value
        self.trailer = self.objects['trailer']['value']
        self.pages = [p['object'] for p in j['pages']]

    def resolve(self, v):
        while isinstance(v, str) and v.endswith(' R'):
            o = self.objects.get(v)
            if o is None:
                return None
            v = o['stream']['dict'] if 'stream' in o else o.get('value')
        return v

    def stream(self, ref):
        o = self.objects.get(ref) if isinstance(ref, str) else None
        return o.get('stream') if o else None

    def data(self, ref):
        s = self.stream(ref)
        return base64.b64decode(s['data']) if s and 'data' in s else b''

    def catalog(self):
        return self.resolve(self.trailer['/Root'])


def text_of(v):
    """A PDF string from qpdf's JSON ("u:text" or "b:hex") as text."""
    if not isinstance(v, str):
        return None
    if v.startswith('u:'):
        return v[2:]
    if v.startswith('b:'):
        b = bytes.fromhex(v[2:])
        if b.startswith(b'\xfe\xff'):
            return b[2:].decode('utf-16-be')
        return b.decode('latin-1')
    return v


# ---- Content streams ----

TOKEN = re.compile(rb'\s*(?:(%[^\r\n]*)|(\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))|(<<|>>|<[0-9A-Fa-f\s]*>)|'
                   rb'(\[|\])|(/[^\s/\[\]()<>{}%]*)|([^\s/\[\]()<>{}%]+))', re.S)
TEXT_SHOW = {b'Tj', b'TJ', b"'", b'"'}
PATH_PAINT = {b'S', b's', b'f', b'F', b'f*', b'B', b'B*', b'b', b'b*', b'sh', b'Do'}


def operators(data):
    """(operator, operands) of a content stream; dictionaries and arrays are kept as token lists."""
    operands = []
    depth = 0
    for m in TOKEN.finditer(data):
        comment, string, angle, bracket, name, word = m.groups()
        if comment:
            continue
        tok = string or angle or bracket or name or word
        if tok is None:
            continue
        if tok in (b'<<', b'['):
            depth += 1
        elif tok in (b'>>', b']'):
            depth -= 1
        if depth or string or angle or bracket or name or tok in (b'>>', b']') or re.fullmatch(rb'[-+.0-9]+', tok) \
                or tok in (b'true', b'false', b'null'):
            operands.append(tok)
            continue
        yield tok, operands
        operands = []


def marked_content(data):
    """Walks a content stream: per text-showing or painting operator, the stack of open marked-content tags
    (name, MCID or None); also every MCID opened, and nesting errors."""
    stack, shows, mcids, errors = [], [], [], []
    for op, args in operators(data):
        if op in (b'BMC', b'BDC'):
            tag = args[0].decode() if args else '?'
            mcid = None
            if op == b'BDC':
                m = re.search(rb'/MCID\s*(\d+)', b' '.join(args))
                if m:
                    mcid = int(m.group(1))
                    mcids.append((mcid, tag))
            stack.append((tag, mcid))
        elif op == b'EMC':
            if not stack:
                errors.append('EMC without BMC/BDC')
            else:
                stack.pop()
        elif op in TEXT_SHOW or op in PATH_PAINT:
            shows.append((op.decode(), list(stack)))
    if stack:
        errors.append('%d marked-content sequences left open' % len(stack))
    return shows, mcids, errors


# ---- Embedded TrueType fonts ----


def truetype_tables(font):
    n = struct.unpack('>H', font[4:6])[0]
    tables = {}
    for i in range(n):
        tag, _, off, length = struct.unpack('>4sIII', font[12 + 16 * i:28 + 16 * i])
        tables[tag.decode('latin-1')] = font[off:off + length]
    return tables


def truetype_metrics(font):
    """(units per em, advances by glyph id, {(platform, encoding): {code: glyph}})."""
    t = truetype_tables(font)
    upem = struct.unpack('>H', t['head'][18:20])[0]
    nmetrics = struct.unpack('>H', t['hhea'][34:36])[0]
    hmtx = t.get('hmtx', b'')
    advances = [struct.unpack('>H', hmtx[4 * i:4 * i + 2])[0] for i in range(min(nmetrics, len(hmtx) // 4))]
    cmaps = {}
    cmap = t.get('cmap', b'')
    if len(cmap) >= 4:
        for i in range(struct.unpack('>H', cmap[2:4])[0]):
            pid, eid, off = struct.unpack('>HHI', cmap[4 + 8 * i:12 + 8 * i])
            sub = cmap[off:]
            fmt = struct.unpack('>H', sub[0:2])[0]
            table = {}
            if fmt == 4:
                segs = struct.unpack('>H', sub[6:8])[0] // 2
                ends = struct.unpack('>%dH' % segs, sub[14:14 + 2 * segs])
                base = 16 + 2 * segs
                starts = struct.unpack('>%dH' % segs, sub[base:base + 2 * segs])
                deltas = struct.unpack('>%dh' % segs, sub[base + 2 * segs:base + 4 * segs])
                ro_at = base + 4 * segs
                ranges = struct.unpack('>%dH' % segs, sub[ro_at:ro_at + 2 * segs])
                for s in range(segs):
                    for c in range(starts[s], ends[s] + 1):
                        if c == 0xFFFF:
                            continue
                        if ranges[s] == 0:
                            g = (c + deltas[s]) & 0xFFFF
                        else:
                            at = ro_at + 2 * s + ranges[s] + 2 * (c - starts[s])
                            g = struct.unpack('>H', sub[at:at + 2])[0] if at + 2 <= len(sub) else 0
                            if g:
                                g = (g + deltas[s]) & 0xFFFF
                        if g:
                            table[c] = g
            elif fmt == 0:
                table = {c: g for c, g in enumerate(sub[6:262]) if g}
            cmaps[(pid, eid)] = table
    return upem, advances, cmaps


WINANSI = {i: i for i in list(range(0x20, 0x7F)) + list(range(0xA0, 0x100))}
WINANSI.update({0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
                0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
                0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
                0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178})
AGL_SIMPLE = re.compile(r'^(uni[0-9A-F]{4}|u[0-9A-F]{4,6}|[A-Za-z][A-Za-z0-9._]*)$')


def glyph_name_unicode(name):
    m = re.fullmatch(r'uni([0-9A-F]{4})|u([0-9A-F]{4,6})', name)
    if m:
        return int(m.group(1) or m.group(2), 16)
    return None


# ---- The checklist ----


class Checklist:
    def __init__(self, pdf, standard):
        self.pdf = pdf
        self.standard = standard
        self.pdfa = standard != 'none'
        self.results = []
        self.painted = 0

    def check(self, name, clause, problems, note=''):
        problems = [p for p in problems if p]
        self.results.append((name, clause, problems, note))

    # -- file structure --
    def file_structure(self):
        raw = self.pdf.raw
        self.check('header', 'A-2 6.1.2', [None if re.match(rb'%PDF-1\.[0-7]\r?\n', raw) else
                                           'the file does not start with %PDF-1.n'])
        second = raw.split(b'\n', 2)[1] if raw.count(b'\n') > 1 else b''
        self.check('binary-comment', 'A-2 6.1.2', [None if second.startswith(b'%') and
                                                   sum(b > 127 for b in second[1:5]) == 4 else
                                                   'the second line is not a comment of four bytes above 127'])
        self.check('file-id', 'A-2 6.1.3', [None if isinstance(self.pdf.trailer.get('/ID'), list) and
                                            len(self.pdf.trailer['/ID']) == 2 else 'no /ID in the trailer'])
        self.check('no-encryption', 'A-2 6.1.3', ['/Encrypt in the trailer' if '/Encrypt' in self.pdf.trailer else None])
        tail = raw[raw.rfind(b'%%EOF') + 5:]
        self.check('nothing-after-eof', 'A-2 6.1.3', [None if tail in (b'', b'\n', b'\r\n', b'\r') else
                                                      '%d bytes after the last %%%%EOF' % len(tail)])
        problems = []
        for ref, o in self.pdf.objects.items():
            if 'stream' not in o:
                continue
            d = o['stream']['dict']
            for key in ('/F', '/FFilter', '/FDecodeParms'):
                if key in d:
                    problems.append('%s: stream with %s (external file)' % (ref, key))
            filters = d.get('/Filter')
            filters = filters if isinstance(filters, list) else [filters]
            if '/LZWDecode' in filters:
                problems.append('%s: LZWDecode' % ref)
        self.check('streams', 'A-2 6.1.7', problems)

    # -- forbidden features --
    def forbidden(self):
        problems = []

        def walk(v, where):
            if isinstance(v, dict):
                for k, x in v.items():
                    if k in ('/JS', '/JavaScript', '/AA'):
                        problems.append('%s: %s' % (where, k))
                    if k == '/S' and x in ('/JavaScript', '/Launch', '/Sound', '/Movie', '/ResetForm', '/ImportData'):
                        problems.append('%s: action %s' % (where, x))
                    if k == '/S' and x == '/Transparency':
                        problems.append('%s: transparency group' % where)
                    if k == '/SMask' and x != '/None':
                        problems.append('%s: soft mask' % where)
                    if k in ('/CA', '/ca') and isinstance(x, (int, float)) and x != 1:
                        problems.append('%s: constant alpha %s' % (where, x))
                    walk(x, where)
            elif isinstance(v, list):
                for x in v:
                    walk(x, where)

        for ref, o in self.pdf.objects.items():
            walk(o['stream']['dict'] if 'stream' in o else o.get('value'), ref)
        self.check('no-javascript-actions-transparency', 'A-2 6.2.10, 6.5.1, 6.5.2', problems)

    # -- colour --
    def output_intent(self):
        cat = self.pdf.catalog()
        intents = self.pdf.resolve(cat.get('/OutputIntents')) or []
        problems = []
        pdfa = [self.pdf.resolve(i) for i in intents]
        pdfa = [i for i in pdfa if i and i.get('/S') == '/GTS_PDFA1']
        if len(pdfa) != 1:
            problems.append('%d /GTS_PDFA1 output intents (one wanted)' % len(pdfa))
        else:
            profile_ref = pdfa[0].get('/DestOutputProfile')
            icc = self.pdf.data(profile_ref)
            d = self.pdf.resolve(profile_ref) or {}
            if len(icc) < 128 or icc[36:40] != b'acsp':
                problems.append('DestOutputProfile is not an ICC profile')
            else:
                if icc[16:20] != b'RGB ' or d.get('/N') != 3:
                    problems.append('profile colour space %r, /N %s (RGB, 3 wanted)' % (icc[16:20], d.get('/N')))
                if icc[12:16] not in (b'mntr', b'prtr'):
                    problems.append('profile class %r (mntr or prtr wanted)' % icc[12:16])
                if icc[8] > 4:
                    problems.append('ICC version %d (at most 4 for PDF 1.7)' % icc[8])
        self.check('output-intent', 'A-2 6.2.3', problems)

    def device_colour(self, uses_rgb):
        cat = self.pdf.catalog()
        intents = [self.pdf.resolve(i) for i in self.pdf.resolve(cat.get('/OutputIntents')) or []]
        rgb = any(i and i.get('/S') == '/GTS_PDFA1' and self.pdf.data(i.get('/DestOutputProfile'))[16:20] == b'RGB '
                  for i in intents)
        self.check('device-rgb-has-rgb-intent', 'A-2 6.2.4.3',
                   ['DeviceRGB (rg/RG) used without an RGB output intent' if uses_rgb and not rgb else None])

    # -- fonts --
    def fonts(self):
        fonts = {}
        for page in self.pdf.pages:
            res = self.pdf.resolve(self.pdf.resolve(page).get('/Resources')) or {}
            for name, ref in (self.pdf.resolve(res.get('/Font')) or {}).items():
                fonts[ref] = self.pdf.resolve(ref)
        embedded, widths, unicode, encoding, cid_map = [], [], [], [], []
        compared = 0
        for ref, font in fonts.items():
            sub = font.get('/Subtype')
            base = font.get('/BaseFont', ref)
            desc_font = self.pdf.resolve(font['/DescendantFonts'][0]) if sub == '/Type0' else font
            desc = self.pdf.resolve(desc_font.get('/FontDescriptor')) or {}
            file_ref = desc.get('/FontFile2') or desc.get('/FontFile') or desc.get('/FontFile3')
            if not file_ref:
                embedded.append('%s (%s): no font program' % (base, ref))
                continue
            if '/ToUnicode' not in font:
                unicode.append('%s: no /ToUnicode' % base)
            if desc_font.get('/Subtype') == '/CIDFontType2' and '/CIDToGIDMap' not in desc_font:
                cid_map.append('%s: CIDFontType2 without /CIDToGIDMap' % base)
            if not desc.get('/FontFile2'):
                continue
            try:
                upem, advances, cmaps = truetype_metrics(self.pdf.data(file_ref))
            except (KeyError, struct.error, IndexError) as e:
                widths.append('%s: unreadable TrueType program (%s)' % (base, e))
                continue

            def advance(glyph):
                if not advances:
                    return 0
                return advances[min(glyph, len(advances) - 1)] * 1000.0 / upem

            if sub == '/TrueType':
                flags = desc.get('/Flags', 0)
                symbolic = bool(flags & 4)
                enc = self.pdf.resolve(font.get('/Encoding'))
                codes = dict(WINANSI)
                if isinstance(enc, dict):
                    diff_code = None
                    for item in enc.get('/Differences', []):
                        if isinstance(item, int):
                            diff_code = item
                        else:
                            name = item[1:]
                            if not AGL_SIMPLE.match(name):
                                encoding.append('%s: glyph name %s not in the AGL convention' % (base, name))
                            u = glyph_name_unicode(name)
                            if u is not None:
                                codes[diff_code] = u
                            diff_code += 1
                    base_enc = enc.get('/BaseEncoding')
                else:
                    base_enc = enc
                if not symbolic:
                    if base_enc not in ('/WinAnsiEncoding', '/MacRomanEncoding'):
                        encoding.append('%s: non-symbolic with encoding %s' % (base, base_enc))
                    if (3, 1) not in cmaps:
                        encoding.append('%s: non-symbolic without a (3,1) cmap subtable' % base)
                if symbolic:  # codes select glyphs through the (3,0) or (1,0) subtable (ISO 32000-1 9.6.6.4)
                    ms, mac = cmaps.get((3, 0), {}), cmaps.get((1, 0), {})
                    cmap = {c: ms.get(0xF000 + c, ms.get(c)) if ms else mac.get(c) for c in range(256)}
                    codes = {c: c for c in range(256)}
                else:
                    cmap = cmaps.get((3, 1), {})
                first = font.get('/FirstChar', 0)
                for i, w in enumerate(font.get('/Widths', [])):
                    code = first + i
                    if not w or code not in codes:
                        continue
                    glyph = cmap.get(codes[code])
                    if glyph is None:
                        continue  # not drawn: the subset left it out
                    compared += 1
                    if abs(advance(glyph) - w) > 1:
                        widths.append('%s: code %d width %s, font program %.1f' % (base, code, w, advance(glyph)))
            elif sub == '/Type0':
                w = desc_font.get('/W', [])
                i = 0
                while i + 1 < len(w):
                    start = w[i]
                    if isinstance(w[i + 1], list):
                        for k, value in enumerate(w[i + 1]):
                            compared += 1
                            if abs(advance(start + k) - value) > 1:
                                widths.append('%s: glyph %d width %s, font program %.1f' %
                                              (base, start + k, value, advance(start + k)))
                        i += 2
                    else:
                        for g in range(start, w[i + 1] + 1):
                            if abs(advance(g) - w[i + 2]) > 1:
                                widths.append('%s: glyph %d width %s, font program %.1f' % (base, g, w[i + 2], advance(g)))
                        i += 3
        self.font_count = len(fonts)
        self.check('fonts-embedded', 'A-2 6.2.11.4.1, UA-1 7.21.4.1', embedded)
        self.check('font-widths-match-program', 'A-2 6.2.11.5', widths,
                   '%d widths of %d fonts compared' % (compared, len(fonts)))
        self.check('truetype-encoding-and-cmap', 'A-2 6.2.11.6', encoding)
        self.check('cid-to-gid-map', 'A-2 6.2.11.3.2', cid_map)
        self.check('fonts-have-tounicode', 'A-2 6.2.11.7.2, UA-1 7.21.7', unicode)

    # -- metadata --
    def metadata(self):
        cat = self.pdf.catalog()
        ref = cat.get('/Metadata')
        problems = []
        xmp = b''
        if not ref or not self.pdf.stream(ref):
            problems.append('no /Metadata stream in the catalogue')
        else:
            d = self.pdf.stream(ref)['dict']
            if d.get('/Type') != '/Metadata' or d.get('/Subtype') != '/XML':
                problems.append('metadata stream is not /Type /Metadata /Subtype /XML')
            if '/Filter' in d:
                problems.append('metadata stream is filtered')
            xmp = self.pdf.data(ref)
            head = re.match(rb'<\?xpacket ([^?]*)\?>', xmp)
            if not head:
                problems.append('no xpacket header')
            elif re.search(rb'\b(bytes|encoding)=', head.group(1)):
                problems.append('xpacket header with bytes or encoding')
        root = None
        try:
            if xmp:
                root = ET.fromstring(xmp.decode('utf-8'))
        except (ET.ParseError, UnicodeDecodeError) as e:
            problems.append('XMP is not well-formed XML: %s' % e)
        self.check('xmp-metadata-stream', 'A-2 6.6.2.1, UA-1 7.1', problems)
        self.xmp = root
        return root

    def xmp_values(self):
        root = self.xmp
        rdf = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}'
        values = {}
        if root is None:
            return values
        for desc in root.iter(rdf + 'Description'):
            for attr, v in desc.attrib.items():
                values[attr] = v
            for child in desc:
                lis = list(child.iter(rdf + 'li'))
                if child.tag.endswith('}schemas'):
                    continue
                values[child.tag] = [li.text or '' for li in lis] if lis else (child.text or '')
        return values

    def pdfa_identification(self):
        v = self.xmp_values()
        ns = '{http://www.aiim.org/pdfa/ns/id/}'
        part, conf = v.get(ns + 'part'), v.get(ns + 'conformance')
        want = self.standard[-1].upper()
        self.check('pdfa-identification', 'A-2 6.6.4',
                   [None if part == '2' else 'pdfaid:part is %r, not 2' % part,
                    None if conf == want else 'pdfaid:conformance is %r, not %s' % (conf, want)])

    def extension_schemas(self):
        """Properties outside the XMP 2005 schemas need an extension schema (6.6.2.3.1)."""
        root = self.xmp
        if root is None:
            return self.check('xmp-extension-schemas', 'A-2 6.6.2.3.1', ['no XMP'])
        predefined = {'http://purl.org/dc/elements/1.1/', 'http://ns.adobe.com/xap/1.0/', 'http://ns.adobe.com/pdf/1.3/',
                      'http://ns.adobe.com/xap/1.0/rights/', 'http://ns.adobe.com/xap/1.0/mm/',
                      'http://www.aiim.org/pdfa/ns/id/', 'http://www.aiim.org/pdfa/ns/extension/',
                      'http://www.aiim.org/pdfa/ns/schema#', 'http://www.aiim.org/pdfa/ns/property#',
                      'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'adobe:ns:meta/',
                      'http://ns.adobe.com/xap/1.0/sType/ResourceRef#', 'http://ns.adobe.com/xap/1.0/sType/ResourceEvent#',
                      'http://ns.adobe.com/photoshop/1.0/', 'http://ns.adobe.com/tiff/1.0/', 'http://ns.adobe.com/exif/1.0/'}
        declared = {e.text for e in root.iter('{http://www.aiim.org/pdfa/ns/schema#}namespaceURI')}
        used = set()
        rdf = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}'
        for desc in root.iter(rdf + 'Description'):
            for child in desc:
                if child.tag.startswith('{'):
                    used.add(child.tag[1:].split('}')[0])
        missing = sorted(u for u in used - predefined - declared)
        self.check('xmp-extension-schemas', 'A-2 6.6.2.3.1',
                   ['namespace %s used without an extension schema' % m for m in missing])

    def info_matches_xmp(self):
        v = self.xmp_values()
        info = self.pdf.resolve(self.pdf.trailer.get('/Info')) or {}
        dc, pdf_ns, xmp_ns = ('{http://purl.org/dc/elements/1.1/}', '{http://ns.adobe.com/pdf/1.3/}',
                              '{http://ns.adobe.com/xap/1.0/}')
        pairs = [('/Title', dc + 'title'), ('/Author', dc + 'creator'), ('/Subject', dc + 'description'),
                 ('/Keywords', pdf_ns + 'Keywords'), ('/Creator', xmp_ns + 'CreatorTool'),
                 ('/Producer', pdf_ns + 'Producer'), ('/CreationDate', xmp_ns + 'CreateDate'),
                 ('/ModDate', xmp_ns + 'ModifyDate')]
        problems = []
        for key, prop in pairs:
            if key not in info:
                continue
            a = text_of(info[key])
            b = v.get(prop)
            if isinstance(b, list):
                b = b[0] if len(b) == 1 else '; '.join(b)
            if key.endswith('Date'):
                m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'?\d\d'?)?", a or '')
                a = m and '%s-%s-%sT%s:%s:%s' % m.groups()[:6] + ('Z' if (m.group(7) or 'Z') == 'Z' else
                                                                  m.group(7).replace("'", '')[:3] + ':' +
                                                                  m.group(7).replace("'", '')[3:5])
            if a != b:
                problems.append('Info %s %r, XMP %r' % (key, a, b))
        self.check('info-equals-xmp', 'A-1 6.7.3, kept for A-2: Info entries equal their XMP properties', problems)

    # -- logical structure, PDF/UA --
    def structure(self):
        pdf = self.pdf
        cat = pdf.catalog()
        v = self.xmp_values()
        self.check('pdfua-identification', 'UA-1 5',
                   [None if v.get('{http://www.aiim.org/pdfua/ns/id/}part') == '1' else 'no pdfuaid:part 1 in the XMP'])
        title = v.get('{http://purl.org/dc/elements/1.1/}title')
        self.check('dc-title', 'UA-1 7.1', [None if title and title[0].strip() else 'no dc:title in the XMP'])
        prefs = pdf.resolve(cat.get('/ViewerPreferences')) or {}
        self.check('display-doc-title', 'UA-1 7.1',
                   [None if prefs.get('/DisplayDocTitle') is True else 'ViewerPreferences /DisplayDocTitle is not true'])
        mark = pdf.resolve(cat.get('/MarkInfo')) or {}
        self.check('mark-info-marked', 'A-2 6.7.2.2, UA-1 7.1',
                   [None if mark.get('/Marked') is True else '/MarkInfo /Marked is not true'])
        lang = text_of(cat.get('/Lang'))
        self.check('natural-language', 'A-2 6.7.4, UA-1 7.2',
                   [None if lang and re.fullmatch(r'[A-Za-z]{2,3}(-[A-Za-z0-9]+)*', lang) else 'no /Lang: %r' % lang])
        tabs = [p for p in pdf.pages if (pdf.resolve(p) or {}).get('/Tabs') != '/S']
        self.check('tabs-structure-order', 'UA-1 7.18.3', ['page %s without /Tabs /S' % p for p in tabs])

        root = pdf.resolve(cat.get('/StructTreeRoot'))
        if not root:
            self.check('struct-tree-root', 'A-2 6.7.3, UA-1 7.1', ['no /StructTreeRoot'])
            self.content(None)
            return
        self.check('struct-tree-root', 'A-2 6.7.3, UA-1 7.1', [None if root.get('/K') else 'an empty structure tree'])
        # Walk the tree: every element's type, parent type, and the MCIDs it owns (page, mcid).
        standard = {'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
                    'NonStruct', 'Private', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody',
                    'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference',
                    'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure',
                    'Formula', 'Form'}
        rolemap = pdf.resolve(root.get('/RoleMap')) or {}
        owned = {}   # (page ref, mcid) -> element ref
        elements = []  # (ref, type, parent type, element)
        problems_types, problems_parent = [], []
        seen = set()

        def visit(ref, parent_type):
            if ref in seen:
                problems_parent.append('%s is reached twice' % ref)
                return
            seen.add(ref)
            e = pdf.resolve(ref)
            t = (e.get('/S') or '/?')[1:]
            t = (rolemap.get('/' + t) or '/' + t)[1:]
            if t not in standard:
                problems_types.append('%s: /S /%s is not a standard type and not role-mapped' % (ref, t))
            elements.append((ref, t, parent_type, e))
            kids = e.get('/K', [])
            kids = kids if isinstance(kids, list) else [kids]
            for k in kids:
                if isinstance(k, int):
                    owned[(e.get('/Pg'), k)] = ref
                elif isinstance(k, dict) and k.get('/Type') == '/MCR':
                    owned[(k.get('/Pg') or e.get('/Pg'), k.get('/MCID'))] = ref
                elif isinstance(k, str) and k.endswith(' R'):
                    kd = pdf.resolve(k)
                    if isinstance(kd, dict) and kd.get('/Type') == '/MCR':
                        owned[(kd.get('/Pg') or e.get('/Pg'), kd.get('/MCID'))] = ref
                    else:
                        if isinstance(kd, dict) and kd.get('/P') != ref:
                            problems_parent.append('%s: /P is not its parent %s' % (k, ref))
                        visit(k, t)

        top = root.get('/K')
        for k in top if isinstance(top, list) else [top]:
            visit(k, 'StructTreeRoot')
        self.check('standard-structure-types', 'UA-1 7.1, ISO 32000-1 14.8.4', problems_types)
        allowed_parents = {'TR': {'Table', 'THead', 'TBody', 'TFoot'}, 'TH': {'TR'}, 'TD': {'TR'},
                           'THead': {'Table'}, 'TBody': {'Table'}, 'TFoot': {'Table'},
                           'LI': {'L'}, 'Lbl': {'LI'}, 'LBody': {'LI'}}
        for ref, t, parent, e in elements:
            if t in allowed_parents and parent not in allowed_parents[t]:
                problems_parent.append('%s: %s inside %s' % (ref, t, parent))
        self.check('struct-parents', 'ISO 32000-1 14.7.2', [p for p in problems_parent if '/P ' in p or 'twice' in p])
        self.check('tables-and-lists-well-formed', 'UA-1 7.5, 7.6, ISO 32000-1 14.8.4.3',
                   [p for p in problems_parent if ' inside ' in p])
        scope = []
        types = [t for _, t, _, _ in elements]
        for ref, t, parent, e in elements:
            if t == 'TH':
                a = pdf.resolve(e.get('/A')) or {}
                attrs = a if isinstance(a, list) else [a]
                if not any((pdf.resolve(x) or {}).get('/Scope') in ('/Row', '/Column', '/Both') for x in attrs):
                    scope.append('%s: TH without /Scope' % ref)
        if 'Table' in types and 'TH' not in types:
            scope.append('a table without header cells')
        self.check('table-headers-with-scope', 'UA-1 7.5', scope)
        headings = [int(t[1]) for t in types if re.fullmatch(r'H[1-6]', t)]
        skip = ['heading H%d after H%d' % (b, a) for a, b in zip([0] + headings, headings) if b > a + 1]
        self.check('heading-levels', 'UA-1 7.4.2', skip)
        self.content(owned)

    def content(self, owned):
        """Every piece of text and every painted path is tagged content or an artifact, every MCID is owned by
        the element its page's ParentTree entry names, and nothing is both."""
        pdf = self.pdf
        root = pdf.resolve(pdf.catalog().get('/StructTreeRoot')) or {}
        nums = (pdf.resolve(root.get('/ParentTree')) or {}).get('/Nums', [])
        parent_tree = {nums[i]: pdf.resolve(nums[i + 1]) for i in range(0, len(nums) - 1, 2)}
        untagged, nesting, tree = [], [], []
        uses_rgb = False
        for n, page_ref in enumerate(pdf.pages, 1):
            page = pdf.resolve(page_ref)
            contents = page.get('/Contents')
            contents = contents if isinstance(contents, list) else [contents]
            data = b'\n'.join(pdf.data(c) for c in contents)
            if re.search(rb'(^|\s)(rg|RG)\s', data):
                uses_rgb = True
            shows, mcids, errors = marked_content(data)
            self.painted += len(shows)
            nesting += ['page %d: %s' % (n, e) for e in errors]
            for op, stack in shows:
                tags = [t for t, _ in stack]
                real = [m for _, m in stack if m is not None]
                if not tags or (not real and '/Artifact' not in tags):
                    untagged.append('page %d: %s outside marked content' % (n, op))
                elif real and '/Artifact' in tags:
                    nesting.append('page %d: %s both artifact and tagged content' % (n, op))
            if owned is None:
                continue
            key = page.get('/StructParents')
            entries = parent_tree.get(key) if key is not None else None
            for mcid, tag in mcids:
                if entries is None or mcid >= len(entries):
                    tree.append('page %d: MCID %d has no ParentTree entry' % (n, mcid))
                    continue
                if owned.get((page_ref, mcid)) != entries[mcid]:
                    tree.append('page %d: MCID %d: ParentTree names %s, owned by %s' %
                                (n, mcid, entries[mcid], owned.get((page_ref, mcid))))
            page_mcids = {m for m, _ in mcids}
            for (pg, mcid), ref in owned.items():
                if pg == page_ref and mcid not in page_mcids:
                    tree.append('page %d: %s owns MCID %d, which the page does not have' % (n, ref, mcid))
        self.check('content-tagged-or-artifact', 'UA-1 7.1', untagged[:20] + (['...'] if len(untagged) > 20 else []),
                   '%d text and paint operators' % self.painted)
        self.check('marked-content-nesting', 'UA-1 7.1, ISO 32000-1 14.6', nesting[:20])
        if owned is not None:
            self.check('parent-tree-matches-content', 'ISO 32000-1 14.7.4.4, UA-1 7.1', tree[:20])
        if self.pdfa:
            self.device_colour(uses_rgb)

    def run(self):
        if self.pdfa:
            self.file_structure()
            self.forbidden()
            self.output_intent()
        self.fonts()
        self.metadata()
        if self.pdfa:
            self.pdfa_identification()
            self.extension_schemas()
            self.info_matches_xmp()
        self.structure()
        failed = 0
        for name, clause, problems, note in self.results:
            if problems:
                failed += 1
                print('FAIL %s [%s]: %s' % (name, clause, '; '.join(problems[:8])))
            else:
                print('ok %s [%s]%s' % (name, clause, ' (%s)' % note if note else ''))
        return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('pdf')
    ap.add_argument('--standard', default='a-2a', choices=['none', 'a-2b', 'a-2u', 'a-2a'])
    args = ap.parse_args()
    failed = Checklist(Pdf(args.pdf), args.standard).run()
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
