"""JSON Lines and CSV exports: one article per record."""
from __future__ import annotations

import csv
import io
import json

from ..errors import BadInput
from . import article_from_record, decode, read_bytes, register

csv.field_size_limit(50_000_000)


def _columns(options) -> dict:
    return {
        field: options.get(f"{field}_column")
        for field in ("text", "title", "url", "published", "source", "author")
    }


@register("jsonl")
def read_jsonl(path: str, **options):
    origin = "<stdin>" if path == "-" else path
    text = decode(read_bytes(path), origin)
    columns = _columns(options)
    seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield BadInput(f"invalid JSON: {e.msg} (column {e.colno})", where)
            continue
        if not isinstance(record, dict):
            yield BadInput("record is not a JSON object", where)
            continue
        try:
            yield article_from_record(record, where, columns)
        except BadInput as e:
            yield e
    if not seen:
        raise BadInput("no records", origin)


@register("csv")
def read_csv(path: str, **options):
    origin = "<stdin>" if path == "-" else path
    text = decode(read_bytes(path), origin)
    columns = _columns(options)
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames:
        raise BadInput("no header row", origin)
    given = [c for c in columns.values() if c]
    missing = [c for c in given if c not in reader.fieldnames]
    if missing:
        raise BadInput(
            f"no column {', '.join(map(repr, missing))} (has: {', '.join(reader.fieldnames)})", origin)
    n_records = 0
    first_line = 2
    try:
        for record in reader:
            n_records += 1
            # a record can span lines (quoted newlines): name its first line
            where = f"{origin}:record {n_records} (line {first_line})"
            first_line = reader.line_num + 1
            if None in record or any(v is None for v in record.values()):
                yield BadInput(
                    f"broken row: {len(reader.fieldnames)} columns expected", where)
                continue
            try:
                yield article_from_record(record, where, columns)
            except BadInput as e:
                yield e
    except csv.Error as e:
        yield BadInput(f"broken CSV: {e}", f"{origin}:line {reader.line_num}")
    if n_records == 0:
        raise BadInput("no records after the header", origin)
