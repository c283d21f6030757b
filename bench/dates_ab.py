"""Every temporal expression of the read articles in this checkout against an
older one: which timexes come, go or change value, so that a change to
timeline.dates can be checked beyond TBAQ's gold (the figures the closing
notes quote as "timexes that change over the read corpora").

    git archive <commit> | tar -x -C /tmp/base
    .venv/bin/python bench/dates_ab.py /tmp/base [--sets a,b,c,d,e,j,l] [--reuters 22000] [-v]

The articles are mentions_ab's (the read Wikinews and synthetic articles, the
probe sets named, the first N Reuters-21578 articles), each read with
find_dates anchored on its publication day. A timex is keyed by its article
and span: one only in this checkout "comes", one only in the base "goes", one
in both whose text, start, end or precision differ "changes". `-v` prints each
of them. Skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from mentions_ab import ab_arguments, articles  # noqa: E402
from speed_ab import _load_base  # noqa: E402


def _keyed(timexes) -> dict:
    """(start, end) -> what the timex says."""
    return {(t.start, t.end): (t.text, t.date_start, t.date_end, t.precision) for t in timexes}


def main(argv=None) -> int:
    args = ab_arguments(argv, __doc__.splitlines()[0], "timex")
    if args is None:
        return 0
    from timeline import find_dates

    _load_base(args.base)  # (loads the older package as timeline_base)
    base_find = importlib.import_module("timeline_base").find_dates
    n = Counter()
    touched = set()
    for name, text, pub, _title in articles(args.sets, args.reuters):
        n["articles"] += 1
        old, new = _keyed(base_find(text, pub)), _keyed(find_dates(text, pub))
        n["base"] += len(old)
        n["this"] += len(new)
        for key in sorted(set(old) | set(new)):
            a, b = old.get(key), new.get(key)
            what = "goes" if b is None else "comes" if a is None else "changes" if a != b else None
            if what:
                n[what] += 1
                touched.add(name)
                if args.verbose:
                    print(f"{name} @{key[0]}: {a} -> {b}")
    print(f"timexes over {n['articles']} articles: base {n['base']}, this {n['this']}; "
          f"{n['comes']} come, {n['goes']} go, {n['changes']} change, in {len(touched)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
