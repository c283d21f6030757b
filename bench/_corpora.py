"""Readers for the third-party corpora under ../shared/corpora (never copied here).

TBAQ (TempEval-3 TimeML): `read_tbaq()` yields `TmlDoc`s with the plain text of
<TEXT>, the document creation time (the anchor) and the gold TIMEX3s as offsets
into that text. Reuters-21578: `read_reuters()` yields (text, date) records.
Both return nothing (and `corpora_dir()` None) when ../shared is absent, so the
benchmarks can skip with a reason.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def corpora_dir() -> Path | None:
    path = SHARED / "corpora"
    return path if path.is_dir() else None


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: dt.date
    timexes: list[GoldTimex] = field(default_factory=list)


def _walk(elem, parts: list[str], timexes: list[GoldTimex], pos: list[int]):
    """Collect the text of elem (tags removed) and the TIMEX3 offsets in it."""
    if elem.text:
        parts.append(elem.text)
        pos[0] += len(elem.text)
    for child in elem:
        start = pos[0]
        _walk(child, parts, timexes, pos)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start : pos[0]]
            timexes.append(
                GoldTimex(
                    start,
                    pos[0],
                    text,
                    child.get("type", "DATE"),
                    child.get("value", ""),
                    child.get("mod"),
                )
            )
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def parse_tml(path: Path) -> TmlDoc:
    root = ET.parse(path).getroot()
    dct_elem = root.find("DCT/TIMEX3")
    dct = dt.date.fromisoformat(dct_elem.get("value")[:10])
    text_elem = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_elem, parts, timexes, [0])
    return TmlDoc(path.stem, "".join(parts), dct, timexes)


def read_tbaq(limit: int | None = None, subset: str | None = None):
    """TBAQ documents; subset "TimeBank" or "AQUAINT" for one half."""
    base = corpora_dir()
    if base is None:
        return
    paths = sorted((base / "tbaq").glob(f"{subset or '*'}/*.tml"))
    for path in paths[:limit]:
        yield parse_tml(path)


_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_MONTHS = {m: i for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}


def read_reuters(max_chars: int | None = None):
    """Yield (body text, record date) from the Reuters-21578 .sgm files."""
    base = corpora_dir()
    if base is None:
        return
    total = 0
    for path in sorted((base / "reuters21578").glob("*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for rec in _REUTERS.findall(raw):
            body = _BODY.search(rec)
            date = _DATE.search(rec)
            if not body or not date:
                continue
            try:
                day = dt.date(int(date[3]), _MONTHS[date[2]], int(date[1]))
            except (KeyError, ValueError):
                continue
            text = html.unescape(re.sub(r"&#\d+;", " ", body[1]))
            yield text, day
            total += len(text)
            if max_chars is not None and total >= max_chars:
                return
