"""Writing extractions to SQLite and merging mentions into events.

`open_db` applies pending migrations. `save_article` writes one article and
everything extracted from it in one transaction, replacing that article's
earlier rows (and only those), then merges its mentions into events.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .migrations import migrations
from .models import Article, Extraction, Mention, stable_id

# Bump when the stored rows change shape without the code below noticing.
EXTRACTOR_VERSION = "3"  # 3: the extractor's own code, types and engine make the key


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of the package's code and data: an article stored by another
    version of timeline is extracted again on the next ingest, not skipped."""
    root = Path(__file__).parent
    h = hashlib.sha1()
    for path in sorted([*root.glob("*.py"), *(root / "data").glob("*.yml")]):
        h.update(path.name.encode("utf-8"))
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extractor_key(types=None, engine: str = "rules") -> str:
    """What an article's stored rows were extracted with: the code, the
    engine and any extra event types (`--types FILE` or a mapping), so that
    ingesting again with other types or another engine re-extracts."""
    if types is None:
        extra = ""
    elif isinstance(types, (str, Path)):
        try:
            extra = hashlib.sha1(Path(types).read_bytes()).hexdigest()[:16]
        except OSError:
            extra = str(types)  # (extract() reports the unreadable file)
    else:
        extra = hashlib.sha1(json.dumps(types, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:16]
    return stable_id(EXTRACTOR_VERSION, _code_fingerprint(), engine, extra)


def open_db(path=None, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (or create) a timeline database and apply pending migrations.

    `path` None means an in-memory database.
    """
    db = sqlite_utils.Database(memory=True) if path in (None, ":memory:") else sqlite_utils.Database(path)
    if migrate:
        migrations.apply(db)
    return db


def norm_name(name: str) -> str:
    """Normalise a name for matching: case, diacritics, hyphens, punctuation.

    "Moon Jae-In" and "Moon Jae-in" and "MOON JAE IN" all give "moon jae in".
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").lower()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    s = re.sub(r"^(the) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def entity_id(name: str) -> str:
    return stable_id("entity", norm_name(name))


def _year_fields(date_start: str | None) -> tuple[int | None, str | None]:
    if not date_start:
        return None, None
    return int(date_start[:4]), date_start[:7]


@dataclass
class SaveResult:
    status: str  # new, unchanged, updated
    mentions: int = 0
    events_touched: int = 0


def _stored_hash(db: sqlite_utils.Database, article: Article, extractor: str | None = None) -> tuple[str, str | None]:
    """(the hash this article would be stored with, the hash stored now or None)."""
    content_hash = stable_id(article.content_hash, extractor or extractor_key())
    row = db.execute("select content_hash from articles where id = ?", [article.id]).fetchone()
    return content_hash, (row[0] if row else None)


def is_unchanged(db: sqlite_utils.Database, article: Article, extractor: str | None = None) -> bool:
    """Is this exact article already stored, extracted the same way (so
    extraction can be skipped)? `extractor` is `extractor_key(types, engine)`."""
    content_hash, stored = _stored_hash(db, article, extractor)
    return stored == content_hash


def save_article(db: sqlite_utils.Database, article: Article, extraction: Extraction,
                 *, merge: bool = True, extractor: str | None = None) -> SaveResult:
    """Store one article and its extraction in a single transaction.
    `extractor` is `extractor_key(types, engine)` of the extraction (default:
    the packaged types, rules engine)."""
    aid = article.id
    content_hash, stored = _stored_hash(db, article, extractor)
    existing = stored is not None
    if stored == content_hash:
        return SaveResult("unchanged")
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with db.atomic():
        affected: set[str] = set()
        if existing:
            affected = _delete_article_rows(db, aid)
        ingested_at = now
        if existing:
            prev = db.execute("select ingested_at from articles where id = ?", [aid]).fetchone()
            ingested_at = prev[0] if prev else now
        _write(db, "articles", {
                "id": aid,
                "url": article.url,
                "title": article.title,
                "source": article.source,
                "author": article.author,
                "published": article.published.isoformat() if article.published else None,
                "published_from": article.published_from,
                "origin": article.origin,
                "content_hash": content_hash,
                "ingested_at": ingested_at,
                "updated_at": now,
                "n_mentions": len(extraction.mentions),
                "warnings": json.dumps(extraction.warnings) if extraction.warnings else None,
                "text": article.text,
            })
        timex_ids = {}
        timex_rows = []
        for t in extraction.timexes:
            tid = f"{aid}:{t.start}-{t.end}"
            timex_ids[(t.start, t.end)] = tid
            timex_rows.append({
                "id": tid, "article_id": aid, "start": t.start, "end": t.end,
                "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
                "date_start": t.date_start, "date_end": t.date_end,
                "precision": t.precision, "display_date": t.display_date,
                "anchor": t.anchor, "rule": t.rule, "warning": t.warning,
            })
        for row in timex_rows:
            _write(db, "timexes", row)
        _save_entities(db, extraction)
        mention_ids = []
        for seq, m in enumerate(extraction.mentions):
            mid = stable_id("mention", aid, str(seq), str(m.trigger_start), m.type)
            mention_ids.append(mid)
            _save_mention(db, aid, mid, seq, m, timex_ids)
        if merge:
            from .merge import merge_mentions

            touched = merge_mentions(db, mention_ids, affected)
        else:
            touched = set()
    return SaveResult("updated" if existing else "new", len(mention_ids), len(touched))


def _write(db, table: str, row: dict, verb: str = "insert or replace") -> None:
    """One row by plain SQL: sqlite-utils' insert() introspects the table on
    every call, which made storing slower than extracting."""
    cols = ", ".join(f"[{c}]" for c in row)
    db.conn.execute(f"{verb} into [{table}] ({cols}) values ({', '.join('?' * len(row))})",
                    list(row.values()))


def _delete_article_rows(db: sqlite_utils.Database, aid: str) -> set[str]:
    """Remove one article's timexes, mentions and their links.

    Returns the ids of events that lost mentions, to be re-merged.
    """
    affected = {r[0] for r in db.execute(
        "select distinct event_id from mentions where article_id = ? and event_id is not null", [aid])}
    db.execute(
        "delete from mention_entities where mention_id in (select id from mentions where article_id = ?)",
        [aid])
    db.execute("delete from mentions where article_id = ?", [aid])
    db.execute("delete from timexes where article_id = ?", [aid])
    return affected


def _save_entities(db: sqlite_utils.Database, extraction: Extraction) -> None:
    for ent in extraction.entities:
        _ensure_entity(db, ent.name, ent.kind, ent.aliases)


def _ensure_entity(db, name: str, kind: str, aliases=()) -> str:
    eid = entity_id(name)
    norm = norm_name(name)
    row = db.execute("select id from entities where id = ?", [eid]).fetchone()
    if row is None:
        # an existing entity may already own this name as an alias
        alias = db.execute("select entity_id from entity_aliases where norm = ? and kind = 'name'",
                           [norm]).fetchone()
        if alias:
            eid = alias[0]
        else:
            _write(db, "entities", {"id": eid, "name": name, "kind": kind, "norm": norm})
    _write(db, "entity_aliases", {"entity_id": eid, "alias": name, "norm": norm, "kind": "name"},
           verb="insert or ignore")
    for a in aliases or ():
        an = norm_name(a)
        if an and an != norm:
            _write(db, "entity_aliases", {"entity_id": eid, "alias": a, "norm": an, "kind": "alias"},
                   verb="insert or ignore")
    return eid


def _save_mention(db, aid: str, mid: str, seq: int, m: Mention, timex_ids: dict) -> None:
    year, year_month = _year_fields(m.date_start)
    timex_id = timex_ids.get((m.timex.start, m.timex.end)) if m.timex else None
    _write(db, "mentions", {
            "id": mid, "article_id": aid, "event_id": None, "seq": seq,
            "type": m.type, "status": m.status, "trigger": m.trigger,
            "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
            "sentence": m.sentence, "sentence_start": m.sentence_start,
            "sentence_end": m.sentence_end, "timex_id": timex_id,
            "date_text": m.timex.text if m.timex else None,
            "date_start": m.date_start, "date_end": m.date_end,
            "precision": m.precision, "display_date": m.display_date,
            "year": year, "year_month": year_month,
            "who": "; ".join(a.name for a in m.actors if a.role in ("who", "whom")) or None,
            "where": "; ".join(a.name for a in m.actors if a.role == "where") or None,
            "confidence": m.confidence,
        })
    seen = set()
    for a in m.actors:
        eid = _ensure_entity(db, a.name, a.kind)
        key = (eid, a.role)
        if key in seen:
            continue
        seen.add(key)
        _write(db, "mention_entities",
               {"mention_id": mid, "entity_id": eid, "role": a.role, "text": a.text})
