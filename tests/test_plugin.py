"""The Datasette side: /-/timeline, its JSON, the packaged metadata and canned queries."""
import sqlite3

import pytest
from datasette.app import Datasette

from timeline_seed import FOLLOWUP_URL

pytestmark = pytest.mark.asyncio


@pytest.fixture
def seed_db(seed_db_file):
    return seed_db_file


@pytest.fixture
def ds(seed_db):
    return Datasette([str(seed_db)])


async def get_json(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, r.text[:500]
    return r.json()


async def test_plugin_is_installed(ds):
    plugins = await get_json(ds, "/-/plugins.json")
    ours = [p for p in plugins if p["name"] == "timeline"]
    assert ours, plugins
    for hook in ("register_routes", "get_metadata", "menu_links"):
        assert hook in ours[0]["hooks"]
    names = {p["name"] for p in plugins}
    assert {"datasette-ics", "datasette-atom"} <= names


async def test_page_serves_the_timeline(ds):
    r = await ds.client.get("/-/timeline")
    assert r.status_code == 200
    html = r.text
    assert 'id="tl-chart"' in html and 'id="tl-months"' in html and 'id="tl-details"' in html
    assert "/-/timeline/static/timeline.js" in html
    assert "/-/timeline/static/timeline.css" in html
    assert "cdn" not in html.lower() and "https://unpkg" not in html
    # the filters, filled from the database
    for name in ('name="entity"', 'name="type"', 'name="from"', 'name="to"'):
        assert name in html
    assert '<option value="disappearance"' in html
    assert '<option value="Jo Song Gil">' in html  # entity suggestions


async def test_static_files_are_served(ds):
    js = await ds.client.get("/-/timeline/static/timeline.js")
    assert js.status_code == 200
    assert "javascript" in js.headers["content-type"]
    assert ".innerHTML" not in js.text  # article text goes in with textContent
    css = await ds.client.get("/-/timeline/static/timeline.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert (await ds.client.get("/-/timeline/static/../datasette_plugin.py")).status_code == 404
    assert (await ds.client.get("/-/timeline/static/nope.js")).status_code == 404


async def test_page_filters_are_echoed_escaped(ds):
    r = await ds.client.get("/-/timeline?entity=%3Cscript%3Ex%3C/script%3E")
    assert r.status_code == 200
    assert "<script>x</script>" not in r.text
    assert "&lt;script&gt;x&lt;/script&gt;" in r.text


async def test_json_has_events_with_evidence(ds):
    data = await get_json(ds, "/-/timeline.json")
    assert data["database"] == "news"
    dated = {(e["type"], e["date_start"], e["date_end"]) for e in data["events"]}
    assert ("appointment", "2017-10-01", "2017-10-31") in dated
    assert ("disappearance", "2018-11-01", "2018-11-10") in dated
    assert ("defection", "2016-01-01", "2016-12-31") in dated
    assert ("summit", "2019-01-01", "2019-04-30") in dated
    # ordered by date
    starts = [e["date_start"] for e in data["events"]]
    assert starts == sorted(starts)
    # an undated (hypothetical) event is listed apart, not on the axis
    assert [e["type"] for e in data["undated"]] == ["defection"]
    assert data["undated"][0]["status"] == "hypothetical"
    assert all(e["date_start"] for e in data["events"])
    e = next(e for e in data["events"] if e["type"] == "disappearance")
    for key in ("id", "status", "precision", "display_date", "summary", "actors", "conflict",
                "n_articles", "n_mentions", "mentions", "row_url"):
        assert key in e
    assert e["row_url"] == f"/news/events/{e['id']}"
    assert e["conflict"] is True and e["n_articles"] == 2 and e["n_mentions"] == 3
    assert e["display_date"] == "early Nov 2018"
    m = e["mentions"][0]
    assert "escaped the diplomatic compound" in m["sentence"]
    assert m["sentence"][m["trigger_offset"]:].startswith(m["trigger"])
    assert m["article"]["published"] == "2019-01-03"
    assert m["article"]["source"] == "Radio Free Asia"
    assert m["article"]["url"].startswith("https://www.rfa.org/")
    assert m["article"]["row_url"] == f"/news/articles/{m['article']['id']}"
    planned = next(e for e in data["events"] if e["status"] == "planned")
    assert planned["type"] == "summit"
    # the row URL answers
    assert (await ds.client.get(e["row_url"])).status_code == 200


async def test_json_filters(ds):
    jo = await get_json(ds, "/-/timeline.json?entity=jo+song+gil")
    assert {e["type"] for e in jo["events"]} == {"appointment", "term_end", "disappearance"}
    assert [e["type"] for e in jo["undated"]] == ["defection"]
    alias = await get_json(ds, "/-/timeline.json?entity=Jo")
    assert [e["id"] for e in alias["events"]] == [e["id"] for e in jo["events"]]
    summits = await get_json(ds, "/-/timeline.json?type=summit")
    assert [e["status"] for e in summits["events"]] == ["occurred", "planned"]
    assert summits["undated"] == []
    both = await get_json(ds, "/-/timeline.json?type=summit&type=defection")
    assert {e["type"] for e in both["events"]} == {"summit", "defection"}
    # date range: events whose interval overlaps it; undated ones drop out
    nov = await get_json(ds, "/-/timeline.json?from=2018-11-01&to=2018-11-30")
    assert {e["type"] for e in nov["events"]} == {"disappearance", "term_end", "summit"}
    assert nov["undated"] == []
    planned = await get_json(ds, "/-/timeline.json?status=planned")
    assert [e["type"] for e in planned["events"]] == ["summit"]
    nobody = await get_json(ds, "/-/timeline.json?entity=Nobody+Atall")
    assert nobody["events"] == [] and "Nobody Atall" in nobody["message"]
    bad = await get_json(ds, "/-/timeline.json?from=Nov+2018")
    assert bad["events"] == [] and "YYYY-MM-DD" in bad["message"]


async def test_month_counts(ds):
    data = await get_json(ds, "/-/timeline.json")
    months = {(r["month"], r["type"]): r["n"] for r in data["months"]}
    assert months[("2018-11", "disappearance")] == 1
    assert months[("2018-11", "term_end")] == 1
    assert months[("2017-10", "appointment")] == 1
    # a year-precision event is not a January event: left out, and counted as such
    assert ("2016-01", "defection") not in months
    assert ("2018-01", "summit") not in months
    assert data["months_left_out"] == 3  # 2016, 2018 and early 2019
    assert sum(months.values()) + data["months_left_out"] == len(data["events"])
    only = await get_json(ds, "/-/timeline/months.json?entity=Jo")
    assert {r["type"] for r in only["months"]} == {"appointment", "term_end", "disappearance"}


async def test_article_markup_is_data_not_html(ds):
    data = await get_json(ds, "/-/timeline.json")
    e = next(e for e in data["events"] if e["type"] == "disappearance")
    follow = next(m for m in e["mentions"] if m["article"]["url"] == FOLLOWUP_URL)
    # JSON carries the text as text; the page puts it in with textContent
    assert '<script>alert("xss")</script>' in follow["sentence"]
    assert follow["article"]["title"] == "Envoy <b>still</b> missing"
    # Datasette's own pages escape it too (autoescape)
    r = await ds.client.get(e["row_url"])
    assert '<script>alert("xss")</script>' not in r.text


async def test_database_choice(seed_db, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table notes (id integer primary key, t text)").close()
    ds = Datasette([str(other), str(seed_db)])
    # the first database with the timeline tables, whatever its position
    data = await get_json(ds, "/-/timeline.json")
    assert data["database"] == "news"
    assert (await ds.client.get("/-/timeline.json?db=news")).status_code == 200
    assert (await ds.client.get("/-/timeline?db=other")).status_code == 404
    assert (await ds.client.get("/-/timeline?db=missing")).status_code == 404
    # the packaged metadata applies to news, not to other
    assert (await get_json(ds, "/news.json"))["tables"]  # sanity
    queries = await ds.get_canned_queries("news", None)
    assert "entity_events" in queries
    assert await ds.get_canned_queries("other", None) == {}


async def test_no_timeline_database(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table notes (id integer primary key)").close()
    ds = Datasette([str(other)])
    r = await ds.client.get("/-/timeline")
    assert r.status_code == 404
    assert "timeline ingest" in r.text


async def test_packaged_metadata_applies_to_any_file_name(ds):
    events = await ds.client.get("/news/events")
    assert events.status_code == 200
    assert "One row per real-world event" in events.text  # table description
    assert "_facet=type" in events.text or 'data-column="type"' in events.text
    meta = ds.metadata("facets", database="news", table="events")
    assert meta == ["type", "status", "precision", "year"]
    assert ds.table_metadata("news", "_sqlite_migrations").get("hidden") is True


async def test_local_metadata_wins(seed_db, tmp_path):
    ds = Datasette([str(seed_db)], metadata={
        "databases": {"news": {"tables": {"events": {"description": "Mine"}}}}})
    assert ds.table_metadata("news", "events")["description"] == "Mine"
    # the rest of the packaged block still applies
    assert ds.table_metadata("news", "events")["facets"] == ["type", "status", "precision", "year"]


async def test_menu_and_database_action_links(ds):
    r = await ds.client.get("/")
    assert 'href="/-/timeline"' in r.text
    r = await ds.client.get("/news")
    assert 'href="/-/timeline?db=news"' in r.text


async def test_canned_query_entity_events(ds):
    rows = await get_json(ds, "/news/entity_events.json?name=Jo+Song+Gil&_shape=array")
    assert [r["type"] for r in rows] == ["appointment", "disappearance", "term_end", "defection"]
    dated = [r["date_start"] for r in rows if r["date_start"]]
    assert dated == sorted(dated)
    assert rows[-1]["date_start"] is None  # the undated hypothetical defection comes last
    # case-insensitive, and aliases work
    assert await get_json(ds, "/news/entity_events.json?name=jo+song+gil&_shape=array") == rows


async def test_canned_query_events_between(ds):
    rows = await get_json(
        ds, "/news/events_between.json?from=2018-11-05&to=2018-11-25&_shape=array")
    assert [(r["type"], r["date_start"]) for r in rows] == [
        ("summit", "2018-01-01"), ("disappearance", "2018-11-01"), ("term_end", "2018-11-21")]


async def test_ics_feed(ds):
    r = await ds.client.get("/news/calendar.ics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/calendar")
    body = r.text
    assert "BEGIN:VCALENDAR" in body and body.count("BEGIN:VEVENT") == 6
    assert "Disappearance: Jo Song Gil" in body


async def test_atom_feed(ds):
    r = await ds.client.get("/news/new_events.atom")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/xml")
    assert "<feed" in r.text and r.text.count("<entry>") == 7
    # the feed is XML: article markup arrives escaped
    assert '<script>alert("xss")</script>' not in r.text


async def test_serves_what_ingest_writes(tmp_path, seed_path):
    """The real pipeline's database, not the hand-built one: same page, same JSON."""
    from timeline.ingest import ingest_path
    from timeline.store import open_db

    path = tmp_path / "ingested.db"
    db = open_db(str(path))
    ingest_path(db, [str(seed_path)], published="2019-01-03")
    n_events = db["events"].count
    db.close()
    ds = Datasette([str(path)])
    assert (await ds.client.get("/-/timeline")).status_code == 200
    data = await get_json(ds, "/-/timeline.json")
    assert data["database"] == "ingested"
    assert len(data["events"]) + len(data["undated"]) == n_events > 0
    assert data["events"], "the seed has dated events"
    for e in data["events"] + data["undated"]:
        assert e["mentions"] and e["row_url"] == f"/ingested/events/{e['id']}"
        assert all(m["article"]["published"] == "2019-01-03" for m in e["mentions"])
    assert all(e["date_start"] != "2018-01-03" for e in data["events"])  # the caption trap


async def test_named_memory_database(seed_db):
    import sqlite3 as sq

    ds = Datasette([])
    mem = ds.add_memory_database("scratch")
    keep = mem.connect(write=True)  # a named memory db lives while a connection does
    src = sq.connect(seed_db)
    src.backup(keep)
    src.close()
    data = await get_json(ds, "/-/timeline.json?db=scratch")
    assert len(data["events"]) == 6
    assert "entity_events" in await ds.get_canned_queries("scratch", None)
    # still there after the plugin looked at it
    assert (await mem.execute("select count(*) from events")).first()[0] == 7
    keep.close()
