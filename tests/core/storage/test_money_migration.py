"""Migration 0320 makes money BIGINT on PostgreSQL and keeps every stored amount, on a
database that already holds orders (SQLite's INTEGER already holds 64 bits)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    Boolean,
    Engine,
    String,
    Uuid,
    column,
    create_engine,
    insert,
    inspect,
    select,
    table,
)
from sqlalchemy.engine import make_url

import core.models  # noqa: F401  (fills Base.metadata)
from core.shipping.models import Order, OrderLine
from core.storage.engine import make_engine
from core.storage.migrate import current_revisions, head_revisions, upgrade

PG_ADMIN = os.environ.get("DEPOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BEFORE = "0310"  # the orders branch before money became BIGINT
AT = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
# The center table as the foundation made it (later revisions add columns the old schema lacks).
OLD_CENTER = table(
    "center",
    column("id", Uuid()),
    column("code", String()),
    column("name_zh", String()),
    column("name_bo", String()),
    column("name_en", String()),
    column("illustrative", Boolean()),
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database migrated only up to BEFORE."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        yield engine
        engine.dispose()
        return
    request.getfixturevalue("pg_template")  # skips, or fails under REQUIRE_POSTGRES=1
    name = f"depot_money_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = make_engine(make_url(PG_ADMIN).set(database=name).render_as_string(False))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_upgrade_keeps_amounts_and_then_stores_amounts_past_32_bits(old_engine: Engine):
    upgrade(old_engine, BEFORE)
    assert current_revisions(old_engine) == {BEFORE}
    center, first = uuid.uuid4(), uuid.uuid4()
    order_row = dict(
        center_id=center,
        channel="taobao",
        status="paid",
        buyer="",
        recipient="卓玛",
        phone="",
        address="措勤县",
        note="",
        imported_at=AT,
        content_hash="",
    )
    with old_engine.begin() as connection:
        connection.execute(
            insert(OLD_CENTER),
            [
                dict(
                    id=center,
                    code="TSC",
                    name_zh="措勤",
                    name_bo="",
                    name_en="",
                    illustrative=False,
                )
            ],
        )
        connection.execute(
            insert(Order.__table__),
            [order_row | dict(id=first, external_id="1", amount_fen=2_147_483_647)],
        )  # the most INTEGER holds
        connection.execute(
            insert(OrderLine.__table__),
            [
                dict(
                    id=uuid.uuid4(),
                    order_id=first,
                    sku="CSH-001",
                    title="",
                    quantity=1,
                    price_fen=1_234,
                )
            ],
        )

    upgrade(old_engine)
    assert current_revisions(old_engine) == set(head_revisions())
    if old_engine.dialect.name == "postgresql":
        types = {
            c["name"]: str(c["type"])
            for table in ("sales_order", "sales_order_line")
            for c in inspect(old_engine).get_columns(table)
        }
        assert (types["amount_fen"], types["price_fen"]) == ("BIGINT", "BIGINT")
    with old_engine.begin() as connection:
        connection.execute(
            insert(Order.__table__),
            [order_row | dict(id=uuid.uuid4(), external_id="2", amount_fen=99_999_999_999)],
        )
        amounts = dict(connection.execute(select(Order.external_id, Order.amount_fen)).all())
        prices = list(connection.scalars(select(OrderLine.price_fen)))
    assert amounts == {"1": 2_147_483_647, "2": 99_999_999_999}
    assert prices == [1_234]
