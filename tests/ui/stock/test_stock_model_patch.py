# ruff: noqa: F811  (the `many` fixture comes from test_stock_model, used as an argument)
"""The stock model after a write re-reads only the written products' rows and patches them in.

The proof is that a patched model, once scrolled to the end, holds exactly what a
freshly loaded one does, while the full re-read path is never taken and pages
are fetched by key (not by offset).
"""

from __future__ import annotations

import pytest

from core.changes import Changes
from core.inventory import queries, services
from core.uow import Database
from tests.support.stock_depot import fetched, reads_shown, small_model
from ui.stock.stock_model import StockModel, column_of


def _write(db: Database, *calls) -> Changes:  # type: ignore[no-untyped-def]
    changes = Changes()
    with db.uow() as uow:
        for fn, kwargs in calls:
            changes |= fn(uow, **kwargs)
        uow.commit()
    return changes


def _everything(model: StockModel) -> list[queries.StockRow]:
    while model.canFetchMore():
        fetched(model)
    return [model.row_at(n) for n in range(model.rowCount())]  # type: ignore[misc]


@pytest.fixture
def no_full_reads(monkeypatch):  # type: ignore[no-untyped-def]
    """Fail the test if the model re-reads everything loaded, or pages by offset."""

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the model re-read its rows")

    monkeypatch.setattr(StockModel, "_reread", refuse)
    monkeypatch.setattr(queries, "stock_page", refuse)


def test_a_write_patches_changed_inserted_and_removed_rows_in_place(
    qtbot, qtmodeltester, many, no_full_reads, stock_db
):  # type: ignore[no-untyped-def]
    model = small_model(many)
    qtmodeltester.check(model)  # Qt's tester keeps watching every patch below
    reads_shown(model.ops)
    loaded = model.rowCount()  # the tester fetched a page, by key
    assert model.total == 15 and loaded > 5
    skus = [model.index(r, column_of("sku")).data() for r in range(loaded)]
    changed = skus.index("HND-003")
    changes = _write(
        stock_db,
        (services.receive, {"center": "TSC", "bin": "A-01", "sku": "HND-003", "quantity": 10}),
    )
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as sig:
        model.note_changes(changes)
    assert sig.args[0].row() == sig.args[1].row() == changed  # that row, not the page
    assert model.index(changed, column_of("on_hand")).data() == "14"

    gone = skus.index("HND-002")
    changes = _write(
        stock_db,
        (
            services.adjust,
            {"center": "TSC", "bin": "A-01", "sku": "HND-002", "delta": -3, "reason": "lost"},
        ),  # its only lot goes to zero: the row goes
        (
            services.receive,
            {"center": "TSC", "bin": "A-01", "sku": "HND-001", "quantity": 2, "lot": "B2"},
        ),  # a new lot: a new row where it sorts
    )
    with (
        qtbot.waitSignal(model.rowsRemoved) as removed,
        # The tester fetches pages too: the insertion waited for is the new lot's.
        qtbot.waitSignal(
            model.rowsInserted,
            check_params_cb=lambda _parent, first, _last: model.row_at(first).lot == "B2",  # type: ignore[union-attr]
        ) as inserted,
    ):
        model.note_changes(changes)
    assert removed.args[1] == gone
    assert model.row_at(inserted.args[1]).sku == "HND-001"  # type: ignore[union-attr]
    assert model.row_at(inserted.args[1]).lot == "B2"  # type: ignore[union-attr]
    assert model.total == 15  # (the tester may have fetched more rows meanwhile)

    fresh = small_model(many, page_size=100)
    assert _everything(model) == _everything(fresh)


def test_a_write_past_the_loaded_rows_waits_for_scrolling(qtbot, many, no_full_reads, stock_db):  # type: ignore[no-untyped-def]
    model = small_model(many)  # 5 of 15 loaded
    last = model.row_at(4)
    assert last is not None
    beyond = "HND-011"
    assert beyond > last.sku
    changes = _write(
        stock_db,
        (
            services.receive,
            {"center": "TSC", "bin": "B-01", "sku": beyond, "quantity": 1, "lot": "NEW"},
        ),
    )
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.dataChanged):
        model.note_changes(changes)
        reads_shown(model.ops)
    assert (model.rowCount(), model.total) == (5, 16)
    assert _everything(model) == _everything(small_model(many, page_size=100))


def test_hidden_model_catches_up_with_what_changed_meanwhile(qtbot, many, no_full_reads, stock_db):  # type: ignore[no-untyped-def]
    model = small_model(many, page_size=50)
    model.set_active(False)
    for sku in ("HND-004", "HND-005"):
        model.note_changes(
            _write(
                stock_db,
                (services.receive, {"center": "TSC", "bin": "A-01", "sku": sku, "quantity": 100}),
            )
        )
    assert model.stale
    model.set_active(True)
    assert not model.stale
    reads_shown(model.ops)
    rows = {r.sku: r.on_hand for r in _everything(model)}
    assert (rows["HND-004"], rows["HND-005"]) == (105, 106)


def test_changes_without_products_re_read_the_loaded_rows(qtbot, many, stock_db):  # type: ignore[no-untyped-def]
    model = small_model(many)
    _write(
        stock_db,
        (services.receive, {"center": "TSC", "bin": "A-01", "sku": "HND-000", "quantity": 5}),
    )
    with qtbot.waitSignal(model.dataChanged):
        model.note_changes(Changes(stock=True))
    assert model.rowCount() == 5
    assert _everything(model) == _everything(small_model(many, page_size=100))
