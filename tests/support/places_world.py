"""A served Tsochen: the TSC center, the shipped gazetteer linked to it, a few test points.

The village point names are test data: Tsochen's are unknown (docs/field-facts.md, "The place").
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.inventory.catalog import create_center
from core.places.gazetteer import load_gazetteer
from core.places.village_points import add_village_point
from core.shipping.models import Parcel, ParcelSource
from core.shipping.numbers import give_number
from core.storage.engine import make_engine
from core.uow import Database, UnitOfWork
from tests.support.fixed_clock import TickingClock

TEST_POINTS = (
    ("542527200", "磁石乡第一村服务点"),
    ("542527201", "曲洛乡第二村服务点"),
    ("542527202", "江让乡第一村服务点"),
    ("542527203", "雪峰村服务点"),
)


def serve_tsochen(db: Database) -> None:
    with db.uow(actor="test") as uow:
        create_center(uow, code="TSC", name_zh="措勤县物流配送中心", county_code="542527")
        load_gazetteer(uow)
        for township, name in TEST_POINTS:
            add_village_point(uow, township, name)
        uow.commit()


def add_parcel(uow: UnitOfWork, address: str, *, needs_review: bool = True) -> uuid.UUID:
    from sqlalchemy import select

    from core.inventory.models import Center

    center = uow.session.scalar(select(Center).where(Center.code == "TSC"))
    assert center is not None
    now = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    parcel = Parcel(
        center_id=center.id,
        source=ParcelSource.ARRIVAL.value,
        recipient="次仁",
        address=address,
        received_at=now,
        created_at=now,
        needs_review=needs_review,
        match_confidence=0.3,
        route="postal",
    )
    give_number(uow.session, parcel, now)
    uow.session.add(parcel)
    uow.session.flush()
    return parcel.id


@pytest.fixture
def served_db(db: Database) -> Database:
    """SQLite and PostgreSQL: Tsochen served by TSC, test points added."""
    serve_tsochen(db)
    return db


@pytest.fixture(scope="module")
def resolver_db(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """One served SQLite database shared by the table-driven resolver cases (read only)."""
    path = tmp_path_factory.mktemp("resolver") / "depot.db"
    shutil.copy(sqlite_template, path)
    database = Database(make_engine(f"sqlite:///{path}"), clock=TickingClock())
    serve_tsochen(database)
    yield database
    database.dispose()
