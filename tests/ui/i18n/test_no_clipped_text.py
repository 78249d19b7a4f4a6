"""At 1366x768, in each language, no area shows a label, button or check box narrower than
its text (tests/support/clipping.py), with the translations the app ships."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.support.clipping import ELIDED, clipped_texts
from tests.support.demo_screens import demo_database, main_window, show_area
from ui.areas import AREAS
from ui.language import switch_language
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    db = demo_database(tmp_path_factory.mktemp("clipping"), sqlite_template)
    path = Path(str(db.engine.url.database))
    db.dispose()
    return path


@pytest.fixture
def window(qtbot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    yield from main_window(qtbot, f"sqlite:///{path}", tmp_path, home_center="TSC")


@pytest.mark.parametrize("language", ["zh_CN", "bo", "en"])
def test_no_area_clips_a_text_at_1366x768(qtbot, window, language):  # type: ignore[no-untyped-def]
    switch_language(language)
    qtbot.wait(50)  # the pages are built again in the language
    clipped = {}
    try:
        for area in AREAS:
            page = show_area(qtbot, window, area.key, (1366, 768))
            if found := clipped_texts(page) + clipped_texts(window.next_step):
                clipped[area.key] = found
    finally:
        switch_language("en")
        qtbot.wait(50)  # built again in English while the window's database is open
    assert clipped == {}


def test_the_check_finds_a_squeezed_label(qtbot):  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("ཉར་ཚགས་ཀྱི་ཐོ་གཞུང་ཆེན་པོ།", box)
    label.setObjectName("squeezed")
    label.resize(20, 20)
    box.show()
    assert [line.split()[0] for line in clipped_texts(box)] == ["squeezed"]
    label.setProperty(ELIDED, True)
    assert clipped_texts(box) == []
