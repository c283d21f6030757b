"""Start-up cost of the command line: `timeline events --published D --json
FILE` run as a fresh process on one short article, as a script that calls
it once per file pays it, for this checkout and, given one, an older one
side by side.

    git archive <commit> | tar -x -C /tmp/base
    .venv/bin/python bench/startup.py [/tmp/base] [--runs 7]

Each run is a new interpreter (`python -m timeline` with the checkout first
on PYTHONPATH); the runs of the two sides alternate, and each side's best
wall time is reported, then the ratio base/this. A second line splits this
checkout's start in one process: importing timeline.events, building the
packaged taxonomy, loading the gazetteer, and the first extraction (the
regexes compiled at first use). Needs nothing outside the repository: the
article is the bundled sample's first.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SPLIT = """
import time
t0 = time.perf_counter()
import timeline.events as ev
t1 = time.perf_counter()
ev._compiled_default()
t2 = time.perf_counter()
from timeline.entities import gazetteer
gazetteer()
t3 = time.perf_counter()
ev.extract("The minister resigned in Paris on Monday.", published="2020-01-01")
t4 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f} {t4 - t3:.3f}")
"""


def _article() -> Path:
    return sorted((ROOT / "data" / "articles").glob("*.md"))[0]


def _run(root: Path, article: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(root))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "events", "--published", "2020-01-01", "--json",
                    str(article)], env=env, check=True, stdout=subprocess.DEVNULL, cwd=str(root))
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", nargs="?", type=Path, help="an older checkout to compare with")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    article = _article()
    sides = [("this", ROOT)] + ([("base", args.base.resolve())] if args.base else [])
    best = {name: float("inf") for name, _ in sides}
    for _ in range(args.runs):
        for name, root in sides:
            best[name] = min(best[name], _run(root, article))
    line = f"start-up, `timeline events --json` on {article.name}, best of {args.runs}: this {best['this']:.2f} s"
    if args.base:
        line += f", base {best['base']:.2f} s, ratio base/this {best['base'] / best['this']:.2f}"
    print(line)
    out = subprocess.run([sys.executable, "-c", _SPLIT], env=dict(os.environ, PYTHONPATH=str(ROOT)),
                         check=True, capture_output=True, text=True).stdout.split()
    print("this, in one process: import timeline.events {} s, taxonomy {} s, gazetteer {} s, "
          "first extraction {} s".format(*out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
