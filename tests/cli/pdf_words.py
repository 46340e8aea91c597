#!/usr/bin/env python3
"""Checks that every word of a report (its canonical JSON) is in a PDF's text, as a client extracts it.

    pdf_words.py MODEL.json struct STRUCT_TEXT   words of pdfinfo -struct-text's text, in the model's order
    pdf_words.py MODEL.json plain TEXT           every word in pdftotext's output (any order: columns)

Exits 1 naming the first word missing. A helper of tests/cli/pdf_standard.sh, not a test itself.
"""
import json
import re
import sys
from collections import Counter

HEADER = ['program', 'ministry', 'service', 'evaluation_year', 'program_status', 'observation']
ROW = ['number', 'recommendation', 'responsible', 'commitment', 'due_text', 'compliance', 'compliance_observation',
       'status_text', 'verification']


def strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        yield str(v)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from strings(x)


def model_words(report):
    """The model's words in the order the PDF shows them (header block, then row by row, cell by cell)."""
    words = []
    for key in HEADER:
        for s in strings(report.get(key)):
            words += s.split()
    for row in report.get('commitments', []):
        for key in ROW:
            for s in strings(row.get(key)):
                words += s.split()
    return words


def main():
    report = json.load(open(sys.argv[1], encoding='utf-8'))
    mode, path = sys.argv[2], sys.argv[3]
    text = open(path, encoding='utf-8').read()
    words = model_words(report)
    if mode == 'struct':
        # The text of pdfinfo -struct-text is on lines of its own, in double quotes.
        found = []
        for line in text.splitlines():
            m = re.match(r'\s*"(.*)"\s*$', line)
            if m:
                found += m.group(1).split()
        at = 0
        for n, w in enumerate(words):
            while at < len(found) and found[at] != w:
                at += 1
            if at == len(found):
                context = ' '.join(words[max(0, n - 5):n + 1])
                sys.exit('word %d of %d, %r, not found in order in the structure tree (after: %s)' %
                         (n + 1, len(words), w, context))
            at += 1
        print('ok: %d words of the model in the structure tree, in order' % len(words))
    else:
        # pdftotext joins a line broken after a hyphen ("Pre-" / "inversión") into "Preinversión", and a line
        # broken after a slash leaves two words: words are compared without hyphens, split at slashes.
        def split(t):
            return [w for w in re.split(r'[\s/]+', t.replace('-', '')) if w]
        have = Counter(split(text))
        for w, count in Counter(split(' '.join(words))).items():
            if have[w] < count:
                sys.exit('%r: %d times in the model, %d in the text' % (w, count, have[w]))
        print('ok: %d words of the model in the text' % len(words))


if __name__ == '__main__':
    main()
