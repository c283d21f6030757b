"""Every mention of the read articles in this checkout against an older one:
which mentions come, go or change, so that a change can be checked on news
beyond the gold's events (the figures the closing notes quote as "mentions
that change over the read corpora").

    git archive <commit> | tar -x -C /tmp/base
    .venv/bin/python bench/mentions_ab.py /tmp/base [--sets a,b,c,d,e,j,l] [--reuters 3000] [-v]

The articles: the Wikinews corpus and the synthetic articles, less those of
the held-out test splits; the probe sets named (by default the ones already
read); the first N Reuters-21578 articles. A mention is keyed by its article,
trigger offset, type and status: one only in this checkout "comes", one only
in the base "goes" (so a mention retyped or given another status goes and
comes), one in both whose dates, display date or actors differ "changes".
`-v` prints each of them. Skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from events import GOLD_DIR, SHARED, SYN_DIR, read_wikinews  # noqa: E402
from speed_ab import _load_base  # noqa: E402

READ_SETS = "a,b,c,d,e,j,l,n,q,r,t,v,x,z"  # probe sets read before (bench/gold/probes/README.md)


def _test_split_keys() -> tuple[set, set]:
    """(Wikinews urls, synthetic names) of the held-out test splits."""
    import yaml

    urls, names = set(), set()
    for path in GOLD_DIR.glob("*.yml"):
        gold = yaml.safe_load(path.read_text("utf-8")) or {}
        if isinstance(gold, dict) and gold.get("split") == "test":
            urls.add(gold.get("url"))
    for path in SYN_DIR.glob("*.yml"):
        gold = yaml.safe_load(path.read_text("utf-8")) or {}
        if isinstance(gold, dict) and gold.get("split") == "test":
            names.add(path.stem)
    return urls, names


def articles(sets: str, reuters: int):
    """(name, text, published, title) of every article compared."""
    import yaml
    from _corpora import read_reuters
    from probes import PROBES, load

    test_urls, test_names = _test_split_keys()
    for url, row in sorted(read_wikinews().items()):
        if url not in test_urls:
            yield f"wikinews:{url.rsplit('/', 1)[-1]}", row["text"], row["date"], row.get("title")
    for path in sorted(SYN_DIR.glob("*.txt")):
        if path.stem not in test_names:
            gold = yaml.safe_load(path.with_suffix(".yml").read_text("utf-8"))
            yield f"synthetic:{path.stem}", path.read_text("utf-8"), str(gold["published"]), None
    for letter in [s.strip() for s in sets.split(",") if s.strip()]:
        for path in sorted((PROBES / f"set-{letter}").glob("*.txt")):
            text, pub, title, _ = load(path)
            yield f"probe-{letter}:{path.stem}", text, pub, title
    for i, (text, day) in enumerate(read_reuters()):
        if i >= reuters:
            break
        yield f"reuters:{i}", text, day.isoformat(), None


def _keyed(mentions) -> dict:
    """(trigger offset, type, status) -> what else the mention says."""
    out = {}
    for m in mentions:
        roles = {r: tuple(a.name for a in m.actors if a.role == r) for r in ("who", "whom", "where")}
        out.setdefault((m.trigger_start, m.type, m.status), []).append(
            (m.date_start, m.date_end, m.precision, m.display_date, roles["who"], roles["whom"], roles["where"]))
    return out


def ab_arguments(argv, description: str, what: str):
    """The arguments mentions_ab and dates_ab share, checked; None (after
    saying why) when ../shared/corpora is absent."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("base", type=Path, help="root of an older checkout or export (with its timeline/)")
    ap.add_argument("--sets", default=READ_SETS, help=f"probe sets to include (default: the read ones, {READ_SETS})")
    ap.add_argument("--reuters", type=int, default=3000, help="how many Reuters-21578 articles (default 3000)")
    ap.add_argument("-v", "--verbose", action="store_true", help=f"print each {what} that comes, goes or changes")
    args = ap.parse_args(argv)
    if not (args.base / "timeline" / "__init__.py").is_file():
        ap.error(f"{args.base}: no timeline/ package there")
    if not (SHARED / "corpora").is_dir():
        print("skipped: ../shared/corpora is not here")
        return None
    return args


def main(argv=None) -> int:
    args = ab_arguments(argv, __doc__.splitlines()[0], "mention")
    if args is None:
        return 0
    from timeline.events import extract

    base_extract = _load_base(args.base)
    n = Counter()
    touched = set()
    for name, text, pub, title in articles(args.sets, args.reuters):
        n["articles"] += 1
        ms = extract(text, pub, title=title).mentions
        old, new = _keyed(base_extract(text, pub, title=title).mentions), _keyed(ms)
        n["base"] += sum(map(len, old.values()))
        n["this"] += sum(map(len, new.values()))
        sentence = {m.trigger_start: m.sentence for m in ms}
        for key in sorted(set(old) | set(new)):
            a, b = old.get(key, []), new.get(key, [])
            k = len(a) - len(b)
            what = ("goes", k) if k > 0 else ("comes", -k) if k < 0 else None
            if what:
                n[what[0]] += what[1]
            changed = sum(1 for x, y in zip(a, b) if x != y)
            n["changes"] += changed
            if what or changed:
                touched.add(name)
                if args.verbose:
                    print(f"{name} @{key[0]} {key[1]} {key[2]}: {a} -> {b} "
                          f"{sentence.get(key[0], '')[:100]!r}")
    print(f"mentions over {n['articles']} articles: base {n['base']}, this {n['this']}; "
          f"{n['comes']} come, {n['goes']} go, {n['changes']} change, in {len(touched)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
