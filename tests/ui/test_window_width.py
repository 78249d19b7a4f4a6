"""No area makes the main window wider than a 1024-pixel screen.

A window is never narrower than its widest page's minimum size, and a combo box
asks by default for the room of its longest entry: one long center name or an
open count's number in a one-row toolbar widened the window to 1033 pixels on a
1024x768 screen. Here every area is opened at 1024x768 on the demo depot with a
center whose name is long (Chinese and Tibetan) as the home center, and open
counts at both centers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.inventory import catalog, counts
from tests.support.demo_screens import demo_database, main_window, show_area
from tests.support.writes import reads_ended
from ui.main_window import MainWindow

SCREEN = (1024, 768)
LONG_CENTER = "NGR-LOGISTICS"
LONG_NAME = (
    "阿里地区措勤县磁石乡曲洛乡江让乡达雄乡联合电子商务物流配送服务中心 "
    "མངའ་རིས་ས་ཁུལ་མཚོ་ཆེན་རྫོང་གི་དངོས་པོ་སྐྱེལ་འདྲེན་ལྟེ་གནས"
)
LONG_BIN = "NORTH-SHED-RACK-12-SHELF-04"


@pytest.fixture(scope="module")
def crowded_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    db = demo_database(tmp_path_factory.mktemp("wide"), sqlite_template)
    with db.uow() as uow:
        center = catalog.create_center(
            uow, code=LONG_CENTER, name_zh=LONG_NAME, name_bo=LONG_NAME.split(" ")[1]
        )
        catalog.create_bin(uow, center, LONG_BIN, zone="NORTH-SHED")
        uow.commit()
    for center, bin_code in (("TSC", "A-01-02"), (LONG_CENTER, LONG_BIN)):
        with db.uow() as uow:
            counts.start_count(uow, center=center, bin=bin_code)
            uow.commit()
    url = str(db.engine.url)
    db.dispose()
    return url


@pytest.fixture(params=["TSC", LONG_CENTER])
def window(request, qtbot, crowded_url: str, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from main_window(qtbot, crowded_url, tmp_path, home_center=request.param)


def test_no_area_widens_the_window_past_a_1024_pixel_screen(qtbot, window):
    keys = [area.key for area in window.areas]
    for row, key in enumerate(keys):
        window.navigation.setCurrentRow(row)
        window.resize(*SCREEN)
        qtbot.wait(50)  # layouts settle; a page that needs more has widened the window now
        page = window.current_page()
        assert window.minimumSizeHint().width() <= SCREEN[0], (key, page.minimumSizeHint())
        assert window.width() <= SCREEN[0], key
    assert len(window._pages) == len(keys)  # every area was built and measured


def test_the_count_page_shows_the_open_count_of_the_long_named_center(qtbot, window):
    page = show_area(qtbot, window, "counts", SCREEN)
    reads_ended(qtbot, window.context.ops)  # the open counts are read off the GUI thread
    assert page.open_counts.count() == 1 and page.count_id is not None
    if window.context.settings.home_center == LONG_CENTER:
        # Cut with an ellipsis on screen, whole where the clerk points at it.
        assert page.center.toolTip() == page.center.currentText()
        assert LONG_NAME in page.center.currentText()
        assert page.scope_bin.findText(LONG_BIN) >= 0
