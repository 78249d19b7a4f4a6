"""Transfers between centers: pick by scan, dispatch into transit, receive by scan."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.errors import InsufficientStock, InvalidValue, LotExpired
from core.inventory import queries, transfers
from core.inventory.models import Move, Reservation
from core.inventory.queries import StockFilter
from core.inventory.transfer_views import list_transfers, transfer_view
from core.inventory.workflow_errors import (
    DocumentClosed,
    EmptyDocument,
    LotRequired,
    OverPick,
    OverReceipt,
    SameCenter,
    ShortNeedsReason,
    WrongItem,
)
from tests.support.inventory_depot import CREAM_EAN, SCARF_EAN, SOON, make_expired_lot, on_hand


def _do(db, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """One clerk action: one unit of work, committed."""
    with db.uow() as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def _create(db, lines=(("CSH-001", 6), (CREAM_EAN, 4))):  # type: ignore[no-untyped-def]
    saved = _do(db, transfers.create_transfer, from_center="TSC", to_center="GER", lines=lines)
    return saved.number


def _rows(db, center):  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return queries.stock_rows(uow.session, StockFilter(center=center))


def test_pick_dispatch_receive_with_in_transit(depot):
    db = depot
    number = _create(db)
    _do(db, transfers.pick, number, code=SCARF_EAN, bin="B:TSC:A-01", quantity=6)
    _do(db, transfers.pick, number, code=CREAM_EAN, bin="A-02", quantity=4)  # FEFO: L-SOON
    view = _do_read(db, number)
    assert [(v.sku, v.requested, v.picked) for v in view.lines] == [
        ("CSH-001", 6, 6),
        ("SNC-CRM", 4, 4),
    ]
    _do(db, transfers.dispatch, number)

    assert on_hand(db, "TSC", "CSH-001") == 14 and on_hand(db, "TSC", "SNC-CRM", "L-SOON") == 1
    ger = {(r.sku, r.lot): r for r in _rows(db, "GER")}
    assert (ger[("CSH-001", "")].on_hand, ger[("CSH-001", "")].in_transit) == (0, 6)
    assert ger[("SNC-CRM", "L-SOON")].in_transit == 4
    assert ger[("SNC-CRM", "L-SOON")].as_json()["in_transit"] == 4
    json.dumps([r.as_json() for r in _rows(db, "GER")])
    with db.uow(write=False) as uow:
        reservations = uow.session.scalars(select(Reservation.status)).all()
    assert set(reservations) == {"picked"}

    _do(db, transfers.record_arrival, number, code=SCARF_EAN, bin="R-01", quantity=6)
    _do(db, transfers.record_arrival, number, code="L:SNC-CRM:L-SOON", bin="B:GER:R-02", quantity=4)
    done = _do(db, transfers.finish_receiving, number)
    assert len(done.changes.move_ids) == 2
    assert on_hand(db, "GER", "CSH-001") == 6 and on_hand(db, "GER", "SNC-CRM", "L-SOON") == 4
    assert all(r.in_transit == 0 for r in _rows(db, "GER"))
    with db.uow(write=False) as uow:
        kinds = uow.session.scalars(select(Move.kind).where(Move.document_type == "transfer"))
        assert set(kinds) == {"transfer"}
        card = queries.stock_card(uow.session, "CSH-001")
        assert [(c.center, c.change) for c in card[-2:]] == [("TSC", -6), ("GER", 6)]
        assert [t.status for t in list_transfers(uow.session, center="GER")] == ["received"]
    with db.uow() as uow, pytest.raises(DocumentClosed):
        transfers.finish_receiving(uow, number)


def _do_read(db, number):  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return transfer_view(uow.session, number)


def test_wrong_item_over_pick_and_expired_lot_are_blocked(depot):
    db = depot
    make_expired_lot(db, bin="B-01")
    number = _create(db)
    with db.uow() as uow, pytest.raises(WrongItem):
        transfers.pick(uow, number, code="INC-001", bin="B-01")
    _do(db, transfers.pick, number, code=SCARF_EAN, bin="A-01", quantity=5)
    with db.uow() as uow, pytest.raises(OverPick) as over:
        transfers.pick(uow, number, code=SCARF_EAN, bin="A-01", quantity=2)
    assert (over.value.requested, over.value.picked, over.value.asked) == (6, 5, 2)
    with db.uow() as uow, pytest.raises(LotExpired):
        transfers.pick(uow, number, code="L:SNC-CRM:L-OLD", bin="B-01")
    with db.uow() as uow, pytest.raises(LotExpired):  # product scan, only expired stock there
        transfers.pick(uow, number, code=CREAM_EAN, bin="B-01")
    with db.uow() as uow, pytest.raises(InsufficientStock):
        transfers.pick(uow, number, code=SCARF_EAN, bin="A-02")
    assert _do_read(db, number).lines[0].picked == 5  # nothing half-saved by the refusals


def test_a_lot_that_expires_after_picking_blocks_dispatch(depot):
    from sqlalchemy import update

    from core.inventory.models import Lot

    db = depot
    number = _create(db, lines=(("SNC-CRM", 2),))
    _do(db, transfers.pick, number, code=CREAM_EAN, bin="A-02", quantity=2)
    with db.uow() as uow:
        uow.session.execute(
            update(Lot).where(Lot.code == "L-SOON").values(expiry=SOON - timedelta(days=730))
        )
        uow.commit()
    with db.uow() as uow, pytest.raises(LotExpired):
        transfers.dispatch(uow, number)
    _do(db, transfers.unpick, number, code="SNC-CRM")
    assert on_hand(db, "TSC", "SNC-CRM", "L-SOON") == 5
    with db.uow() as uow, pytest.raises(EmptyDocument):
        transfers.dispatch(uow, number)


def _dispatched(db, quantity=6):  # type: ignore[no-untyped-def]
    number = _create(db, lines=(("CSH-001", quantity),))
    _do(db, transfers.pick, number, code=SCARF_EAN, bin="A-01", quantity=quantity)
    _do(db, transfers.dispatch, number)
    return number


def test_receiving_more_than_was_sent_needs_over_with_a_reason(depot):
    db = depot
    number = _dispatched(db)
    _do(db, transfers.record_arrival, number, code=SCARF_EAN, bin="R-01", quantity=5)
    with db.uow() as uow, pytest.raises(OverReceipt) as over:
        transfers.record_arrival(uow, number, code=SCARF_EAN, bin="R-01", quantity=2)
    assert (over.value.shipped, over.value.received, over.value.asked) == (6, 5, 2)
    with db.uow() as uow, pytest.raises(WrongItem):
        transfers.record_arrival(uow, number, code="INC-001", bin="R-01")
    with db.uow() as uow, pytest.raises(InvalidValue):  # over without a reason
        transfers.record_arrival(uow, number, code=SCARF_EAN, bin="R-01", condition="over")
    _do(db, transfers.record_arrival, number, code=SCARF_EAN, bin="R-01", quantity=1)
    _do(
        db,
        transfers.record_arrival,
        number,
        code=SCARF_EAN,
        bin="R-01",
        quantity=2,
        condition="over",
        reason="sender packed two extra",
    )
    _do(db, transfers.finish_receiving, number)
    assert on_hand(db, "GER", "CSH-001") == 8
    view = _do_read(db, number)
    assert (view.lines[0].arrived, view.lines[0].over, view.lines[0].short) == (6, 2, 0)


def test_short_and_damaged_are_recorded_with_reasons(depot):
    db = depot
    number = _dispatched(db)
    _do(db, transfers.record_arrival, number, code=SCARF_EAN, bin="R-01", quantity=3)
    _do(
        db,
        transfers.record_arrival,
        number,
        code=SCARF_EAN,
        bin="R-01",
        quantity=1,
        condition="damaged",
        reason="wet box",
    )
    with db.uow() as uow, pytest.raises(ShortNeedsReason) as short:
        transfers.finish_receiving(uow, number)
    assert short.value.short == (("CSH-001", "", 2),)
    _do(db, transfers.finish_receiving, number, short_reason="lost on the Ali road")
    assert on_hand(db, "GER", "CSH-001") == 3
    view = _do_read(db, number)
    assert (view.lines[0].arrived, view.lines[0].damaged, view.lines[0].short) == (3, 1, 2)
    with db.uow(write=False) as uow:
        moves = uow.session.execute(
            select(Move.kind, Move.reason, Move.note).where(
                Move.center_id
                != select(Move.center_id).where(Move.kind == "receipt").limit(1).scalar_subquery()
            )
        ).all()
    assert ("adjustment", "damaged", "wet box") in moves


def test_a_bare_product_scan_with_several_lots_asks_for_the_lot(depot):
    db = depot
    number = _create(db, lines=(("SNC-CRM", 7),))
    _do(db, transfers.pick, number, code=CREAM_EAN, bin="A-02", quantity=7)  # 5 SOON + 2 FRESH
    _do(db, transfers.dispatch, number)
    with db.uow() as uow, pytest.raises(LotRequired):
        transfers.record_arrival(uow, number, code=CREAM_EAN, bin="R-01")
    _do(db, transfers.record_arrival, number, code="L:SNC-CRM:L-FRESH", bin="R-01", quantity=2)
    _do(db, transfers.record_arrival, number, code=CREAM_EAN, bin="R-01", quantity=5)  # SOON left
    _do(db, transfers.finish_receiving, number)
    assert on_hand(db, "GER", "SNC-CRM", "L-SOON") == 5


def test_cancel_frees_picks_and_same_center_is_refused(depot):
    db = depot
    number = _create(db)
    _do(db, transfers.pick, number, code=SCARF_EAN, bin="A-01", quantity=3)
    _do(db, transfers.cancel_transfer, number)
    rows = {r.sku: r for r in _rows(db, "TSC")}
    assert rows["CSH-001"].reserved == 0
    with db.uow() as uow, pytest.raises(SameCenter):
        transfers.create_transfer(uow, from_center="TSC", to_center="TSC")
    number = _dispatched(db)
    with db.uow() as uow, pytest.raises(DocumentClosed):
        transfers.dispatch(uow, number)
    with db.uow() as uow, pytest.raises(DocumentClosed):
        transfers.cancel_transfer(uow, number)
