"""The Runs panes swap between side by side and one above the other only when the window's
width changes, never because a table's contents grew under the clerk's mouse (trial RU4)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from ui.widgets.fitting_splitter import FittingSplitter


def test_contents_growing_keep_the_panes_where_they_are(qtbot):
    wants = {"first": 500}
    split = FittingSplitter(
        QLabel("runs"),
        QLabel("parcels"),
        first_wants=lambda: QSize(wants["first"], 200),
        second_needs=lambda: 600,
    )
    qtbot.addWidget(split)
    split.resize(1300, 700)
    split.show()
    qtbot.waitExposed(split)
    assert split.orientation() == Qt.Orientation.Horizontal
    wants["first"] = 800  # a status became "delivered": the runs table wants more room
    split.refit()  # what the page does after its tables reload
    assert split.orientation() == Qt.Orientation.Horizontal
    split.resize(1300, 500)  # a height change (a dialog, a toolbar) is not a narrower screen
    qtbot.wait(50)
    assert split.orientation() == Qt.Orientation.Horizontal
    split.resize(1000, 500)  # the window itself got narrower: now they go one above the other
    qtbot.waitUntil(lambda: split.orientation() == Qt.Orientation.Vertical)
    split.resize(1500, 500)
    qtbot.waitUntil(lambda: split.orientation() == Qt.Orientation.Horizontal)
