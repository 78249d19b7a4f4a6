"""Engines for the embedded SQLite file and for a shared PostgreSQL server.

SQLite settings follow what we measured (FIELD_NOTES, "Storage and concurrency"):
WAL from the moment the file is created, synchronous=FULL so a power cut loses
no confirmed commit, foreign keys on, a busy timeout, and writers that take the
write lock with BEGIN IMMEDIATE so read-then-write can never oversell.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from core.paths import user_data_path

ENV_VAR = "DEPOT_DB"
BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "depot_write"


def default_url() -> str:
    return f"sqlite:///{user_data_path() / 'depot.db'}"


def resolve_url(cli_url: str | None = None) -> str:
    """`--db` wins over the DEPOT_DB environment variable, which wins over the default file."""
    return cli_url or os.environ.get(ENV_VAR) or default_url()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the project's settings for its dialect."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:" and not Path(database).parent.is_dir():
        # The default folder is made by user_data_path(); a --db naming a folder that
        # does not exist is a typing mistake, not a request for an empty new database.
        raise FileNotFoundError(f"no folder {Path(database).parent} for the database file")
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite, so that SQLAlchemy's
        # "begin" event below decides how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers lock at the start; readers stay deferred so WAL lets them
        # read while someone else writes.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start as writers."""
    return engine.execution_options(**{WRITE_OPTION: True})
