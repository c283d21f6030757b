"""Time timeline.find_dates against dateparser.search_dates on the same
Reuters-21578 text (>= 1 MB by default), in one process, and print chars/s and
the ratio.

    .venv/bin/python bench/speed.py              # 1 MB
    .venv/bin/python bench/speed.py --mb 2

The anchor of each record is its DATE. search_dates runs with
languages=['en'] and RELATIVE_BASE = that date. Skips with a reason when
../shared is absent. Both systems are warmed up on one record first, so the
timings measure steady-state throughput, not imports.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir, read_reuters  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text (default 1)")
    args = ap.parse_args(argv)
    if corpora_dir() is None or not (corpora_dir() / "reuters21578").is_dir():
        print("SKIP: ../shared/corpora/reuters21578 is absent (the corpora live outside the repo)")
        return 0
    records = list(read_reuters(int(args.mb * 1_000_000)))
    chars = sum(len(t) for t, _ in records)
    print(f"Reuters-21578: {len(records)} records, {chars:,} chars")

    from dateparser.search import search_dates

    from timeline.dates import find_dates

    # warm-up: imports, compiled patterns, dateparser's language data
    find_dates(records[0][0], records[0][1])
    search_dates(records[0][0], languages=["en"],
                 settings={"RELATIVE_BASE": dt.datetime.combine(records[0][1], dt.time())})

    t0 = time.perf_counter()
    n_fd = 0
    for text, day in records:
        n_fd += len(find_dates(text, day))
    fd_secs = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_sd = 0
    for text, day in records:
        found = search_dates(text, languages=["en"],
                             settings={"RELATIVE_BASE": dt.datetime.combine(day, dt.time())})
        n_sd += len(found or [])
    sd_secs = time.perf_counter() - t0

    fd_rate = chars / fd_secs
    sd_rate = chars / sd_secs
    print(f"{'':14}{'seconds':>10}{'chars/s':>14}{'found':>8}")
    print(f"{'find_dates':14}{fd_secs:>10.2f}{fd_rate:>14,.0f}{n_fd:>8}")
    print(f"{'search_dates':14}{sd_secs:>10.2f}{sd_rate:>14,.0f}{n_sd:>8}")
    print(f"ratio find_dates / search_dates: {fd_rate / sd_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
