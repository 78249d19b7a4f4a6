"""The 60x40 product label's lot barcode, too long as `L:SKU:LOT`, holds the lot id's
digits: what a scanner reads off the print resolves to the same lot in every workflow
that reads lot scans (they all classify through core.inventory.scanning), on SQLite and
PostgreSQL."""

from __future__ import annotations

import io

from sqlalchemy import select

from core.inventory import counts, scanning, transfers
from core.inventory.models import Lot
from core.printing import jobs, sources
from core.uow import Database
from tests.support.scanners import both_readers, render


def _printed_lot_codes(db: Database, layout: str) -> dict[str, list[str]]:
    out = io.BytesIO()
    with db.uow() as uow:
        jobs.product_labels(uow, ["SNC-CRM:L-FRESH"], out, layout=layout)
        uow.commit()
    image = render(out.getvalue(), 203.2 if layout == "product-60x40" else 300)
    return {
        reader: [text for fmt, text in found if fmt == "Code128"]
        for reader, found in both_readers(image).items()
    }


def test_the_short_lot_code_scans_into_counts_and_transfers(depot: Database) -> None:
    db = depot
    read = _printed_lot_codes(db, "product-60x40")
    assert read["zxing-cpp"] == read["zbar"]
    (code,) = read["zbar"]
    with db.uow(write=False) as uow:
        lot = uow.session.scalar(select(Lot).where(Lot.code == "L-FRESH"))
        assert lot is not None
        assert code == scanning.lot_id_label(lot.id) and len(code) == 22
        scan = scanning.classify(uow.session, code)
        assert (scan.kind, scan.sku, scan.lot) == (scanning.ScanKind.LOT, "SNC-CRM", "L-FRESH")
        # A Chinese input method's colon, as for every label.
        assert scanning.classify(uow.session, code.replace(":", "：")).lot == "L-FRESH"
        unknown = scanning.classify(uow.session, "L:" + "0" * 20)
        assert (unknown.kind, unknown.reason) == (scanning.ScanKind.UNKNOWN, "unknown_lot")

    with db.uow() as uow:
        number = counts.start_count(uow, center="TSC", bin="A-02").number
        counts.count_scan(uow, number, bin="A-02", code=code, quantity=8)
        uow.commit()
    with db.uow(write=False) as uow:
        (line,) = counts.counted_lines(uow.session, number)
        assert (line.sku, line.lot, line.counted) == ("SNC-CRM", "L-FRESH", 8)

    with db.uow() as uow:
        saved = transfers.create_transfer(uow, from_center="TSC", to_center="GER")
        transfers.add_transfer_line(uow, saved.number, code="SNC-CRM", quantity=2)
        transfers.pick(uow, saved.number, code=code, bin="A-02", quantity=2)
        uow.commit()
    with db.uow(write=False) as uow:
        picked = sources.transfer_document_data(uow, saved.number).lines
        assert [(ln.sku, ln.lot, ln.quantity) for ln in picked] == [("SNC-CRM", "L-FRESH", 2)]


def test_a_sheet_keeps_the_readable_lot_code(depot: Database) -> None:
    read = _printed_lot_codes(depot, "product-a4-3x8")
    assert read["zxing-cpp"] == read["zbar"] == ["L:SNC-CRM:L-FRESH"]
