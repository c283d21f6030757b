"""Readers: formats, front matter, column names and the errors bad input gets."""
import datetime as dt

import pytest

from timeline.errors import BadDate, BadInput
from timeline.sources import parse_published, read_articles
from timeline.sources.text import split_front_matter, split_header_lines

from conftest import FIXTURES


def _split(items):
    arts = [i for i in items if not isinstance(i, BadInput)]
    errs = [str(i) for i in items if isinstance(i, BadInput)]
    return arts, errs


def test_front_matter_fields():
    (a,), errs = _split(list(read_articles([str(FIXTURES / "summit.md")])))
    assert not errs
    assert a.title == "Leaders agree to meet again in the spring"
    assert a.published == dt.date(2023, 2, 10)
    assert a.published_from == "front_matter"
    assert a.url == "https://example.org/news/2023/02/10/leaders-meet"
    assert a.source == "Example Wire"
    assert a.author == "A. Reporter"
    assert a.text.startswith("President Ana Ruiz met")


def test_plain_text_without_front_matter_uses_first_line_as_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Flood hits Norvale\n\nA flood hit Norvale on Monday.\n")
    (a,), _ = _split(list(read_articles([str(p)])))
    assert a.title == "Flood hits Norvale"
    assert a.published is None


def test_header_lines_give_the_fields_and_the_body_starts_after_the_blank_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: Flood hits Norvale\nPublished: 2021-03-02\nSource: Norvale Post\nBy: Ann Lee\n\n"
                 "A flood hit Norvale on Monday.\n")
    (a,), errs = _split(list(read_articles([str(p)])))
    assert not errs
    assert (a.title, a.published, a.source, a.author) == ("Flood hits Norvale", dt.date(2021, 3, 2),
                                                          "Norvale Post", "Ann Lee")
    assert a.published_from == "front_matter"
    assert a.text == "A flood hit Norvale on Monday.\n"


@pytest.mark.parametrize("raw", [
    "HONG KONG: Singer CoCo Lee has died.\n\nShe was 48.\n",  # a dateline, no field
    "Title: Flood hits Norvale\nA flood hit Norvale on Monday.\n",  # no blank line after the fields
    "Note: all times local\n\nA flood hit Norvale on Monday.\n",  # a field no reader knows
])
def test_lines_that_are_no_header_stay_text(raw):
    meta, body = split_header_lines(raw)
    assert (meta, body) == ({}, raw)


def test_a_header_with_a_bad_date_is_an_error_naming_the_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: Flood\nPublished: someday\n\nA flood hit Norvale.\n")
    _, errs = _split(list(read_articles([str(p)])))
    assert len(errs) == 1 and str(p) in errs[0] and "published" in errs[0]


def test_jsonl_records_and_a_record_without_text():
    arts, errs = _split(list(read_articles([str(FIXTURES / "records.jsonl")])))
    assert [a.title for a in arts] == ["Minister resigns", "Mayor arrested"]
    assert arts[0].published == dt.date(2022, 5, 6)
    assert len(errs) == 1 and "records.jsonl:2" in errs[0] and "no text" in errs[0]


def test_csv_with_column_options():
    arts, errs = _split(list(read_articles(
        [str(FIXTURES / "records.csv")], text_column="body", title_column="headline",
        url_column="link", published_column="day")))
    assert [a.title for a in arts] == ["Strike ends", "Ferry sinks"]
    assert arts[1].published == dt.date(2021, 3, 15)
    assert arts[1].url == "https://example.org/b/3"
    assert len(errs) == 1 and "records.csv:record 2" in errs[0]


def test_csv_unknown_column_is_an_error_naming_it():
    _, errs = _split(list(read_articles([str(FIXTURES / "records.csv")], text_column="nope")))
    assert len(errs) == 1 and "'nope'" in errs[0] and "records.csv" in errs[0]


def test_broken_csv_row(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text('title,text\n"ok","Rain fell on Monday."\n"broken"\n"ok2","Snow fell on Tuesday."\n')
    arts, errs = _split(list(read_articles([str(p)])))
    assert [a.title for a in arts] == ["ok", "ok2"]
    assert len(errs) == 1 and "x.csv:record 2" in errs[0] and "broken row" in errs[0]


def test_directory_is_walked_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("Storm hits the coast on Monday.")
    (tmp_path / "b.txt").write_text("Talks collapse on Tuesday.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    arts, errs = _split(list(read_articles([str(tmp_path)])))
    assert len(arts) == 2 and not errs


@pytest.mark.parametrize("content,message", [
    (b"", "empty file"),
    (b"  \n\n", "empty file"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
    (b"---\ntitle: [unclosed\n---\nBody text.", "malformed front matter"),
    (b"---\ntitle: x\nno closing fence\n", "never closed"),
    (b"---\n- a\n- b\n---\nBody.", "not a mapping"),
    (b"---\npublished: someday soon\n---\nBody text here.", "bad published date"),
    (b"---\ntitle: only front matter\n---\n", "no article text"),
])
def test_bad_files_get_an_error_naming_the_file(tmp_path, content, message):
    p = tmp_path / "bad.md"
    p.write_bytes(content)
    arts, errs = _split(list(read_articles([str(p)])))
    assert arts == []
    assert len(errs) == 1
    assert str(p) in errs[0] and message in errs[0]
    assert "\n" not in errs[0]


def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    _, errs = _split(list(read_articles([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])))
    assert "nope.txt: no such file" in errs[0]
    assert "empty: directory has no files to read" in errs[1]


def test_front_matter_split_keeps_body():
    meta, body = split_front_matter("---\ntitle: A\n---\nBody\n", "x")
    assert meta == {"title": "A"} and body == "Body\n"


@pytest.mark.parametrize("value,expected", [
    ("2019-01-03", dt.date(2019, 1, 3)),
    ("2019-01-03T10:20:00Z", dt.date(2019, 1, 3)),
    ("January 3, 2019", dt.date(2019, 1, 3)),
    ("3 Jan 2019", dt.date(2019, 1, 3)),
    ("2019/01/03", dt.date(2019, 1, 3)),
    (dt.date(2019, 1, 3), dt.date(2019, 1, 3)),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish", "2019-13-45", "soon", "", "January 2019",
                                   # a typo in an ISO date, not a day and a month to swap
                                   "2024-13-07", "2024/02/30"])
def test_parse_published_rejects(value):
    with pytest.raises(BadDate):
        parse_published(value)
