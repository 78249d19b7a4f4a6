"""Engines for the embedded SQLite file and for a shared PostgreSQL server.

SQLite settings follow what we measured (docs/field-facts.md, "Storage and concurrency"):
WAL from the moment the file is created, synchronous=FULL so a power cut loses
no confirmed commit, foreign keys on, a busy timeout, and writers that take the
write lock with BEGIN IMMEDIATE so read-then-write can never oversell.

A SQLite file is opened read-only when its URL says `mode=ro` or when the file or
its folder cannot be written (a CD, a read-only share): reads work, and a write
raises `DatabaseReadOnly` instead of a driver error.
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Dialect, ExceptionContext, make_url

from core.storage.errors import DatabaseReadOnly, NotADatabase
from core.storage.urls import (
    ENV_VAR,
    SqliteTarget,
    default_url,
    hide_passwords,
    location,
    resolve_url,
    sqlite_target,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "ENV_VAR",
    "WRITE_OPTION",
    "default_url",
    "hide_passwords",
    "location",
    "make_engine",
    "read_only_reason",
    "resolve_url",
    "writer",
]

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "depot_write"
_SQLITE_READONLY = 8  # primary result codes; the extended ones keep them in the low byte
_SQLITE_NOTADB = 26

# How each SQLite engine was opened, by its dialect (shared by writer() and kept by dispose()).
_TARGETS: weakref.WeakKeyDictionary[Dialect, SqliteTarget] = weakref.WeakKeyDictionary()


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """Create an engine with the project's settings for its dialect."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def read_only_reason(engine: Engine) -> str:
    """ "" for a writable database; "requested" or "medium" for a read-only SQLite file."""
    target = _TARGETS.get(engine.dialect)
    return target.read_only if target is not None else ""


def sqlite_file(engine: Engine) -> str | None:
    """The SQLite file an engine works on (None for a server): never an export's target."""
    if engine.dialect.name != "sqlite":
        return None
    return engine.url.database or None


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    memory = not url.database or url.database == ":memory:"
    target = None if memory else sqlite_target(url)
    if target is not None:
        # The options are ours to apply (below); the driver gets a plain file name.
        url = URL.create("sqlite", database=str(target.path))
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    read_only = target is not None and bool(target.read_only)
    if target is not None:
        _TARGETS[engine.dialect] = target

    if read_only:
        assert target is not None
        uri = target.connect_uri()

        @event.listens_for(engine, "do_connect")
        def _on_do_connect(
            _dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]
        ) -> None:
            cargs[:] = [uri]
            cparams["uri"] = True

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite, so that SQLAlchemy's
        # "begin" event below decides how each transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:  # changing the journal mode is a write
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

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # The driver's "attempt to write a readonly database" becomes our typed error.
        error = context.original_exception
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        where = str(target.path) if target is not None else ":memory:"
        if isinstance(error, sqlite3.OperationalError) and code == _SQLITE_READONLY:
            raise DatabaseReadOnly(where, (target.read_only if target else "") or "medium")
        if isinstance(error, sqlite3.DatabaseError) and code == _SQLITE_NOTADB:
            raise NotADatabase(where)

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start as writers."""
    return engine.execution_options(**{WRITE_OPTION: True})
