"""Check the hand-annotated Wikinews gold set in bench/gold/wikinews/.

For every gold file: the url is found in the Wikinews CSVs, published equals the
CSV date, every evidence / also_reported_as / trap text is an exact substring of
the article text, event types and statuses are in the taxonomy, precisions are
known, dates are valid with start <= end (start may be null only for
precision: unknown), and the splits are the documented draws:
- batch 1 (files without `batch:`): 52 articles chosen by the first annotator;
  `test` = the 10 that random.Random(42) picks from the sorted file names;
- batch 2 (`batch: 2`): the first 40 articles of at most 8,000 characters
  after random.Random(2026) shuffles the corpus articles not in batch 1 (CSV
  order); `test` = the first 10 of those. An article of batch 2 may have no
  events (`events: []`): a random draw of news includes studies and features;
- batch 3 (`batch: 3`): the next 40 articles of that same draw, all `dev`;
- batch 4 (`batch: 4`): the next 40 of the draw; `test` = the first 10 of
  them that are not in SEEN_BEFORE_BATCH4 (articles whose engine output the
  developer had read before the draw, so they may not be held out).

Usage: python bench/gold/check_gold.py [--corpus DIR]
(default corpus: /work/shared/corpora/wikinews, or $WIKINEWS_CORPUS)
Exits 1 and lists every problem if anything is wrong.
"""
import argparse
import csv
import datetime
import os
import pathlib
import random
import sys

import yaml

TYPES = set(
    "appointment resignation dismissal election term_end disappearance defection "
    "asylum summit meeting visit agreement arrest detention release charge trial "
    "sentence death killing attack protest strike disaster outbreak accident launch "
    "acquisition merger bankruptcy policy statement".split()
)
STATUSES = {"occurred", "planned", "hypothetical", "negated", "unconfirmed"}
PRECISIONS = set(
    "day week part_of_month month quarter season part_of_year year decade century unknown".split()
)
GOLD_DIR = pathlib.Path(__file__).resolve().parent / "wikinews"
# Batch-4 articles whose engine output was read while developing, before the
# batch was drawn: they may be dev, never test.
SEEN_BEFORE_BATCH4 = {
    "https://en.wikinews.org//wiki/Bernie_Sanders_wins_2020_Northern_Mariana_Islands_US_Democratic_presidential_caucus",
    "https://en.wikinews.org//wiki/Former_US_Representative_John_Conyers_dies_at_age_90",
    "https://en.wikinews.org//wiki/Earthquake_injures_25_people_in_southern_Philippines",
    "https://en.wikinews.org//wiki/California_court_sentences_parents_who_kept_their_children_in_captivity",
    "https://en.wikinews.org//wiki/Tropical_Storm_Humberto_upgraded_to_hurricane_status",
    "https://en.wikinews.org//wiki/Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast",
    "https://en.wikinews.org//wiki/Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman",
}
N_TEST = 10
SYN_DIR = pathlib.Path(__file__).resolve().parent / "synthetic"
# the first 24 synthetic articles, written by three helpers who never saw the engine
SYN_FIRST = sorted(p.stem for p in SYN_DIR.glob("[abc]-*.yml"))[:24]
SYN_TEST = set(random.Random(2027).sample(SYN_FIRST, 12)) if len(SYN_FIRST) == 24 else set()


def load_corpus(corpus_dir):
    csv.field_size_limit(10**9)
    articles = {}
    for path in sorted(pathlib.Path(corpus_dir).glob("wikinews_*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                articles[row["url"]] = row
    return articles


def as_date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def expected_test_split(names):
    names = sorted(names)
    return set(random.Random(42).sample(names, N_TEST))


def random_draw(articles, batch1_urls, n=40):
    """The urls of the random draw in order: batch 2 is the first 40 (the
    first 10 of them `test`), batch 3 the next 40, batch 4 the 40 after
    (the first 10 of them `test`)."""
    rest = [u for u in articles if u not in batch1_urls]
    random.Random(2026).shuffle(rest)
    return [u for u in rest if len(articles[u]["text"]) <= 8000][:n]


def check_file(path, articles):
    problems = []

    def bad(msg):
        problems.append(f"{path.name}: {msg}")

    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    row = articles.get(gold.get("url"))
    if row is None:
        bad(f"url not in corpus: {gold.get('url')}")
        return problems, gold
    text = row["text"]
    if str(gold.get("published")) != row["date"]:
        bad(f"published {gold.get('published')} != csv date {row['date']}")
    check_events(gold, text, row["date"], bad)
    return problems, gold


def check_events(gold, text, published, bad):
    """The checks every annotation gets, whatever its source."""
    if gold.get("split") not in ("dev", "test"):
        bad(f"split must be dev or test, not {gold.get('split')!r}")
    events = gold.get("events") or []
    if not events and gold.get("batch") not in (2, 3, 4):
        bad("no events")
    for n, ev in enumerate(events, 1):
        where = f"event {n} ({ev.get('type')})"
        if ev.get("type") not in TYPES:
            bad(f"{where}: unknown type")
        if ev.get("status", "occurred") not in STATUSES:
            bad(f"{where}: unknown status {ev.get('status')!r}")
        for key in ("who", "where"):
            if key in ev and not isinstance(ev[key], list):
                bad(f"{where}: {key} must be a list")
        for key in ("evidence", "also_reported_as"):
            if key in ev and ev[key] not in text:
                bad(f"{where}: {key} not in text: {ev[key]!r}")
        if "evidence" not in ev:
            bad(f"{where}: no evidence")
        date = ev.get("date") or {}
        prec = date.get("precision")
        if prec not in PRECISIONS:
            bad(f"{where}: unknown precision {prec!r}")
        try:
            end = as_date(date.get("end"))
            start = None if date.get("start") is None else as_date(date["start"])
        except (TypeError, ValueError) as exc:
            bad(f"{where}: bad date {date!r}: {exc}")
            continue
        if start is None and prec != "unknown":
            bad(f"{where}: start is null but precision is {prec}")
        if prec == "unknown" and start is not None:
            bad(f"{where}: precision unknown needs start: null")
        if start is not None and start > end:
            bad(f"{where}: start {start} > end {end}")
        if prec == "unknown" and end != as_date(published):
            bad(f"{where}: precision unknown should end at published {published}")
        if "optional" in ev and (ev["optional"] is not True or ev.get("type") != "statement"
                                 or not ev.get("why")):
            bad(f"{where}: optional is only `true`, on a statement, with a why")
    for trap in gold.get("traps") or []:
        if trap.get("text") not in text:
            bad(f"trap not in text: {trap.get('text')!r}")
        if not trap.get("why"):
            bad(f"trap without why: {trap.get('text')!r}")


def check_synthetic():
    """bench/gold/synthetic/: our own articles (.txt) beside their annotations
    (.yml); `test` = the 12 that random.Random(2027) picks from the sorted
    stems of the first 24 (written before the engine ever read them)."""
    problems = []
    paths = sorted(SYN_DIR.glob("*.yml"))
    for path in paths:
        def bad(msg, name=path.name):
            problems.append(f"synthetic/{name}: {msg}")

        txt = path.with_suffix(".txt")
        if not txt.exists():
            bad("no .txt beside it")
            continue
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        if not gold.get("events"):
            bad("no events")
        if gold.get("title") and text.splitlines()[0].strip() != gold["title"]:
            bad("title is not the article's first line")
        check_events(gold, text, str(gold.get("published")), bad)
        want = "test" if path.stem in SYN_TEST else "dev"
        if gold.get("split") != want:
            bad(f"split should be {want}")
    return problems, len(paths)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        default=os.environ.get("WIKINEWS_CORPUS", "/work/shared/corpora/wikinews"),
    )
    args = parser.parse_args(argv)
    articles = load_corpus(args.corpus)
    if not articles:
        print(f"no wikinews_*.csv found in {args.corpus}", file=sys.stderr)
        return 1
    paths = sorted(GOLD_DIR.glob("*.yml"))
    problems, splits, urls, counts, batches = [], {}, {}, {}, {}
    n_events = 0
    for path in paths:
        file_problems, gold = check_file(path, articles)
        problems += file_problems
        splits[path.name] = gold.get("split")
        batches[path.name] = gold.get("batch", 1)
        if gold.get("url") in urls:
            problems.append(f"{path.name}: same url as {urls[gold['url']]}")
        urls[gold.get("url")] = path.name
        for ev in gold.get("events") or []:
            n_events += 1
            counts[ev.get("type")] = counts.get(ev.get("type"), 0) + 1
    batch1 = [name for name in splits if batches[name] == 1]
    if len(batch1) >= N_TEST:
        want = expected_test_split(batch1)
        got = {name for name in batch1 if splits[name] == "test"}
        if got != want:
            problems.append(
                f"batch 1 test split should be {sorted(want)} (random.Random(42).sample), got {sorted(got)}"
            )
    batch1_urls = {u for u, name in urls.items() if batches[name] == 1}
    draw = random_draw(articles, batch1_urls, 120)
    for u, name in urls.items():
        b = batches[name]
        if b == 1:
            continue
        first = {2: 0, 3: 40, 4: 80}.get(b)
        part = draw[first:first + 40] if first is not None else []
        if u not in part:
            problems.append(f"{name}: batch {b} but not in the batch-{b} draw")
            continue
        if b == 4:
            eligible = [x for x in part if x not in SEEN_BEFORE_BATCH4]
            want_split = "test" if u in eligible[:N_TEST] else "dev"
        else:
            want_split = "test" if b == 2 and part.index(u) < N_TEST else "dev"
        if splits[name] != want_split:
            problems.append(f"{name}: batch {b} draw puts it in {want_split}")
    syn_problems, n_syn = check_synthetic()
    problems += syn_problems
    print(f"{n_syn} synthetic files ({len(SYN_TEST)} test)")
    for p in problems:
        print(p)
    years = sorted({str(articles[u]["date"])[:4] for u in urls if u in articles})
    print(
        f"{len(paths)} gold files ({list(splits.values()).count('test')} test), "
        f"{n_events} events, years {years}, {len(problems)} problems"
    )
    print("events by type: " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
