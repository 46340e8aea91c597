#!/usr/bin/python3
"""Regenerates the reader test corpus from reports/*.json (the source of truth).

    /usr/bin/python3 tests/data/corpus/make_corpus.py           # everything (needs Chromium, LibreOffice,
                                                                # wkhtmltopdf, poppler-utils, python3-docx)
    /usr/bin/python3 tests/data/corpus/make_corpus.py --check   # no printing: rebuilds the legacy pages, the
                                                                # Word files and inputs.tsv in memory and
                                                                # compares them with the files; reads the pages
                                                                # and Word files back (readback.py) and compares
                                                                # with the JSON; checks the manifest
    /usr/bin/python3 tests/data/corpus/make_corpus.py --only NAME...  # prints only these reports (new ones);
                                                                # the others' files are kept as they are

Writes legacy/NAME.html, word/NAME.docx, sheet/NAME.xlsx (the reports an analyst keeps in a spreadsheet),
pdf/NAME.PRODUCER.pdf, text/NAME.PRODUCER.MODE.txt, inputs.tsv,
tools.txt and MANIFEST.sha256 (the sha256 of every source and generated file).
"""

import sys

sys.dont_write_bytecode = True

import functools
import hashlib
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import analyst_xlsx  # noqa: E402
import legacy_html  # noqa: E402
import presentation  # noqa: E402
import readback  # noqa: E402
import word_docx  # noqa: E402

REPO_PREFIX = "tests/data/corpus/"  # paths in inputs.tsv are relative to the repository's root
HTML_PRODUCERS = ["chromium", "libreoffice", "wkhtmltopdf"]
WORD_PRODUCERS = ["word-libreoffice"]
SHEET_PRODUCERS = ["calc-libreoffice"]  # the analyst's spreadsheet printed by LibreOffice Calc
MODES = {"default": [], "layout": ["-layout"], "raw": ["-raw"]}
SOURCE_DATE_EPOCH = "1262304000"  # 2010-01-01; honoured by the tools that read it
NOT_IN_MANIFEST = {"MANIFEST.sha256", "README.md"}


def names():
    found = sorted(p.stem for p in (HERE / "reports").glob("*.json"))
    missing = [n for n in found if n not in presentation.SHAPES]
    if missing:
        sys.exit("make_corpus: no shape in presentation.py for " + ", ".join(missing))
    return found


def load(name):
    with open(HERE / "reports" / (name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def legacy_bytes(name):
    shape = presentation.SHAPES[name]
    page = legacy_html.WordHtmlPage if shape.get("mso_html") else legacy_html.Page  # a Word document saved as HTML
    if shape.get("pre_text"):  # an old system's page of preformatted text
        page = legacy_html.PrePage
    return page(load(name), shape).render()


def charset(name):
    """The legacy page's character set: windows-1252 for a page Word saved, else ISO-8859-1."""
    return "windows-1252" if presentation.SHAPES[name].get("mso_html") else "iso-8859-1"


def word_bytes(name):
    return word_docx.WordReport(load(name), presentation.SHAPES[name]).render()


def has_sheet(name):
    return "spreadsheet" in presentation.SHAPES[name]


def sheet_bytes(name):
    return analyst_xlsx.render(load(name), presentation.SHAPES[name])


def producers(name):
    return HTML_PRODUCERS + WORD_PRODUCERS + (SHEET_PRODUCERS if has_sheet(name) else [])


def inputs_tsv(all_names):
    lines = []
    for n in all_names:
        expected = REPO_PREFIX + "reports/%s.json" % n
        lines.append("%slegacy/%s.html\t%s\tlegacy-html\t-" % (REPO_PREFIX, n, expected))
        lines.append("%sword/%s.docx\t%s\tword\t-" % (REPO_PREFIX, n, expected))
        if has_sheet(n):
            lines.append("%ssheet/%s.xlsx\t%s\tspreadsheet\t-" % (REPO_PREFIX, n, expected))
        for producer in producers(n):
            lines.append("%spdf/%s.%s.pdf\t%s\t%s\t-" % (REPO_PREFIX, n, producer, expected, producer))
            for mode in MODES:
                lines.append("%stext/%s.%s.%s.txt\t%s\t%s\t%s" % (REPO_PREFIX, n, producer, mode, expected,
                                                                producer, mode))
    return ("\n".join(lines) + "\n").encode()


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def run(cmd, **kw):
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, TZ="America/Santiago", LC_ALL="C.UTF-8")
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300, **kw)


class Site(http.server.SimpleHTTPRequestHandler):
    """Serves legacy/NAME.html at /programas/informe_cumplimiento.asp?id=NAME, as the old site did."""

    def do_GET(self):
        if not self.path.startswith("/programas/informe_cumplimiento.asp?id="):
            self.send_error(404)
            return
        name = self.path.split("=", 1)[1]
        page = HERE / "legacy" / (name + ".html")
        if "/" in name or not page.is_file():
            self.send_error(404)
            return
        body = page.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=" + charset(name))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def print_chromium(all_names, work):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        for n in all_names:
            profile = tempfile.mkdtemp(dir=work)
            out = HERE / "pdf" / ("%s.chromium.pdf" % n)
            # Default header and footer stay on (date, title, URL, page x/y): no --no-pdf-header-footer.
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--lang=es-CL", "--user-data-dir=" + profile,
                 "--host-resolver-rules=MAP www.dipres.cl 127.0.0.1:%d" % port,
                 "--print-to-pdf=" + str(out),
                 "http://www.dipres.cl/programas/informe_cumplimiento.asp?id=" + n])
    finally:
        server.shutdown()


def soffice(args, work):
    profile = pathlib.Path(work) / "lo-profile"
    run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless"] + args)


def print_libreoffice(all_names, work):
    out = pathlib.Path(work) / "lo-web"
    out.mkdir()
    soffice(["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(out)] +
            [str(HERE / "legacy" / (n + ".html")) for n in all_names], work)
    for n in all_names:
        shutil.move(out / (n + ".pdf"), HERE / "pdf" / ("%s.libreoffice.pdf" % n))
    out = pathlib.Path(work) / "lo-word"
    out.mkdir()
    soffice(["--convert-to", "pdf", "--outdir", str(out)] +
            [str(HERE / "word" / (n + ".docx")) for n in all_names], work)
    for n in all_names:
        shutil.move(out / (n + ".pdf"), HERE / "pdf" / ("%s.word-libreoffice.pdf" % n))
    sheets = [n for n in all_names if has_sheet(n)]
    if sheets:
        out = pathlib.Path(work) / "lo-calc"
        out.mkdir()
        soffice(["--convert-to", "pdf", "--outdir", str(out)] + [str(HERE / "sheet" / (n + ".xlsx")) for n in sheets],
                work)
        for n in sheets:
            shutil.move(out / (n + ".pdf"), HERE / "pdf" / ("%s.calc-libreoffice.pdf" % n))


def print_wkhtmltopdf(all_names):
    for n in all_names:
        run(["wkhtmltopdf", "--quiet", "--encoding", charset(n), str(HERE / "legacy" / (n + ".html")),
             str(HERE / "pdf" / ("%s.wkhtmltopdf.pdf" % n))])


def extract_text(all_names):
    for n in all_names:
        for producer in producers(n):
            pdf = HERE / "pdf" / ("%s.%s.pdf" % (n, producer))
            for mode, flags in MODES.items():
                out = HERE / "text" / ("%s.%s.%s.txt" % (n, producer, mode))
                run(["pdftotext", "-enc", "UTF-8"] + flags + [str(pdf), str(out)])


def first_line(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        text = (r.stdout or r.stderr).strip().splitlines()
        return text[0] if text else "?"
    except OSError:
        return "?"


def tool_versions():
    import docx
    pkgs = ["chromium", "libreoffice-writer-nogui", "libreoffice-core", "wkhtmltopdf", "poppler-utils",
            "python3-docx", "python3-openpyxl", "libreoffice-calc-nogui", "python3"]
    lines = []
    for p in pkgs:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", p], capture_output=True, text=True).stdout
        if v:
            lines.append("%s %s" % (p, v))
    lines.append("chromium: " + first_line(["chromium", "--version"]))
    lines.append("soffice: " + first_line(["soffice", "--version"]))
    lines.append("wkhtmltopdf: " + first_line(["wkhtmltopdf", "--version"]))
    lines.append("pdftotext: " + first_line(["pdftotext", "-v"]))
    return ("\n".join(lines) + "\n").encode()


def manifest_bytes():
    rows = []
    for p in sorted(HERE.rglob("*")):
        rel = p.relative_to(HERE).as_posix()
        if p.is_dir() or rel in NOT_IN_MANIFEST or "__pycache__" in rel:
            continue
        rows.append("%s  %s" % (hashlib.sha256(p.read_bytes()).hexdigest(), rel))
    return ("\n".join(rows) + "\n").encode()


def check():
    """Rebuilds what needs no printer and compares; then the manifest. Returns the number of problems."""
    problems = []
    all_names = names()
    expected = {"inputs.tsv": inputs_tsv(all_names)}
    for n in all_names:
        expected["legacy/%s.html" % n] = legacy_bytes(n)
        expected["word/%s.docx" % n] = word_bytes(n)
        if has_sheet(n):
            expected["sheet/%s.xlsx" % n] = sheet_bytes(n)
    for rel, data in expected.items():
        path = HERE / rel
        if not path.is_file():
            problems.append("missing: " + rel)
        elif path.read_bytes() != data:
            problems.append("not made from the current sources: " + rel)
    for n in all_names:  # the generators print exactly what the model holds
        model = load(n)
        if readback.read_legacy(expected["legacy/%s.html" % n], presentation.SHAPES[n]) != model:
            problems.append("legacy/%s.html does not read back to reports/%s.json" % (n, n))
        if readback.read_word(expected["word/%s.docx" % n], presentation.SHAPES[n]) != model:
            problems.append("word/%s.docx does not read back to reports/%s.json" % (n, n))
        if has_sheet(n) and readback.read_xlsx(expected["sheet/%s.xlsx" % n], presentation.SHAPES[n]) != model:
            problems.append("sheet/%s.xlsx does not read back to reports/%s.json" % (n, n))
    listed = (HERE / "MANIFEST.sha256").read_bytes() if (HERE / "MANIFEST.sha256").is_file() else b""
    if listed != manifest_bytes():
        problems.append("MANIFEST.sha256 does not match the files (run make_corpus.py)")
    for p in problems:
        print("make_corpus: " + p, file=sys.stderr)
    return len(problems)


def main():
    args = sys.argv[1:]
    if "--check" in args:
        sys.exit(1 if check() else 0)
    all_names = names()
    printed = all_names
    if "--only" in args:  # a new report: print it without printing the others again (their PDFs carry dates)
        printed = args[args.index("--only") + 1:]
        unknown = [n for n in printed if n not in all_names]
        if not printed or unknown:
            sys.exit("make_corpus: --only needs report names from reports/: " + " ".join(unknown))
        for n in printed:
            for old in [HERE / "legacy" / (n + ".html"), HERE / "word" / (n + ".docx"), HERE / "sheet" / (n + ".xlsx")] + \
                    list((HERE / "pdf").glob(n + ".*.pdf")) + list((HERE / "text").glob(n + ".*.txt")):
                old.unlink(missing_ok=True)
    else:
        for d in ("legacy", "word", "sheet", "pdf", "text"):
            shutil.rmtree(HERE / d, ignore_errors=True)
            (HERE / d).mkdir()
    for n in printed:
        write(HERE / "legacy" / (n + ".html"), legacy_bytes(n))
        write(HERE / "word" / (n + ".docx"), word_bytes(n))
        if has_sheet(n):
            write(HERE / "sheet" / (n + ".xlsx"), sheet_bytes(n))
    with tempfile.TemporaryDirectory() as work:
        print_chromium(printed, work)
        print_libreoffice(printed, work)
        print_wkhtmltopdf(printed)
    extract_text(printed)
    write(HERE / "inputs.tsv", inputs_tsv(all_names))
    write(HERE / "tools.txt", tool_versions())
    write(HERE / "MANIFEST.sha256", manifest_bytes())
    print("make_corpus: %d reports, %d files in the manifest" %
          (len(all_names), manifest_bytes().count(b"\n")))


if __name__ == "__main__":
    main()
