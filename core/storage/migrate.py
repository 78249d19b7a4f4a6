"""Apply Alembic migrations at start, on SQLite and PostgreSQL alike, and only where
they belong: an empty database, or one of ours.

A database with tables and no revision of ours (another program's, or PostgreSQL's
own `postgres`) is refused rather than filled with our tables.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from core.paths import migrations_path
from core.storage.engine import location, read_only_reason, writer
from core.storage.errors import (
    DatabaseReadOnly,
    ForeignDatabase,
    SystemDatabase,
    UnknownSchemaVersion,
)

VERSION_TABLE = "alembic_version"
# PostgreSQL's maintenance and template databases: never a home for our tables.
SYSTEM_DATABASES = frozenset({"postgres", "template0", "template1"})
FOREIGN_TABLES_NAMED = 5
# Any fixed number: concurrent first starts on one server wait for each other here.
_PG_MIGRATION_LOCK = 7_242_527


def alembic_config() -> Config:
    """Alembic's settings. No URL: migrations run on the connection we hand over
    (`config.attributes["connection"]`), so a `%` in a URL never meets ConfigParser."""
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


@dataclass(frozen=True)
class SchemaState:
    tables: frozenset[str]
    revisions: frozenset[str]


def schema_state(connection: Connection) -> SchemaState:
    tables = frozenset(inspect(connection).get_table_names())
    revisions: frozenset[str] = frozenset()
    if VERSION_TABLE in tables:
        revisions = frozenset(MigrationContext.configure(connection).get_current_heads())
    return SchemaState(tables, revisions)


def check_ours(engine: Engine, state: SchemaState) -> None:
    """Refuse a database that is not empty and not ours (typed errors, see core.storage.errors)."""
    where = location(engine.url)
    if engine.dialect.name == "postgresql" and engine.url.database in SYSTEM_DATABASES:
        raise SystemDatabase(engine.url.database or "")
    if state.revisions:
        unknown = state.revisions - known_revisions()
        if unknown:
            raise UnknownSchemaVersion(where, tuple(sorted(unknown)))
        return
    foreign = sorted(state.tables - {VERSION_TABLE})
    if foreign:
        raise ForeignDatabase(where, tuple(foreign[:FOREIGN_TABLES_NAMED]), len(foreign))


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema up to `revision` (all heads: each area keeps its own branch of
    migrations off the foundation), in one transaction, after checking the database is
    empty or ours. Nothing is written when it is at `revision` already.
    """
    with engine.connect() as connection:
        state = schema_state(connection)
    check_ours(engine, state)
    if revision == "heads" and state.revisions == head_revisions():
        return
    if read_only_reason(engine):
        raise DatabaseReadOnly(location(engine.url), read_only_reason(engine), "upgrade")
    config = alembic_config()
    # Alembic narrates every step at INFO; a clerk's log only needs problems.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock. Either way a second
    # process starting at the same moment waits, then finds the work done.
    with writer(engine).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the old one (batch mode); with
            # foreign keys on, that drop fails on any database holding rows that refer to it.
            # The pragma is ignored inside a transaction, so it is set before; the keys are
            # checked before the commit instead (sqlite.org/lang_altertable.html, "other
            # kinds of table schema changes").
            _foreign_keys(connection, on=False)
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                    )
                check_ours(engine, schema_state(connection))
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        # A migration bug, never the clerk's data: roll back, keep the old schema.
                        raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                _foreign_keys(connection, on=True)


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    """Switch SQLite's foreign keys on the raw connection, outside any transaction."""
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> frozenset[str]:
    return frozenset(_script().get_heads())


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _script().walk_revisions())
