"""Whole-pipeline throughput: read, extract, store and merge, as `timeline ingest` does.

    python bench/ingest.py [--articles N]

Ingests N Reuters-21578 records (anchor = each record's DATE) and the 295
Wikinews articles into fresh on-disk databases and prints articles/s, chars/s,
mentions and events, then re-ingests Wikinews to time the no-op path.
Skips with a reason when ../shared/corpora is absent.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpora import corpora_dir, read_reuters  # noqa: E402

from timeline.ingest import ingest_articles, ingest_path  # noqa: E402
from timeline.models import Article  # noqa: E402
from timeline.store import open_db  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="Reuters records to ingest")
    args = parser.parse_args()
    base = corpora_dir()
    if base is None:
        print("skipped: ../shared/corpora is absent (the corpora are not in this repo)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        articles = []
        for i, (text, day) in enumerate(read_reuters()):
            if i >= args.articles:
                break
            articles.append(Article(text=text, published=day, published_from="metadata",
                                    source="Reuters", origin=f"reuters:{i}"))
        chars = sum(len(a.text) for a in articles)
        db = open_db(str(Path(tmp) / "reuters.db"))
        t0 = time.perf_counter()
        r = ingest_articles(db, articles)
        dt_ = time.perf_counter() - t0
        print(f"Reuters-21578: {r.articles} articles, {chars / 1e6:.2f} M chars in {dt_:.1f} s: "
              f"{r.articles / dt_:.0f} articles/s, {chars / dt_ / 1e3:.0f} k chars/s; "
              f"{r.mentions} mentions -> {r.events} events; errors {len(r.errors)}")

        wiki = sorted(str(p) for p in (base / "wikinews").glob("*.csv"))
        db = open_db(str(Path(tmp) / "wikinews.db"))
        t0 = time.perf_counter()
        r = ingest_path(db, wiki)
        dt_ = time.perf_counter() - t0
        print(f"Wikinews: {r.articles} articles in {dt_:.1f} s: {r.articles / dt_:.0f} articles/s; "
              f"{r.mentions} mentions -> {r.events} events; errors {len(r.errors)}")
        t0 = time.perf_counter()
        r = ingest_path(db, wiki)
        dt_ = time.perf_counter() - t0
        print(f"Wikinews again (unchanged): {r.unchanged} unchanged in {dt_:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
