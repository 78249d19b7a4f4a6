"""One clock: a time on a screen and the same time on paper read alike, in the center's zone
(Asia/Shanghai by default), on a PC set to another zone."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from core.clock import configure_zone, local_day, shown
from core.inventory import catalog, queries, services
from core.inventory.card_export import write_stock_card_csv
from core.printing import jobs
from core.uow import Database
from tests.support.pdfs import page_texts
from tests.support.printing_world import MONDAY, SEAT, make_world
from tests.support.stock_depot import reads_shown
from ui.context import AppContext
from ui.operations import Operations
from ui.runs.models import RunsModel
from ui.settings import Settings
from ui.stock.card_model import CARD_COLUMNS, StockCardModel

pytestmark = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is Unix only")


@pytest.fixture
def pc_in_los_angeles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The PC's own zone is Los Angeles (16 hours behind Tibet in winter)."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _column(model: StockCardModel | RunsModel, row: int, name: str) -> str:
    names = (
        [key for key, _title in CARD_COLUMNS]
        if isinstance(model, StockCardModel)
        else list(model.COLUMNS)
    )
    return str(model.data(model.index(row, names.index(name)), Qt.ItemDataRole.DisplayRole))


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    """A center with a scarf received twice, in the app's context."""
    with sqlite_db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        catalog.create_bin(uow, center, "A-01")
        catalog.create_product(uow, sku="CSH-SCF-01", name_zh="羊绒围巾")
        uow.commit()
    for quantity in (40, 2):
        with sqlite_db.uow() as uow:
            services.receive(uow, center="TSC", bin="A-01", sku="CSH-SCF-01", quantity=quantity)
            uow.commit()
    app_context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()


def test_stock_card_on_screen_and_in_its_export_show_the_center_time(
    qapp, pc_in_los_angeles, context: AppContext, tmp_path: Path, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    card = StockCardModel(context.ops)
    card.show_product("CSH-SCF-01", "TSC")
    reads_shown(context.ops)
    with sqlite_db.uow(write=False) as uow:
        lines = queries.stock_card(uow.session, "CSH-SCF-01", "TSC")
    write_stock_card_csv(lines, tmp_path / "card.csv")
    exported = list(csv.DictReader(io.StringIO((tmp_path / "card.csv").read_text("utf-8-sig"))))

    assert card.rowCount() == len(lines) == len(exported) > 0
    for row, (line, written) in enumerate(zip(lines, exported, strict=True)):
        on_screen = _column(card, row, "at")
        assert on_screen == shown(line.at) == written["at"][:16]
        assert on_screen != f"{line.at.astimezone():%Y-%m-%d %H:%M}"  # not the PC's zone


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Asia/Kathmandu"])
def test_runs_table_and_manifests_read_the_same_time(
    qapp,
    qtbot,
    pc_in_los_angeles,
    sqlite_db: Database,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    zone: str,
) -> None:
    """The schedule says 08:00 at the center: the table and the day's manifest say 08:00,
    and the manifest's "Printed" is the center's time, in whichever zone it is set to."""
    configure_zone(zone)
    database, run_id, _parcels = make_world(sqlite_db)
    context = AppContext.create(Operations(database), Settings(tmp_path / "settings.ini"))
    try:
        runs = RunsModel(context.ops)
        with qtbot.waitSignal(runs.rows_read, timeout=10_000):  # read off the GUI thread
            runs.load(MONDAY)
        row = next(n for n, view in enumerate(runs.rows) if view.township_code == SEAT)
        on_screen = _column(runs, row, "depart")
        day_sheet, run_sheet = io.BytesIO(), io.BytesIO()
        with database.uow() as uow:
            jobs.day_manifest(uow, "TSC", MONDAY, day_sheet)
            jobs.manifest(uow, run_id, run_sheet)
            printed_at = uow.clock()
            uow.commit()
    finally:
        context.close()
    assert on_screen == "08:00"
    assert any(
        "08:00" in line and "措勤镇" in line
        for line in "\n".join(page_texts(day_sheet.getvalue())).splitlines()
    )
    stamp = printed_at.astimezone(ZoneInfo(zone))
    assert f"Printed {stamp:%Y-%m-%d %H:%M}" in "\n".join(page_texts(run_sheet.getvalue()))


def test_today_on_screen_is_the_center_day(
    qapp, pc_in_los_angeles, context: AppContext, sqlite_db: Database
) -> None:  # type: ignore[no-untyped-def]
    ops: Operations = context.ops
    assert ops.today() == local_day(sqlite_db.clock())
