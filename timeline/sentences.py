"""Sentence segmentation with character offsets.

Rules, not a model: split after . ! ? (and closing quotes/brackets) when the
next non-space character starts a new sentence, and at blank lines and line
breaks that end a heading-like line. Abbreviations ("Jan.", "Mr.", "U.S.",
"a.m.") and initials ("J. Smith") do not end a sentence.
"""
from __future__ import annotations

import re
import string

from .models import Sentence

ABBREVIATIONS = {
    # titles
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "rev", "hon",
    "pres", "amb", "fr", "messrs", "mme", "mt", "ft",
    # months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun",
    # others
    "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "inc", "corp",
    "ltd", "co", "bros", "univ", "assn", "ave", "blvd", "rd", "fig", "p",
    "pp", "vol", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
    "d.c", "n.y", "l.a", "u.s.a", "e.u", "ph.d", "b.c", "a.d",
}

# A candidate boundary: terminal punctuation, optional closers, whitespace.
_BOUNDARY = re.compile(r"""([.!?]+)(["'”’)\]]*)(\s+)""")
_WORD_CHARS = string.ascii_letters + "."
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_DOTTED_END = re.compile(r"(?:[A-Za-z]\.){2,}$")
# (not "And": wire copy capitalises it after a country's initials, "the U.S. And West Germany")
_FUNCTION_WORD = re.compile(r"(The|A|An|In|On|He|She|It|They|We|But|This|That)\b")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def _word_before(text: str, end: int) -> str:
    """The letters and dots that text[:end] ends with, from the first letter
    ("U.S", "Jan"; "" if none), within 40 characters: what a search of
    ([A-Za-z][A-Za-z.]*)$ there finds, without trying it at every place."""
    # look back a short window only: searching from 0 made long texts quadratic
    window = text[max(0, end - 40):end]
    if window.endswith("\n"):
        window = window[:-1]  # ($ also matches before a final line break)
    return window[len(window.rstrip(_WORD_CHARS)):].lstrip(".")


def is_abbreviation(text: str, dot_pos: int) -> bool:
    """Is the '.' at dot_pos the end of an abbreviation or an initial?"""
    token = _word_before(text, dot_pos)
    if not token:
        return False
    word = token.rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # single capital initial: "J. Smith"; dotted acronyms "U.S."
    if len(token) == 1 and token.isupper():
        return True
    if _DOTTED.fullmatch(token):
        return True
    return False


def _next_starts_sentence(text: str, pos: int) -> bool:
    if pos >= len(text):
        return True
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘([–—-•*#"


# a line that ends on a first name, in a line of running text, and a next
# line opening on a middle initial and a surname
_INITIAL_NEXT = re.compile(r"\s*[A-Z]\.\s*[A-Z][a-z]")
_CAP_END = re.compile(r"\b[A-Z][\w&'’-]*$")
_UNCLOSED = re.compile(r"[<(][^<>()]*$")  # "<Azuma\nSteel Co Ltd>": a bracket the next line closes
_SAID = re.compile(r"\b(?:said|told)\b")
_NAME_PART_NEXT = re.compile(r"\s*(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|Jr|Sr|Corporation|Company|Group|Association|Commission|"
                             r"Party|Bank|Reserve|Exchange|Organi[sz]ation|Council|Committee|Board|Department|Ministry|"
                             r"Institute|Fund|Union|Trust|Authority|Agency|Industries|International|Airlines|Holdings|"
                             r"Partners|Securities|Services|Systems)\b")
_INITIAL_END = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.$")
# "a stake in B.F.\nGoodrich Co": a company's initials (not "the U.S.\nJapan said")
_INITIALS_END = re.compile(r"(?:^|\s)((?:[A-Z]\.){2,3})$")
# "The Western Airlines unit of Delta\nAir Lines Inc": a name that a linking word opened (not "Floods hit Turkey")
_LINKED_NAME_END = re.compile(r"\b(?:of|and|by|from|to|with|for|at|in|unit|subsidiary|said)\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?$")
_COMPANY_NEXT = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|LP|Corporation|Company)\b")
_SURNAME_NEXT = re.compile(r"\s*(?!(?:He|She|It|They|We|You|The|This|That|These|Those|There|His|Her|Its|Their|Our|"
                           r"In|On|At|An|But|And|Also|However|Under|After|Before|For|Since|Earlier|Last|Yesterday|"
                           r"Today|Analysts|Officials|Company|Shares)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:,|\s+[a-z]|\s+(?:Jr|Sr)\b|[’']s\b)")
_NAME_END = re.compile(r"\b[A-Z][a-z]+$")
_UNCLOSED_FIRM = re.compile(r"<[^<>]*$")
_OPENED_NAME_END = re.compile(r"(?:[’']s|\bof\s+the)\s+[A-Z][\w&-]*$")
# a post in lower case and one capitalised word ending a line: a given name whose surname wraps
# ("Treasury Secretary James\nBaker said", "Mr. John\nSmith said": the post capitalised too, when the next
# line opens on the surname, not on a word that opens a sentence)
_POST_GIVEN_END = re.compile(r"\b(?i:minister|president|secretary|chairman|chairwoman|director|chief|spokesman|spokeswoman|"
                             r"governor|ambassador|envoy|officer|executive|leader|senator|commissioner|official|"
                             r"analyst|economist|manager|treasurer|mr\.|mrs\.|ms\.|dr\.)\s+[A-Z][a-z]+$")
_SENTENCE_OPENER = frozenset("The A An This That These Those In On At By For From With He She It They We I His Her Its "
                             "Their Our But And Or As After Before When While If Although Since Meanwhile However".split())
# the next line: capitalised words, then running text in lower case
_NAME_GOES_ON = re.compile(r"\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*>?\s+[a-z]")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# the words no title line ends with (the last word of a line is looked up)
_WRAPPED_MID = frozenset((
    "of the a an in on at to for by with from and or but as its his her their "
    "that which who whose is are was were has have had will would said says than "
    "into onto over under between against during without within upon via "
    "this these those our your some any every each "
    "be been being did does can could should may might must shall not "
    # an adjective that wants its noun: "on the new\nSingapore Government Securities Market"
    "new own state-owned "
    # a name's linking word: "Banque Nationale de\nParis is planning"
    "de du des da do dos das del della di van von der den bin ibn").split())


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, each with [start, end) offsets into text."""
    sentences: list[Sentence] = []
    # First cut at paragraph breaks (blank lines) and single line breaks:
    # news exports put headings, captions and datelines on their own lines.
    for block in _BLOCK.finditer(text):
        para_start = block.start()
        para = block.group(0)
        # a single newline inside a paragraph: split only if the line before
        # does not end mid-sentence, e.g. a title line without a full stop
        lines = []
        pos = 0
        for line in para.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        chunks: list[tuple[int, int]] = []
        cur_start = None
        for i, (lpos, line) in enumerate(lines):
            if cur_start is None:
                cur_start = lpos
            ends = _line_ends_chunk(lines, i, inner=cur_start != lpos or line[:1] in " \t")
            if ends:
                chunks.append((cur_start, lpos + len(line)))
                cur_start = None
        for cstart, cend in chunks:
            _split_chunk(text, para_start + cstart, para_start + cend, sentences)
    return sentences


_SENTENCE_CLOSERS = ".!?:\"”’)"


def _line_ends_chunk(lines: list[tuple[int, str]], i: int, inner: bool) -> bool:
    """Does line i of a block end its sentence (a title line, or one that
    stops on sentence punctuation), rather than wrap into the next? inner:
    the line is not the first of its chunk, or is indented."""
    line = lines[i][1]
    nxt = lines[i + 1][1] if i + 1 < len(lines) else None
    stripped = line.rstrip()
    if nxt is None or not stripped:
        return True
    if stripped[-1] not in _SENTENCE_CLOSERS and not _title_line(lines, i, stripped, nxt, inner):
        return False
    return not _wrapped_inside_name(stripped, nxt, inner)


def _title_line(lines, i, stripped: str, nxt: str, inner: bool) -> bool:
    """A line with no closing punctuation that ends where a title would."""
    last = stripped.rsplit(None, 1)[-1]
    return (nxt.strip()[:1].isupper() and len(stripped) < 120 and stripped[-1] not in ",;"
            # a hard-wrapped line that stops on a word no title ends
            # with ("in the southern province of\nHatay were evacuated")
            and last not in _WRAPPED_MID and not stripped.endswith(". And")
            # nor one in the middle of a wrapped paragraph, or the
            # first of an indented one: a title line is a block's
            # first, not its third, and starts at the margin
            and not (inner and len(stripped) >= 50 and stripped[-1].islower())
            # nor a block's first line ending on a lower-case word when the lines after it
            # wrap mid-sentence as well: wire copy's lead ("Melville Corp said it elected\nRobert Huth
            # as executive vice president and chief financial\nofficer")
            and not (i == 0 and i + 2 < len(lines) and last.islower() and len(stripped.split()) >= 4
                     and (l2 := lines[i + 1][1].rstrip()) and l2[-1] not in _SENTENCE_CLOSERS
                     and lines[i + 2][1].strip()[:1].islower()))


def _wrapped_inside_name(stripped: str, nxt: str, inner: bool) -> bool:
    """A line of running text wrapped inside a name, though it ends as a
    title line or a sentence might."""
    if _LOWER_WORD.search(stripped) is not None and (
            # "said Stephen\nL. Phelps resigned": before its middle initial
            _NAME_END.search(stripped) is not None and _INITIAL_NEXT.match(nxt) is not None
            # "said Gil L.\nLeathley was appointed": after it
            or _INITIAL_END.search(stripped) is not None and _SURNAME_NEXT.match(nxt) is not None
            # "a stake in B.F.\nGoodrich Co": after a firm's initials
            or (im := _INITIALS_END.search(stripped)) is not None and _COMPANY_NEXT.match(nxt) is not None
            and im.group(1).rstrip(".").lower() not in ABBREVIATIONS
            # "Standard Oil Co and BP North America\nInc said ...", "Olin Corp said John W. Johnstone\nJr,
            # 54, ...": a line of running text wrapped inside a name; not a title line ("Floods hit Turkey")
            or _CAP_END.search(stripped) is not None
            and (_NAME_PART_NEXT.match(nxt) is not None
                 or _COMPANY_NEXT.match(nxt) is not None and _LINKED_NAME_END.search(stripped) is not None
                 or _SAID.search(stripped) is not None
                 or _UNCLOSED.search(stripped) is not None
                 or inner and len(stripped) >= 40)):
        return True
    # (a name a line opens and the next one goes on with, whatever else the line holds)
    return _CAP_END.search(stripped) is not None and _NAME_GOES_ON.match(nxt) is not None and (
        # "Philippines finance minister Jaime\nOngpin said": a post in lower case, then the given name
        (pg := _POST_GIVEN_END.search(stripped)) is not None
        and (pg.group(0)[:1].islower() or nxt.split(None, 1)[0] not in _SENTENCE_OPENER)
        # "Chancellor of the Exchequer Nigel\nLawson said", "White House Chief of Staff Howard\nBaker
        # said": any line ending on a given name the gazetteer knows
        or _given_name(stripped.rsplit(None, 1)[-1]) and nxt.split(None, 1)[0] not in _SENTENCE_OPENER or
        # "<America First Federally Guaranteed\nMortgage Fund Two> said": a firm's bracket
        _UNCLOSED_FIRM.search(stripped) is not None and ">" in nxt
        # "McLean Industries Inc's United\nStates Lines Inc", "members of the National\nSoybean
        # Processors Association": a name a possessive or "of the" opens goes on
        or _OPENED_NAME_END.search(stripped) is not None)


def _given_name(word: str) -> bool:
    from .entities import gazetteer  # (loaded once, and only for a line that may end on a name)
    return word in gazetteer().given_gender


def _split_chunk(text: str, start: int, end: int, out: list[Sentence]) -> None:
    seg_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_end = m.end(2)
        if m.end() >= end:
            break
        if m.group(1) == "." and is_abbreviation(text, m.start(1)):
            # "Jan. 3" / "Mr. Kim": not a boundary; but "in the U.S. The"
            # is, when the next word is capitalised and not a name-like
            # continuation. Keep it simple: abbreviation wins unless it is a
            # dotted acronym followed by a capitalised function word.
            nxt = text[m.end():m.end() + 12]
            if not _FUNCTION_WORD.match(nxt):
                continue
            if not _DOTTED_END.search(text[max(start, m.start(1) - 6):m.start(1) + 1]):
                continue
        if not _next_starts_sentence(text, m.end()):
            continue
        _append(text, seg_start, punct_end, out)
        seg_start = m.end()
    _append(text, seg_start, end, out)


# The rules read sentences of news: the longest of the 146,050 sentences of
# Reuters-21578 has 722 characters. Text that is not news can hold far longer
# runs (a base64 image in Markdown, a URL-encoded query, minified script
# pasted with a page), and the rules' patterns spend time on a sentence that
# grows with the square of its length: in a sentence, a 40,000-character hex
# signature took 22 s and a 100,000-letter word 128 s (bench/pathological.py).
# So a run of LONG_TOKEN characters or more without a space is no part of any
# sentence (the text on either side of it is), and a sentence longer than
# MAX_SENTENCE is cut into pieces no longer than that, each at its last
# clause break or space.
LONG_TOKEN = 200
MAX_SENTENCE = 2000
_LONG_TOKEN = re.compile(r"\S{%d,}" % LONG_TOKEN)


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    if end - start < LONG_TOKEN:
        _append_one(text, start, end, out)
        return
    pos = start
    for m in _LONG_TOKEN.finditer(text, start, end):
        _append_capped(text, pos, m.start(), out)
        pos = m.end()
    _append_capped(text, pos, end, out)


def _append_capped(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        lo = start + MAX_SENTENCE // 2
        window = text[lo:start + MAX_SENTENCE]
        if (i := max(window.rfind(", "), window.rfind("; "), window.rfind(": "))) >= 0:
            cut = lo + i + 1  # after the comma
        elif (i := max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))) >= 0:
            cut = lo + i
        else:
            cut = start + MAX_SENTENCE
        _append_one(text, start, cut, out)
        start = cut
    _append_one(text, start, end, out)


def _append_one(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MINOR = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
          "as", "from", "after", "over", "into", "is", "are", "vs"}


def is_headline(sent: Sentence) -> bool:
    """A title-case line without a full stop: a headline, not reporting."""
    if sent.text.rstrip()[-1:] in ".!?\"”":
        return False
    words = [w for w in _HEADLINE_WORD.findall(sent.text) if w.lower() not in _MINOR]
    if len(words) < 3:
        return True
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7
