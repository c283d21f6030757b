"""Score timeline's extraction on the probe sets: news-like articles written
for this project by helpers who never ran the engine, annotated by them.

    .venv/bin/python bench/probes.py [-v] [--set a,b,c,d] [--without-pruning] [--via-reader]

Each set is a folder of bench/gold/probes/ (set-a ... set-s): `NAME.txt`
starts with `Title:` and `Published:` lines, then a blank line and the
article; `NAME.yml` holds `events:` and `traps:` in the gold's format, with
one difference of convention: an interval known at one end only has the
other as null (a null start is scored as `unknown`, a null end as the
publication day). The figures are those of bench/events.py (its score_doc
and summarise). Sets c and d were scored once before any rule was changed
for them (bench/gold/probes/README.md); after that they were read like the
others, so none of the four is held out any more.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events import fmt, score_doc, summarise, switch_off_pruning  # noqa: E402
from timeline.events import extract  # noqa: E402
from timeline.sources.text import read_text  # noqa: E402

PROBES = ROOT / "bench" / "gold" / "probes"


def load(path: Path):
    """(text, published, title, gold) of one probe article."""
    raw = path.read_text("utf-8")
    title = re.match(r"Title:\s*(.*)", raw)
    published = re.search(r"^Published:\s*(\S+)", raw, re.M)
    if title is None or published is None or "\n\n" not in raw:
        raise ValueError(f"{path}: no 'Title:'/'Published:' header")
    text = raw.split("\n\n", 1)[1]
    gold = yaml.safe_load(path.with_suffix(".yml").read_text("utf-8")) or {}
    pub = published.group(1)
    for e in gold.get("events") or []:
        d = e.setdefault("date", {}) or {}
        e["date"] = d
        for k in ("start", "end"):
            if d.get(k) is not None:
                d[k] = str(d[k])
        if d.get("start") is None:
            d["start"] = d["end"] = None
            d["precision"] = "unknown"
        elif d.get("end") is None:
            d["end"] = pub
    return text, pub, title.group(1), gold


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="", help="comma-separated set letters (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and false positives")
    ap.add_argument("--without-pruning", action="store_true",
                    help="diagnostic, as in bench/events.py: every candidate mention scored, the pruning switched off")
    ap.add_argument("--via-reader", action="store_true",
                    help="read each file as `timeline events FILE` does (timeline.sources.text.read_text: its header "
                         "lines, its title), instead of this script's own loader; the figures should be the same")
    args = ap.parse_args(argv)
    if args.without_pruning:
        switch_off_pruning()
    if not PROBES.is_dir():
        print(f"no probe sets at {PROBES}", file=sys.stderr)
        return 1
    wanted = {s.strip() for s in args.set.split(",") if s.strip()}
    everything = []
    for folder in sorted(p for p in PROBES.iterdir() if p.is_dir()):
        letter = folder.name.split("-", 1)[-1]
        if wanted and letter not in wanted:
            continue
        results = []
        for path in sorted(folder.glob("*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
            text, pub, title, gold = load(path)
            if args.via_reader:
                (article,) = read_text(str(path))
                text, title = article.text, article.title
            r = score_doc(text, pub, gold, extract(text, pub, title=title).mentions)
            results.append(r)
            if args.verbose:
                print(f"== {folder.name}/{path.name} {pub} {title}")
                for g in r["misses"]:
                    print(f"  MISS {g['type']} {g.get('status', 'occurred')}: {g.get('evidence', '')[:90]!r}")
                for m in r["fps"]:
                    print(f"  FP {m.type} {m.status} [{m.trigger}] {m.display_date}: {m.sentence[:90]!r}")
        everything.extend(results)
        print(fmt(folder.name, summarise(results)))
    if len(everything) > 16:
        print(fmt("probes", summarise(everything)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
