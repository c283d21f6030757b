"""Merging mentions from many sentences and articles into events."""
import datetime as dt

from click.testing import CliRunner

from timeline.cli import cli
from timeline.merge import rebuild_events
from timeline.models import Actor, Article, Entity, Extraction, Mention
from timeline.query import entity_events
from timeline.store import norm_name, open_db, save_article


def mention(type_, who, start, end, precision, status="occurred", sentence=None, where=None):
    sentence = sentence or f"{who} {type_} {start}"
    actors = [Actor(who, "person", "who", who.split()[0], 0, len(who.split()[0]))]
    if where:
        actors.append(Actor(where, "place", "where"))
    return Mention(type=type_, status=status, trigger=type_, trigger_start=0, trigger_end=3,
                   sentence=sentence, sentence_start=0, sentence_end=len(sentence),
                   date_start=start, date_end=end, precision=precision,
                   display_date=f"{start}..{end}", actors=actors)


def article(url, published, text, source):
    return Article(text=text, url=url, published=dt.date.fromisoformat(published),
                   published_from="given", source=source, title=url)


def save(db, url, published, source, *mentions, text=None):
    return save_article(db, article(url, published, text or url, source),
                        Extraction(mentions=list(mentions)))


def events(db):
    return list(db.query("select * from events order by date_start"))


def test_two_reports_narrow_the_date(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month"))
    save(db, "b", "2019-01-05", "Yonhap",
         mention("disappearance", "Jo Song-gil", "2018-11-10", "2018-11-10", "day"))
    (e,) = events(db)
    assert (e["date_start"], e["date_end"], e["precision"]) == ("2018-11-10", "2018-11-10", "day")
    assert (e["n_mentions"], e["n_articles"], e["n_sources"]) == (2, 2, 2)
    assert (e["first_reported"], e["last_reported"]) == ("2019-01-03", "2019-01-05")
    assert e["conflict"] == 0


def test_coarse_report_in_the_same_article_merges(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-30", "month", sentence="s1"),
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month",
                 sentence="s2"))
    (e,) = events(db)
    assert (e["date_start"], e["date_end"], e["precision"]) == ("2018-11-01", "2018-11-10",
                                                                 "part_of_month")
    assert e["n_mentions"] == 2 and e["n_articles"] == 1


def test_disjoint_dates_of_a_once_only_event_set_conflict_and_keep_both(db):
    save(db, "a", "2020-03-10", "A", mention("death", "Ada Marsh", "2020-03-02", "2020-03-02", "day"))
    save(db, "b", "2020-03-12", "B", mention("death", "Ada Marsh", "2020-03-05", "2020-03-05", "day"))
    (e,) = events(db)
    assert e["conflict"] == 1 and "disjoint" in e["conflict_reason"]
    assert db["mentions"].count == 2
    assert {m["date_start"] for m in db["mentions"].rows} == {"2020-03-02", "2020-03-05"}


def test_repeated_events_with_disjoint_dates_stay_apart(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("summit", "Moon Jae-in", "2018-01-01", "2018-12-31", "year"),
         mention("summit", "Moon Jae-in", "2019-01-01", "2019-04-30", "part_of_year", "planned"))
    assert len(events(db)) == 2


def test_planned_event_links_to_its_occurrence(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("summit", "Moon Jae-in", "2019-01-01", "2019-04-30", "part_of_year", "planned"))
    save(db, "b", "2019-03-01", "KBS",
         mention("summit", "Moon Jae-In", "2019-02-27", "2019-02-28", "week"))
    (e,) = events(db)
    assert e["status"] == "occurred"
    assert (e["date_start"], e["date_end"]) == ("2019-02-27", "2019-02-28")


def test_later_denial_sets_conflict(db):
    save(db, "a", "2021-05-01", "A", mention("arrest", "Ivo Rask", "2021-04-30", "2021-04-30", "day"))
    save(db, "b", "2021-05-02", "B", mention("arrest", "Ivo Rask", None, "2021-05-02", "unknown",
                                             status="negated"))
    (e,) = events(db)
    assert e["conflict"] == 1 and "denies" in e["conflict_reason"]
    assert e["date_start"] == "2021-04-30"


def test_different_actors_do_not_merge(db):
    save(db, "a", "2021-05-01", "A",
         mention("arrest", "Ivo Rask", "2021-04-30", "2021-04-30", "day"),
         mention("arrest", "Lena Holm", "2021-04-30", "2021-04-30", "day"))
    assert len(events(db)) == 2


def test_corrected_reingest_re_merges(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month"))
    save(db, "b", "2019-01-05", "Yonhap",
         mention("disappearance", "Jo Song Gil", "2018-11-10", "2018-11-10", "day"))
    # b is corrected: it was Nov. 9
    r = save(db, "b", "2019-01-05", "Yonhap",
             mention("disappearance", "Jo Song Gil", "2018-11-09", "2018-11-09", "day"),
             text="b, corrected")
    assert r.status == "updated"
    (e,) = events(db)
    assert (e["date_start"], e["n_articles"]) == ("2018-11-09", 2)
    # b corrected again, now about someone else: the event goes back to a's date
    save(db, "b", "2019-01-05", "Yonhap",
         mention("disappearance", "Kim Min", "2018-11-09", "2018-11-09", "day"), text="b2")
    rows = events(db)
    assert len(rows) == 2
    jo = [e for e in rows if "Jo Song Gil" in e["actors"]][0]
    assert (jo["date_start"], jo["date_end"], jo["n_articles"]) == ("2018-11-01", "2018-11-10", 1)


def test_rebuild_gives_the_same_events(db):
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month"),
         mention("appointment", "Jo Song Gil", "2017-10-01", "2017-10-31", "month"))
    save(db, "b", "2019-01-05", "Yonhap",
         mention("disappearance", "Jo Song Gil", "2018-11-10", "2018-11-10", "day"))
    before = events(db)
    rebuild_events(db)
    assert events(db) == before
    rebuild_events(db)
    assert events(db) == before


def test_entity_names_are_normalised():
    assert norm_name("Moon Jae-in") == norm_name("Moon Jae-In") == norm_name("MOON JAE IN")
    assert norm_name("Erdoğan") == norm_name("Erdogan")
    assert norm_name("The Kremlin") == norm_name("Kremlin")
    assert norm_name("Ana Ruiz") != norm_name("Ana Ruíz Soto")


def test_entities_across_articles_are_one_row(db):
    save_article(db, article("a", "2019-01-03", "a", "RFA"),
                 Extraction(entities=[Entity("Moon Jae-In", "person", ["Moon"])],
                            mentions=[mention("summit", "Moon Jae-In", "2018-01-01", "2018-12-31",
                                              "year")]))
    save(db, "b", "2019-02-01", "KBS",
         mention("visit", "Moon Jae-in", "2019-01-20", "2019-01-20", "day"))
    assert [e["name"] for e in db["entities"].rows] == ["Moon Jae-In"]
    found = entity_events(db, "moon jae in")
    assert [e["type"] for e in found] == ["summit", "visit"]
    assert entity_events(db, "Moon")[0]["type"] == "summit"  # by alias


def test_show_command(tmp_path):
    path = str(tmp_path / "t.db")
    db = open_db(path)
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month"),
         mention("appointment", "Jo Song Gil", "2017-10-01", "2017-10-31", "month"))
    db.close()
    r = CliRunner().invoke(cli, ["show", "Jo Song Gil", "--db", path, "--json"])
    assert r.exit_code == 0, r.output
    import json

    data = json.loads(r.output)
    assert [e["type"] for e in data] == ["appointment", "disappearance"]
    for key in ("type", "status", "date_start", "date_end", "display_date", "summary", "sources"):
        assert key in data[0]
    assert data[0]["sources"][0]["source"] == "RFA"
    r = CliRunner().invoke(cli, ["show", "Jo Song Gil", "--db", path])
    assert r.exit_code == 0 and r.output.index("appointment") < r.output.index("disappearance")
    r = CliRunner().invoke(cli, ["show", "Nobody Here", "--db", path])
    assert r.exit_code == 1 and "no entity called 'Nobody Here'" in r.output


def test_merge_command_rebuild(tmp_path):
    path = str(tmp_path / "t.db")
    db = open_db(path)
    save(db, "a", "2019-01-03", "RFA",
         mention("disappearance", "Jo Song Gil", "2018-11-01", "2018-11-10", "part_of_month"))
    before = events(db)
    db.close()
    r = CliRunner().invoke(cli, ["merge", "--rebuild", "--db", path])
    assert r.exit_code == 0 and "1 events" in r.output
    assert events(open_db(path)) == before


def test_undated_repeatable_reports_need_a_person_to_join_across_articles(db):
    def org_mention(url):
        m = mention("appointment", "Acme Corp", None, "2020-05-01", "unknown")
        m.actors[0].kind = "organisation"
        return m

    save(db, "a", "2020-05-01", "A", org_mention("a"))
    save(db, "b", "2020-05-02", "B", org_mention("b"))
    assert len(events(db)) == 2  # two undated appointments at one company: maybe not the same
    save(db, "c", "2020-05-01", "A", mention("resignation", "Ivo Rask", None, "2020-05-01", "unknown"))
    save(db, "d", "2020-05-03", "B", mention("resignation", "Ivo Rask", "2020-04-30", "2020-04-30", "day"))
    assert len([e for e in events(db) if e["type"] == "resignation"]) == 1


def test_deaths_in_one_place_on_different_days_are_different_events(db):
    def place_death(day):
        m = mention("death", "Carmel Valley", day, day, "day")
        m.actors[0].kind, m.actors[0].role = "place", "where"
        return m

    save(db, "a", "2019-05-14", "A", place_death("2019-05-13"))
    save(db, "b", "2019-06-02", "B", place_death("2019-06-01"))
    rows = events(db)
    assert len(rows) == 2 and not any(e["conflict"] for e in rows)


def test_an_unnamed_group_does_not_join_two_arrests(db):
    # "Police arrested two men in Lagos" and "Police arrested five men in
    # Kano", the same day: the same force, two arrests

    def police_arrest(city):
        m = mention("arrest", "Nigerian police", "2024-03-05", "2024-03-05", "day", where=city)
        m.actors[0].kind = "group"
        return m

    save(db, "a", "2024-03-06", "A", police_arrest("Lagos"))
    save(db, "b", "2024-03-06", "B", police_arrest("Kano"))
    assert len(events(db)) == 2
    # (the same place and day is one arrest told twice)
    save(db, "c", "2024-03-06", "C", police_arrest("Lagos"))
    assert len(events(db)) == 2
