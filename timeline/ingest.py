"""The pipeline: read articles, extract, store — one transaction each."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .errors import BadInput
from .models import Article
from .sources import parse_published, read_articles


@dataclass
class IngestResult:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    mentions: int = 0
    events: int = 0  # events in the database after the run
    events_touched: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        s = (f"{self.articles} article{'s' if self.articles != 1 else ''} "
             f"({self.new} new, {self.updated} updated, {self.unchanged} unchanged), "
             f"{self.mentions} mentions, {self.events} events in the database, "
             f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}, "
             f"{len(self.errors)} error{'s' if len(self.errors) != 1 else ''}")
        return s


def ingest_articles(db, articles: Iterable["Article | BadInput"], *,
                    published=None, types=None, engine: str = "rules",
                    result: IngestResult | None = None,
                    on_article: Callable[[Article], None] | None = None) -> IngestResult:
    """Extract and store each article. BadInput items are counted as errors.

    `published` (a date) is used for articles that carry no date of their own.
    """
    from .events import extract
    from .store import extractor_key, is_unchanged, save_article

    result = result or IngestResult()
    fallback = parse_published(published) if published not in (None, "") else None
    key = extractor_key(types, engine)  # other types or another engine: extract again
    for item in articles:
        if isinstance(item, BadInput):
            result.errors.append(str(item))
            continue
        article = item
        origin = article.origin or article.title or article.id
        if article.published is None and fallback is not None:
            article.published = fallback
            article.published_from = "given"
        if is_unchanged(db, article, key):
            result.unchanged += 1
            if on_article:
                on_article(article)
            continue
        try:
            extraction = extract(article.text, article.published, title=article.title, types=types,
                                 engine=engine)
            if article.published is None:
                extraction.warnings.insert(
                    0, "no publication date: relative dates left unresolved (use --published)")
            saved = save_article(db, article, extraction, extractor=key)
        except Exception as e:  # one bad article must not stop the run
            result.errors.append(f"{origin}: {type(e).__name__}: {e}")
        else:
            setattr(result, saved.status, getattr(result, saved.status) + 1)
            result.mentions += saved.mentions
            result.events_touched += saved.events_touched
            if saved.status != "unchanged":
                result.warnings.extend(f"{origin}: {w}" for w in extraction.warnings)
        if on_article:
            on_article(article)
    result.events = db["events"].count
    return result



def ingest_path(db, paths, *, published=None, format: str | None = None, types=None,
                engine: str = "rules", progress=None, **columns) -> IngestResult:
    """Ingest files, directories or "-" (stdin) into db.

    `columns` are text_column, title_column, url_column, published_column,
    source_column for CSV/JSONL. `progress` wraps the list of articles (a
    click progress bar, say); the library itself prints nothing.
    """
    if isinstance(paths, str):
        paths = [paths]
    items = list(read_articles(paths, format=format, **columns))
    if progress is not None:
        items = progress(items)
    return ingest_articles(db, items, published=published, types=types, engine=engine)


def ingest_text(db, text: str, *, published=None, title=None, url=None, source=None,
                types=None) -> IngestResult:
    """Ingest one article given as a string."""
    pub = parse_published(published) if published not in (None, "") else None
    article = Article(text=text, title=title, url=url, published=pub,
                      published_from="given" if pub else None, source=source, origin=title or url)
    return ingest_articles(db, [article], types=types)


