"""One CSV per table, for spreadsheet and R users who will not open a database."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Union

from sqlalchemy import Engine, inspect, select

from . import schema
from .url import make_engine


def export_csv(url: Union[str, Engine], folder: Path) -> dict[str, int]:
    """Write ``TABLE.csv`` for every table of the schema into ``folder``; returns rows per table.

    Rows are in primary-key order, so two exports of the same data are byte-identical. NULL is an
    empty field; booleans are ``true``/``false``.
    """
    engine = make_engine(url) if isinstance(url, str) else url
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    try:
        present = set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            for table in schema.ALL_TABLES:
                if table.name not in present:
                    continue
                query = select(table).order_by(*table.primary_key.columns)
                with open(folder / f"{table.name}.csv", "w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow([c.name for c in table.columns])
                    n = 0
                    for row in conn.execution_options(stream_results=True, yield_per=1000).execute(query):
                        writer.writerow([_cell(v) for v in row])
                        n += 1
                counts[table.name] = n
    finally:
        if isinstance(url, str):
            engine.dispose()
    return counts


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
