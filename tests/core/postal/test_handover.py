"""The end-of-day handover (SQLite and PostgreSQL): closing hands the waiting postal
parcels over and locks them, a parcel packed later goes on the next one, a closed one
refuses changes, and its manifest carries one barcode for the batch (decoded from the
rendered page), the count, the weight, every parcel; a reprint says REPRINT."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.postal.assign import assign, assign_range
from core.postal.errors import ParcelHandedOver
from core.postal.handover import (
    NothingToHandOver,
    UnweighedParcels,
    close_handover,
    handovers,
    manifest,
)
from core.printing.payloads import document_code
from core.shipping.models import Parcel
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.postal_world import postal_parcels
from tests.support.runs_world import World


def _numbers(world: World, ids) -> list[str]:  # type: ignore[no-untyped-def]
    with world.uow() as uow:
        return [uow.session.get_one(Parcel, i).number for i in ids]


def test_closing_hands_over_and_later_parcels_go_on_the_next(world: World) -> None:
    first = postal_parcels(world, 3)
    with world.uow() as uow:
        assign_range(uow, [str(i) for i in first], "EA123456785CN")
        closed = close_handover(uow, "TSC", postal_worker="邮递员 次仁")
        uow.commit()
    assert closed.handover.parcel_count == 3 and closed.handover.sequence == 1
    assert closed.handover.weight_g == 500 + 750 + 1000
    assert set(closed.parcels) == set(first)
    with world.uow() as uow:
        statuses = {uow.session.get_one(Parcel, i).status for i in first}
        assert statuses == {"handed_over"}
        with pytest.raises(NothingToHandOver):
            close_handover(uow, "TSC")
    world.clock.now += timedelta(hours=1)
    later = postal_parcels(world, 1)
    with world.uow() as uow:
        second = close_handover(uow, "TSC")
        uow.commit()
    assert second.parcels == tuple(later) and second.handover.sequence == 2
    with world.uow() as uow:
        listed = handovers(uow, center="TSC")
    assert [h.sequence for h in listed] == [2, 1]
    assert listed[1].to_json()["postal_worker"] == "邮递员 次仁"


def test_a_closed_handover_refuses_changes(world: World) -> None:
    ids = postal_parcels(world, 2)
    number = _numbers(world, ids)[0]
    with world.uow() as uow:
        close_handover(uow, "TSC")
        uow.commit()
    with world.uow() as uow, pytest.raises(ParcelHandedOver) as refused:
        assign(uow, number, "EA123456785CN")
    assert refused.value.parcel == number


def test_unweighed_parcels_are_named_and_nothing_is_closed(world: World) -> None:
    ids = postal_parcels(world, 3, weights=(800, None, 900))
    with world.uow() as uow, pytest.raises(UnweighedParcels) as refused:
        close_handover(uow, "TSC")
    assert refused.value.parcels == (_numbers(world, ids)[1],)
    with world.uow() as uow:
        assert handovers(uow) == []


def test_the_manifest_has_one_barcode_and_every_parcel_and_a_reprint_says_so(
    world: World,
) -> None:
    ids = postal_parcels(world, 4)
    with world.uow() as uow:
        done = assign_range(uow, [str(i) for i in ids], "EA123456785CN")
        closed = close_handover(uow, "TSC", postal_worker="邮递员 次仁")
        uow.commit()
    out = io.BytesIO()
    with world.uow() as uow:
        first = manifest(uow, closed.handover.id, out)
        uow.commit()
    assert first.items == 4 and not first.reprinted
    pages = render_pages(out.getvalue(), dpi=300)  # A4 documents are laid out for 300 dpi
    codes = [text for found, text in decode(pages[0]) if found == "Code128"]
    assert codes == [document_code(closed.handover.id)]
    text = "\n".join(page_texts(out.getvalue()))
    for assigned in done:
        line = next(ln for ln in text.splitlines() if assigned.number in ln)
        assert assigned.tracking in line
    assert "合计：4 件 Total: 4 parcels" in text and "3.50" in text  # 0.5 + 0.75 + 1 + 1.25 kg
    assert "邮递员 Postal worker" in text and "文员 Clerk" in text and "邮递员 次仁" in text
    assert "REPRINT" not in text
    again = io.BytesIO()
    with world.uow() as uow:
        second = manifest(uow, closed.handover.id, again)
        uow.commit()
    assert second.reprinted and "REPRINT" in page_texts(again.getvalue())[0]
    with world.uow() as uow:
        assert uow.session.scalar(select(Parcel.status).where(Parcel.id == ids[0])) == "handed_over"


def test_two_clerks_closing_at_once_make_one_handover(pg_url: str) -> None:
    """On PostgreSQL both transactions run side by side: the second waits for the first,
    then finds nothing left to hand over."""
    import threading

    from core.storage.engine import make_engine
    from core.uow import Database
    from tests.support.runs_world import make_world

    engine = make_engine(pg_url)
    try:
        world = make_world(Database(engine))
        ids = postal_parcels(world, 5)
        start = threading.Barrier(2)
        results: list[object] = []

        def clerk() -> None:
            start.wait()
            try:
                results.append(world.db.run(lambda uow: close_handover(uow, "TSC")))
            except NothingToHandOver as nothing:
                results.append(nothing)

        threads = [threading.Thread(target=clerk) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        closed = [r for r in results if not isinstance(r, NothingToHandOver)]
        assert len(results) == 2 and len(closed) == 1
        assert set(closed[0].parcels) == set(ids)  # type: ignore[attr-defined]
        with world.uow() as uow:
            assert len(handovers(uow)) == 1
    finally:
        engine.dispose()
