"""The demo data: what a clerk sees after `main.py demo`, and that loading it twice adds nothing."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from core.demo import load_demo
from core.inventory import queries, services
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product, Reservation


def _ean13_ok(code: str) -> bool:
    """GS1 mod-10, written out here so the test does not trust the library that made the codes."""
    if len(code) != 13 or not code.isdigit():
        return False
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


def _has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(script) for ch in text)


# demo_db: the demo loaded once per test process and copied (tests/support/demo_template.py,
# which asserts that the first load created something).


def test_catalogue_centers_and_bins(demo_db):
    with demo_db.uow(write=False) as uow:
        session = uow.session
        centers = {c.code: c for c in session.scalars(select(Center))}
        products = list(session.scalars(select(Product)))
        bins = {
            code
            for (code,) in session.execute(
                select(Bin.code)
                .join(Center, Center.id == Bin.center_id)
                .where(Center.code == "TSC")
            )
        }
        assert set(centers) == {"TSC", "GGY", "GTS"}
        assert (centers["TSC"].county_code, centers["TSC"].illustrative) == ("542527", False)
        assert "措勤" in centers["TSC"].name_zh
        for code, county in (("GGY", "542525"), ("GTS", "542526")):
            assert centers[code].illustrative and centers[code].county_code == county
            # Says so in every language it is shown in.
            assert "illustrative" in centers[code].name_en and "示例" in centers[code].name_zh
        assert {"A-01-01", "R-01-01"} <= bins
        assert 35 <= len(products) <= 50
        for product in products:
            assert _has_script(product.name_zh, "CJK UNIFIED"), product.sku
            assert _has_script(product.name_bo, "TIBETAN"), product.sku
            assert re.fullmatch(r"[A-Za-z0-9 ,.()×'-]+", product.name_en), product.sku
            assert product.weight_g > 0
        barcodes = [p.barcode for p in products if p.barcode]
        assert len(barcodes) >= 20 and all(_ean13_ok(code) for code in barcodes), barcodes
        categories = {p.category for p in products}
        assert categories == {"livestock", "specialty", "handicraft", "general"}
        assert any(p.tracks_expiry for p in products)


def test_second_load_creates_nothing_and_history_adds_up(demo_db):
    def snapshot():
        with demo_db.uow(write=False) as uow:
            rows = [r.as_json() for r in queries.stock_rows(uow.session)]
            counts = [
                uow.session.scalar(select(func.count()).select_from(t))
                for t in (Center, Bin, Product, Lot, Move, Reservation)
            ]
        return rows, counts

    before = snapshot()
    again = load_demo(demo_db)
    assert not again.created_anything
    assert again.existing["products"] >= 35 and again.existing["receipts"] > 0
    assert snapshot() == before

    # The history is a ledger a clerk could have made.
    with demo_db.uow(write=False) as uow:
        now = uow.clock()
        session = uow.session
        moves = list(session.scalars(select(Move)))
        # Balances equal the sum of moves per bin, product and lot.
        net: Counter[tuple] = Counter()
        for m in moves:
            if m.to_bin_id:
                net[(m.to_bin_id, m.product_id, m.lot_id)] += m.quantity
            if m.from_bin_id:
                net[(m.from_bin_id, m.product_id, m.lot_id)] -= m.quantity
        balances = {
            (b.bin_id, b.product_id, b.lot_id): b.on_hand for b in session.scalars(select(Balance))
        }
        assert {k: v for k, v in net.items() if v} == {k: v for k, v in balances.items() if v}
        kinds = {m.kind for m in moves}
        reasons = {m.reason for m in moves if m.kind == "adjustment"}
        assert all(m.created_at <= now for m in moves)
        assert min(m.created_at for m in moves) < now - timedelta(days=30)  # real history
        assert all(m.document_id is not None for m in moves)
        rows = queries.stock_rows(session)
        today = services.today(uow)
        held = session.scalar(
            select(func.sum(Reservation.quantity)).where(Reservation.status == "open")
        )
    assert {"receipt", "putaway", "adjustment"} <= kinds
    assert {"damaged", "found"} <= reasons
    assert held and held == sum(r.reserved for r in rows)
    assert any(r.expiry and r.expiry < today for r in rows), "one expired lot still on the shelf"
    assert any(r.expiry and today <= r.expiry <= today + timedelta(days=30) for r in rows)
    assert all(r.on_hand >= r.reserved >= 0 for r in rows)
    expired_reserved = [r for r in rows if r.expiry and r.expiry < today and r.reserved]
    assert expired_reserved == []  # holds went to lots that can still be sold
