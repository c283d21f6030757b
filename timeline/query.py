"""Questions asked of a timeline database (read-only)."""
from __future__ import annotations

from .errors import TimelineError
from .store import norm_name


def find_entity_ids(db, name: str) -> list[str]:
    """Entities called `name`, or having it as an alias, after normalisation."""
    norm = norm_name(name)
    ids = [r[0] for r in db.execute("select id from entities where norm = ?", [norm])]
    if not ids:
        ids = [r[0] for r in db.execute(
            "select distinct entity_id from entity_aliases where norm = ?", [norm])]
    return ids


def entity_events(db, name: str) -> list[dict]:
    """The events of one entity in date order (unknown dates last).

    Each is a dict with type, status, date_start, date_end, display_date,
    precision, summary, role, conflict, n_articles and sources (a list of
    {title, url, source, published}).
    """
    ids = find_entity_ids(db, name)
    if not ids:
        raise TimelineError(f"no entity called {name!r} in the database")
    ph = ",".join("?" * len(ids))
    rows = db.execute(
        f"""select events.id, events.type, events.status, events.date_start, events.date_end,
                   events.display_date, events.precision, events.summary, events.evidence,
                   events.conflict, events.n_articles,
                   group_concat(distinct event_entities.role) as roles
            from events join event_entities on event_entities.event_id = events.id
            where event_entities.entity_id in ({ph})
            group by events.id
            order by events.date_start is null, events.date_start, events.date_end, events.type""",
        ids,
    ).fetchall()
    out = []
    for (eid, type_, status, ds, de, disp, prec, summary, evidence, conflict, n_articles,
         roles) in rows:
        sources = [
            {"title": t, "url": u, "source": s, "published": p}
            for t, u, s, p in db.execute(
                """select distinct articles.title, articles.url, articles.source, articles.published
                   from mentions join articles on articles.id = mentions.article_id
                   where mentions.event_id = ? order by articles.published""", [eid])
        ]
        out.append({
            "id": eid, "type": type_, "status": status, "date_start": ds, "date_end": de,
            "display_date": disp or "date unknown", "precision": prec, "summary": summary,
            "evidence": evidence, "role": roles, "conflict": bool(conflict),
            "n_articles": n_articles, "sources": sources,
        })
    return out


def format_events(events: list[dict]) -> str:
    """A readable listing: date, type, status, summary, sources."""
    if not events:
        return "no events"
    lines = []
    width = max(len(e["display_date"]) for e in events)
    for e in events:
        flags = " [conflict]" if e["conflict"] else ""  # the summary carries the status
        srcs = ", ".join(s["source"] or s["title"] or s["url"] or "?" for s in e["sources"][:3])
        lines.append(f"{e['display_date']:<{width}}  {e['type']:<13} {e['summary']}{flags}"
                     + (f"  — {srcs}" if srcs else ""))
    return "\n".join(lines)
