"""The `timeline` command: click wiring only; the work is in the library."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from .errors import BadDate, TimelineError

DEFAULT_DB = "data/timeline.db"


def _date_option(ctx, param, value):
    if value is None:
        return None
    from .sources import parse_published

    try:
        return parse_published(value)
    except BadDate as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None


def _read_input(path: str) -> str:
    from .errors import BadInput
    from .sources import decode, read_bytes

    try:
        return decode(read_bytes(path), "<stdin>" if path == "-" else path)
    except BadInput as e:
        raise click.ClickException(str(e)) from None


def _load_types(path):
    if not path:
        return None
    from .events import load_event_types

    try:
        return load_event_types(path)
    except TimelineError as e:
        raise click.BadParameter(str(e), param_hint="--types") from None


@click.group()
@click.version_option(package_name="timeline")
def cli():
    """Find dated events in news articles, store them in SQLite, browse them
    with Datasette.

    \b
        timeline ingest data/articles --db data/timeline.db
        timeline serve --db data/timeline.db
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False), help="SQLite database to write to")
@click.option("--published", callback=_date_option,
              help="Publication date (YYYY-MM-DD) for inputs that carry none")
@click.option("--format", "format_", type=click.Choice(["auto", "text", "jsonl", "csv"]),
              default="auto", show_default=True, help="Input format (auto: by file extension)")
@click.option("--text-column", help="CSV column / JSON field holding the article text")
@click.option("--title-column", help="CSV column / JSON field holding the title")
@click.option("--url-column", help="CSV column / JSON field holding the URL")
@click.option("--published-column", help="CSV column / JSON field holding the publication date")
@click.option("--source-column", help="CSV column / JSON field holding the source name")
@click.option("--types", "types_path", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of event types that add to or override the built-in ones")
@click.option("--silent", is_flag=True, help="No progress bar")
def ingest(paths, db_path, published, format_, text_column, title_column, url_column,
           published_column, source_column, types_path, silent):
    """Read articles, find their dated events, store them in a database.

    PATHS are .txt/.md files (optional YAML front matter, or header lines
    such as "Title: ..." and "Published: ..." before a blank line: title,
    published, url, source, author), directories (read recursively), .jsonl
    and .csv exports (one article per record), or - for standard input.

    \b
    Example:
        timeline ingest article.txt --published 2019-01-03 --db news.db
        timeline ingest exports/wikinews.csv --db news.db
    """
    from .ingest import ingest_path
    from .store import open_db

    types = _load_types(types_path)
    if os.path.dirname(db_path):
        os.makedirs(os.path.dirname(db_path), exist_ok=True)
    db = open_db(db_path)

    def progress(items):
        if silent or len(items) < 2:
            return items
        return _ProgressList(items)

    try:
        result = ingest_path(
            db, list(paths), published=published, format=None if format_ == "auto" else format_,
            types=types, progress=progress, text_column=text_column, title_column=title_column,
            url_column=url_column, published_column=published_column,
            source_column=source_column)
    except TimelineError as e:
        raise click.ClickException(str(e)) from None
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    for e in result.errors:
        click.echo(f"error: {e}", err=True)
    click.echo(result.summary(), err=True)
    if result.errors:
        sys.exit(1)


class _ProgressList:
    """Iterate a list under a click progress bar on stderr."""

    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        with click.progressbar(self.items, label="Ingesting", file=sys.stderr,
                               show_pos=True) as bar:
            yield from bar


@cli.command()
@click.argument("path", default="-")
@click.option("--anchor", callback=_date_option,
              help="Date that relative expressions are anchored on (YYYY-MM-DD)")
@click.option("--dayfirst", is_flag=True, help="Read 01/03/2019 as 1 March")
@click.option("--json", "as_json", is_flag=True, help="JSON array of temporal expressions")
@click.option("--timeml", is_flag=True, help="The text with inline TimeML <TIMEX3> tags")
def dates(path, anchor, dayfirst, as_json, timeml):
    """Find and normalise the temporal expressions in a text.

    \b
    Example:
        timeline dates article.txt --anchor 2019-01-03 --json
    """
    if as_json and timeml:
        raise click.UsageError("--json and --timeml cannot be used together")
    from .dates import find_dates, format_table, to_timeml

    text = _read_input(path)
    found = find_dates(text, anchor, dayfirst=dayfirst)
    if as_json:
        click.echo(json.dumps([t.to_dict() for t in found], indent=2, ensure_ascii=False))
    elif timeml:
        click.echo(to_timeml(text, found))
    else:
        click.echo(format_table(found))


@cli.command()
@click.argument("path", default="-")
@click.option("--published", callback=_date_option,
              help="Publication date of the article (YYYY-MM-DD)")
@click.option("--types", "types_path", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of event types that add to or override the built-in ones")
@click.option("--engine", type=click.Choice(["rules", "spacy"]), default="rules",
              show_default=True, help="Actor engine (spacy needs the [spacy] extra)")
@click.option("--json", "as_json", is_flag=True, help="JSON array of event mentions")
def events(path, published, types_path, engine, as_json):
    """Find the dated events in one article, without a database.

    \b
    Example:
        timeline events article.txt --published 2019-01-03 --json
    """
    from .errors import BadInput
    from .events import find_events, format_table
    from .sources.text import read_text

    types = _load_types(types_path)
    try:
        # the same reader as ingest: front matter is not article text, offsets
        # refer to the body, and its `published` is used when none is given
        (article,) = read_text(path)
    except BadInput as e:
        raise click.ClickException(str(e)) from None
    try:
        found = find_events(article.text, published=published or article.published,
                            title=article.title, types=types, engine=engine)
    except TimelineError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps([m.to_dict() for m in found], indent=2, ensure_ascii=False))
    else:
        click.echo(format_table(found))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="SQLite database")
@click.option("--rebuild", is_flag=True, help="Redo every merge from the stored mentions")
def merge(db_path, rebuild):
    """Merge mentions into events (ingest does this as it goes).

    \b
    Example:
        timeline merge --rebuild --db news.db
    """
    from .merge import merge_unmerged, rebuild_events
    from .store import open_db

    db = open_db(db_path)
    n = rebuild_events(db) if rebuild else merge_unmerged(db)
    click.echo(f"{n} events", err=True)


@cli.command()
@click.argument("name")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="SQLite database")
@click.option("--json", "as_json", is_flag=True, help="JSON array of events")
def show(name, db_path, as_json):
    """Everything that happened to one person, organisation or place, in date order.

    \b
    Example:
        timeline show "Jo Song Gil" --db news.db
    """
    from .query import entity_events, format_events
    from .store import open_db

    db = open_db(db_path)
    try:
        found = entity_events(db, name)
    except TimelineError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        click.echo(format_events(found))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="SQLite database")
@click.option("--format", "format_", type=click.Choice(["timelinejs", "ics", "csv", "jsonl"]),
              default="jsonl", show_default=True, help="Output format")
@click.option("--entity", help="Only the events of this person, organisation or place")
@click.option("-o", "--output", type=click.File("w"), default="-", help="File to write (default stdout)")
def export(db_path, format_, entity, output):
    """Export events as TimelineJS JSON, iCalendar, CSV or JSON Lines.

    \b
    Example:
        timeline export --format timelinejs --entity "Jo Song Gil" > jo.json
    """
    from .export import export_events
    from .store import open_db

    db = open_db(db_path)
    try:
        output.write(export_events(db, format_, entity=entity))
    except TimelineError as e:
        raise click.ClickException(str(e)) from None


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="SQLite database")
@click.option("--host", default="127.0.0.1", show_default=True, help="Host to listen on")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port")
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False),
              help="Datasette metadata file (default: the one shipped with timeline)")
def serve(db_path, host, port, metadata):
    """Browse the database with Datasette (and the /-/timeline page).

    \b
    Example:
        timeline serve --db data/timeline.db --port 8001
    """
    from .store import open_db

    open_db(db_path).close()  # apply pending migrations first
    metadata = metadata or str(Path(__file__).parent / "metadata.yml")
    cmd = [sys.executable, "-m", "datasette", "serve", db_path, "-m", metadata,
           "--host", host, "--port", str(port), *datasette_settings()]
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        sys.exit(subprocess.call(cmd))
    except KeyboardInterrupt:
        pass


def datasette_settings() -> list[str]:
    """Settings that keep the first page fast on a big database."""
    return [
        "--setting", "suggest_facets", "off",
        "--setting", "facet_time_limit_ms", "400",
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "default_page_size", "50",
    ]
