"""The ledger's invariants under random sequences of stock operations (Hypothesis stateful).

A small model in Python predicts which calls must succeed and which must fail
(over-reserve, over-move, expired lot, closed reservation, bad quantity). After
every step the invariants are read from the database itself:

- every balance row's on_hand is the sum of moves into its bin/product/lot minus moves out;
- its reserved is the sum of the open reservations on it;
- nothing negative, reserved <= on_hand; every move names the center owning its bins;
- balances equal the model's; a failed call changed nothing at all;
- the stock summary (what the stock table pages through) holds, per center, product
  and lot, the sum of the balances over bins and nothing in transit, and so does
  what `stock_rows`, `count_stock` and the pages show.

One database per backend for the whole run; each Hypothesis example starts by
emptying the stock tables (catalog rows stay), which is far cheaper than a new
database per example.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from core.errors import (
    InsufficientStock,
    InvalidQuantity,
    LotExpired,
    ReservationClosed,
    SameBin,
    UnknownLot,
)
from core.inventory import catalog, queries, services
from core.inventory.models import (
    Balance,
    Bin,
    Center,
    Lot,
    Move,
    Product,
    Reservation,
    StockSummary,
)
from core.inventory.queries import StockFilter
from core.storage.engine import make_engine
from core.uow import Database

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
BINS = {"TSC": ("A-01", "A-02", "B-01"), "GRZ": ("A-01", "B-01")}  # same codes, other center
# (sku, lot, expiry): one product without expiry (two lots), one with expiring lots.
LOTS = [
    ("SCARF", "", None),
    ("SCARF", "BATCH-2", None),
    ("CREAM", "L-JUL", date(2025, 7, 1)),
    ("CREAM", "L-AUG", date(2025, 8, 1)),
    ("CREAM", "L-AUG-B", date(2025, 8, 1)),  # same expiry: lot code breaks the tie
    ("CREAM", "L-SEP", date(2025, 9, 1)),
    ("CREAM", "L-OLD", date(2025, 6, 1)),  # already expired at NOW
]
EXPIRY = {(sku, lot): expiry for sku, lot, expiry in LOTS}
BAD_QUANTITIES = [0, -1, 1.5, "1.5", True, "٣"]

bins = st.sampled_from([(c, b) for c, codes in BINS.items() for b in codes])
lots = st.sampled_from([(sku, lot) for sku, lot, _ in LOTS])
quantities = st.integers(1, 25)

Key = tuple[str, str, str, str]  # center, bin, sku, lot


def _seed_catalog(db: Database) -> None:
    with db.uow() as uow:
        for code, codes in BINS.items():
            center = catalog.create_center(uow, code=code, name_zh=code)
            for bin_code in codes:
                catalog.create_bin(uow, center, bin_code)
        catalog.create_product(uow, sku="SCARF", name_zh="羊绒围巾")
        catalog.create_product(uow, sku="CREAM", name_zh="雪鸡护肤霜", tracks_expiry=True)
        uow.commit()


def _snapshot(db: Database) -> tuple[object, ...]:
    """Every stock row, to prove a refused call left the database exactly as it was."""
    with db.uow(write=False) as uow:
        s = uow.session
        return (
            s.execute(
                select(Balance.id, Balance.on_hand, Balance.reserved).order_by(Balance.id)
            ).all(),
            s.execute(select(Reservation.id, Reservation.status).order_by(Reservation.id)).all(),
            s.scalars(select(Move.id).order_by(Move.id)).all(),
            s.scalars(select(Lot.id).order_by(Lot.id)).all(),
            s.execute(
                select(
                    StockSummary.center_id,
                    StockSummary.product_id,
                    StockSummary.lot_id,
                    StockSummary.on_hand,
                    StockSummary.reserved,
                ).order_by(StockSummary.center_id, StockSummary.product_id, StockSummary.lot_id)
            ).all(),
        )


class LedgerMachine(RuleBasedStateMachine):
    db: Database  # set by the test before running

    reservations = Bundle("reservations")

    def __init__(self) -> None:
        super().__init__()
        with self.db.uow() as uow:
            for table in (Reservation, Move, Balance, StockSummary, Lot):
                uow.session.execute(delete(table))
            uow.commit()
        self.stock: dict[Key, list[int]] = defaultdict(lambda: [0, 0])  # on_hand, reserved
        self.lots: set[tuple[str, str]] = set()  # created by a successful receipt
        self.open: dict[uuid.UUID, tuple[Key, int]] = {}
        self.closed: dict[uuid.UUID, str] = {}

    # -- helpers ---------------------------------------------------------------

    def _ok(self, call, **kwargs):  # type: ignore[no-untyped-def]
        with self.db.uow() as uow:
            changes = call(uow, **kwargs)
            uow.commit()
        return changes

    def _refused(self, error: type[Exception], call, **kwargs):  # type: ignore[no-untyped-def]
        before = _snapshot(self.db)
        with pytest.raises(error) as caught, self.db.uow() as uow:
            call(uow, **kwargs)
            uow.commit()
        assert _snapshot(self.db) == before, f"{call.__name__} failed but changed the database"
        return caught.value

    def _free(self, key: Key) -> int:
        on_hand, reserved = self.stock.get(key, (0, 0))
        return on_hand - reserved

    # -- rules -----------------------------------------------------------------

    @initialize(receipts=st.lists(st.tuples(bins, lots, quantities), min_size=1, max_size=6))
    def opening_stock(self, receipts) -> None:  # type: ignore[no-untyped-def]
        """Start most runs with goods on the shelves, so moves and picks have something to do."""
        for where, lot, qty in receipts:
            self.receive(where, lot, qty)

    @rule(where=bins, lot=lots, qty=quantities)
    def receive(self, where, lot, qty) -> None:  # type: ignore[no-untyped-def]
        (center, bin_code), (sku, lot_code) = where, lot
        expiry = EXPIRY[lot]
        args = {
            "center": center,
            "bin": bin_code,
            "sku": sku,
            "lot": lot_code,
            "expiry": expiry,
            "quantity": qty,
        }
        if expiry is not None and expiry < NOW.date():
            error = self._refused(LotExpired, services.receive, **args)
            assert (error.sku, error.lot, error.expiry) == (sku, lot_code, expiry)
            return
        self._ok(services.receive, **args)
        self.stock[(center, bin_code, sku, lot_code)][0] += qty
        self.lots.add(lot)

    def _somewhere(self, data: st.DataObject) -> Key:
        """Mostly a bin that holds stock (so moves and picks really happen), sometimes any."""
        stocked = sorted(k for k, (on_hand, _) in self.stock.items() if on_hand > 0)
        # Hypothesis leans towards the first choice of sampled_from: make that the common case.
        if stocked and data.draw(st.sampled_from([True, True, True, False]), label="stocked"):
            return data.draw(st.sampled_from(stocked), label="where")
        (center, bin_code), (sku, lot_code) = data.draw(bins), data.draw(lots)
        return center, bin_code, sku, lot_code

    @rule(data=st.data(), qty=st.integers(1, 12))
    def move(self, data, qty) -> None:  # type: ignore[no-untyped-def]
        here = center, source, sku, lot_code = self._somewhere(data)
        others = [b for b in BINS[center] if b != source]
        same = data.draw(st.sampled_from([False] * 9 + [True]), label="same_bin")
        target = source if same else data.draw(st.sampled_from(others), label="to_bin")
        args = {
            "center": center,
            "from_bin": source,
            "to_bin": target,
            "sku": sku,
            "lot": lot_code,
            "quantity": qty,
        }
        if source == target:
            self._refused(SameBin, services.move_stock, **args)
        elif (sku, lot_code) not in self.lots:
            self._refused(UnknownLot, services.move_stock, **args)
        elif self._free(here) < qty:
            error = self._refused(InsufficientStock, services.move_stock, **args)
            assert (error.requested, error.available) == (qty, self._free(here))
        else:
            self._ok(services.move_stock, **args)
            self.stock[here][0] -= qty
            self.stock[(center, target, sku, lot_code)][0] += qty

    @rule(data=st.data(), qty=st.integers(1, 12), up=st.booleans())
    def adjust(self, data, qty, up) -> None:  # type: ignore[no-untyped-def]
        key = center, bin_code, sku, lot_code = self._somewhere(data)
        lot = (sku, lot_code)
        reason = "found" if up else "damaged"
        args = {
            "center": center,
            "bin": bin_code,
            "sku": sku,
            "lot": lot_code,
            "expiry": EXPIRY[lot],
            "delta": qty if up else -qty,
            "reason": reason,
        }
        if up:  # found goods are counted in, expired or not
            self._ok(services.adjust, **args)
            self.stock[key][0] += qty
            self.lots.add(lot)
        elif lot not in self.lots:
            self._refused(UnknownLot, services.adjust, **args)
        elif self._free(key) < qty:
            error = self._refused(InsufficientStock, services.adjust, **args)
            assert (error.requested, error.available) == (qty, self._free(key))
        else:
            self._ok(services.adjust, **args)
            self.stock[key][0] -= qty

    @rule(target=reservations, data=st.data(), qty=st.integers(1, 30))
    def reserve(self, data, qty):  # type: ignore[no-untyped-def]
        center, _, sku, _ = self._somewhere(data)
        # FEFO, as the model sees it: unexpired lots with free units, earliest expiry
        # first, lots without expiry last, then lot code, then bin code.
        candidates = sorted(
            (
                key
                for key in self.stock
                if key[0] == center
                and key[2] == sku
                and self._free(key) > 0
                and (EXPIRY[(sku, key[3])] is None or EXPIRY[(sku, key[3])] >= NOW.date())
            ),
            key=lambda k: (
                EXPIRY[(sku, k[3])] is None,
                EXPIRY[(sku, k[3])] or date.max,
                k[3],
                k[1],
            ),
        )
        free = sum(self._free(key) for key in candidates)
        args = {"center": center, "sku": sku, "quantity": qty}
        if free < qty:
            error = self._refused(InsufficientStock, services.reserve, **args)
            assert (error.sku, error.center, error.requested, error.available) == (
                sku,
                center,
                qty,
                free,
            )
            return multiple()
        ids = self._ok(services.reserve, **args).reservation_ids
        expected, remaining = [], qty
        for key in candidates:
            take = min(remaining, self._free(key))
            expected.append((key, take))
            remaining -= take
            if remaining == 0:
                break
        assert [self._reservation_in_db(rid) for rid in ids] == expected
        for rid, (key, take) in zip(ids, expected, strict=True):
            self.stock[key][1] += take
            self.open[rid] = (key, take)
        return multiple(*ids)

    @rule(reservation=reservations, picked=st.sampled_from([True, False]))
    def close(self, reservation, picked) -> None:  # type: ignore[no-untyped-def]
        call = services.pick if picked else services.release
        if reservation in self.closed:
            error = self._refused(ReservationClosed, call, reservation_id=reservation)
            assert error.status == self.closed[reservation]
            return
        self._ok(call, reservation_id=reservation)
        key, qty = self.open.pop(reservation)
        self.stock[key][1] -= qty
        if picked:
            self.stock[key][0] -= qty
        self.closed[reservation] = "picked" if picked else "released"

    @rule(
        where=bins,
        lot=lots,
        bad=st.sampled_from(BAD_QUANTITIES),
        service=st.sampled_from(["receive", "move", "reserve"]),
    )
    def bad_quantity(self, where, lot, bad, service) -> None:  # type: ignore[no-untyped-def]
        (center, bin_code), (sku, lot_code) = where, lot
        if service == "receive":
            self._refused(
                InvalidQuantity,
                services.receive,
                center=center,
                bin=bin_code,
                sku=sku,
                lot=lot_code,
                expiry=EXPIRY[lot],
                quantity=bad,
            )
        elif service == "move":
            other = next(b for b in BINS[center] if b != bin_code)
            self._refused(
                InvalidQuantity,
                services.move_stock,
                center=center,
                from_bin=bin_code,
                to_bin=other,
                sku=sku,
                lot=lot_code,
                quantity=bad,
            )
        else:
            self._refused(InvalidQuantity, services.reserve, center=center, sku=sku, quantity=bad)

    def _reservation_in_db(self, rid: uuid.UUID) -> tuple[Key, int]:
        with self.db.uow(write=False) as uow:
            row = uow.session.execute(
                select(Center.code, Bin.code, Product.sku, Lot.code, Reservation.quantity)
                .join(Balance, Balance.id == Reservation.balance_id)
                .join(Center, Center.id == Balance.center_id)
                .join(Bin, Bin.id == Balance.bin_id)
                .join(Product, Product.id == Balance.product_id)
                .join(Lot, Lot.id == Balance.lot_id)
                .where(Reservation.id == rid, Reservation.status == "open")
            ).one()
        return tuple(row[:4]), row[4]  # type: ignore[return-value]

    # -- invariants, read from the database --------------------------------------

    @invariant()
    def balances_are_the_ledger(self) -> None:
        with self.db.uow(write=False) as uow:
            s = uow.session
            rows = s.execute(
                select(
                    Balance.id,
                    Balance.center_id,
                    Bin.center_id,
                    Center.code,
                    Bin.code,
                    Product.sku,
                    Lot.code,
                    Balance.on_hand,
                    Balance.reserved,
                )
                .join(Bin, Bin.id == Balance.bin_id)
                .join(Center, Center.id == Balance.center_id)
                .join(Product, Product.id == Balance.product_id)
                .join(Lot, Lot.id == Balance.lot_id)
            ).all()
            flows: dict[tuple[object, ...], int] = defaultdict(int)
            for column, sign in ((Move.to_bin_id, 1), (Move.from_bin_id, -1)):
                for bin_id, product_id, lot_id, total in s.execute(
                    select(column, Move.product_id, Move.lot_id, func.sum(Move.quantity))
                    .where(column.is_not(None))
                    .group_by(column, Move.product_id, Move.lot_id)
                ):
                    flows[(bin_id, product_id, lot_id)] += sign * total
            ledger_by_balance = {
                balance_id: flows.pop((bin_id, product_id, lot_id), 0)
                for balance_id, bin_id, product_id, lot_id in s.execute(
                    select(Balance.id, Balance.bin_id, Balance.product_id, Balance.lot_id)
                )
            }
            open_by_balance = dict(
                s.execute(
                    select(Reservation.balance_id, func.sum(Reservation.quantity))
                    .where(Reservation.status == "open")
                    .group_by(Reservation.balance_id)
                ).all()
            )
            from_bin, to_bin = aliased(Bin), aliased(Bin)
            foreign_moves = s.scalar(
                select(func.count())
                .select_from(Move)
                .outerjoin(from_bin, from_bin.id == Move.from_bin_id)
                .outerjoin(to_bin, to_bin.id == Move.to_bin_id)
                .where(
                    (from_bin.center_id != Move.center_id) | (to_bin.center_id != Move.center_id)
                )
            )
        assert not any(flows.values()), f"moves into a bin with no balance row: {flows}"
        assert foreign_moves == 0
        in_db: dict[Key, list[int]] = {}
        for balance_id, owner, bin_center, center, bin_code, sku, lot, on_hand, reserved in rows:
            assert owner == bin_center, "balance owned by another center than its bin"
            assert on_hand == ledger_by_balance[balance_id], (center, bin_code, sku, lot)
            assert reserved == open_by_balance.get(balance_id, 0), (center, bin_code, sku, lot)
            assert 0 <= reserved <= on_hand
            if on_hand or reserved:
                in_db[(center, bin_code, sku, lot)] = [on_hand, reserved]
        assert in_db == {k: v for k, v in self.stock.items() if v != [0, 0]}

    @invariant()
    def summary_is_the_balances(self) -> None:
        """The stock table's rows: balances summed over bins, per center, product and lot."""
        with self.db.uow(write=False) as uow:
            s = uow.session
            summed = {
                tuple(key): (int(on_hand), int(reserved))
                for *key, on_hand, reserved in s.execute(
                    select(
                        Balance.center_id,
                        Balance.product_id,
                        Balance.lot_id,
                        func.sum(Balance.on_hand),
                        func.sum(Balance.reserved),
                    ).group_by(Balance.center_id, Balance.product_id, Balance.lot_id)
                )
            }
            summary = {
                (c, p, lot): (on_hand, reserved, in_transit)
                for c, p, lot, on_hand, reserved, in_transit in s.execute(
                    select(
                        StockSummary.center_id,
                        StockSummary.product_id,
                        StockSummary.lot_id,
                        StockSummary.on_hand,
                        StockSummary.reserved,
                        StockSummary.in_transit,
                    )
                )
            }
            shown = {
                (r.center, r.sku, r.lot): [r.on_hand, r.reserved, r.in_transit]
                for r in queries.stock_rows(s)
            }
            counted = queries.count_stock(s, StockFilter())
            paged = queries.stock_page(s, StockFilter(), 0, 1000)
        for key, (on_hand, reserved, in_transit) in summary.items():
            assert (on_hand, reserved) == summed.pop(key, (0, 0)), key
            assert in_transit == 0 and 0 <= reserved <= on_hand
        assert not any(summed.values()), f"balances with no summary row: {summed}"
        expected: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for (center, _bin, sku, lot), (on_hand, reserved) in self.stock.items():
            expected[(center, sku, lot)][0] += on_hand
            expected[(center, sku, lot)][1] += reserved
        assert shown == {k: v for k, v in expected.items() if v[0] > 0}
        assert counted == len(shown) and [(r.center, r.sku, r.lot) for r in paged] == list(shown)


@pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_ledger_invariants_hold_under_random_operations(db_url: str) -> None:
    sqlite = db_url.startswith("sqlite")
    db = Database(make_engine(db_url), clock=lambda: NOW)
    try:
        _seed_catalog(db)
        machine = type("Ledger", (LedgerMachine,), {"db": db})
        run_state_machine_as_test(
            machine,
            settings=settings(
                max_examples=30 if sqlite else 8,
                stateful_step_count=25,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        db.dispose()
