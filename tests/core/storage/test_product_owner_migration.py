"""Migration 0710 gives every product of an older database an owning center (the first
to receive it, else the oldest center) and makes the owner NOT NULL, on SQLite and
PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, inspect, select

from core.inventory.models import Bin, Center, Lot, Move, Product
from core.storage.engine import make_engine
from core.storage.migrate import head_revisions, upgrade
from tests.core.storage.test_migrations import empty_pg_url  # noqa: F401  (a fixture)

TSC, GER = uuid.UUID(int=1), uuid.UUID(int=2)  # TSC made first: the smaller UUIDv7
RECEIVED, TYPED = uuid.uuid4(), uuid.uuid4()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_at_0700(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """Every branch at its head but master data's, which stops at 0700."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        url = request.getfixturevalue("empty_pg_url")
    engine = make_engine(url)
    for head in sorted(head_revisions() - {"0710"}):
        upgrade(engine, head)
    upgrade(engine, "0700")
    yield engine
    engine.dispose()


def _rows(engine: Engine) -> None:
    def add(model: Any, **values: Any) -> None:
        connection.execute(insert(model.__table__), [values])

    with engine.begin() as connection:
        for cid, code in ((TSC, "TSC"), (GER, "GER")):
            add(Center, id=cid, code=code, name_zh=code)
        bin_id, lot_id = uuid.uuid4(), uuid.uuid4()
        add(Bin, id=bin_id, center_id=GER, code="R-01")
        for pid, sku in ((RECEIVED, "RECEIVED"), (TYPED, "TYPED")):
            add(Product, id=pid, sku=sku, name_zh=sku, owner_center_id=None)
        add(Lot, id=lot_id, product_id=RECEIVED, code="")
        add(
            Move,
            id=uuid.uuid4(),
            created_at=datetime(2026, 11, 2, 3, tzinfo=UTC),
            actor="dolma",
            center_id=GER,
            to_bin_id=bin_id,
            product_id=RECEIVED,
            lot_id=lot_id,
            quantity=3,
            kind="receipt",
        )


def test_products_without_an_owner_get_one_and_the_owner_becomes_required(
    engine_at_0700: Engine,
) -> None:
    _rows(engine_at_0700)
    upgrade(engine_at_0700)
    with engine_at_0700.connect() as connection:
        owners = dict(connection.execute(select(Product.sku, Product.owner_center_id)).all())
    assert owners == {"RECEIVED": GER, "TYPED": TSC}
    (owner,) = [
        c for c in inspect(engine_at_0700).get_columns("product") if c["name"] == "owner_center_id"
    ]
    assert owner["nullable"] is False
