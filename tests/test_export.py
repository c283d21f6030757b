"""`timeline export`: TimelineJS JSON, iCalendar, CSV and JSON Lines."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import TimelineError
from timeline.export import export_events, ics_escape


@pytest.fixture
def seed_db(seed_db_file):
    from timeline.store import open_db

    db = open_db(str(seed_db_file))
    yield db
    db.close()


def by_headline(doc, start):
    return [e for e in doc["events"] if e["text"]["headline"].startswith(start)]


def test_timelinejs(seed_db):
    doc = json.loads(export_events(seed_db, "timelinejs"))
    assert len(doc["events"]) == 6  # the undated hypothetical defection has no place on it
    (thae,) = by_headline(doc, "Defection: Thae Yong Ho")
    assert thae["start_date"] == {"year": 2016}  # a year-precision date has no month or day
    assert "end_date" not in thae
    assert thae["display_date"] == "2016"
    assert thae["group"] == "defection"
    (appointment,) = by_headline(doc, "Appointment")
    assert appointment["start_date"] == {"year": 2017, "month": 10}
    assert appointment["display_date"] == "Oct 2017"
    (gone,) = by_headline(doc, "Disappearance")
    assert gone["start_date"] == {"year": 2018, "month": 11, "day": 1}
    assert gone["end_date"] == {"year": 2018, "month": 11, "day": 10}
    assert gone["display_date"] == "early Nov 2018"
    assert "Conflicting reports" in gone["text"]["text"]
    (planned,) = [e for e in by_headline(doc, "Summit") if "planned" in e["text"]["text"]]
    assert planned["start_date"] == {"year": 2019, "month": 1}
    assert planned["end_date"] == {"year": 2019, "month": 4}
    assert planned["display_date"] == "early 2019"
    # article text is escaped HTML in TimelineJS's text field
    assert "<script>" not in json.dumps(doc)
    assert "&lt;script&gt;" in gone["text"]["text"]
    assert "Envoy &lt;b&gt;still&lt;/b&gt; missing" in gone["text"]["text"]
    assert '<a href="https://www.rfa.org/' in gone["text"]["text"]


def test_timelinejs_for_one_entity(seed_db):
    doc = json.loads(export_events(seed_db, "timelinejs", entity="jo song gil"))
    assert [e["group"] for e in doc["events"]] == ["appointment", "disappearance", "term_end"]
    assert doc["title"]["text"]["headline"] == "jo song gil"
    # an alias finds the same events
    assert json.loads(export_events(seed_db, "timelinejs", entity="Jo"))["events"] == doc["events"]


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def vevents(ics: str) -> list[dict]:
    out, cur = [], None
    for line in unfold(ics):
        if line == "BEGIN:VEVENT":
            cur = {}
        elif line == "END:VEVENT":
            out.append(cur)
            cur = None
        elif cur is not None and ":" in line:
            k, v = line.split(":", 1)
            cur[k] = v
    return out


def test_ics(seed_db):
    text = export_events(seed_db, "ics")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
    evs = vevents(text)
    assert len(evs) == 6
    ids = {r["id"] for r in seed_db.query("select id from events where date_start is not null")}
    assert {e["UID"] for e in evs} == ids  # UID is the event id
    thae = next(e for e in evs if e["SUMMARY"].startswith("Defection"))
    # all-day events; DTEND is exclusive: a year ends on the next 1 January
    assert thae["DTSTART;VALUE=DATE"] == "20160101"
    assert thae["DTEND;VALUE=DATE"] == "20170101"
    gone = next(e for e in evs if e["SUMMARY"].startswith("Disappearance"))
    assert (gone["DTSTART;VALUE=DATE"], gone["DTEND;VALUE=DATE"]) == ("20181101", "20181111")
    planned = next(e for e in evs if e["SUMMARY"].endswith("[planned]"))
    assert planned["STATUS"] == "TENTATIVE"
    assert thae["STATUS"] == "CONFIRMED"
    # TEXT values are escaped: commas in the summary, newlines in the description
    summit = next(e for e in evs if e["SUMMARY"].startswith("Summit: Kim Jong Un\\, Moon"))
    assert "\\n" in summit["DESCRIPTION"]
    assert thae["URL"].startswith("https://www.rfa.org/")


def test_ics_parses_with_a_real_reader(seed_db):
    ics = pytest.importorskip("ics")  # installed with datasette-ics
    cal = ics.Calendar(export_events(seed_db, "ics", entity="Jo Song Gil"))
    assert sorted(e.name for e in cal.events) == [
        "Appointment: Jo Song Gil (Italy)", "Disappearance: Jo Song Gil", "Term end: Jo Song Gil"]


def test_ics_escape():
    assert ics_escape('a, b; c\\d\ne') == "a\\, b\\; c\\\\d\\ne"


def test_csv(seed_db):
    rows = list(csv.DictReader(io.StringIO(export_events(seed_db, "csv"))))
    assert len(rows) == 7
    assert rows[0]["date_start"] == "2016-01-01"
    assert rows[-1]["date_start"] == ""  # undated last
    gone = next(r for r in rows if r["type"] == "disappearance")
    assert gone["conflict"] == "1" and gone["n_articles"] == "2"
    assert gone["entities"] == "Jo Song Gil (who)"
    assert "https://example.org/news/envoy-followup" in gone["article_urls"]


def test_jsonl(seed_db):
    lines = export_events(seed_db, "jsonl").splitlines()
    assert len(lines) == 7
    events = [json.loads(line) for line in lines]
    gone = next(e for e in events if e["type"] == "disappearance")
    assert gone["conflict"] is True
    assert len(gone["mentions"]) == 3
    assert gone["mentions"][0]["article"]["published"] == "2019-01-03"
    assert {x["name"] for x in gone["entities"]} == {"Jo Song Gil"}


def test_unknown_entity_and_format(seed_db):
    with pytest.raises(TimelineError, match="no entity called 'Nobody'"):
        export_events(seed_db, "csv", entity="Nobody")
    with pytest.raises(TimelineError, match="unknown export format"):
        export_events(seed_db, "xml")


def test_cli_export(seed_db_file, tmp_path):
    runner = CliRunner()
    out = tmp_path / "jo.json"
    r = runner.invoke(cli, ["export", "--db", str(seed_db_file), "--format", "timelinejs",
                            "--entity", "Jo Song Gil", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert len(json.loads(out.read_text())["events"]) == 3
    r = runner.invoke(cli, ["export", "--db", str(seed_db_file), "--format", "ics"])
    assert r.exit_code == 0 and "BEGIN:VEVENT" in r.output
    r = runner.invoke(cli, ["export", "--db", str(seed_db_file), "--entity", "Nobody"])
    assert r.exit_code == 1
    assert "no entity called 'Nobody'" in r.output
