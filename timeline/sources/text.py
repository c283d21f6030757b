"""Plain text and Markdown, with optional YAML front matter."""
from __future__ import annotations

import re

import yaml

from ..errors import BadInput
from ..models import Article
from . import article_from_record, decode, read_bytes, register

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


@register("text")
def read_text(path: str, **options):
    origin = "<stdin>" if path == "-" else path
    text = decode(read_bytes(path), origin)
    meta, body = split_front_matter(text, origin)
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


__all__ = ["read_text", "split_front_matter", "Article"]
