"""Pick a place in a few keystrokes: type part of a name (中文, བོད་ཡིག, pinyin or its
initials), arrows to move, Enter to choose.

The list is small (the served townships, their points and "outside"), so a
proxy model filters it in memory; the resolver's candidates for the parcel
come first.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from core.places.addresses import Candidate
from core.places.index import normalize
from core.places.review import PlaceChoice

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2
STEPS: dict[int, int] = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}


@dataclass(frozen=True)
class Choice:
    label: str
    township_code: str | None  # None: outside the served area
    point_id: uuid.UUID | None
    search: str  # normalised names in every script, pinyin and its initials


def choices_from(places: Sequence[PlaceChoice], outside_label: str) -> list[Choice]:
    """The served townships and their points (`core.places.review.place_choices`, in its
    order), then "outside the served area"."""
    result = [Choice(p.label, p.township_code, p.point_id, p.search) for p in places]
    result.append(Choice(outside_label, None, None, "outside postal 邮政 " + outside_label))
    return result


class _Filter(QSortFilterProxyModel):
    """Every typed word must appear in the choice's search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = [normalize(word) for word in text.split() if normalize(word)]
        if hasattr(self, "endFilterChange"):  # Qt 6.10 deprecates invalidateRowsFilter()
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        search = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in search for word in self._words)


class PlacePicker(QWidget):
    chosen = Signal(object, object)
    """The clerk chose a place: township code (None = outside) and point id (or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.source)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("place_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Type a township or point (中文, བོད་ཡིག, pinyin), Enter to choose")
        )
        self.list = QListView()
        self.list.setObjectName("place_list")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self.choose_current)
        self.filter_edit.installEventFilter(self)
        self.list.activated.connect(lambda _index: self.choose_current())

    def set_choices(self, choices: list[Choice], candidates: tuple[Candidate, ...] = ()) -> None:
        """Fill the list, the resolver's candidates first, and clear the filter."""
        first = {(c.township_code, c.village_point_id) for c in candidates}
        ranked = [
            c
            for key in [(c.township_code, c.village_point_id) for c in candidates]
            for c in choices
            if (c.township_code, c.point_id) == key
        ]
        ranked += [c for c in choices if (c.township_code, c.point_id) not in first]
        self.source.clear()
        for choice in ranked:
            item = QStandardItem(choice.label)
            item.setData(choice.search, SEARCH_ROLE)
            item.setData((choice.township_code, choice.point_id), PLACE_ROLE)
            item.setEditable(False)
            self.source.appendRow(item)
        self.filter_edit.clear()
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def choose_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if not index.isValid():
            return
        township_code, point_id = index.data(PLACE_ROLE)
        self.chosen.emit(township_code, point_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Arrows in the filter field move through the list: the hands stay on the keys.
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in STEPS
        ):
            step = STEPS[event.key()]
            if self.proxy.rowCount():
                row = self.list.currentIndex().row() + step
                row = max(0, min(self.proxy.rowCount() - 1, row))
                self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)
