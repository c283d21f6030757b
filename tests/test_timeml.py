"""--timeml output: well-formed XML that TimeML tools read, text round-trips."""
from xml.etree import ElementTree as ET

from timeline.dates import find_dates, to_timeml

TEXT = ("North Korea's envoy <Jo> & his wife fled in early November, officials "
        "said Thursday, Jan. 3, 2018 (sic). He served three years; talks resume "
        "every Monday and \"soon\".")


def _parse(xml):
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "TimeML"
    return root.find("TEXT")


def test_timeml_parses_and_round_trips_the_text():
    timexes = find_dates(TEXT, "2019-01-03")
    xml = to_timeml(TEXT, timexes)
    body = _parse(xml)
    assert "".join(body.itertext()) == TEXT


def test_timeml_tags_carry_type_value_mod_and_offsets():
    timexes = find_dates(TEXT, "2019-01-03")
    body = _parse(to_timeml(TEXT, timexes))
    tags = body.findall("TIMEX3")
    assert len(tags) == len(timexes)
    assert len({t.get("tid") for t in tags}) == len(tags)
    by_text = {t.text: t for t in tags}
    early = by_text["early November"]
    assert (early.get("type"), early.get("value"), early.get("mod")) == ("DATE", "2018-11", "START")
    assert by_text["three years"].get("type") == "DURATION"
    assert by_text["every Monday"].get("type") == "SET"
    # offsets: walking the text gives each tag at its Timex offset
    pos = 0
    offsets = []
    if body.text:
        pos += len(body.text)
    for tag in body:
        offsets.append((pos, pos + len(tag.text)))
        pos += len(tag.text) + len(tag.tail or "")
    assert offsets == [(t.start, t.end) for t in sorted(timexes, key=lambda t: t.start)]


def test_timeml_without_dates_and_without_anchor():
    assert "".join(_parse(to_timeml("No dates.", [])).itertext()) == "No dates."
    text = "He left last year."
    body = _parse(to_timeml(text, find_dates(text, None)))
    assert "".join(body.itertext()) == text
    assert body.find("TIMEX3").get("type") == "DATE"


def test_timeml_carries_the_anchor_as_document_creation_time():
    text = "He left last year."
    root = ET.fromstring(to_timeml(text, find_dates(text, "2019-01-03")).encode("utf-8"))
    dct = root.find("DCT/TIMEX3")
    assert dct.get("value") == "2019-01-03"
    assert dct.get("functionInDocument") == "CREATION_TIME"
    assert root.find("TEXT/TIMEX3").get("value") == "2018"
