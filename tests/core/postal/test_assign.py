"""Tracking numbers onto parcels: typed, from a range, from the post office's file (again
and again); never one number on two parcels (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from core.orders.imports import import_orders
from core.postal.assign import assign, assign_range, set_domestic_patterns
from core.postal.errors import BadTracking, TrackingAlreadySet, TrackingTaken
from core.postal.tracking_import import import_tracking
from core.shipping.models import Order, Parcel
from core.uow import Database
from tests.support.order_files import ORDER_HEADERS, build_depot, order, order_id, write_csv


@pytest.fixture
def numbers(db: Database, tmp_path: Path) -> list[str]:
    """Four order parcels of Tsochen; their parcel numbers in order."""
    build_depot(db)
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(n) for n in range(4)])
    with db.uow() as uow:
        import_orders(uow, path, center="TSC")
        uow.commit()
    with db.uow(write=False) as uow:
        return list(
            uow.session.scalars(
                select(Parcel.number)
                .join(Order, Order.id == Parcel.order_id)
                .order_by(Order.external_id)
            )
        )


def tracking_of(db: Database, number: str) -> str | None:
    with db.uow(write=False) as uow:
        return uow.session.scalars(select(Parcel.tracking).where(Parcel.number == number)).one()


def test_typed_numbers_checked_and_never_on_two_parcels(db: Database, numbers: list[str]) -> None:
    first = db.run(lambda uow: assign(uow, numbers[0].lower(), "ea123456785cn"))
    assert first.changed and tracking_of(db, numbers[0]) == "EA123456785CN"
    again = db.run(lambda uow: assign(uow, numbers[0], "EA123456785CN"))
    assert not again.changed
    with pytest.raises(TrackingTaken) as taken:
        db.run(lambda uow: assign(uow, numbers[1], "EA123456785CN"))
    assert taken.value.parcel == numbers[0]
    with pytest.raises(TrackingAlreadySet):
        db.run(lambda uow: assign(uow, numbers[0], "EA123456799CN"))
    db.run(lambda uow: assign(uow, numbers[0], "EA123456799CN", replace=True))
    with pytest.raises(BadTracking) as bad:
        db.run(lambda uow: assign(uow, numbers[1], "EA123456784CN"))
    assert bad.value.expected == "5"
    assert tracking_of(db, numbers[1]) is None


def test_the_schema_refuses_one_number_on_two_parcels(db: Database, numbers: list[str]) -> None:
    with db.uow() as uow, pytest.raises(IntegrityError):
        for number in numbers[:2]:
            parcel = uow.session.scalars(select(Parcel).where(Parcel.number == number)).one()
            parcel.tracking = "EA123456785CN"
        uow.session.flush()


def test_a_range_numbers_parcels_in_order_all_or_nothing(db: Database, numbers: list[str]) -> None:
    done = db.run(lambda uow: assign_range(uow, numbers[:2], "EA123456785CN"))
    assert [a.tracking for a in done] == ["EA123456785CN", "EA123456799CN"]
    # A range whose second number is the first range's first: nothing of it is kept.
    with pytest.raises(TrackingTaken):
        db.run(lambda uow: assign_range(uow, numbers[2:], "EA123456771CN"))
    assert tracking_of(db, numbers[2]) is None


def test_domestic_patterns_are_set_per_center(db: Database, numbers: list[str]) -> None:
    with pytest.raises(BadTracking):
        db.run(lambda uow: assign(uow, numbers[0], "YT1234567890"))
    db.run(lambda uow: set_domestic_patterns(uow, "TSC", [r"^YT\d{10}$", r"^\d{13}$"]))
    db.run(lambda uow: assign(uow, numbers[0], "YT1234567890"))
    assert tracking_of(db, numbers[0]) == "YT1234567890"


def test_the_post_office_file_twice_changes_nothing_the_second_time(
    db: Database, numbers: list[str], tmp_path: Path
) -> None:
    db.run(lambda uow: assign(uow, numbers[3], "EA000000014CN"))
    rows = [
        [numbers[0], "", "EA123456785CN"],  # line 2: by parcel number
        ["", order_id(1), "EA123456799CN"],  # line 3: by order number
        ["TSC-0101-9999", "", "EA123456808CN"],  # line 4: no such parcel
        [numbers[0], "", "EA123456785CN"],  # line 5: line 2 again
        [numbers[2], "", "EA123456784CN"],  # line 6: wrong check digit (5)
        [numbers[2], "", "EA123456799CN"],  # line 7: line 3's number on another parcel
        [numbers[3], "", "EA123456811CN"],  # line 8: the parcel has another number
    ]
    path = write_csv(tmp_path / "ems.csv", ["内件号", "订单号", "邮件号"], rows, "utf-8-sig")
    first = db.run(lambda uow: import_tracking(uow, path))
    assert (len(first.matched), first.unchanged) == (2, 0)
    assert [(r.line, r.reason) for r in first.rejected] == [
        (4, "unmatched"),
        (5, "duplicate"),
        (6, "bad_tracking"),
        (7, "duplicate"),
        (8, "conflict"),
    ]
    assert "check digit 5" in first.rejected[2].detail
    assert tracking_of(db, numbers[1]) == "EA123456799CN"
    second = db.run(lambda uow: import_tracking(uow, path))
    assert (len(second.matched), second.unchanged) == (0, 2)
    assert second.changes.parcels == frozenset()
    assert [r.line for r in second.rejected] == [4, 5, 6, 7, 8]
