"""The large depot of the benches, built small: the shape the benches rely on, with a
stock summary that agrees with its balances."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from core.database import open_database
from core.demo.large import NotEmpty, build_large
from core.inventory import stock_summary
from core.inventory.models import Center, Move, Product
from core.runs.models import Run, RunParcel
from core.shipping.models import Parcel
from core.uow import Database


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, object]:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('large') / 'large.db'}")
    summary = build_large(db.engine, scale=0.001)
    yield db, summary
    db.dispose()


def _count(db: Database, what: object, *where: object) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(what).where(*where)) or 0)


def test_the_small_large_depot_has_every_kind_of_row(large: tuple[Database, object]) -> None:
    db, summary = large
    assert (_count(db, Center), _count(db, Product), _count(db, Move)) == (3, 100, 2000)
    assert _count(db, Parcel) == 1000
    assert _count(db, Parcel, Parcel.status == "ready") == 10
    assert _count(db, RunParcel) == 990  # every delivered parcel was on a run
    assert _count(db, Run) == 30  # 2 days x 3 centers x 5 townships
    long_card = select(Product.id).where(Product.sku == "SKU-000000").scalar_subquery()
    assert _count(db, Move, Move.product_id == long_card) >= 100


def test_its_stock_summary_agrees_with_its_balances(large: tuple[Database, object]) -> None:
    db, _ = large
    with db.uow(write=False) as uow:
        assert stock_summary.drift(uow.session) == []


def test_it_is_built_into_an_empty_database_only(large: tuple[Database, object]) -> None:
    db, _ = large
    with pytest.raises(NotEmpty):
        build_large(db.engine, scale=0.001)


def test_demo_scale_small_builds_it_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["--db", f"sqlite:///{tmp_path / 'cli.db'}", "demo", "--scale", "small"]) == 0
    assert "100 products, 2,000 moves, 1,000 parcels on 30 runs" in capsys.readouterr().out
