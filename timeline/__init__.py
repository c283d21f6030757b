"""timeline: dated events from news articles, in SQLite, browsed with Datasette."""
from .errors import BadDate, BadInput, TimelineError, UnknownSource
from .models import Actor, Article, Entity, Mention, Sentence, Timex


def find_dates(text, anchor=None, **kwargs):
    """Temporal expressions in `text`, anchored on `anchor` (a date)."""
    from .dates import find_dates as _find_dates

    return _find_dates(text, anchor, **kwargs)


def find_events(text, published=None, **kwargs):
    """Event mentions in `text`, an article published on `published`."""
    from .events import find_events as _find_events

    return _find_events(text, published=published, **kwargs)


def open_db(path=None):
    """Open (creating and migrating) a timeline database."""
    from .store import open_db as _open_db

    return _open_db(path)


def ingest_path(db, paths, **kwargs):
    """Ingest files, directories or "-" into `db`."""
    from .ingest import ingest_path as _ingest_path

    return _ingest_path(db, paths, **kwargs)


def ingest_text(db, text, **kwargs):
    """Ingest one article given as a string."""
    from .ingest import ingest_text as _ingest_text

    return _ingest_text(db, text, **kwargs)


__all__ = [
    "find_dates", "find_events", "open_db", "ingest_path", "ingest_text",
    "Article", "Timex", "Mention", "Actor", "Entity", "Sentence",
    "TimelineError", "BadDate", "BadInput", "UnknownSource",
]
