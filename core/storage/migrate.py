"""Apply Alembic migrations at start, on SQLite and PostgreSQL alike, and only where
they belong: an empty database, or one of ours.

A database with tables and no revision of ours (another program's, or PostgreSQL's
own `postgres`) is refused rather than filled with our tables.
"""

from __future__ import annotations

import ast
import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from core.paths import migrations_path
from core.storage.engine import location, read_only_reason, writer
from core.storage.errors import (
    DatabaseReadOnly,
    ForeignDatabase,
    SystemDatabase,
    UnknownSchemaVersion,
)

if TYPE_CHECKING:  # Alembic is imported only when a schema is checked or changed by it
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"
# PostgreSQL's maintenance and template databases: never a home for our tables.
SYSTEM_DATABASES = frozenset({"postgres", "template0", "template1"})
FOREIGN_TABLES_NAMED = 5
# Any fixed number: concurrent first starts on one server wait for each other here.
_PG_MIGRATION_LOCK = 7_242_527


def alembic_config() -> Config:
    """Alembic's settings. No URL: migrations run on the connection we hand over
    (`config.attributes["connection"]`), so a `%` in a URL never meets ConfigParser."""
    from alembic.config import Config

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
        from alembic.runtime.migration import MigrationContext

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
    if revision == "heads" and _at_declared_heads(engine):
        return
    with engine.connect() as connection:
        state = schema_state(connection)
    check_ours(engine, state)
    if revision == "heads" and state.revisions == head_revisions():
        return
    if read_only_reason(engine):
        raise DatabaseReadOnly(location(engine.url), read_only_reason(engine), "upgrade")
    from alembic import command

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


def _at_declared_heads(engine: Engine) -> bool:
    """The usual start, told without Alembic (some 150 ms of imports, and reading every
    script): the database's revisions are the heads the migration files declare. Anything
    else (an empty database, another program's, a file written another way) is for
    `upgrade` to look at through Alembic."""
    if engine.dialect.name == "postgresql" and engine.url.database in SYSTEM_DATABASES:
        return False
    heads = declared_heads()
    if heads is None:
        return False
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}")
            return frozenset(found.scalars()) == heads
    except DBAPIError:  # no version table: upgrade() says what the database is
        return False


@cache
def declared_heads() -> frozenset[str] | None:
    """The revisions no migration file revises, from each file's `revision` and
    `down_revision` assignments; None when a file declares them in another way."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in sorted(migrations_path().joinpath("versions").glob("*.py")):
        values = _declared(path.read_text(encoding="utf-8"))
        if values is None:
            return None
        revision, down = values
        revisions.add(revision)
        revised.update(down)
    return frozenset(revisions - revised) or None


def _declared(source: str) -> tuple[str, tuple[str, ...]] | None:
    found: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    return None
    revision, down = found.get("revision"), found.get("down_revision", ...)
    if not isinstance(revision, str):
        return None
    if down is None:
        return revision, ()
    if isinstance(down, str):
        return revision, (down,)
    if isinstance(down, tuple) and all(isinstance(d, str) for d in down):
        return revision, down
    return None


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> frozenset[str]:
    return frozenset(_script().get_heads())


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _script().walk_revisions())
