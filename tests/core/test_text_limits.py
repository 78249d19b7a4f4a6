"""Text longer than its column, the same on SQLite and PostgreSQL: refused with the field
and its limit (typed `TextTooLong`), never cut and never left to the database."""

from __future__ import annotations

import pytest
from sqlalchemy import String, select

import core.models  # noqa: F401  (every mapped class)
from core.errors import TextTooLong
from core.inventory import catalog, documents, services, transfers
from core.inventory.models import Move, Product
from core.inventory.workflow_models import Receipt
from core.storage.base import Base
from core.text_limits import column_limit


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        for code in ("TSC", "GER"):
            center = catalog.create_center(uow, code=code, name_zh=code)
            catalog.create_bin(uow, center, "A-01")
        catalog.create_product(uow, sku="CSH-001", name_zh="羊绒围巾")
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=5)
        uow.commit()
    return db


def _refused(db, write, field: str, limit: int, length: int) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow, pytest.raises(TextTooLong) as caught:
        write(uow)
        uow.commit()
    assert (caught.value.field, caught.value.limit, caught.value.length) == (field, limit, length)


def test_the_limit_is_the_columns_own(depot):
    assert column_limit(Receipt.supplier) == 200 and column_limit(Product.name_bo) == 400


def test_over_long_texts_are_refused_naming_field_and_limit(depot):
    _refused(
        depot,
        lambda uow: documents.create_receipt(uow, center="TSC", supplier="s" * 201),
        "supplier",
        200,
        201,
    )
    _refused(
        depot,
        lambda uow: documents.create_receipt(uow, center="TSC", note="n" * 10_000),
        "note",
        500,
        10_000,
    )
    _refused(
        depot,
        lambda uow: transfers.create_transfer(
            uow, from_center="TSC", to_center="GER", lines=[("CSH-001", "1")], note="n" * 501
        ),
        "note",
        500,
        501,
    )
    _refused(
        depot, lambda uow: catalog.create_product(uow, sku="S" * 65, name_zh="x"), "sku", 64, 65
    )
    # Fields no use case checks are checked at every flush: the product's Tibetan name,
    # a bin's zone, a move's note.
    _refused(
        depot,
        lambda uow: catalog.create_product(uow, sku="X-1", name_zh="x", name_bo="ཀ" * 401),
        "name_bo",
        400,
        401,
    )
    _refused(
        depot,
        lambda uow: catalog.create_bin(
            uow, catalog.get_center(uow.session, "TSC"), "B-01", zone="z" * 33
        ),
        "zone",
        32,
        33,
    )
    _refused(
        depot,
        lambda uow: services.adjust(
            uow, center="TSC", bin="A-01", sku="CSH-001", delta=-1, reason="damaged", note="n" * 501
        ),
        "note",
        500,
        501,
    )
    with depot.uow(write=False) as uow:
        assert uow.session.scalar(select(Receipt.id)) is None


def test_a_text_at_its_limit_is_kept_whole(depot):
    with depot.uow() as uow:
        documents.create_receipt(uow, center="TSC", supplier="供" * 200, note="n" * 500)
        uow.commit()
    with depot.uow(write=False) as uow:
        stored = uow.session.execute(select(Receipt.supplier, Receipt.note)).one()
    assert tuple(stored) == ("供" * 200, "n" * 500)


def test_an_over_long_login_name_is_shortened_the_same_way_every_time(depot):
    long_name = "CORP\\" + "tashi.dolma.distribution.centre.tsochen." * 3  # 125 characters
    other = long_name[:-1] + "X"
    for actor in (long_name, long_name, other):
        with depot.uow(actor=actor) as uow:
            services.adjust(
                uow, center="TSC", bin="A-01", sku="CSH-001", delta=-1, reason="damaged"
            )
            uow.commit()
    with depot.uow(write=False) as uow:
        actors = list(
            uow.session.scalars(
                select(Move.actor).where(Move.kind == "adjustment").order_by(Move.created_at)
            )
        )
    first, again, second = actors
    assert first == again and first != second
    assert len(first) == column_limit(Move.actor) and first.startswith("CORP\\tashi.dolma")


def test_every_actor_column_holds_the_shortened_login_name():
    who = {
        "actor",
        "created_by",
        "posted_by",
        "held_by",
        "override_by",
        "received_by",
        "dispatched_by",
        "approved_by",
        "closed_by",
        "cancelled_by",
        "counted_by",
    }
    columns = [
        c
        for table in Base.metadata.tables.values()
        for c in table.columns
        if c.name in who and isinstance(c.type, String)
    ]
    assert len(columns) >= 10
    assert all(c.type.length >= column_limit(Move.actor) for c in columns)
