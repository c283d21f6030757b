"""A small timeline database for the plugin, export and browser tests.

It holds the seed article's events as a careful reader takes them
(nk-ambassador-italy.expected.yml), stored through `save_article` exactly as
ingest stores them, so these tests do not depend on how good the extractor
is today. A second, invented follow-up article reports the disappearance with
other dates (a conflict) and carries markup in its title and sentence, to
check that article text is escaped.
"""
from __future__ import annotations

import datetime as dt

from timeline.models import Actor, Article, Entity, Extraction, Mention, Timex
from timeline.store import open_db, save_article

SEED_URL = "https://www.rfa.org/english/news/korea/nk-ambassador-italy-01032019.html"
FOLLOWUP_URL = "https://example.org/news/envoy-followup"
FOLLOWUP_TEXT = (
    "Envoy update.\n\n"
    'Officials said <script>alert("xss")</script> that Jo Song Gil vanished in mid-November. '
    "Nobody has seen him since.\n"
)


def _sentence(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    ends = [j + 1 for j in [text.find(". ", i + len(phrase))] if j >= 0]
    ends += [j for j in [text.find("\n", i + len(phrase))] if j >= 0]
    end = min(ends) if ends else len(text)
    return start, end


def _mention(text, phrase, trigger, type_, actors, date=None, date_text=None,
             precision="unknown", display=None, status="occurred"):
    s0, s1 = _sentence(text, phrase)
    t0 = text.index(trigger, s0)
    timex = None
    if date_text:
        d0 = text.index(date_text, s0)
        timex = Timex(d0, d0 + len(date_text), date_text, value=None,
                      date_start=date[0], date_end=date[1], precision=precision,
                      display_date=display)
    return Mention(
        type=type_, status=status, trigger=trigger, trigger_start=t0,
        trigger_end=t0 + len(trigger), sentence=text[s0:s1], sentence_start=s0,
        sentence_end=s1, timex=timex,
        date_start=date[0] if date else None, date_end=date[1] if date else None,
        precision=precision, display_date=display,
        actors=[Actor(name, kind, role) for name, kind, role in actors], confidence=0.9)


JO = ("Jo Song Gil", "person", "who")
MOON = ("Moon Jae-In", "person", "who")
KIM = ("Kim Jong Un", "person", "whom")


def build_seed_db(path, seed_text: str):
    """Write the seed events (and the follow-up) to a database at `path`."""
    db = open_db(str(path))
    t = seed_text
    mentions = [
        _mention(t, "became acting ambassador in October 2017", "became acting ambassador",
                 "appointment", [JO, ("Italy", "place", "where")],
                 ("2017-10-01", "2017-10-31"), "October 2017", "month", "Oct 2017"),
        _mention(t, "was set to end his term", "end his term", "term_end", [JO],
                 ("2018-11-21", "2018-11-30"), "late November last year", "part_of_month",
                 "late Nov 2018"),
        _mention(t, "he escaped the diplomatic compound", "escaped", "disappearance", [JO],
                 ("2018-11-01", "2018-11-10"), "early November", "part_of_month",
                 "early Nov 2018"),
        _mention(t, "went into hiding with his wife in November", "went into hiding",
                 "disappearance", [JO], ("2018-11-01", "2018-11-30"), "November", "month",
                 "Nov 2018"),
        _mention(t, "if his defection is confirmed", "defection", "defection", [JO],
                 status="hypothetical"),
        _mention(t, "defected to the South", "defected", "defection",
                 [("Thae Yong Ho", "person", "who"), ("Britain", "place", "where")],
                 ("2016-01-01", "2016-12-31"), "2016", "year", "2016"),
        _mention(t, "Moon held three summits", "summits", "summit", [MOON, KIM],
                 ("2018-01-01", "2018-12-31"), "2018", "year", "2018"),
        _mention(t, "is scheduled to meet Kim again", "meet", "summit", [MOON, KIM],
                 ("2019-01-01", "2019-04-30"), "early this year", "part_of_year", "early 2019",
                 status="planned"),
    ]
    seed = Article(text=t, title="North Korea’s Ambassador to Italy Vanishes in Possible Defection",
                   url=SEED_URL, published=dt.date(2019, 1, 3), published_from="given",
                   source="Radio Free Asia", origin="nk-ambassador-italy.txt")
    ents = [Entity("Jo Song Gil", "person", ["Jo"]), Entity("Moon Jae-In", "person", ["Moon"]),
            Entity("Kim Jong Un", "person", ["Kim"])]
    save_article(db, seed, Extraction(entities=ents, mentions=mentions))
    f = FOLLOWUP_TEXT
    follow = Article(text=f, title="Envoy <b>still</b> missing", url=FOLLOWUP_URL,
                     published=dt.date(2019, 1, 5), published_from="given",
                     source="Example News", origin="followup.txt")
    save_article(db, follow, Extraction(
        entities=[Entity("Jo Song Gil", "person", ["Jo"])],
        mentions=[_mention(f, "vanished in mid-November", "vanished", "disappearance", [JO],
                           ("2018-11-11", "2018-11-20"), "mid-November", "part_of_month",
                           "mid-Nov 2018")]))
    return db
