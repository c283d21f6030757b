"""How many inline patterns the rules use, against the size of `re`'s own
cache (512 in Python 3.11, first in first out), and how often
`timeline._re`'s cache still compiles once it is warm.

    .venv/bin/python bench/re_cache.py

One pass of find_events over the Wikinews articles (as `bench/events.py
--split seed` reads them) fills the cache; the first line gives the distinct
patterns that pass used. A second pass over the same articles is then
counted: its misses are the patterns it had to compile again (with `re`'s
own cache, every pattern past the 512th evicts one the next article needs).
Skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from events import read_wikinews  # noqa: E402

from timeline import _re  # noqa: E402
from timeline.events import extract  # noqa: E402


def main() -> None:
    rows = [(r["text"], r["date"], r["title"]) for r in read_wikinews().values()
            if not r["title"].startswith("TEST PAGE")]
    if not rows:
        print("skip: no Wikinews articles under ../shared/corpora/wikinews/")
        return
    _re._compiled.cache_clear()
    for text, day, title in rows:
        extract(text, day, title=title)
    first = _re._compiled.cache_info()
    for text, day, title in rows:
        extract(text, day, title=title)
    second = _re._compiled.cache_info()
    print(f"inline patterns over {len(rows)} Wikinews articles, one pass: {first.currsize} distinct "
          f"(re's own cache keeps {getattr(re, '_MAXCACHE', 512)}; timeline._re's {first.maxsize})")
    print(f"second pass, cache warm: {second.hits - first.hits} lookups, {second.misses - first.misses} compiled again")


if __name__ == "__main__":
    main()
