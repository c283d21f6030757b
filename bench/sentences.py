"""Score find_dates and find_events on the sentence probes of bench/gold/sentences/.

    .venv/bin/python bench/sentences.py            # both probes, find_dates next to search_dates
    .venv/bin/python bench/sentences.py -v         # also list every case that is not OK
    .venv/bin/python bench/sentences.py --dates    # only the temporal-expression probe

The dates probe: 453 sentences, each with one expression and the interval it
names (or "none": nothing is to be tagged there). A case is OK when the result
that overlaps the expression most has that interval (within the tolerance the
case gives), MISSED when none overlaps it, SPURIOUS when a "none" is tagged,
WRONG otherwise. dateparser's search_dates, the peer, is scored the same way
on the same cases: its date must fall inside the interval.

The events probe: 561 items, each with its main event's type, status and date
interval (or a "bait": a figure of speech that must give no event of the types
named). OK, MISSED (no mention of the type), WRONG_TYPE (mentions, none of the
type), WRONG_STATUS, WRONG_DATE (the mention's interval does not overlap the
expected one), SPURIOUS (a bait that fired). Both sets were read while fixing
what they showed: they guard against regressions; they are not held out.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "gold" / "sentences"))


def _locate(sent, expr):
    pat = re.escape(expr)
    if re.match(r"\w", expr):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", expr):
        pat += r"(?!\w)"
    m = re.search(pat, sent) or re.search(re.escape(expr), sent)
    if m is None:
        raise ValueError(f"expression {expr!r} not in {sent!r}")
    return m.start(), m.end()


def _in(val, spec):
    if val is None:
        return False
    return spec[0] <= val <= spec[1] if isinstance(spec, tuple) else val == spec


def _date_ok(start, end, spec):
    """start/end: ISO strings or None; spec: "tag" (tagged at all: a duration,
    a set), "none" or (start spec, end spec)."""
    if spec == "tag":
        return True
    if spec == "none":
        return False
    return _in(start, spec[0]) and _in(end, spec[1])


def _point_ok(start, end, spec):
    """search_dates gives a point in time: inside the interval is right."""
    if spec in ("tag", "none"):
        return spec == "tag"
    lo = spec[0][0] if isinstance(spec[0], tuple) else spec[0]
    hi = spec[1][1] if isinstance(spec[1], tuple) else spec[1]
    return lo <= start <= hi


def _date_kind(found, specs, fits=_date_ok):
    """found: None or (start, end); specs: the accepted readings."""
    if found is None:
        return "OK" if "none" in specs else "MISSED"
    if any(sp != "none" and fits(found[0], found[1], sp) for sp in specs):
        return "OK"
    return "SPURIOUS" if all(sp == "none" for sp in specs) else "WRONG"


def dates_probe(verbose=False, baseline=True):
    from dates_cases import CASES
    from timeline import find_dates

    ours, theirs, lines = Counter(), Counter(), []
    for group, anchor, sent, expr, exp in CASES:
        s, e = _locate(sent, expr)
        specs = exp if isinstance(exp, list) else [exp]
        over = [t for t in find_dates(sent, anchor) if t.start < e and t.end > s]
        best = max(over, key=lambda t: min(e, t.end) - max(s, t.start)) if over else None
        kind = _date_kind(None if best is None else (best.date_start, best.date_end), specs)
        ours[kind] += 1
        if verbose and kind != "OK":
            got = "; ".join(f"{t.text!r} {t.value} {t.date_start}..{t.date_end}" for t in over) or "-"
            lines.append(f"{kind:8s} | {group} | {anchor} | {sent} | {expr} | {exp} | {got}")
        if baseline:
            theirs[_search_dates_kind(sent, anchor, s, e, specs)] += 1
    n = len(CASES)
    print(f"dates probe: {n} sentences")
    print(f"  find_dates    OK {ours['OK']:3d} ({ours['OK'] / n:.3f})  " + _rest(ours))
    if baseline:
        print(f"  search_dates  OK {theirs['OK']:3d} ({theirs['OK'] / n:.3f})  " + _rest(theirs))
    for line in lines:
        print("   ", line)


def _search_dates_kind(sent, anchor, s, e, specs):
    from dateparser.search import search_dates

    base = dt.datetime.combine(dt.date.fromisoformat(anchor), dt.time())
    found, pos = None, 0
    for sub, when in search_dates(sent, languages=["en"], settings={"RELATIVE_BASE": base}) or []:
        i = sent.find(sub, pos)
        if i < 0:
            continue
        pos = i + len(sub)
        if i < e and i + len(sub) > s and found is None:
            day = when.date().isoformat()
            found = (day, day)
    return _date_kind(found, specs, fits=_point_ok)


def _interval(spec):
    if spec is None:
        return None
    a, _, b = spec.partition("..")
    b = b or a

    def lo(x):
        p = [int(v) for v in x.split("-")]
        return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)

    def hi(x):
        p = [int(v) for v in x.split("-")]
        m = p[1] if len(p) > 1 else 12
        return dt.date(p[0], m, p[2] if len(p) > 2 else calendar.monthrange(p[0], m)[1])

    return lo(a), hi(b)


def events_probe(verbose=False):
    from events_cases import CASES
    from timeline import find_events

    counts, by_type, lines = Counter(), {}, []
    for pub, text, types, statuses, when, secondary in CASES:
        ms = find_events(text, published=pub)
        if types == "-":
            kinds = ["SPURIOUS"] if any(m.type in secondary for m in ms) else ["OK"]
            key = "bait"
        else:
            key = types.split("|")[0]
            cands = [m for m in ms if m.type in types.split("|")]
            iv = _interval(when)

            def date_ok(m):
                if iv is None:
                    return True
                if m.date_start is None:
                    return False
                return dt.date.fromisoformat(m.date_start) <= iv[1] and dt.date.fromisoformat(m.date_end) >= iv[0]

            if not cands:
                kinds = ["WRONG_TYPE" if any(m.type not in secondary for m in ms) else "MISSED"]
            else:
                best = max(cands, key=lambda m: (m.status in statuses.split("|")) * 2 + date_ok(m))
                kinds = [k for k, bad in (("WRONG_STATUS", best.status not in statuses.split("|")),
                                          ("WRONG_DATE", not date_ok(best))) if bad] or ["OK"]
        for k in kinds:
            counts[k] += 1
        by_type.setdefault(key, Counter())["OK" if kinds == ["OK"] else "fail"] += 1
        if verbose and kinds != ["OK"]:
            got = "; ".join(f"{m.type}/{m.status}/{m.trigger!r}/{m.date_start}..{m.date_end}" for m in ms) or "-"
            lines.append(f"{'+'.join(kinds):12s} | {pub} | {text} | {types}/{statuses}/{when} | {got}")
    n = len(CASES)
    ok = sum(c["OK"] for c in by_type.values())
    print(f"events probe: {n} items, {ok} OK ({ok / n:.3f}); " + _rest(counts))
    print("  by type (OK/items): " + ", ".join(f"{t} {c['OK']}/{c['OK'] + c['fail']}" for t, c in sorted(by_type.items())))
    for line in lines:
        print("   ", line)


def _rest(c):
    return "  ".join(f"{k} {v}" for k, v in sorted(c.items()) if k != "OK")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every case that is not OK")
    ap.add_argument("--dates", action="store_true", help="only the dates probe")
    ap.add_argument("--events", action="store_true", help="only the events probe")
    ap.add_argument("--no-baseline", action="store_true", help="skip search_dates")
    args = ap.parse_args(argv)
    if not args.events:
        dates_probe(args.verbose, baseline=not args.no_baseline)
    if not args.dates:
        events_probe(args.verbose)


if __name__ == "__main__":
    main()
