"""Merging mentions into events: one row of `events` per real-world event.

Two mentions report the same event when they have the same type, share a
main actor (who/whom; places only when neither has one) after alias
resolution, and their date intervals are compatible (they overlap, or one is
unknown). An event's interval is the narrowest one all its mentions allow:
"early November" (Nov 1-10) and "on Nov. 10" give Nov 10. Mentions of a
once-only event (a death, a disappearance...) that share the actor but not the
dates are still one event, flagged `conflict`; every claim stays in
`mentions`, none is overwritten. A later report that negates an event sets
`conflict` too.
"""
from __future__ import annotations

import datetime as dt

from .dates import display_date
from .models import stable_id

# Things that happen to a person once in a story: reports that share the
# person but not the dates are a conflict about one event, not two events.
SINGULAR_TYPES = {"death", "killing", "disappearance", "defection", "asylum", "birth"}
DATED_STATUSES = ("occurred", "planned", "unconfirmed")
STATUS_ORDER = ["occurred", "planned", "unconfirmed", "hypothetical", "negated"]
PRECISION_ORDER = [
    "day", "week", "part_of_month", "month", "quarter", "season",
    "part_of_year", "year", "decade", "century", "unknown",
]

_MIN, _MAX = "0000-01-01", "9999-12-31"


def _interval(row) -> tuple[str, str] | None:
    if row["date_start"] is None and row["date_end"] is None:
        return None
    return row["date_start"] or _MIN, row["date_end"] or _MAX


def _overlap(a, b) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _mention_rows(db, where: str, params) -> list[dict]:
    sql = f"""
      select mentions.*, articles.published, articles.source, articles.ingested_at
      from mentions join articles on articles.id = mentions.article_id
      where {where}
      order by coalesce(articles.published, articles.ingested_at), articles.id, mentions.seq
    """
    return [dict(r) for r in db.query(sql, params)]


def _key_entities(db, table: str, column: str, id_: str) -> set[str]:
    """The main actors of a mention or event, that merging keys on.

    People and organisations who did it or had it done to them; failing
    those, countries in those roles; failing those, the places where. A
    country named beside a person ("Trump ... the United States") is too
    common to tell one event from another, and an unnamed group ("Nigerian
    police") more so: it is never a key.
    """
    rows = db.execute(
        f"""select t.entity_id, t.role, entities.kind from {table} t
            join entities on entities.id = t.entity_id where t.{column} = ?""", [id_]).fetchall()
    for wanted in (lambda r, k: r in ("who", "whom") and k not in ("place", "group"),
                   lambda r, k: r in ("who", "whom") and k != "group",
                   lambda r, k: r == "where"):
        keys = {e for e, role, kind in rows if wanted(role, kind)}
        if keys:
            return keys
    return set()


def merge_mentions(db, mention_ids: list[str], affected_events=()) -> set[str]:
    """Attach new mentions to events (creating them as needed).

    `affected_events` are events that lost mentions (a corrected article):
    they are recomputed, and deleted when nothing reports them any more.
    Returns the ids of the events touched.
    """
    touched = set(affected_events)
    if mention_ids:
        placeholders = ",".join("?" * len(mention_ids))
        rows = _mention_rows(db, f"mentions.id in ({placeholders})", mention_ids)
    else:
        rows = []
    for m in rows:
        event_id = _find_event(db, m)
        if event_id is None:
            event_id = stable_id("event", m["id"])
            db.conn.execute("insert or replace into events (id, type, status, n_mentions) "
                            "values (?, ?, ?, 0)", [event_id, m["type"], m["status"]])
        db.execute("update mentions set event_id = ? where id = ?", [event_id, m["id"]])
        _refresh_event(db, event_id)
        touched.add(event_id)
    for event_id in affected_events:
        _refresh_event(db, event_id)
    return touched


def _find_event(db, m: dict) -> str | None:
    keys = _key_entities(db, "mention_entities", "mention_id", m["id"])
    if not keys:
        return None
    placeholders = ",".join("?" * len(keys))
    candidates = db.execute(
        f"""select events.id, events.date_start, events.date_end, count(*) as shared
            from event_entities join events on events.id = event_entities.event_id
            where event_entities.entity_id in ({placeholders}) and events.type = ?
            group by events.id order by shared desc, events.date_start""",
        [*keys, m["type"]],
    ).fetchall()
    mint = _interval(m)
    best = None
    for eid, ds, de, shared in candidates:
        ekeys = _key_entities(db, "event_entities", "event_id", eid)
        if not (keys & ekeys):
            continue
        eint = None if ds is None and de is None else (ds or _MIN, de or _MAX)
        shared = keys & ekeys
        singular = m["type"] in SINGULAR_TYPES and _shares_person(db, shared)
        if (m["date_start"] is None or ds is None) and not singular \
                and not _weighty_link(db, m, eid, shared):
            continue
        if _overlap(mint, eint) or singular:
            score = (len(keys & ekeys), _overlap(mint, eint))
            if best is None or score > best[0]:
                best = (score, eid)
    return best[1] if best else None


def _weighty_link(db, m: dict, event_id: str, shared: set[str]) -> bool:
    """Enough to join an undated report of a repeatable event to an event.

    An undated "X was appointed" says little about which appointment it was:
    join it to one from the same article, or through a shared person, but
    not across articles through an organisation or place alone.
    """
    if db.execute("select 1 from mentions where event_id = ? and article_id = ? limit 1",
                  [event_id, m["article_id"]]).fetchone():
        return True
    return _shares_person(db, shared)


def _shares_person(db, shared: set[str]) -> bool:
    ph = ",".join("?" * len(shared))
    return db.execute(f"select 1 from entities where id in ({ph}) and kind = 'person' limit 1",
                      list(shared)).fetchone() is not None


def _precision_for(start: str, end: str) -> str:
    if start == _MIN or end == _MAX:
        return "unknown"
    d0 = dt.date.fromisoformat(start)
    d1 = dt.date.fromisoformat(end)
    days = (d1 - d0).days + 1
    if days == 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 11 and d0.month == d1.month:
        return "part_of_month"
    if d0.day == 1 and d0.month == d1.month and d0.year == d1.year:
        return "month"
    if days <= 31:
        return "part_of_month"
    if days <= 92:
        return "quarter"
    if days <= 300:
        return "part_of_year"
    if days <= 366:
        return "year"
    if days <= 3653:
        return "decade"
    return "century"


def _display(start, end, precision, fallback=None) -> str | None:
    if fallback:
        return fallback
    return None if start is None else display_date(start, end, precision)


def _refresh_event(db, event_id: str) -> None:
    """Recompute one event's fields from its mentions."""
    ms = _mention_rows(db, "mentions.event_id = ?", [event_id])
    if not ms:
        db.execute("delete from event_entities where event_id = ?", [event_id])
        db.execute("delete from events where id = ?", [event_id])
        return
    statuses = {m["status"] for m in ms}
    status = min(statuses, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99)
    dated = [m for m in ms if m["status"] in DATED_STATUSES] or ms
    conflict_reasons = []
    # the narrowest interval all reports allow
    start, end = _MIN, _MAX
    known = [m for m in dated if _interval(m) is not None]
    for m in known:
        s, e = _interval(m)
        start, end = max(start, s), min(end, e)
    best = min(known, key=lambda m: (PRECISION_ORDER.index(m["precision"])
                                     if m["precision"] in PRECISION_ORDER else 99)) if known else None
    if start > end:
        conflict_reasons.append("reports give disjoint dates")
        # keep the most precise report's interval; every claim stays in mentions
        start, end = _interval(best)
    if "occurred" in statuses and "negated" in statuses:
        conflict_reasons.append("a report denies it")
    if start == _MIN and end == _MAX:
        date_start = date_end = None
        precision = "unknown"
    else:
        date_start = None if start == _MIN else start
        date_end = None if end == _MAX else end
        precision = "unknown" if date_start is None else _precision_for(start, end)
    fallback = None
    for m in known:
        if m["date_start"] == date_start and m["date_end"] == date_end:
            precision = m["precision"] or precision
            fallback = m["display_date"]
            break
    evidence_m = best or ms[0]
    published = sorted(m["published"] or m["ingested_at"][:10] for m in ms)
    # actors: every entity any mention names, who/whom before where
    ent_rows = db.execute(
        f"""select distinct me.entity_id, me.role, entities.name, entities.kind
            from mention_entities me join entities on entities.id = me.entity_id
            where me.mention_id in ({",".join("?" * len(ms))})""",
        [m["id"] for m in ms],
    ).fetchall()
    db.execute("delete from event_entities where event_id = ?", [event_id])
    db.conn.executemany(
        "insert or ignore into event_entities (event_id, entity_id, role) values (?, ?, ?)",
        [(event_id, e, r) for e, r, _, _ in ent_rows])
    who = _ordered_unique(n for _, r, n, _ in ent_rows if r in ("who", "whom"))
    where = _ordered_unique(n for _, r, n, _ in ent_rows if r == "where")
    summary = _summary(ms[0]["type"], who, where, status)
    fields = {
        "type": ms[0]["type"],
        "status": status,
        "date_start": date_start,
        "date_end": date_end,
        "precision": precision,
        "display_date": _display(date_start, date_end, precision, fallback),
        "year": int(date_start[:4]) if date_start else None,
        "year_month": date_start[:7] if date_start else None,
        "summary": summary,
        "actors": "; ".join(who + [w for w in where if w not in who]) or None,
        "evidence": evidence_m["sentence"],
        "n_mentions": len(ms),
        "n_articles": len({m["article_id"] for m in ms}),
        "n_sources": len({m["source"] or m["article_id"] for m in ms}),
        "first_reported": published[0],
        "last_reported": published[-1],
        "conflict": 1 if conflict_reasons else 0,
        "conflict_reason": "; ".join(conflict_reasons) or None,
    }
    db.conn.execute(
        f"update events set {', '.join(f'[{k}] = ?' for k in fields)} where id = ?",
        [*fields.values(), event_id])


def _ordered_unique(items) -> list[str]:
    out = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


def _summary(type_: str, who: list[str], where: list[str], status: str) -> str:
    label = type_.replace("_", " ")
    s = f"{label.capitalize()}"
    if who:
        s += ": " + ", ".join(who[:3])
    if where:
        s += f" ({', '.join(where[:2])})"
    if status != "occurred":
        s += f" [{status}]"
    return s


def rebuild_events(db) -> int:
    """Redo every merge from the mentions; returns the number of events."""
    with db.atomic():
        db.execute("update mentions set event_id = null")
        db.execute("delete from event_entities")
        db.execute("delete from events")
        ids = [r["id"] for r in _mention_rows(db, "1 = 1", [])]
        merge_mentions(db, ids)
    return db["events"].count


def merge_unmerged(db) -> int:
    """Merge the mentions that belong to no event yet; returns the event count."""
    with db.atomic():
        ids = [r["id"] for r in _mention_rows(db, "mentions.event_id is null", [])]
        merge_mentions(db, ids)
    return db["events"].count
