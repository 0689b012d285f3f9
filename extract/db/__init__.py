"""Relational output for trial-extract records (issue 5): SQLite by default, PostgreSQL for shared use.

``load_records`` writes records into a normalised schema (``schema.py``), ``export_csv`` writes one CSV
per table, ``run_with_dask`` (``dask_engine.py``) runs the pipeline over a Dask cluster.
"""

from __future__ import annotations

from .export import export_csv
from .load import LoadSummary, load_jsonl, load_records
from .url import database_url, make_engine

__all__ = ["LoadSummary", "database_url", "export_csv", "load_jsonl", "load_records", "make_engine"]
