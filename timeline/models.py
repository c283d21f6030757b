"""Plain dataclasses that flow through the pipeline.

source -> Article -> Sentence -> Timex / Mention (+ Actor) -> store.
Nothing here talks to the database or parses text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field


def stable_id(*parts: str) -> str:
    """A short, stable hex id for a string key (sha1, 16 hex chars)."""
    h = hashlib.sha1()
    for p in parts:
        h.update((p or "").encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


@dataclass
class Article:
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    # where the publication date came from: given (--published), front_matter,
    # metadata (a JSONL/CSV field), inferred, or None when unknown
    published_from: str | None = None
    source: str | None = None
    author: str | None = None
    # where it was read from, for error messages: "a.md", "x.csv:12"
    origin: str | None = None

    @property
    def id(self) -> str:
        """Stable id: a hash of the URL if there is one, else of the text."""
        if self.url:
            return stable_id("url", self.url.strip())
        return stable_id("text", self.text.strip())

    @property
    def content_hash(self) -> str:
        return stable_id(
            self.title or "",
            self.text,
            self.published.isoformat() if self.published else "",
            self.source or "",
        )


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Timex:
    """A temporal expression found in a text, normalised (TIMEX3 + interval).

    `start`/`end` are Python str offsets into the text it was found in.
    `date_start`/`date_end` are inclusive YYYY-MM-DD days, or None where the
    expression is not a point or stretch of calendar time (DURATION, SET) or
    cannot be resolved (no anchor).
    """

    start: int
    end: int
    text: str
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    value: str | None = None  # TIMEX3 value: 2018-11, 2013-W11, PRESENT_REF, P3Y
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE...
    date_start: str | None = None
    date_end: str | None = None
    precision: str = "unknown"
    anchor: str | None = None  # the anchor date used, YYYY-MM-DD
    rule: str | None = None  # how it was anchored/normalised, readable
    display_date: str | None = None  # "early Nov 2018"
    warning: str | None = None  # e.g. a weekday that contradicts its date

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Actor:
    """An entity as one mention involves it."""

    name: str  # canonical name after in-article alias resolution
    kind: str  # person, organisation, place, group ("Nigerian police", "gunmen": unnamed)
    role: str  # who, whom, where
    text: str | None = None  # as written in the sentence ("Jo", "Pyongyang")
    start: int | None = None
    end: int | None = None


@dataclass
class Entity:
    name: str
    kind: str  # person, organisation, place
    aliases: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """One event as one sentence reports it."""

    type: str
    status: str  # occurred, planned, hypothetical, negated, unconfirmed
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    timex: Timex | None = None
    date_start: str | None = None
    date_end: str | None = None
    precision: str = "unknown"
    display_date: str | None = None
    actors: list[Actor] = field(default_factory=list)
    confidence: float = 0.5

    @property
    def who(self) -> list[str]:
        return [a.name for a in self.actors if a.role in ("who", "whom")]

    @property
    def where(self) -> list[str]:
        return [a.name for a in self.actors if a.role == "where"]

    def to_dict(self) -> dict:
        """The JSON shape of `timeline events --json`."""
        return {
            "type": self.type,
            "status": self.status,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "precision": self.precision,
            "display_date": self.display_date,
            "who": self.who,  # every participant: the doers and those done to
            "whom": [a.name for a in self.actors if a.role == "whom"],
            "where": self.where,
            "trigger": self.trigger,
            "sentence": self.sentence,
            "start": self.sentence_start,
            "end": self.sentence_end,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "date_text": self.timex.text if self.timex else None,
            "timex": self.timex.value if self.timex else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Extraction:
    """Everything the extractors found in one text."""

    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
