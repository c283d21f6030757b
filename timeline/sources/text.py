"""Plain text and Markdown, with optional YAML front matter or header lines."""
from __future__ import annotations

import re

import yaml

from ..errors import BadInput
from ..models import Article
from . import DEFAULT_FIELDS, article_from_record, decode, read_bytes, register

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, origin: str) -> tuple[dict, str]:
    """Return (front matter dict, body). Malformed front matter is an error."""
    if not text.startswith("---"):
        return {}, text
    m = _FRONT_MATTER.match(text)
    if not m:
        raise BadInput("front matter starts with '---' but is never closed", origin)
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise BadInput(f"malformed front matter{where}: {getattr(e, 'problem', e)}", origin) from None
    if not isinstance(meta, dict):
        raise BadInput("front matter is not a mapping of fields", origin)
    return meta, text[m.end():]


# a plain header instead of front matter: "Title: ...", "Published: 2024-03-08",
# "Source: ...", one field a line, then a blank line (the fields that front
# matter and records name so; "By:" is the author)
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_ -]{0,15}?)[ \t]*:[ \t]*(\S.*?)[ \t\r]*")
_HEADER_NAMES = ("title", "headline", "published", "date", "pubdate", "pub_date", "url", "link",
                 "source", "publisher", "author", "byline")
# each name to its field, as records name them (DEFAULT_FIELDS)
_HEADER_KEYS = {n: f for f, names in DEFAULT_FIELDS.items() for n in names if n in _HEADER_NAMES} | {"by": "author"}


def split_header_lines(text: str) -> tuple[dict, str]:
    """Return (fields, body) of a text that opens with header lines of known
    fields and a blank line; ({}, text) when it does not."""
    meta: dict = {}
    pos = 0
    while True:
        end = text.find("\n", pos)
        if end < 0:
            return {}, text  # no blank line after: no header
        line = text[pos:end]
        if not line.strip():
            break
        m = _HEADER_LINE.fullmatch(line)
        key = _HEADER_KEYS.get(m.group(1).strip().lower()) if m else None
        if key is None:
            return {}, text
        meta.setdefault(key, m.group(2))
        pos = end + 1
    return (meta, text[end + 1:]) if meta else ({}, text)


@register("text")
def read_text(path: str, **options):
    origin = "<stdin>" if path == "-" else path
    text = decode(read_bytes(path), origin)
    if text.startswith("---"):
        meta, body = split_front_matter(text, origin)
    else:
        meta, body = split_header_lines(text)
    if not body.strip():
        raise BadInput("no article text after the front matter", origin)
    record = {str(k).lower(): v for k, v in meta.items()}
    record["text"] = body
    article = article_from_record(record, origin, {}, published_from="front_matter")
    if article.title is None:
        article.title = _first_line_title(body)
    yield article


def _first_line_title(body: str) -> str | None:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return None


__all__ = ["read_text", "split_front_matter", "split_header_lines", "Article"]
