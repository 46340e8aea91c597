#!/usr/bin/env python3
"""Writes a corpus of canonical-JSON reports with known figures, for `informe summary` tests and benchmarks.

    summary_corpus.py OUT_DIR N [SEED]

Writes N reports in nested folders of OUT_DIR (duplicate base names in different folders) and
OUT_DIR/../expected.json: the figures the generator decided while writing them (not recomputed from
the files): per (ministry, service, evaluation year, cut-off) and in total, the programs, reports,
commitments, counts by status, commitments overdue at their report's cut-off, and programs without
any status. Due dates are chosen a whole year away from the cut-off, so that "overdue" is never a
matter of a day.
"""
import json
import os
import random
import sys

MINISTRIES = {
    "MINISTERIO DE ECONOMÍA, FOMENTO Y TURISMO": ["SERVICIO DE COOPERACIÓN TÉCNICA", "CORFO"],
    "MINISTERIO DE EDUCACIÓN": ["SUBSECRETARÍA DE EDUCACIÓN", "JUNAEB", "CONICYT"],
    "MINISTERIO DE SALUD": ["FONASA"],
    'MINISTERIO "DE PRUEBA" <b>&amp;</b>': ["SERVICIO =1+1"],
}
YEARS = [2006, 2007, 2008]
CUTOFFS = ["2008-12-31", "2009-06-30"]
MONTHS = ["Ene.", "Feb.", "Mar.", "Abr.", "May.", "Jun.", "Jul.", "Ago.", "Sep.", "Oct.", "Nov.", "Dic."]
STATUS_TEXT = {"fulfilled": "Cumplido", "partially_fulfilled": "Parcialmente cumplido", "not_fulfilled": "No cumplido"}
KEYS = ["fulfilled", "partially_fulfilled", "not_fulfilled", "no_status"]


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
    groups, programs_seen = {}, {}
    total = {k: 0 for k in KEYS}
    total.update(reports=0, overdue=0)
    total_programs, total_without = set(), set()
    for i in range(n):
        ministry = rng.choice(sorted(MINISTRIES))
        service = rng.choice(MINISTRIES[ministry])
        year = rng.choice(YEARS)
        cutoff = rng.choice(CUTOFFS)
        # Programs repeat: the same name at another cut-off, or twice in one group (two files).
        program = "Programa %d de %s" % (rng.randrange(max(2, n // 3)), service.title())
        cut_year = int(cutoff[:4])
        commitments = []
        overdue = 0
        counts = {k: 0 for k in KEYS}
        kind = rng.random()
        nrows = 0 if kind < 0.04 else rng.randrange(1, 9)
        unrated = kind < 0.12  # no status at all
        for r in range(nrows):
            status = None if unrated else rng.choice(["fulfilled", "partially_fulfilled", "not_fulfilled", None])
            when = rng.choice(["before", "after", "none"])
            due = due_text = None
            if when != "none":
                month = rng.randrange(1, 13)
                y = cut_year - rng.randrange(1, 4) if when == "before" else cut_year + 1
                due, due_text = "%04d-%02d" % (y, month), "%s %d" % (MONTHS[month - 1], y)
            if when == "before" and status != "fulfilled":
                overdue += 1
            counts[status or "no_status"] += 1
            commitments.append({
                "number": str(r + 1),
                "recommendation": "Recomendación %d del informe %d." % (r + 1, i),
                "responsible": None,
                "commitment": "Compromiso %d del informe %d." % (r + 1, i),
                "due": due, "due_text": due_text,
                "compliance": "Texto del cumplimiento %d." % (r + 1),
                "compliance_observation": None,
                "status": status, "status_text": STATUS_TEXT.get(status),
                "verification": None,
            })
        report = {
            "cutoff_date": cutoff, "issued_at": None, "program": program, "ministry": ministry,
            "service": service, "evaluation_year": year, "program_status": None, "exit_date": None,
            "observation": None, "commitments": commitments,
        }
        folder = os.path.join(out, "m%d" % (sorted(MINISTRIES).index(ministry)), str(year), "c%d" % (i % 7))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "informe-%d.json" % (i // 7)), "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)

        key = (ministry, service, year, cutoff)
        g = groups.setdefault(key, dict({k: 0 for k in KEYS}, reports=0, overdue=0, programs=set(), without=set()))
        g["reports"] += 1
        g["overdue"] += overdue
        g["programs"].add(program)
        total["reports"] += 1
        total["overdue"] += overdue
        total_programs.add((ministry, service, program))
        if nrows == counts["no_status"]:
            g["without"].add(program)
            total_without.add((ministry, service, program))
        for k in KEYS:
            g[k] += counts[k]
            total[k] += counts[k]

    def figures(g, programs, without):
        f = {k: g[k] for k in KEYS}
        f.update(reports=g["reports"], overdue=g["overdue"], programs=programs, programs_without_status=without,
                 commitments=sum(g[k] for k in KEYS))
        return f

    expected = {
        "total": figures(total, len(total_programs), len(total_without)),
        "groups": [dict(figures(g, len(g["programs"]), len(g["without"])), ministry=k[0], service=k[1],
                        evaluation_year=k[2], cutoff_date=k[3]) for k, g in sorted(groups.items())],
    }
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
