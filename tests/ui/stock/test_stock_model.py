"""The lazy stock model: Qt's model tester, paging, in-place refresh on Changes."""

from __future__ import annotations

from core.inventory import services
from tests.support.stock_depot import fetched, reads_shown, small_model
from ui.stock.card_model import StockCardModel
from ui.stock.stock_model import column_of


def test_model_passes_qt_model_tester(qtmodeltester, many, stock_db):
    model = small_model(many)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester, which keeps watching
    # Refreshes after writes are watched by the tester too.
    with stock_db.uow() as uow:
        changes = services.receive(uow, center="TSC", bin="A-01", sku="HND-000", quantity=1)
        changes |= services.adjust(
            uow, center="TSC", bin="A-01", sku="HND-001", delta=-2, reason="lost"
        )  # its only balance goes to zero: row gone
        uow.commit()
    model.note_changes(changes)
    reads_shown(model.ops)


def test_rows_are_fetched_a_page_at_a_time(qtbot, many):
    model = small_model(many)
    assert (model.rowCount(), model.total) == (5, 15)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()
    assert model.rowCount() == 10
    fetched(model)
    fetched(model)
    assert model.rowCount() == 15 and not model.canFetchMore()
    skus = [model.index(r, column_of("sku")).data() for r in range(15)]
    assert skus == sorted(skus)  # SQL sorts; the model keeps the order


def test_refresh_keeps_loaded_rows_and_adds_new_ones_without_reset(qtbot, many, stock_db):
    model = small_model(many)
    fetched(model)  # 10 loaded
    with stock_db.uow() as uow:
        changes = services.receive(uow, center="TSC", bin="A-01", sku="HND-000", quantity=100)
        uow.commit()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.note_changes(changes)
    assert model.rowCount() == 10
    row = [model.index(r, column_of("sku")).data() for r in range(10)].index("HND-000")
    assert model.index(row, column_of("on_hand")).data() == "101"


def test_a_hidden_model_waits_until_shown(qtbot, many, stock_db):
    model = small_model(many)
    model.set_active(False)
    with stock_db.uow() as uow:
        changes = services.receive(uow, center="TSC", bin="A-01", sku="HND-002", quantity=7)
        uow.commit()
    with qtbot.assertNotEmitted(model.dataChanged):
        model.note_changes(changes)
        reads_shown(model.ops)
    assert model.stale
    with qtbot.waitSignal(model.dataChanged):
        model.set_active(True)
    assert not model.stale


def test_card_model_passes_qt_model_tester(qtmodeltester, context):
    card = StockCardModel(context.ops)
    card.show_product("CSH-SCF-01", None)
    reads_shown(context.ops)
    assert card.rowCount() == 2  # received at TSC and at GAR
    qtmodeltester.check(card, force_py=True)
