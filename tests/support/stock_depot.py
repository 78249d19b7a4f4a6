"""The UI tests' stock: four trilingual products received at TSC."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from core.inventory import catalog, services
from core.inventory.models import Move
from core.uow import Database

# SKU -> (zh, bo, en) of the products the stock fixture receives.
PRODUCTS = {
    "CSH-SCF-01": ("羊绒围巾", "ཁུ་ལུའི་སྐ་རགས།", "Cashmere scarf"),
    "SNC-CRM-50": ("雪鸡护肤霜", "གོང་མོའི་པགས་སྨན།", "Snowcock face cream"),
    "INC-ZRN-01": ("扎日南木错藏香", "བཀྲ་རིས་གནམ་མཚོའི་སྤོས།", "Zhare Namtso incense"),
    "YAK-JRK-25": ("牦牛肉干", "གཡག་ཤ་སྐམ་པོ།", "Yak jerky"),
}


def move_count(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Move)) or 0)


def fill_stock(sqlite_db: Database) -> Database:
    with sqlite_db.uow() as uow:
        tsc = catalog.create_center(
            uow, code="TSC", name_zh="措勤", name_bo="མཚོ་ཆེན།", name_en="Tsochen"
        )
        gar = catalog.create_center(
            uow, code="GAR", name_zh="噶尔", name_bo="སྒར།", name_en="Gar", illustrative=True
        )
        for center in (tsc, gar):
            catalog.create_bin(uow, center, "A-01")
            catalog.create_bin(uow, center, "B-01")
        for sku, (zh, bo, en) in PRODUCTS.items():
            catalog.create_product(
                uow,
                sku=sku,
                name_zh=zh,
                name_bo=bo,
                name_en=en,
                tracks_expiry=sku == "SNC-CRM-50",
                barcode="6901234567892" if sku == "SNC-CRM-50" else None,
            )
        uow.commit()
    with sqlite_db.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-SCF-01", quantity=40)
        services.receive(
            uow,
            center="TSC",
            bin="B-01",
            sku="SNC-CRM-50",
            quantity=120,
            lot="L1",
            expiry=date(2099, 6, 30),
        )
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-JRK-25", quantity=60)
        services.receive(uow, center="GAR", bin="A-01", sku="INC-ZRN-01", quantity=300)
        services.receive(uow, center="GAR", bin="A-01", sku="CSH-SCF-01", quantity=15)
        uow.commit()
    return sqlite_db


def small_model(context, page_size: int = 5):  # type: ignore[no-untyped-def]
    """The stock table's model at TSC with pages of `page_size` rows."""
    from core.inventory.queries import StockFilter
    from ui.stock.stock_model import StockModel

    model = StockModel(context.ops)
    model.PAGE_SIZE = page_size
    model.set_filter(StockFilter(center="TSC"))
    reads_shown(context.ops)
    return model


def reads_shown(ops) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until every read asked for (and every read their answers asked
    for) has come back and been shown: the reader answers in order, so an empty read asked
    for now comes back after them."""
    from PySide6.QtCore import QEventLoop, QTimer

    while ops.unfinished:
        loop = QEventLoop()
        marker = ops.query(lambda _uow: None, on_success=lambda _none: None)
        marker.finished.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)  # a hung reader fails the test, not the run
        loop.exec()


def fetched(model) -> None:  # type: ignore[no-untyped-def]
    """`model.fetchMore()` and its page shown."""
    model.fetchMore()
    reads_shown(model.ops)


def stock_page(context):  # type: ignore[no-untyped-def]
    """The Stock page once its centers and first rows were read and are shown."""
    from ui.stock.stock_page import StockPage

    page = StockPage(context)
    reads_shown(context.ops)
    return page
