"""Readers that turn paths and streams into Articles.

A plain registry keyed by format name. Each reader takes a path (or "-" for
stdin) and options, and yields `Article`s, or `BadInput` for a record it
could not read, so one broken record does not stop the others.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import BadDate, BadInput, UnknownSource
from ..models import Article

# column / field names tried in order when none is given
DEFAULT_FIELDS = {
    "text": ["text", "body", "content", "article", "story", "full_text"],
    "title": ["title", "headline", "name"],
    "url": ["url", "link", "permalink", "uri"],
    "published": ["published", "date", "published_at", "pubdate", "pub_date",
                  "datetime", "timestamp", "created_at"],
    "source": ["source", "publisher", "outlet", "site", "feed"],
    "author": ["author", "byline", "authors"],
}

EXTENSIONS = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
}


def parse_published(value, origin: str | None = None) -> dt.date:
    """Read a publication date: a date, an ISO string, or a common news form.

    Raises BadDate naming the value (and where it came from).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    where = f"{origin}: " if origin else ""
    if not s:
        raise BadDate(f"{where}empty date")
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    ymd = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s)
    if ymd:
        # year first is year-month-day: "2024/03/07"; "2024-13-07" is a typo to report,
        # not a day and month to swap
        try:
            return dt.date(*map(int, ymd.groups()))
        except ValueError:
            raise BadDate(f"{where}{s!r} is no valid date (use YYYY-MM-DD)") from None
    import dateparser

    parsed = dateparser.parse(
        s, languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        raise BadDate(f"{where}cannot read {s!r} as a date (use YYYY-MM-DD)")
    return parsed.date()


def read_bytes(path: str) -> bytes:
    if path == "-":
        import sys

        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise BadInput("no such file or directory", path)
    try:
        return p.read_bytes()
    except OSError as e:
        raise BadInput(f"cannot read: {e.strerror or e}", path) from None


def decode(data: bytes, origin: str) -> str:
    """Decode UTF-8 text; refuse binary and undecodable input clearly."""
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes), not text", origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadInput(f"not UTF-8 text (undecodable byte at offset {e.start})", origin) from None
    if not text.strip():
        raise BadInput("empty file", origin)
    return text


Reader = Callable[..., Iterator["Article | BadInput"]]
READERS: dict[str, Reader] = {}


def register(name: str):
    def inner(fn: Reader) -> Reader:
        READERS[name] = fn
        return fn
    return inner


def format_for(path: str, fmt: str | None = None) -> str:
    if fmt and fmt != "auto":
        if fmt not in READERS:
            raise UnknownSource(f"unknown format {fmt!r}; choose from {', '.join(sorted(READERS))}")
        return fmt
    if path == "-":
        return "text"
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def expand_paths(paths: Iterable[str]) -> Iterator["str | BadInput"]:
    """Files to read: directories are walked (readable extensions only)."""
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if not p.exists():
            yield BadInput("no such file or directory", path)
        elif p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                yield BadInput(
                    f"directory has no files to read ({', '.join(sorted(EXTENSIONS))})", path)
            yield from found
        else:
            yield str(p)


def read_articles(paths: Iterable[str], *, format: str | None = None,
                  **options) -> Iterator["Article | BadInput"]:
    """Every Article (or BadInput) from the given paths, in order."""
    for path in expand_paths(paths):
        if isinstance(path, BadInput):
            yield path
            continue
        try:
            reader = READERS[format_for(path, format)]
            yield from reader(path, **options)
        except BadInput as e:
            yield e
        except UnknownSource as e:
            yield BadInput(str(e), path)


def pick(record: dict, field: str, given: str | None, origin: str):
    """A field of a record by its given column name, or the first default."""
    if given:
        if given not in record:
            raise BadInput(f"no {given!r} column/field (has: {', '.join(map(str, record))})", origin)
        return record[given]
    lower = {str(k).lower(): k for k in record}
    for name in DEFAULT_FIELDS[field]:
        if name in lower:
            return record[lower[name]]
    return None


def article_from_record(record: dict, origin: str, columns: dict,
                        published_from: str = "metadata") -> Article:
    text = pick(record, "text", columns.get("text"), origin)
    if text is None or not str(text).strip():
        raise BadInput("record has no text", origin)
    published = pick(record, "published", columns.get("published"), origin)
    pub = None
    if published not in (None, ""):
        try:
            pub = parse_published(published)
        except BadDate as e:
            raise BadInput(f"bad published date: {e}", origin) from None

    def opt(field):
        v = pick(record, field, columns.get(field), origin)
        return str(v).strip() if v not in (None, "") else None

    return Article(
        text=str(text),
        title=opt("title"),
        url=opt("url"),
        published=pub,
        published_from=published_from if pub else None,
        source=opt("source"),
        author=opt("author"),
        origin=origin,
    )


from . import text as _text  # noqa: E402,F401  (registers readers)
from . import records as _records  # noqa: E402,F401
