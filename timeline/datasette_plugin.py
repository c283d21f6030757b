"""Datasette plugin: the visual timeline page and the metadata of timeline databases.

- `/-/timeline` draws the events of a timeline database on a zoomable time
  axis, with filters, a details panel and a chart of events per month by type
  (`?db=name` picks the database; by default the first with an `events` table).
- `/-/timeline.json` is its data (same filters: entity, type, status, from, to);
  `/-/timeline/months.json` the per-month counts alone.
- `get_metadata` applies the `databases: timeline:` block of the packaged
  metadata.yml (descriptions, facets, canned queries) to every attached
  database that has the timeline tables, whatever its file is called; a
  local `-m metadata.yml` still wins.

It reads the database only. Static files are served from
`/-/timeline/static/` because Datasette only mounts `static/` for plugins
that are packages, and this one is a module inside the timeline package.
"""
from __future__ import annotations

import copy
import json
import mimetypes
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

import yaml
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response

from .errors import TimelineError
from .export import select_events

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
# A database is a timeline database when it has these tables.
TIMELINE_TABLES = {"articles", "mentions", "events", "event_entities", "entities"}
# How many events the page draws at most; the JSON says when it cut.
MAX_EVENTS = 5000
# A database without the tables is checked again after this many seconds
# (it may be ingested into while Datasette runs).
_RECHECK_S = 5.0


@lru_cache(maxsize=1)
def _packaged_database_block() -> dict:
    data = yaml.safe_load((HERE / "metadata.yml").read_text(encoding="utf-8")) or {}
    return ((data.get("databases") or {}).get("timeline")) or {}


_memory_connections: dict = {}


def _has_timeline_tables(db) -> bool:
    # get_metadata is synchronous, so this cannot go through db.execute().
    # A named in-memory database lives only while a connection to it is
    # open: keep ours open rather than risk closing the last one.
    if getattr(db, "memory_name", None):
        conn = _memory_connections.get(db.memory_name)
        if conn is None:
            conn = _memory_connections[db.memory_name] = db.connect()
        return TIMELINE_TABLES <= _table_names(conn)
    conn = db.connect()
    try:
        return TIMELINE_TABLES <= _table_names(conn)
    finally:
        conn.close()


def _table_names(conn) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def timeline_databases(datasette) -> list[str]:
    """Names of the attached databases that have the timeline tables, in order."""
    cache = datasette.__dict__.setdefault("_timeline_db_cache", {})
    now = time.monotonic()
    out = []
    for name, db in list(datasette.databases.items()):
        if name == "_internal":
            continue
        key = (name, getattr(db, "path", None), getattr(db, "memory_name", None))
        hit = cache.get(key)
        if hit is None or (not hit[0] and now - hit[1] > _RECHECK_S):
            try:
                hit = (_has_timeline_tables(db), now)
            except Exception:  # a locked or broken file is simply not ours
                hit = (False, now)
            cache[key] = hit
        if hit[0]:
            out.append(name)
    return out


@hookimpl
def get_metadata(datasette, key, database, table):
    block = _packaged_database_block()
    names = timeline_databases(datasette)
    if not block or not names:
        return {}
    # Datasette merges into what hooks return: hand out fresh copies.
    return {"databases": {name: copy.deepcopy(block) for name in names}}


@hookimpl
def menu_links(datasette, actor, request):
    return [{"href": datasette.urls.path("/-/timeline"), "label": "Visual timeline"}]


@hookimpl
def database_actions(datasette, actor, database, request):
    if database in timeline_databases(datasette):
        return [{"href": datasette.urls.path("/-/timeline") + "?db=" + database,
                 "label": "Visual timeline of this database"}]


@hookimpl
def register_routes():
    return [
        (r"^/-/timeline$", timeline_page),
        (r"^/-/timeline\.json$", timeline_json),
        (r"^/-/timeline/months\.json$", timeline_months_json),
        (r"^/-/timeline/static/(?P<path>[A-Za-z0-9_.\-/]+)$", timeline_static),
    ]


async def _pick_database(datasette, request):
    names = timeline_databases(datasette)
    wanted = request.args.get("db")
    if wanted:
        if wanted not in datasette.databases:
            raise NotFound(f"Database not found: {wanted}")
        if wanted not in names:
            raise NotFound(f"Database {wanted} has no timeline tables (events, mentions...)")
        name = wanted
    elif names:
        name = names[0]
    else:
        raise NotFound("No attached database has the timeline tables; "
                       "build one with `timeline ingest`")
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "events")),
        ("view-database", name),
        "view-instance",
    ])
    return name


def _filters(request) -> dict:
    args = request.args
    types = [t for v in args.getlist("type") for t in v.split(",") if t.strip()]
    statuses = [s for v in args.getlist("status") for s in v.split(",") if s.strip()]
    return {
        "entity": (args.get("entity") or "").strip() or None,
        "types": [t.strip() for t in types],
        "statuses": [s.strip() for s in statuses],
        "date_from": (args.get("from") or "").strip() or None,
        "date_to": (args.get("to") or "").strip() or None,
    }


def _within_a_month(e: dict) -> bool:
    return bool(e["date_start"]) and (e["date_end"] or e["date_start"])[:7] == e["date_start"][:7]


def month_counts(events: list[dict]) -> list[dict]:
    """Events per month and type: [{month, type, n}].

    Only events dated within one month count: a year-precision event is not
    a January event.
    """
    c = Counter((e["date_start"][:7], e["type"]) for e in events if _within_a_month(e))
    return [{"month": m, "type": t, "n": n} for (m, t), n in sorted(c.items())]


async def _timeline_data(datasette, request) -> dict:
    name = await _pick_database(datasette, request)
    db = datasette.get_database(name)
    f = _filters(request)
    message = None

    def read(conn):
        try:
            events = select_events(conn, entity=f["entity"], types=f["types"],
                                   statuses=f["statuses"], date_from=f["date_from"],
                                   date_to=f["date_to"], limit=MAX_EVENTS + 1)
        except TimelineError as e:
            return [], str(e)
        return events, None

    events, message = await db.execute_fn(read)
    truncated = len(events) > MAX_EVENTS
    events = events[:MAX_EVENTS]
    for e in events:
        e["row_url"] = datasette.urls.row(name, "events", tilde_encode(e["id"]))
        e["display_date"] = e["display_date"] or (
            "date unknown" if not e["date_start"] else e["date_start"])
        for m in e["mentions"]:
            m["article"]["row_url"] = datasette.urls.row(
                name, "articles", tilde_encode(m["article"]["id"]))
    all_types = [dict(r) for r in (await db.execute(
        "select type, count(*) as n from events group by type order by n desc, type")).rows]
    return {
        "database": name,
        "database_url": datasette.urls.database(name),
        "filters": {"entity": f["entity"], "type": f["types"], "status": f["statuses"],
                    "from": f["date_from"], "to": f["date_to"]},
        "message": message,
        "truncated": truncated,
        "types": all_types,
        "count": len(events),
        "events": [e for e in events if e["date_start"]],
        "undated": [e for e in events if not e["date_start"]],
        "months": month_counts(events),
        "months_left_out": sum(1 for e in events if e["date_start"] and not _within_a_month(e)),
    }


def _json(data, status=200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str), status=status,
                    content_type="application/json; charset=utf-8")


async def timeline_json(datasette, request):
    return _json(await _timeline_data(datasette, request))


async def timeline_months_json(datasette, request):
    data = await _timeline_data(datasette, request)
    return _json({"database": data["database"], "filters": data["filters"],
                  "message": data["message"], "months": data["months"],
                  "months_left_out": data["months_left_out"]})


_template_cache: dict = {}


def _template(datasette):
    # Not a package-level templates/ dir Datasette would find: compile ours
    # in Datasette's own environment so that it can extend base.html.
    key = id(datasette)
    if key not in _template_cache:
        source = (TEMPLATES / "timeline.html").read_text(encoding="utf-8")
        _template_cache[key] = datasette.jinja_env.from_string(source)
    return _template_cache[key]


async def timeline_page(datasette, request):
    name = await _pick_database(datasette, request)
    db = datasette.get_database(name)
    f = _filters(request)
    types = (await db.execute(
        "select type, count(*) as n from events group by type order by type")).rows
    statuses = (await db.execute(
        "select status, count(*) as n from events group by status order by status")).rows
    entities = (await db.execute(
        """select entities.name, entities.kind, count(*) as n
           from entities join event_entities on event_entities.entity_id = entities.id
           group by entities.id order by n desc, entities.name limit 2000""")).rows
    bounds = (await db.execute(
        "select min(date_start), max(date_end) from events where date_start is not null")).first()
    config = {
        "json_url": datasette.urls.path("/-/timeline.json"),
        "page_url": datasette.urls.path("/-/timeline"),
        "database": name,
        "select": request.args.get("select"),
    }
    context = {
        "database": name,
        "databases": timeline_databases(datasette),
        "database_url": datasette.urls.database(name),
        "filters": f,
        "types": [dict(r) for r in types],
        "statuses": [dict(r) for r in statuses],
        "entities": [dict(r) for r in entities],
        "bounds": {"min": bounds[0], "max": bounds[1]} if bounds else {},
        "config": config,
        "static": datasette.urls.path("/-/timeline/static/"),
        "static_version": _static_version(),
    }
    html = await datasette.render_template(_template(datasette), context, request=request,
                                           view_name="timeline")
    return Response.html(html)


def _static_version() -> str:
    return str(int(max(p.stat().st_mtime for p in STATIC.rglob("*") if p.is_file())))


async def timeline_static(datasette, request):
    rel = request.url_vars["path"]
    path = (STATIC / rel).resolve()
    if ".." in rel.split("/") or STATIC.resolve() not in path.parents or not path.is_file():
        raise NotFound("No such file")
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype.endswith("javascript"):
        ctype += "; charset=utf-8"
    return Response(path.read_bytes(), content_type=ctype,
                    headers={"Cache-Control": "max-age=3600"})
