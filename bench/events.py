"""Score timeline.find_events against the hand-annotated gold sets.

    .venv/bin/python bench/events.py [--engine rules|spacy|both] [--split dev|test|all] [-v] [--rounds N]

Gold: ../shared/seed/*.expected.yml (the seed), bench/gold/wikinews/*.yml
(the seed's format plus url, published and split: dev|test; Wikinews texts
are read by url from ../shared/corpora/wikinews/*.csv, never copied here),
and bench/gold/synthetic/*.yml (news-like articles written for this project,
text in the .txt beside each). Rows `dev`, `test` and `wiki` are Wikinews
only; `devsyn`, `testsyn` and `syn` the synthetic set.

A predicted mention matches a gold event when the types agree and either
its trigger lies inside the gold evidence (or `also_reported_as`) span, or
its date interval overlaps the gold one and it shares an actor. Each gold
event takes at most one mention; further mentions of a matched event are
repeats (the store merges them) and count neither way. A gold event marked
`optional` (reported speech that only sources the facts or comments on them:
bench/gold/wikinews/README.md) may take a mention, which is then no false
positive, but is neither a hit nor a miss (`--all-required` scores it like
any other). Mentions whose status is hypothetical, negated or unconfirmed
are not claims that something happened: they are never false positives, but
they may match gold events of that status.

Figures, per split (and per batch of the gold set: batch 1 chosen by hand,
batches 2 and 3 a random draw; see bench/gold/wikinews/README.md):
- events P/R/F1 over matches;
- date accuracy among matched: the predicted interval lies inside the gold
  period (widened to the whole month for part_of_month, whole year for
  part_of_year/season/quarter) and overlaps the gold interval; gold `unknown`
  wants `unknown`;
- actor F1 among matched: gold who vs predicted who+whom, gold where vs
  predicted where (where only when the gold event has a `where`: it is
  optional, and the seed leaves it out where the place is plain); names
  compared after alias normalisation (gazetteer, "Britain" = "United
  Kingdom"; "German government" = "Government of Germany") and token
  containment ("John Bolton" = "John R. Bolton");
- status accuracy among matched;
- trap hits: a confirmed mention dated by an expression inside a trap span
  (unless it is correctly matched), or triggered inside one without matching
  gold (a briefing inside the span may be a statement);
- articles/s of the whole extract() over every Wikinews article (one core).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.entities import gazetteer  # noqa: E402
from timeline.events import extract  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "bench" / "gold" / "wikinews"
SYN_DIR = ROOT / "bench" / "gold" / "synthetic"
CONFIRMED = ("occurred", "planned")
WHO_ROLES = ("who", "whom")

csv.field_size_limit(10**8)


def read_wikinews() -> dict[str, dict]:
    rows = {}
    for path in sorted((SHARED / "corpora" / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                rows[row["url"]] = row
    return rows


def load_gold():
    """[(name, split, text, published, gold dict)]"""
    docs = []
    for path in sorted((SHARED / "seed").glob("*.expected.yml")):
        gold = yaml.safe_load(path.read_text("utf-8"))
        text = path.with_name(path.name.replace(".expected.yml", ".txt")).read_text("utf-8")
        docs.append((path.stem.replace(".expected", ""), "seed", text, str(gold["published"]), gold))
    rows = read_wikinews() if (SHARED / "corpora" / "wikinews").is_dir() else {}
    for path in sorted(GOLD_DIR.glob("*.yml")):
        try:
            gold = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError as exc:
            print(f"skip {path.name}: {exc}", file=sys.stderr)
            continue
        if not isinstance(gold, dict):
            continue
        row = rows.get(gold.get("url"))
        if row is None:
            print(f"skip {path.name}: url not in the corpus", file=sys.stderr)
            continue
        docs.append((path.stem, gold.get("split", "dev"), row["text"],
                     str(gold.get("published") or row["date"]), gold))
    # our own news-like articles, text beside the annotation (batch "syn")
    for path in sorted(SYN_DIR.glob("*.yml")):
        gold = yaml.safe_load(path.read_text("utf-8"))
        txt = path.with_suffix(".txt")
        if not isinstance(gold, dict) or not txt.exists():
            print(f"skip {path.name}: no annotation or no text", file=sys.stderr)
            continue
        gold["batch"] = "syn"
        docs.append((path.stem, gold.get("split", "dev"), txt.read_text("utf-8"), str(gold["published"]), gold))
    return docs


# ---------------------------------------------------------------- names


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^\w ]+", "", s.lower().replace("-", " ")).strip()


def _canon(name: str) -> str:
    gaz = gazetteer()
    hit = gaz.places.get(name)
    if hit:
        return _fold(hit[0])
    name = re.sub(r"^(?:the|The)\s+", "", name)
    # "German government" = "Government of Germany", "Tonga's parliament" =
    # "Parliament of Tonga": the engine writes bodies of a country canonically
    # (whatever the case of the body: "Georgian Police" = "Georgian police")
    m = re.match(r"^([A-Z][\w.'’ -]*?)(?:[’']s)?\s+((?i:government|parliament|senate|army|navy|police|cabinet))$", name)
    if m and m.group(1) in gaz.places:
        return _fold(f"{m.group(2).lower()} of {gaz.places[m.group(1)][0]}")
    return _fold(name)


def _initials(name: str) -> set[str]:
    """"WTO" for World Trade Organization; "BOJ" and "BJ" for Bank of Japan."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in ("of", "and", "the", "for", "de", "la")).upper()}


def _same(a: str, b: str) -> bool:
    # an acronym and the name it stands for: "WWE" = "World Wrestling Entertainment"
    for x, y in ((a, b), (b, a)):
        if re.fullmatch(r"[A-Z]{2,6}", x) and len(y.split()) >= 2 and x in _initials(y):
            return True
    a, b = _canon(a), _canon(b)
    if a == b:
        return True
    ta, tb = set(a.split()), set(b.split())
    if not ta or not tb:
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return small <= big and (len(small) >= 2 or len(big) <= 2 and small & big == small)


def _name_overlap(pred: list[str], gold: list[str]) -> int:
    used = set()
    n = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _same(p, g):
                used.add(i)
                n += 1
                break
    return n


# ---------------------------------------------------------------- matching


def _span(text: str, needle: str | None):
    if not needle:
        return None
    i = text.find(needle)
    if i < 0:
        # tolerate quote styles and spacing
        pat = re.escape(needle)
        pat = re.sub(r"\\[\"“”]|[\"“”]", "[\"“”]", pat)
        pat = re.sub(r"\\['’]|['’]", "['’]", pat)
        pat = pat.replace(r"\ ", r"\s+")
        m = re.search(pat, text)
        return (m.start(), m.end()) if m else None
    return i, i + len(needle)


def _gold_status(g) -> str:
    return g.get("status", "occurred")


def _gold_date(g):
    d = g.get("date") or {}
    s, e = d.get("start"), d.get("end")
    return (str(s) if s else None, str(e) if e else None, d.get("precision", "unknown"))


def _overlaps(m, g) -> bool:
    gs, ge, _ = _gold_date(g)
    if gs is None or m.date_start is None:
        return gs is None and m.date_start is None
    return m.date_start <= ge and gs <= m.date_end


def _date_ok(m, g) -> bool:
    gs, ge, prec = _gold_date(g)
    if gs is None:
        return m.date_start is None
    if m.date_start is None:
        return False
    lo, hi = gs, ge
    if prec == "part_of_month":
        lo = gs[:8] + "01"
        y, mo = int(ge[:4]), int(ge[5:7])
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        hi = nxt.isoformat()
    elif prec in ("part_of_year", "season", "quarter", "half"):
        lo, hi = gs[:4] + "-01-01", ge[:4] + "-12-31"
    return lo <= m.date_start and m.date_end <= hi and m.date_start <= ge and gs <= m.date_end


def _pred_who(m):
    return [a.name for a in m.actors if a.role in WHO_ROLES]


def score_doc(text, published, gold, mentions, all_required=False):
    events = gold.get("events") or []
    # an optional event (reported speech that only sources the facts, see
    # bench/gold/wikinews/README.md) may take a mention, which is then no
    # false positive, but counts neither as a hit nor as a miss
    optional = set() if all_required else {gi for gi, g in enumerate(events) if g.get("optional")}
    order = sorted(range(len(events)), key=lambda gi: gi in optional)
    spans = []
    for g in events:
        sp = [_span(text, g.get("evidence"))]
        also = g.get("also_reported_as")
        for a in (also if isinstance(also, list) else [also]):
            sp.append(_span(text, a))
        spans.append(sp)
    matched: dict[int, object] = {}
    used = set()
    # pass 0: the evidence itself; 1: also_reported_as; 2: type + date + an actor
    for pass_ in (0, 1, 2):
        for gi in order:
            g = events[gi]
            if gi in matched:
                continue
            for mi, m in enumerate(mentions):
                if mi in used or m.type != g["type"]:
                    continue
                if pass_ < 2:
                    sp = spans[gi][:1] if pass_ == 0 else spans[gi][1:]
                    ok = any(a <= m.trigger_start < b for a, b in filter(None, sp))
                else:
                    gw = (g.get("who") or []) + (g.get("where") or [])
                    ok = _overlaps(m, g) and (_name_overlap(_pred_who(m) + m.where, gw) > 0 or not gw)
                if ok:
                    matched[gi] = m
                    used.add(mi)
                    break
    # repeats of matched events do not count as false positives
    repeats = set()
    for mi, m in enumerate(mentions):
        if mi in used:
            continue
        for gi, mm in matched.items():
            g = events[gi]
            if m.type == g["type"] and (
                any(a <= m.trigger_start < b for a, b in filter(None, spans[gi]))
                or _name_overlap(_pred_who(m), _pred_who(mm) or g.get("who") or []) > 0
                and (m.date_start is None or _overlaps(m, g))
            ):
                repeats.add(mi)
                break
    fp = [m for mi, m in enumerate(mentions)
          if mi not in used and mi not in repeats and m.status in CONFIRMED]
    misses = [g for gi, g in enumerate(events) if gi not in matched and gi not in optional]
    r = dict(tp=len(set(matched) - optional), fn=len(misses), fp=len(fp), date_ok=0, status_ok=0,
             a_tp=0, a_pred=0, a_gold=0, traps=0, trap_total=0, fps=fp, misses=misses, details=[])
    for gi, m in matched.items():
        g = events[gi]
        if gi in optional:
            continue
        d_ok = _date_ok(m, g)
        s_ok = m.status == _gold_status(g)
        r["date_ok"] += d_ok
        r["status_ok"] += s_ok
        pw, gw = _pred_who(m), g.get("who") or []
        # `where` is optional in the gold (the seed leaves it out of the
        # disappearance from the Rome embassy): unannotated, it is not scored
        pl, gl = (m.where, g["where"] or []) if "where" in g else ([], [])
        r["a_tp"] += _name_overlap(list(dict.fromkeys(pw)), gw) + _name_overlap(list(dict.fromkeys(pl)), gl)
        r["a_pred"] += len(set(pw)) + len(set(pl))
        r["a_gold"] += len(gw) + len(gl)
        r["details"].append((g, m, d_ok, s_ok))
    correct = {id(m) for gi, m in matched.items() if _date_ok(m, events[gi])}
    for trap in gold.get("traps") or []:
        sp = _span(text, trap.get("text"))
        if not sp:
            continue
        r["trap_total"] += 1
        a, b = sp
        hit = False
        for m in mentions:
            if m.status not in CONFIRMED or id(m) in correct:
                continue
            trig_in = a <= m.trigger_start < b
            tx_in = m.timex is not None and a <= m.timex.start < b
            if tx_in and not (trig_in and m.type == "statement"):
                hit = True
            elif trig_in and m.timex is None and m not in matched.values() and m.type != "statement":
                hit = True
        r["traps"] += hit
        if hit:
            r.setdefault("trap_texts", []).append(trap.get("text"))
    return r


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def summarise(results):
    tot = {k: sum(r[k] for r in results) for k in ("tp", "fn", "fp", "date_ok", "status_ok",
                                                     "a_tp", "a_pred", "a_gold", "traps", "trap_total")}
    p = tot["tp"] / (tot["tp"] + tot["fp"]) if tot["tp"] + tot["fp"] else 0.0
    rc = tot["tp"] / (tot["tp"] + tot["fn"]) if tot["tp"] + tot["fn"] else 0.0
    ap = tot["a_tp"] / tot["a_pred"] if tot["a_pred"] else 0.0
    ar = tot["a_tp"] / tot["a_gold"] if tot["a_gold"] else 0.0
    return dict(
        articles=len(results), gold=tot["tp"] + tot["fn"], tp=tot["tp"], fp=tot["fp"],
        P=p, R=rc, F1=_f1(p, rc),
        date_acc=tot["date_ok"] / tot["tp"] if tot["tp"] else 0.0,
        actor_F1=_f1(ap, ar), actor_P=ap, actor_R=ar,
        status_acc=tot["status_ok"] / tot["tp"] if tot["tp"] else 0.0,
        traps=f"{tot['traps']}/{tot['trap_total']}",
    )


def fmt(name, s):
    return (f"{name:6} articles={s['articles']:3} gold={s['gold']:3} tp={s['tp']:3} fp={s['fp']:3}  "
            f"P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}  date_acc={s['date_acc']:.3f}  "
            f"actor_F1={s['actor_F1']:.3f} (P={s['actor_P']:.2f} R={s['actor_R']:.2f})  "
            f"status_acc={s['status_acc']:.3f}  traps={s['traps']}")


def speed(engine: str, limit: int | None = None, rounds: int = 3) -> tuple[float, int]:
    rows = list(read_wikinews().values())
    rows = [r for r in rows if not r["title"].startswith("TEST PAGE")][:limit]
    extract(rows[0]["text"], rows[0]["date"], engine=engine)  # warm up: taxonomy, gazetteer, parsers
    # CPU time of this process, best of `rounds`: the figure is per core,
    # and the best round is the one least disturbed by whatever else runs
    best = None
    for _ in range(rounds):
        t0 = time.process_time()
        for r in rows:
            extract(r["text"], r["date"], title=r["title"], engine=engine)
        dtm = time.process_time() - t0
        best = dtm if best is None else min(best, dtm)
    return len(rows) / best, len(rows)


def run(engine: str, splits: list[str], verbose: bool, only: tuple[str, ...] = (), all_required: bool = False):
    docs = load_gold()
    by_split: dict[str, list] = {}
    for name, split, text, published, gold in docs:
        if split not in splits or only and not name.startswith(only):
            continue
        ex = extract(text, published, title=gold.get("title"), engine=engine)
        r = score_doc(text, published, gold, ex.mentions, all_required=all_required)
        r["name"] = name
        r["batch"] = gold.get("batch", 1) if split != "seed" else None
        by_split.setdefault(split, []).append(r)
        if verbose and split != "test":
            _explain(name, r)
    print(f"engine: {engine}" + (" (every gold event required, optional statements too)" if all_required else ""))
    for split in splits:
        wiki = [r for r in by_split.get(split, []) if r["batch"] != "syn"]
        if wiki:
            print(fmt(split, summarise(wiki)))
            if split != "seed":
                # batch 1: chosen by hand, event-rich; batches 2-4: a random draw
                for b in sorted({r["batch"] for r in wiki}, key=str):
                    part = [r for r in wiki if r["batch"] == b]
                    if part and len(part) < len(wiki):
                        print(fmt(f" {split}{b}", summarise(part)))
    for split in splits:
        syn = [r for r in by_split.get(split, []) if r["batch"] == "syn"]
        if syn:
            print(fmt(f"{split}syn", summarise(syn)))
    allr = [r for s in ("dev", "test") for r in by_split.get(s, []) if r["batch"] != "syn"]
    if allr:
        print(fmt("wiki", summarise(allr)))
    syn = [r for s in ("dev", "test") for r in by_split.get(s, []) if r["batch"] == "syn"]
    if syn:
        print(fmt("syn", summarise(syn)))


def _explain(name, r):
    print(f"--- {name}: tp={r['tp']} fn={r['fn']} fp={r['fp']} traps={r.get('trap_texts', [])}")
    for g, m, d_ok, s_ok in r["details"]:
        flags = ("" if d_ok else f" DATE {m.date_start}..{m.date_end} vs {_gold_date(g)[:2]}") + \
                ("" if s_ok else f" STATUS {m.status} vs {_gold_status(g)}")
        pw = _pred_who(m)
        gw = g.get("who") or []
        if _name_overlap(pw, gw) != len(gw) or len(set(pw)) != len(gw) or _name_overlap(m.where, g.get("where") or []) != len(g.get("where") or []) or len(set(m.where)) != len(g.get("where") or []):
            flags += f" ACTORS who={pw} where={m.where} vs who={gw} where={g.get('where')}"
        if flags:
            print(f"  ok {g['type']}: {g['evidence'][:70]!r}{flags}")
    for g in r["misses"]:
        print(f"  MISS {g['type']} {_gold_status(g)}: {g['evidence'][:90]!r}")
    for m in r["fps"]:
        print(f"  FP {m.type} {m.status} [{m.trigger}] {m.display_date} who={_pred_who(m)}: {m.sentence[:110]!r}")


def switch_off_pruning() -> None:
    """Diagnostic (`--without-pruning`): every candidate mention is kept, the
    repeat and background pruning of timeline.events._prune switched off."""
    import timeline.events as _events

    _events._prune = lambda mentions, sentences=(): mentions
    print("diagnostic: pruning off (timeline.events._prune replaced by the identity)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="both", choices=["rules", "spacy", "both"])
    ap.add_argument("--split", default="all", choices=["dev", "test", "seed", "all"])
    ap.add_argument("-v", "--verbose", action="store_true", help="explain misses and false positives (never for test)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--rounds", type=int, default=3,
                    help="speed: timed passes over the corpus, the best one reported (rules engine; spaCy runs one)")
    ap.add_argument("--only", metavar="PREFIXES",
                    help="score only gold files whose names start with one of these comma-separated prefixes "
                         "(e.g. 'd-,e-,f-' for one synthetic batch)")
    ap.add_argument("--all-required", action="store_true",
                    help="score optional gold events (reported speech that only sources the facts) as required, "
                         "as before the statement review")
    ap.add_argument("--without-pruning", action="store_true",
                    help="diagnostic: score every candidate mention, with the repeat and background pruning of "
                         "timeline.events._prune switched off (the recall the triggers allow, and what the "
                         "pruning saves in false positives); its speed figure is not the product's")
    args = ap.parse_args(argv)
    if args.without_pruning:
        switch_off_pruning()
    if not SHARED.is_dir():
        print("skipped: ../shared (seed and corpora) is not here")
        return 0
    splits = ["seed", "dev", "test"] if args.split == "all" else [args.split]
    engines = ["rules", "spacy"] if args.engine == "both" else [args.engine]
    for engine in engines:
        if engine == "spacy":
            from timeline.entities import spacy_available

            if not spacy_available():
                print("engine: spacy skipped (spacy or an English pipeline is not installed; "
                      "pip install 'timeline[spacy]' and en_core_web_sm)")
                continue
        run(engine, splits, args.verbose, tuple(p for p in (args.only or "").split(",") if p), args.all_required)
        if not args.no_speed:
            rounds = args.rounds if engine == "rules" else 1
            rate, n = speed(engine, limit=None if engine == "rules" else 60, rounds=rounds)
            print(f"speed  {engine}: {rate:.1f} articles/s over {n} Wikinews articles "
                  f"(whole extract(), CPU time of one core, best of {rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
