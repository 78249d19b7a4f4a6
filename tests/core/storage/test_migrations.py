"""Migrations build the whole schema from an empty database, and agree with the models.

If someone changes a model without a migration (or the reverse), the comparison
below lists the difference.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url

import core.models  # noqa: F401  (fills Base.metadata)
from core.storage.base import Base
from core.storage.engine import BUSY_TIMEOUT_MS, make_engine
from core.storage.migrate import current_revisions, head_revisions, upgrade

PG_ADMIN = os.environ.get("DEPOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def empty_pg_url(pg_template: str) -> Iterator[str]:
    """A brand-new PostgreSQL database with no tables (pg_template: skip/fail like the others)."""
    name = f"depot_empty_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        url = request.getfixturevalue("empty_pg_url")
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_upgrade_from_empty_reaches_heads_and_matches_the_models(empty_engine: Engine) -> None:
    assert inspect(empty_engine).get_table_names() == []
    upgrade(empty_engine)

    assert current_revisions(empty_engine) == head_revisions()
    tables = set(inspect(empty_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []

    # Applying migrations at every start must be harmless once at head.
    upgrade(empty_engine)
    assert current_revisions(empty_engine) == head_revisions()


def test_check_constraints_exist_in_the_migrated_schema(empty_engine: Engine) -> None:
    """compare_metadata skips CHECK constraints, so look for the ones that guard stock."""
    upgrade(empty_engine)
    names = {c["name"] for c in inspect(empty_engine).get_check_constraints("balance")}
    assert {
        "ck_balance_on_hand",
        "ck_balance_reserved",
        "ck_balance_reserved_le_on_hand",
    } <= names


def test_sqlite_file_settings(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'settings.db'}")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    finally:
        engine.dispose()
