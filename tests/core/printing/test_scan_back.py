"""The printed parcel label, read by a scanner, drives the rest of the day: the load check
at the vehicle, the delivery scan at the station and the parcel search find the parcel
from what zxing-cpp decodes off the rendered PDF, on SQLite and PostgreSQL."""

from __future__ import annotations

import io

from core.orders.queries import ParcelFilter, parcel_ids
from core.printing import jobs
from core.printing.payloads import id_from_code
from core.runs.loading import DeliveryEntry, dispatch, load_status, record_delivery, scan_onto
from core.shipping.models import Parcel
from core.uow import Database
from tests.support.pdfs import decode, render_pages
from tests.support.printing_world import make_world


def _scanned_labels(database: Database, run_id) -> list[str]:  # type: ignore[no-untyped-def]
    """What a scanner reads off each printed label of the run: the parcel's Code128."""
    out = io.BytesIO()
    with database.uow() as uow:
        jobs.run_labels(uow, run_id, out)
        uow.commit()
    codes = []
    for image in render_pages(out.getvalue()):
        found = [
            text for kind, text in decode(image) if kind == "Code128" and text.startswith("P:")
        ]
        assert len(found) == 1
        codes.append(found[0])
    return codes


def test_load_check_and_delivery_accept_the_printed_label(db: Database) -> None:
    database, run_id, ids = make_world(db)
    codes = _scanned_labels(database, run_id)
    assert len(codes) == len(ids) == 9
    # The first label as a Chinese input method in punctuation mode types it ("P：…").
    typed = [codes[0].replace(":", "：")] + codes[1:]
    for code in typed:
        with database.uow() as uow:
            outcome = scan_onto(uow, run_id, code)
            uow.commit()
        assert outcome.result == "loaded", code
        assert outcome.parcel_id == id_from_code(code.replace("：", ":"))
    with database.uow() as uow:
        status = load_status(uow, run_id)
        assert sorted(status.loaded) == sorted(ids) and not status.missing
        assert scan_onto(uow, run_id, codes[3]).result == "duplicate"
        dispatch(uow, run_id)
        uow.commit()

    # At the township station: the same label scanned again records the delivery.
    with database.uow() as uow:
        record_delivery(
            uow,
            [DeliveryEntry(codes[0], "delivered"), DeliveryEntry(codes[1], "at_station")],
            run_id=run_id,
        )
        uow.commit()
    with database.uow(write=False) as uow:
        first, second = (uow.session.get_one(Parcel, id_from_code(c)) for c in codes[:2])
        assert (first.status, second.status) == ("delivered", "at_station")
        assert first.delivered_at is not None


def test_parcel_search_finds_the_printed_label(db: Database) -> None:
    database, run_id, ids = make_world(db)
    code = _scanned_labels(database, run_id)[0]
    with database.uow(write=False) as uow:
        parcel = id_from_code(code)
        assert parcel in ids
        assert parcel_ids(uow.session, ParcelFilter(search=code)) == [parcel]
        # The QR code holds the id as text; a tracking number finds its parcel too.
        assert parcel_ids(uow.session, ParcelFilter(search=str(parcel))) == [parcel]
        tracked = parcel_ids(uow.session, ParcelFilter(search="EA123456785CN"))
        assert len(tracked) == 1 and tracked[0] in ids
        assert parcel_ids(uow.session, ParcelFilter(search="P:" + "9" * 40)) == []
