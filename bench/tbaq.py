"""Score timeline.find_dates on TBAQ (TempEval-3 training data) the way
TempEval-3 did, next to a dateparser.search_dates baseline.

    .venv/bin/python bench/tbaq.py                 # both systems, side by side
    .venv/bin/python bench/tbaq.py --no-baseline   # find_dates only (fast)
    .venv/bin/python bench/tbaq.py --errors 50     # also list span/value misses

Measures (per TempEval-3): strict span F1 (exact offsets), relaxed span F1
(overlap, one-to-one), value F1 = relaxed F1 x value accuracy on the relaxed
matches, type F1 likewise. The anchor of each document is its creation time
(DCT). Skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir, read_tbaq  # noqa: E402


def match(gold, system):
    """One-to-one matching. Returns (strict count, relaxed pairs)."""
    strict = len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
    pairs = []
    used = set()
    # exact matches first, then largest overlap
    for g in gold:
        best = None
        for j, s in enumerate(system):
            if j in used or s.end <= g.start or s.start >= g.end:
                continue
            ov = min(s.end, g.end) - max(s.start, g.start)
            exact = s.start == g.start and s.end == g.end
            key = (exact, ov)
            if best is None or key > best[0]:
                best = (key, j)
        if best is not None:
            used.add(best[1])
            pairs.append((g, system[best[1]]))
    return strict, pairs


def f1(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def norm_value(v):
    if v is None:
        return ""
    v = v.strip()
    # 2000-W7 and 2000-W07 are the same week
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)
    return v


class Sys:
    def __init__(self, start, end, type_, value):
        self.start, self.end, self.type, self.value = start, end, type_, value


def run_find_dates(doc):
    from timeline.dates import find_dates

    return [Sys(t.start, t.end, t.type, t.value) for t in find_dates(doc.text, doc.dct)]


_SD_SETTINGS = None


def run_search_dates(doc):
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc.dct, dt.time())
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out = []
    pos = 0
    for sub, when in found:
        i = doc.text.find(sub, pos)
        if i < 0:
            i = doc.text.find(sub)
            if i < 0:
                continue
        else:
            pos = i + len(sub)
        # careful glue: leading prepositions out of the span (TimeML leaves
        # them out), a bare year or month (+ year) keeps its granularity
        lead = re.match(r"(?:(?:on|in|at|by|since|from|until|of|for|during|before|after)\s+)+", sub, re.I)
        if lead:
            i += lead.end()
            sub = sub[lead.end():]
        s = sub.strip()
        if re.fullmatch(r"\d{4}", s):
            value = f"{when.year}"
        elif re.fullmatch(r"[A-Za-z]+\.?,?\s+\d{4}", s):
            value = f"{when.year}-{when.month:02d}"
        elif re.fullmatch(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", s, re.I):
            value = f"{when.year}-{when.month:02d}"
        elif re.fullmatch(r"(?:this|last|next)\s+year|a\s+year\s+ago", s, re.I):
            value = f"{when.year}"
        elif re.fullmatch(r"(?:this|last|next)\s+month", s, re.I):
            value = f"{when.year}-{when.month:02d}"
        elif re.fullmatch(r"now|currently|today", s, re.I) and s.lower() != "today":
            value = "PRESENT_REF"
        elif re.search(r"\d{1,2}:\d\d|[ap]\.?m\b", s, re.I):
            value = when.strftime("%Y-%m-%dT%H:%M")
        else:
            value = when.date().isoformat()
        out.append(Sys(i, i + len(sub), "TIME" if "T" in value else "DATE", value))
    return out


def score(docs, runner, errors=0, label=""):
    n_gold = n_sys = strict = relaxed = val_ok = type_ok = 0
    misses = []
    t0 = time.perf_counter()
    for doc in docs:
        system = runner(doc)
        gold = doc.timexes
        s, pairs = match(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        strict += s
        relaxed += len(pairs)
        matched_sys = set()
        for g, p in pairs:
            matched_sys.add(id(p))
            ok_v = norm_value(g.value) == norm_value(p.value)
            val_ok += ok_v
            type_ok += g.type == p.type
            if errors and (not ok_v or (g.start, g.end) != (p.start, p.end)):
                misses.append(f"{doc.dct} {'SPAN ' if (g.start, g.end) != (p.start, p.end) else ''}"
                              f"{'VAL ' if not ok_v else ''}gold {g.text!r} {g.type} {g.value} | "
                              f"sys {doc.text[p.start:p.end]!r} {p.type} {p.value} :: "
                              + doc.text[max(0, g.start - 50): g.end + 30].replace("\n", " "))
        if errors:
            matched_gold = {id(g) for g, _ in pairs}
            for g in gold:
                if id(g) not in matched_gold:
                    misses.append(f"{doc.dct} FN {g.text!r} {g.type} {g.value} :: "
                                  + doc.text[max(0, g.start - 50): g.end + 30].replace("\n", " "))
            for p in system:
                if id(p) not in matched_sys:
                    misses.append(f"{doc.dct} FP {doc.text[p.start:p.end]!r} {p.type} {p.value} :: "
                                  + doc.text[max(0, p.start - 50): p.end + 30].replace("\n", " "))
    secs = time.perf_counter() - t0
    sf, sp, sr = f1(strict, n_sys, n_gold)
    rf, rp, rr = f1(relaxed, n_sys, n_gold)
    vacc = val_ok / relaxed if relaxed else 0.0
    tacc = type_ok / relaxed if relaxed else 0.0
    res = {
        "strict F1": sf, "strict P": sp, "strict R": sr,
        "relaxed F1": rf, "relaxed P": rp, "relaxed R": rr,
        "value F1": rf * vacc, "value acc": vacc,
        "type F1": rf * tacc, "type acc": tacc,
        "gold": n_gold, "system": n_sys, "seconds": secs,
    }
    return res, misses


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-baseline", action="store_true", help="skip search_dates")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses of find_dates")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--grep", default=None, help="only print misses matching this regex")
    ap.add_argument("--subset", choices=["TimeBank", "AQUAINT"], help="only one half of TBAQ")
    args = ap.parse_args(argv)
    if corpora_dir() is None or not (corpora_dir() / "tbaq").is_dir():
        print("SKIP: ../shared/corpora/tbaq is absent (the corpora live outside the repo)")
        return 0
    docs = list(read_tbaq(args.limit, args.subset))
    chars = sum(len(d.text) for d in docs)
    print(f"TBAQ: {len(docs)} documents, {sum(len(d.timexes) for d in docs)} gold TIMEX3, {chars:,} chars")
    results = {}
    results["find_dates"], misses = score(docs, run_find_dates, args.errors)
    if not args.no_baseline:
        results["search_dates"], _ = score(docs, run_search_dates)
    keys = ["strict F1", "relaxed F1", "value F1", "type F1", "strict P", "strict R",
            "relaxed P", "relaxed R", "value acc", "type acc", "gold", "system", "seconds"]
    names = list(results)
    print(f"{'':14}" + "".join(f"{n:>14}" for n in names))
    for k in keys:
        row = f"{k:14}"
        for n in names:
            v = results[n][k]
            row += f"{v:>14.3f}" if isinstance(v, float) else f"{v:>14}"
        print(row)
    if args.errors:
        rx = re.compile(args.grep) if args.grep else None
        shown = [m for m in misses if rx is None or rx.search(m)]
        print(f"\n{len(misses)} misses; first {min(args.errors, len(shown))}:")
        for m in shown[: args.errors]:
            print(" ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
