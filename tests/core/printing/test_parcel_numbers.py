"""The parcel number people read is on the label, large, with the order number; it leads
every line of the run manifest (on SQLite and PostgreSQL)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from core.printing import jobs
from core.shipping.models import Order, Parcel
from core.uow import Database
from tests.support.pdfs import page_texts
from tests.support.printing_world import make_world

ORDER_NUMBER = "3812345678901234567"


def _sized_texts(pdf: bytes) -> list[list[tuple[str, float]]]:
    """Each page's text pieces with the size they are drawn at, in points."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        pieces: list[tuple[str, float]] = []

        def seen(text, cm, tm, font, size, pieces=pieces):  # type: ignore[no-untyped-def]
            if text.strip():
                pieces.append((text.strip(), size * abs(tm[0]) * abs(cm[0] or 1)))

        page.extract_text(visitor_text=seen)
        pages.append(pieces)
    return pages


def test_the_label_prints_the_number_large_and_the_order_number(db: Database) -> None:
    database, run_id, ids = make_world(db)
    with database.uow() as uow:
        parcel = uow.session.get_one(Parcel, ids[0])
        order = Order(
            center_id=parcel.center_id,
            channel="taobao",
            external_id=ORDER_NUMBER,
            recipient=parcel.recipient,
            address=parcel.address,
            imported_at=parcel.created_at,
        )
        uow.session.add(order)
        uow.session.flush()
        parcel.order_id = order.id
        numbers = [uow.session.get_one(Parcel, i).number for i in ids[:2]]
        uow.commit()
    out = io.BytesIO()
    with database.uow() as uow:
        jobs.parcel_labels(uow, ids[:2], out)
        uow.commit()
    texts = page_texts(out.getvalue())
    sized = _sized_texts(out.getvalue())
    for number, text, pieces in zip(numbers, texts, sized, strict=True):
        assert number in text
        size = max(s for t, s in pieces if number in t)
        # Larger than the recipient's phone and the weight: read from across the room.
        assert size >= 14, pieces
    assert f"订单： Order: {ORDER_NUMBER}" in texts[0]
    assert "Order:" not in texts[1]  # a carrier's parcel has no order of ours


def test_the_run_manifest_lists_parcels_by_number_first(db: Database) -> None:
    database, run_id, ids = make_world(db)
    with database.uow(write=False) as uow:
        numbers = {uow.session.get_one(Parcel, i).number for i in ids}
    out = io.BytesIO()
    with database.uow() as uow:
        jobs.manifest(uow, run_id, out)
        uow.commit()
    lines = "\n".join(page_texts(out.getvalue())).splitlines()
    listed = [line.split()[0] for line in lines if line.split() and line.split()[0] in numbers]
    assert sorted(listed) == sorted(numbers)
    assert not any("P:" in line for line in lines)
