"""The database schema, as numbered migrations applied on open.

Never edit a migration once it has shipped: add a new one.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("timeline")


@migrations()
def m001_articles(db: Database) -> None:
    db["articles"].create(
        {
            "id": str,
            "url": str,
            "title": str,
            "source": str,
            "author": str,
            "published": str,  # YYYY-MM-DD or NULL when unknown
            "published_from": str,  # given, front_matter, metadata, inferred
            "origin": str,  # the file (and record) it was read from
            "content_hash": str,
            "ingested_at": str,
            "updated_at": str,
            "n_mentions": int,
            "warnings": str,  # JSON list
            "text": str,
        },
        pk="id",
    )
    db["articles"].create_index(["published"])
    db["articles"].create_index(["source"])


@migrations()
def m002_timexes(db: Database) -> None:
    db["timexes"].create(
        {
            "id": str,
            "article_id": str,
            "start": int,
            "end": int,
            "text": str,
            "type": str,
            "value": str,
            "mod": str,
            "date_start": str,
            "date_end": str,
            "precision": str,
            "display_date": str,
            "anchor": str,
            "rule": str,
            "warning": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["timexes"].create_index(["article_id"])


@migrations()
def m003_entities(db: Database) -> None:
    db["entities"].create(
        {"id": str, "name": str, "kind": str, "norm": str},
        pk="id",
    )
    db["entities"].create_index(["norm"], unique=True)
    db["entities"].create_index(["kind"])
    db["entity_aliases"].create(
        {"entity_id": str, "alias": str, "norm": str, "kind": str},
        pk=("entity_id", "norm"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["entity_aliases"].create_index(["norm"])


@migrations()
def m004_events_and_mentions(db: Database) -> None:
    db["events"].create(
        {
            "id": str,
            "type": str,
            "status": str,
            "date_start": str,
            "date_end": str,
            "precision": str,
            "display_date": str,
            "year": int,
            "year_month": str,
            "summary": str,
            "actors": str,  # display list, "Jo Song Gil; Italy"
            "evidence": str,  # the sentence of the most precise mention
            "n_mentions": int,
            "n_articles": int,
            "n_sources": int,
            "first_reported": str,
            "last_reported": str,
            "conflict": int,
            "conflict_reason": str,
        },
        pk="id",
    )
    for cols in (["date_start"], ["type"], ["status"], ["year"], ["year_month"], ["precision"]):
        db["events"].create_index(cols)
    db["mentions"].create(
        {
            "id": str,
            "article_id": str,
            "event_id": str,
            "seq": int,  # order within the article
            "type": str,
            "status": str,
            "trigger": str,
            "trigger_start": int,
            "trigger_end": int,
            "sentence": str,
            "sentence_start": int,
            "sentence_end": int,
            "timex_id": str,
            "date_text": str,
            "date_start": str,
            "date_end": str,
            "precision": str,
            "display_date": str,
            "year": int,
            "year_month": str,
            "who": str,
            "where": str,
            "confidence": float,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("event_id", "events", "id"),
            ("timex_id", "timexes", "id"),
        ],
    )
    for cols in (
        ["article_id"], ["event_id"], ["date_start"], ["type"], ["status"],
        ["year"], ["year_month"], ["precision"],
    ):
        db["mentions"].create_index(cols)
    db["mention_entities"].create(
        {"mention_id": str, "entity_id": str, "role": str, "text": str},
        pk=("mention_id", "entity_id", "role"),
        foreign_keys=[
            ("mention_id", "mentions", "id"),
            ("entity_id", "entities", "id"),
        ],
    )
    db["mention_entities"].create_index(["entity_id"])
    db["event_entities"].create(
        {"event_id": str, "entity_id": str, "role": str},
        pk=("event_id", "entity_id", "role"),
        foreign_keys=[("event_id", "events", "id"), ("entity_id", "entities", "id")],
    )
    db["event_entities"].create_index(["entity_id"])


@migrations()
def m005_fts(db: Database) -> None:
    db["mentions"].enable_fts(["sentence", "trigger"], create_triggers=True)
    db["articles"].enable_fts(["title"], create_triggers=True)


@migrations()
def m006_views(db: Database) -> None:
    db.create_view(
        "timeline",
        """
select
  events.id as event_id,
  events.date_start,
  events.date_end,
  events.display_date,
  events.type,
  events.status,
  events.actors,
  events.evidence as sentence,
  events.n_articles,
  events.conflict,
  (select articles.title from mentions join articles on articles.id = mentions.article_id
    where mentions.event_id = events.id
    order by articles.published, mentions.seq limit 1) as article_title,
  (select articles.url from mentions join articles on articles.id = mentions.article_id
    where mentions.event_id = events.id
    order by articles.published, mentions.seq limit 1) as article_url,
  events.year,
  events.year_month,
  events.precision
from events
order by events.date_start is null, events.date_start, events.date_end
""".strip(),
    )
