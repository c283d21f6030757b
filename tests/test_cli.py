"""`timeline dates` and `timeline events`: the interfaces other tools script against."""
import json
import subprocess
import sys
from xml.etree import ElementTree as ET

from click.testing import CliRunner

from timeline.cli import cli

TEXT = ("The minister resigned on Thursday, Jan. 3, 2019, two years after she took office "
        "in March 2017. Talks are scheduled for next month.\n")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_dates_json_has_the_documented_keys():
    r = run("dates", "-", "--anchor", "2019-01-05", "--json", input=TEXT)
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    for key in ("start", "end", "text", "type", "value", "mod", "date_start", "date_end",
                "precision", "rule"):
        assert key in data[0], key
    by_text = {d["text"]: d for d in data}
    day = next(d for t, d in by_text.items() if "Jan. 3, 2019" in t)
    assert (day["date_start"], day["date_end"], day["precision"]) == ("2019-01-03", "2019-01-03", "day")
    assert TEXT[day["start"]:day["end"]] == day["text"]
    month = by_text["March 2017"]
    assert (month["value"], month["date_start"], month["date_end"]) == ("2017-03", "2017-03-01",
                                                                       "2017-03-31")
    nxt = next(d for t, d in by_text.items() if "next month" in t)
    assert nxt["value"] == "2019-02"


def test_dates_from_a_file_and_default_table(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT)
    r = run("dates", str(p), "--anchor", "2019-01-05")
    assert r.exit_code == 0
    assert "March 2017" in r.output and "2017-03-01" in r.output


def test_dates_timeml_parses_and_keeps_the_text():
    r = run("dates", "-", "--anchor", "2019-01-05", "--timeml", input=TEXT)
    assert r.exit_code == 0
    root = ET.fromstring(r.output)
    tags = root.iter("TIMEX3")
    assert any(t.get("value") == "2017-03" for t in tags)
    text_el = root.find("TEXT") if root.tag != "TEXT" else root
    assert "".join(text_el.itertext()).strip() == TEXT.strip()


def test_dates_option_errors():
    r = run("dates", "-", "--anchor", "someday", input=TEXT)
    assert r.exit_code == 2 and "--anchor" in r.output
    r = run("dates", "-", "--json", "--timeml", input=TEXT)
    assert r.exit_code == 2 and "cannot be used together" in r.output
    r = run("dates", "/no/such/file.txt")
    assert r.exit_code == 1 and "/no/such/file.txt" in r.output


def test_events_json_has_the_documented_keys(seed_path):
    r = run("events", str(seed_path), "--published", "2019-01-03", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    text = seed_path.read_text()
    for key in ("type", "status", "date_start", "date_end", "precision", "display_date", "who",
                "where", "trigger", "sentence", "start", "end", "confidence"):
        assert key in data[0], key
    for m in data:
        assert text[m["start"]:m["end"]] == m["sentence"]
    term_end = [m for m in data if m["type"] == "term_end"]
    assert term_end and term_end[0]["date_start"] == "2018-11-21"
    assert "Jo Song Gil" in term_end[0]["who"]


def test_events_reads_front_matter_date(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\npublished: 2020-06-10\n---\nPolice arrested Ian Cole, the mayor of Dunmore, "
                 "on Monday.\n")
    r = run("events", str(p), "--json")
    assert r.exit_code == 0, r.output
    (m,) = [m for m in json.loads(r.output) if m["type"] == "arrest"]
    assert m["date_start"] == "2020-06-08"
    assert "Ian Cole" in m["who"]


def test_events_reads_title_and_published_header_lines(tmp_path):
    # "Title:" and "Published:" lines, then a blank line: the article's fields, not its text
    p = tmp_path / "a.txt"
    p.write_text("Title: Dunmore mayor arrested\nPublished: 2020-06-10\n\nPolice arrested Ian Cole, the mayor of "
                 "Dunmore, on Monday.\n")
    r = run("events", str(p), "--json")
    assert r.exit_code == 0, r.output
    (m,) = json.loads(r.output)
    assert (m["type"], m["date_start"], m["start"]) == ("arrest", "2020-06-08", 0)
    assert "Ian Cole" in m["who"]


def test_events_skips_the_headline_line_as_ingest_does(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Acme to buy rival Zenith in $4 billion deal\n\nAcme said on Tuesday it had agreed to buy "
                 "smaller rival Zenith for about $4 billion.\n")
    r = run("events", str(p), "--published", "2024-05-15", "--json")
    assert r.exit_code == 0, r.output
    assert [m["sentence"][:4] for m in json.loads(r.output)] == ["Acme"]
    assert all(m["start"] > 40 for m in json.loads(r.output))


def test_events_table_and_no_date():
    r = run("events", "-", input="Police arrested the mayor of Dunmore, Ian Cole, on Monday.\n")
    assert r.exit_code == 0
    assert "arrest" in r.output


def test_events_types_file(tmp_path):
    good = tmp_path / "types.yml"
    good.write_text("types:\n  eclipse:\n    roles: [where]\n    verbs: [eclipse]\n"
                    "    nouns: [eclipse, \"solar eclipse\"]\n")
    r = run("events", "-", "--published", "2024-04-10", "--types", str(good), "--json",
            input="A total solar eclipse crossed Mexico on Monday.\n")
    assert r.exit_code == 0, r.output
    assert [m["type"] for m in json.loads(r.output)] == ["eclipse"]
    bad = tmp_path / "bad.yml"
    bad.write_text("types: [not, a, mapping]\n")
    r = run("events", "-", "--types", str(bad), input="Nothing.\n")
    assert r.exit_code == 2 and "bad.yml" in r.output


def test_python_dash_m():
    r = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "ingest" in r.stdout
