"""`timeline ingest` end to end: the seed, re-ingest, bad input, the summary."""
import datetime as dt
import json
import sqlite3

import sqlite_utils
from click.testing import CliRunner

from timeline.cli import cli
from timeline.ingest import ingest_path, ingest_text

from conftest import FIXTURES


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def dump(path):
    db = sqlite_utils.Database(path)
    return {t: sorted(map(json.dumps, (
        {k: v for k, v in r.items() if k not in ("ingested_at", "updated_at")}
        for r in db[t].rows)))
        for t in ("articles", "timexes", "mentions", "events", "entities", "mention_entities")}


def _in_period(row, gold):
    start, end = str(gold["date"]["start"]), str(gold["date"]["end"])
    return (row["date_start"] is not None and start <= row["date_start"]
            and row["date_end"] <= end)


def test_seed_gives_its_six_events(seed_path, seed_expected, db_path):
    r = run("ingest", str(seed_path), "--published", "2019-01-03", "--db", db_path)
    assert r.exit_code == 0, r.output
    db = sqlite_utils.Database(db_path)
    mentions = list(db.query(
        "select mentions.*, group_concat(entities.name, '|') as names from mentions "
        "left join mention_entities on mention_entities.mention_id = mentions.id "
        "left join entities on entities.id = mention_entities.entity_id group by mentions.id"))
    for gold in seed_expected["events"]:
        status = gold.get("status", "occurred")
        main = gold["who"][0].lower()
        hits = [m for m in mentions
                if m["type"] == gold["type"] and m["status"] == status
                and main in (m["names"] or "").lower() and _in_period(m, gold)]
        assert hits, f"missing {gold['type']} of {gold['who']} ({gold['evidence']})"
    # traps: nothing dated by the photo caption, no confirmed asylum for Jo
    assert not [m for m in mentions if m["date_start"] == "2018-01-03"]
    assert not [m for m in mentions if m["type"] == "asylum" and m["status"] == "occurred"]
    assert not [m for m in mentions if m["type"] == "defection" and m["status"] == "occurred"
                and "jo song gil" in (m["names"] or "").lower()]
    disappearance = [m for m in mentions if m["type"] == "disappearance"]
    assert all(m["date_start"] != "2019-01-03" for m in disappearance)
    article = next(db["articles"].rows)
    assert article["published"] == "2019-01-03" and article["published_from"] == "given"


def test_reingest_changes_nothing(seed_path, db_path):
    assert run("ingest", str(seed_path), "--published", "2019-01-03", "--db", db_path).exit_code == 0
    before = dump(db_path)
    r = run("ingest", str(seed_path), "--published", "2019-01-03", "--db", db_path)
    assert r.exit_code == 0
    assert "1 unchanged" in r.output
    assert dump(db_path) == before


def test_reingest_with_other_types_or_a_newer_extractor_extracts_again(tmp_path, db_path, monkeypatch):
    a = tmp_path / "a.md"
    a.write_text("---\nurl: https://example.org/a\npublished: 2020-05-04\n---\n"
                 "Valmora's parliament held a filibuster on Friday.\n")
    assert run("ingest", str(a), "--db", db_path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    assert "filibuster" not in {m["type"] for m in db["mentions"].rows}
    # the same article with a type added: extracted again, not skipped as unchanged
    types = tmp_path / "types.yml"
    types.write_text("types:\n  filibuster:\n    roles: [who, where]\n    nouns: [filibuster]\n")
    r = run("ingest", str(a), "--db", db_path, "--types", str(types))
    assert r.exit_code == 0 and "1 updated" in r.output, r.output
    assert "filibuster" in {m["type"] for m in db["mentions"].rows}
    r = run("ingest", str(a), "--db", db_path, "--types", str(types))
    assert "1 unchanged" in r.output
    # another version of timeline's own code or data: extracted again too
    import timeline.store
    monkeypatch.setattr(timeline.store, "_code_fingerprint", lambda: "a newer timeline")
    r = run("ingest", str(a), "--db", db_path, "--types", str(types))
    assert "1 updated" in r.output, r.output


def test_changed_article_replaces_only_its_rows(tmp_path, db_path):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text("---\nurl: https://example.org/a\npublished: 2020-05-04\n---\n"
                 "Police arrested opposition leader Marta Lind in Valmora on Friday.\n")
    b.write_text("---\nurl: https://example.org/b\npublished: 2020-05-04\n---\n"
                 "Prime Minister Oskar Dahl resigned on Sunday after losing a confidence vote.\n")
    assert run("ingest", str(tmp_path), "--db", db_path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    b_rows = list(db.query("select * from mentions where article_id in "
                           "(select id from articles where url = 'https://example.org/b')"))
    assert b_rows
    # a corrected version of a: the arrest was on Thursday, and she was later released
    a.write_text("---\nurl: https://example.org/a\npublished: 2020-05-04\n---\n"
                 "Police arrested opposition leader Marta Lind in Valmora on Thursday.\n\n"
                 "She was released on bail on Saturday.\n")
    r = run("ingest", str(tmp_path), "--db", db_path)
    assert r.exit_code == 0
    assert "1 updated" in r.output and "1 unchanged" in r.output
    assert db["articles"].count == 2
    a_types = {m["type"]: m for m in db.query(
        "select * from mentions where article_id in (select id from articles where url = ?)",
        ["https://example.org/a"])}
    assert a_types["arrest"]["date_start"] == "2020-04-30"
    assert "release" in a_types
    assert list(db.query("select * from mentions where article_id in "
                         "(select id from articles where url = 'https://example.org/b')")) == b_rows
    # no event is left that no mention reports
    assert not list(db.query(
        "select id from events where id not in (select event_id from mentions)"))


def test_no_publication_date_warns_and_leaves_relative_dates_unknown(tmp_path, db_path):
    p = tmp_path / "undated.txt"
    p.write_text("Foreign Minister Lea Park resigned on Tuesday, her office said.\n")
    r = run("ingest", str(p), "--db", db_path)
    assert r.exit_code == 0
    assert "no publication date" in r.output
    db = sqlite_utils.Database(db_path)
    assert next(db["articles"].rows)["published"] is None
    (m,) = [m for m in db["mentions"].rows if m["type"] == "resignation"]
    assert m["precision"] == "unknown" and m["date_start"] is None
    today = dt.date.today().isoformat()
    assert today not in json.dumps(list(db["mentions"].rows))


def test_published_option_is_only_a_fallback(tmp_path, db_path):
    r = run("ingest", str(FIXTURES / "summit.md"), "--published", "2001-01-01", "--db", db_path)
    assert r.exit_code == 0
    db = sqlite_utils.Database(db_path)
    art = next(db["articles"].rows)
    assert art["published"] == "2023-02-10" and art["published_from"] == "front_matter"


def test_jsonl_and_csv_inputs(db_path):
    r = run("ingest", str(FIXTURES / "records.jsonl"), "--db", db_path)
    assert r.exit_code == 1
    assert "records.jsonl:2: record has no text" in r.output
    r = run("ingest", str(FIXTURES / "records.csv"), "--text-column", "body",
            "--title-column", "headline", "--url-column", "link", "--published-column", "day",
            "--db", db_path)
    assert r.exit_code == 1
    assert "records.csv:record 2" in r.output
    db = sqlite_utils.Database(db_path)
    assert sorted(a["title"] for a in db["articles"].rows) == [
        "Ferry sinks", "Mayor arrested", "Minister resigns", "Strike ends"]
    types = {m["type"] for m in db["mentions"].rows}
    assert {"resignation", "arrest"} <= types
    assert types & {"strike", "agreement"}  # "ended their strike ... after a pay deal"


def test_bad_inputs_are_reported_and_the_rest_ingested(tmp_path, db_path):
    good = tmp_path / "good.md"
    good.write_text("---\npublished: 2021-06-01\n---\nRebels attacked a convoy near Sarnak on Monday.\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"The caf\xe9 closed on Monday.")
    empty = tmp_path / "empty.md"
    empty.write_text("")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: \"unterminated\n---\nText.\n")
    r = run("ingest", str(good), str(binary), str(latin), str(empty), str(broken),
            str(tmp_path / "missing.txt"), "--db", db_path)
    assert r.exit_code == 1
    errors = [line for line in r.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    for name in ("image.txt", "latin.txt", "empty.md", "broken.md", "missing.txt"):
        assert any(name in e for e in errors), name
    assert "5 errors" in r.output
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 1


def test_bad_published_option(db_path, seed_path):
    r = CliRunner().invoke(cli, ["ingest", str(seed_path), "--published", "not-a-date",
                                 "--db", db_path])
    assert r.exit_code == 2
    assert "--published" in r.output and "not-a-date" in r.output


def test_empty_directory_is_an_error(tmp_path, db_path):
    (tmp_path / "nothing").mkdir()
    r = run("ingest", str(tmp_path / "nothing"), "--db", db_path)
    assert r.exit_code == 1
    assert "directory has no files to read" in r.output


def test_stdin(db_path):
    r = run("ingest", "-", "--published", "2022-03-01", "--db", db_path,
            input="Storm Ada killed three people in Northport on Sunday.\n")
    assert r.exit_code == 0, r.output
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 1
    assert any(m["type"] in ("death", "disaster", "killing") for m in db["mentions"].rows)


def test_failing_article_leaves_nothing_half_written(db, monkeypatch):
    import timeline.store as store

    calls = {"n": 0}
    original = store._save_mention

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "_save_mention", flaky)
    text = ("Police arrested the mayor of Dunmore, Ian Cole, on Friday. "
            "He was released on Saturday. He resigned on Sunday.")
    result = ingest_text(db, text, published="2022-05-09", title="Cole")
    assert result.errors and "disk I/O error" in result.errors[0]
    for table in ("articles", "mentions", "timexes", "events", "mention_entities"):
        assert db[table].count == 0, table


def test_library_ingest_path(db):
    result = ingest_path(db, [str(FIXTURES / "summit.md")])
    assert result.new == 1 and result.ok
    assert db["events"].count >= 2


def test_progress_and_summary(tmp_path, db_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Minister Number{i} Smith resigned on Monday.\n")
    r = run("ingest", str(tmp_path), "--published", "2020-01-08", "--db", db_path, "--silent")
    assert r.exit_code == 0
    assert "3 articles (3 new, 0 updated, 0 unchanged)" in r.output
    assert "Ingesting" not in r.output
