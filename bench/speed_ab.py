"""Events speed of this checkout against an older one, in one process,
interleaved: the machine's speed drifts by several percent within minutes,
so two separate `bench/events.py` runs cannot tell a 2% change from noise.

    git archive <commit> | tar -x -C /tmp/base
    .venv/bin/python bench/speed_ab.py /tmp/base [--rounds 10] [--reuters 2500]

Both `timeline` packages extract every Wikinews article (as
`bench/events.py --split seed` does) in alternating rounds; each side's
best round (CPU time of this process) gives its articles/s, and the line
ends with the ratio this/base. `--reuters N` adds a second line, the same
for the first N Reuters-21578 articles (short wire stories, where per-article
work weighs more). Skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))


def _load_base(base: Path):
    """The older checkout's timeline package, under another name."""
    name = "timeline_base"
    spec = importlib.util.spec_from_file_location(name, base / "timeline" / "__init__.py",
                                                  submodule_search_locations=[str(base / "timeline")])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return importlib.import_module(name + ".events").extract


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="root of an older checkout or export (with its timeline/)")
    ap.add_argument("--rounds", type=int, default=10, help="timed passes of each side (default 10)")
    ap.add_argument("--reuters", type=int, default=0, help="also time the first N Reuters-21578 articles")
    args = ap.parse_args(argv)
    if not (args.base / "timeline" / "__init__.py").is_file():
        ap.error(f"{args.base}: no timeline/ package there")
    from events import SHARED, read_wikinews  # bench/events.py

    if not (SHARED / "corpora" / "wikinews").is_dir():
        print("skipped: ../shared/corpora/wikinews is not here")
        return 0
    from timeline.events import extract

    sides = {"base": _load_base(args.base), "this": extract}
    rows = [(r["text"], r["date"], r["title"]) for r in read_wikinews().values()
            if not r["title"].startswith("TEST PAGE")]
    _compare(sides, rows, args.rounds, "Wikinews")
    if args.reuters > 0:
        from _corpora import read_reuters

        wire = [(text, day, None) for _, (text, day) in zip(range(args.reuters), read_reuters())]
        if wire:
            _compare(sides, wire, args.rounds, "Reuters-21578")
    return 0


def _compare(sides: dict, rows: list, rounds: int, corpus: str) -> None:
    """Print both sides' best articles/s over `rows` (text, published, title)."""
    for fn in sides.values():  # warm up: taxonomy, gazetteer, compiled patterns
        for text, day, title in rows:
            fn(text, day, title=title)
    best = {k: float("inf") for k in sides}
    for i in range(rounds):
        for k in (("base", "this") if i % 2 == 0 else ("this", "base")):
            t0 = time.process_time()
            for text, day, title in rows:
                sides[k](text, day, title=title)
            best[k] = min(best[k], time.process_time() - t0)
    base, this = len(rows) / best["base"], len(rows) / best["this"]
    print(f"speed over {len(rows)} {corpus} articles, best of {rounds} interleaved rounds: "
          f"base {base:.1f} articles/s, this {this:.1f} articles/s, ratio {this / base:.3f}")


if __name__ == "__main__":
    sys.exit(main())
