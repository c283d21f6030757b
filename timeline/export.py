"""Events out of the database: TimelineJS JSON, iCalendar, CSV, JSON Lines.

`select_events` is the one read that both `timeline export` and the
Datasette plugin's `/-/timeline.json` use: events filtered by entity, type,
status and date range, each with its entities and its evidence (every
sentence that reports it, with the article it came from).

It takes anything with an `execute(sql, params)` that returns a cursor: a
sqlite_utils Database or a plain sqlite3 connection (Datasette's).
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json

from .errors import TimelineError
from .query import find_entity_ids

FORMATS = ("timelinejs", "ics", "csv", "jsonl")

EVENT_COLUMNS = [
    "id", "type", "status", "date_start", "date_end", "precision", "display_date",
    "summary", "actors", "evidence", "n_mentions", "n_articles", "n_sources",
    "first_reported", "last_reported", "conflict", "conflict_reason",
]

# Chunk size for `in (...)` lists: SQLite's default limit is 999 variables.
_CHUNK = 500


def _rows(conn, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [v for v in value if v]


def select_events(conn, *, entity: str | None = None, types=None, statuses=None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: int | None = None, details: bool = True) -> list[dict]:
    """Events in date order (undated last), filtered, with their evidence.

    `entity` matches a name or alias after normalisation (as `timeline show`
    does) and raises TimelineError when nothing matches. `types`/`statuses`
    are lists (or comma-separated strings). `date_from`/`date_to`
    (YYYY-MM-DD) keep events whose interval overlaps them; undated events
    are then left out. With `details`, each event gets `entities` and
    `mentions` (sentence, trigger, date and article of every report).
    """
    where, params = [], []
    if entity:
        ids = find_entity_ids(conn, entity)
        if not ids:
            raise TimelineError(f"no entity called {entity!r} in the database")
        where.append(
            "events.id in (select event_id from event_entities where entity_id in ({}))".format(
                ",".join("?" * len(ids))))
        params.extend(ids)
    types = _as_list(types)
    if types:
        where.append("events.type in ({})".format(",".join("?" * len(types))))
        params.extend(types)
    statuses = _as_list(statuses)
    if statuses:
        where.append("events.status in ({})".format(",".join("?" * len(statuses))))
        params.extend(statuses)
    for value, label in ((date_from, "from"), (date_to, "to")):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise TimelineError(f"{label} date {value!r} is not YYYY-MM-DD") from None
    if date_from:
        where.append("events.date_start is not null and coalesce(events.date_end, events.date_start) >= ?")
        params.append(date_from)
    if date_to:
        where.append("events.date_start is not null and events.date_start <= ?")
        params.append(date_to)
    sql = "select {} from events{} order by events.date_start is null, events.date_start, " \
          "events.date_end, events.type, events.id".format(
              ", ".join(f"events.{c}" for c in EVENT_COLUMNS),
              " where " + " and ".join(where) if where else "")
    if limit:
        sql += " limit ?"
        params.append(int(limit))
    events = _rows(conn, sql, params)
    for e in events:
        e["conflict"] = bool(e["conflict"])
    if details and events:
        _attach_details(conn, events)
    return events


def _attach_details(conn, events: list[dict]) -> None:
    by_id = {e["id"]: e for e in events}
    for e in events:
        e["entities"] = []
        e["mentions"] = []
    ids = list(by_id)
    for chunk in _chunks(ids):
        ph = ",".join("?" * len(chunk))
        for r in _rows(conn, f"""
            select event_entities.event_id, entities.id, entities.name, entities.kind,
                   event_entities.role
            from event_entities join entities on entities.id = event_entities.entity_id
            where event_entities.event_id in ({ph})
            order by event_entities.role = 'where', entities.name""", chunk):
            by_id[r["event_id"]]["entities"].append(
                {"id": r["id"], "name": r["name"], "kind": r["kind"], "role": r["role"]})
        for r in _rows(conn, f"""
            select mentions.event_id, mentions.id, mentions.sentence, mentions.trigger,
                   mentions.trigger_start - mentions.sentence_start as trigger_offset,
                   mentions.status, mentions.date_text, mentions.display_date,
                   mentions.date_start, mentions.date_end, mentions.precision,
                   articles.id as article_id, articles.title, articles.url,
                   articles.published, articles.source
            from mentions join articles on articles.id = mentions.article_id
            where mentions.event_id in ({ph})
            order by articles.published is null, articles.published, articles.id, mentions.seq""",
                chunk):
            by_id[r["event_id"]]["mentions"].append({
                "id": r["id"], "sentence": r["sentence"], "trigger": r["trigger"],
                "trigger_offset": r["trigger_offset"], "status": r["status"],
                "date_text": r["date_text"], "display_date": r["display_date"],
                "date_start": r["date_start"], "date_end": r["date_end"],
                "precision": r["precision"],
                "article": {"id": r["article_id"], "title": r["title"], "url": r["url"],
                            "published": r["published"], "source": r["source"]},
            })


def display_date(e: dict) -> str:
    """The event's readable date, falling back to its interval."""
    if e.get("display_date"):
        return e["display_date"]
    if not e.get("date_start"):
        return "date unknown"
    if e["date_start"] == e.get("date_end") or not e.get("date_end"):
        return e["date_start"]
    return f"{e['date_start']} – {e['date_end']}"


def export_events(db, format: str, entity: str | None = None) -> str:
    """All events (or one entity's) as TimelineJS JSON, iCalendar, CSV or JSON Lines.

    Raises TimelineError for an unknown format or an entity that matches nothing.
    """
    if format not in FORMATS:
        raise TimelineError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    events = select_events(db, entity=entity)
    return {"timelinejs": to_timelinejs, "ics": to_ics, "csv": to_csv,
            "jsonl": to_jsonl}[format](events, title=entity)


# -- TimelineJS -------------------------------------------------------------

_YEAR_ONLY = {"year", "decade", "century"}
_MONTH_ONLY = {"month", "quarter", "season", "part_of_year"}


def _tljs_date(iso: str, precision: str) -> dict:
    d = dt.date.fromisoformat(iso)
    out = {"year": d.year}
    if precision not in _YEAR_ONLY:
        out["month"] = d.month
        if precision not in _MONTH_ONLY:
            out["day"] = d.day
    return out


def to_timelinejs(events: list[dict], title: str | None = None) -> str:
    """TimelineJS 3 JSON. Undated events are left out (TimelineJS needs a start).

    Dates keep only the parts the precision supports (a year-precision event
    has no month or day) and `display_date` says the date as the text did.
    """
    out = []
    for e in events:
        if not e["date_start"]:
            continue
        precision = e["precision"] or "day"
        start = _tljs_date(e["date_start"], precision)
        item = {
            "unique_id": e["id"],
            "start_date": start,
            "display_date": display_date(e),
            "text": {"headline": html.escape(e["summary"] or e["type"]),
                     "text": _tljs_text(e)},
            "group": e["type"],
        }
        if e["date_end"]:
            end = _tljs_date(e["date_end"], precision)
            if end != start:
                item["end_date"] = end
        out.append(item)
    doc = {"events": out}
    if title:
        doc["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _tljs_text(e: dict) -> str:
    """HTML for TimelineJS: article text is escaped, links only to http(s)."""
    parts = []
    if e["status"] != "occurred":
        parts.append(f"<p><em>{html.escape(e['status'])}</em></p>")
    if e["conflict"]:
        parts.append(f"<p><strong>Conflicting reports</strong>: "
                     f"{html.escape(e['conflict_reason'] or '')}</p>")
    for m in e.get("mentions") or []:
        a = m["article"]
        label = html.escape(a["title"] or a["source"] or a["url"] or "article")
        if a["url"] and a["url"].lower().startswith(("http://", "https://")):
            label = f'<a href="{html.escape(a["url"])}">{label}</a>'
        when = f", {html.escape(a['published'])}" if a["published"] else ""
        parts.append(f"<blockquote>{html.escape(m['sentence'] or '')}</blockquote>"
                     f"<p>— {label}{when}</p>")
    if not e.get("mentions") and e.get("evidence"):
        parts.append(f"<blockquote>{html.escape(e['evidence'])}</blockquote>")
    return "".join(parts)


# -- iCalendar --------------------------------------------------------------

_ICS_STATUS = {"occurred": "CONFIRMED", "planned": "TENTATIVE", "unconfirmed": "TENTATIVE",
               "hypothetical": "TENTATIVE", "negated": "CANCELLED"}


def ics_escape(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma, newline."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def to_ics(events: list[dict], title: str | None = None) -> str:
    """iCalendar: one all-day VEVENT per dated event (DTEND is exclusive).

    UID is the event id, so a calendar app updates events on re-import.
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline export//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:" + ics_escape(f"timeline: {title}" if title else "timeline")]
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for e in events:
        if not e["date_start"]:
            continue
        start = dt.date.fromisoformat(e["date_start"])
        end = dt.date.fromisoformat(e["date_end"] or e["date_start"]) + dt.timedelta(days=1)
        stamp = (e["last_reported"] or "").replace("-", "")
        stamp = f"{stamp}T000000Z" if len(stamp) == 8 and stamp.isdigit() else now
        desc = [display_date(e)]
        if e["status"] != "occurred":
            desc.append(f"Status: {e['status']}")
        if e["conflict"]:
            desc.append(f"Conflicting reports: {e['conflict_reason'] or ''}")
        for m in e.get("mentions") or [{"sentence": e["evidence"], "article": {}}]:
            a = m["article"]
            src = ", ".join(x for x in (a.get("title"), a.get("source"), a.get("published")) if x)
            desc.append(f"“{m['sentence'] or ''}”" + (f" — {src}" if src else ""))
        url = next((m["article"]["url"] for m in e.get("mentions") or []
                    if (m["article"]["url"] or "").lower().startswith(("http://", "https://"))),
                   None)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e['id']}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            "SUMMARY:" + ics_escape(e["summary"] or e["type"]),
            "DESCRIPTION:" + ics_escape("\n".join(desc)),
            "CATEGORIES:" + ics_escape(e["type"]),
            f"STATUS:{_ICS_STATUS.get(e['status'], 'TENTATIVE')}",
        ]
        if url:
            lines.append("URL:" + url)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


# -- CSV and JSON Lines -----------------------------------------------------

CSV_COLUMNS = EVENT_COLUMNS + ["entities", "article_titles", "article_urls"]


def to_csv(events: list[dict], title: str | None = None) -> str:
    """One row per event; entities and articles joined with "; "."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for e in events:
        row = {c: e[c] for c in EVENT_COLUMNS}
        row["conflict"] = int(e["conflict"])
        row["entities"] = "; ".join(f"{x['name']} ({x['role']})" for x in e.get("entities") or [])
        arts = _ordered_articles(e)
        row["article_titles"] = "; ".join(a["title"] or "" for a in arts)
        row["article_urls"] = "; ".join(a["url"] or "" for a in arts)
        w.writerow(row)
    return buf.getvalue()


def _ordered_articles(e: dict) -> list[dict]:
    seen, out = set(), []
    for m in e.get("mentions") or []:
        if m["article"]["id"] not in seen:
            seen.add(m["article"]["id"])
            out.append(m["article"])
    return out


def to_jsonl(events: list[dict], title: str | None = None) -> str:
    """One JSON object per line: the event, its entities and every report of it."""
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
