"""Turn ``--db`` values into SQLAlchemy engines: a path or sqlite:// URL, or a PostgreSQL URL."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_TIMEOUT_S = 60  # a second writer waits this long for the file lock instead of failing


def database_url(spec: str) -> str:
    """``trials.sqlite`` → ``sqlite:///…``; ``postgresql://`` → the psycopg 3 driver; other URLs as given."""
    if "://" not in spec:
        return f"sqlite:///{Path(spec).expanduser().resolve()}"
    url = make_url(spec)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def make_engine(spec: str) -> Engine:
    """An engine whose transactions are safe for concurrent writers on either backend."""
    url = database_url(spec)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_TIMEOUT_S})
    _sqlite_write_transactions(engine)
    return engine


def _switch_to_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """SQLite answers 'database is locked' at once, without its busy timeout, when a second process switches
    a file it is creating to WAL: the switch is retried (CI saw it once with two loaders on a new file)."""
    for attempt in range(_WAL_ATTEMPTS):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == _WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.1)


_WAL_ATTEMPTS = 100


def _sqlite_write_transactions(engine: Engine) -> None:
    # pysqlite's own BEGIN is deferred: two writers could both read, then deadlock on the upgrade to a
    # write lock. BEGIN IMMEDIATE takes the write lock up front, so concurrent loads queue instead.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")
