"""Keep the columns a clerk needs on screen: the wide text columns give way, not the figures.

A table sized to its contents is wider than a 1024-pixel screen, and Qt then
scrolls sideways: on hand, available, a parcel's status or a run's load end up
out of sight. `ColumnKeeper` sizes the columns to their contents and, whenever
the view is narrower than the needed columns, narrows the flexible ones (names,
addresses) evenly from the widest down, never below a minimum; the needed ones
keep their full width, so their figures are never elided.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

# Room to breathe beside a column's contents.
PADDING = 16


class ColumnKeeper(QObject):
    """Sizes `view`'s columns and keeps the `needed` ones inside its viewport.

    Args:
        needed: logical columns that must be visible without scrolling sideways.
        flexible: logical columns that may be narrowed (elided, with their tooltips).
        minimum: the narrowest a flexible column gets, in pixels (default: 7 "M"s).
        wanted: columns after the needed ones that the flexible ones also give way for,
            as far as their minimum allows (a run parcel's "why here").
    """

    def __init__(
        self,
        view: QTableView,
        needed: Sequence[int],
        flexible: Sequence[int],
        minimum: int | None = None,
        wanted: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.needed = list(needed)
        self.flexible = list(flexible)
        self.wanted = list(wanted)
        self.minimum = minimum or view.fontMetrics().horizontalAdvance("M") * 7
        self.natural: dict[int, int] = {}
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        """Size every column to its loaded contents, then keep the needed ones in view."""
        view = self.view
        header = view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        # What resizeColumnsToContents measures, for hidden columns too (shown again later).
        self.natural = {
            column: max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            + (PADDING if column != last else 0)
            for column in range(header.count())
        }
        self.apply()

    def apply(self) -> None:
        """Give the flexible columns the width the viewport leaves them."""
        header = self.view.horizontalHeader()
        if not self.natural:
            return
        widths = dict(self.natural)
        last_needed = max((header.visualIndex(c) for c in self.needed + self.wanted), default=-1)
        before = [header.logicalIndex(v) for v in range(last_needed + 1)]
        used = sum(widths[c] for c in before if not header.isSectionHidden(c))
        excess = used - self.view.viewport().width()
        flexible = [c for c in self.flexible if c in before and not header.isSectionHidden(c)]
        if excess > 0 and flexible:
            level = self._level([widths[c] for c in flexible], excess)
            for column in flexible:
                widths[column] = min(widths[column], max(level, self.minimum))
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _frame(self) -> int:
        """The table's frame and a vertical scroll bar, around its columns."""
        view = self.view
        return view.frameWidth() * 2 + view.verticalScrollBar().sizeHint().width()

    def whole_width(self) -> int:
        """How wide the table must be to show every shown column whole (after `fit`)."""
        header = self.view.horizontalHeader()
        return (
            sum(
                width
                for column, width in self.natural.items()
                if not header.isSectionHidden(column)
            )
            + self._frame()
        )

    def needed_width(self) -> int:
        """How wide the table must be to show the needed columns whole, the flexible ones
        before them at their minimum (after `fit`)."""
        header = self.view.horizontalHeader()
        if not self.natural:
            return 0
        last = max((header.visualIndex(c) for c in self.needed), default=-1)
        shown = [
            header.logicalIndex(v)
            for v in range(last + 1)
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        return (
            sum(
                min(self.natural[c], self.minimum) if c in self.flexible else self.natural[c]
                for c in shown
            )
            + self._frame()
        )

    def _level(self, widths: list[int], excess: int) -> int:
        """The width to cut the flexible columns down to so that `excess` pixels are freed."""
        low, high = self.minimum, max(widths)
        while low < high:  # the highest level that frees enough
            middle = (low + high + 1) // 2
            if sum(max(0, w - middle) for w in widths) >= excess:
                low = middle
            else:
                high = middle - 1
        return low

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        # The view may be half destroyed when its viewport gets its last events.
        if (
            event.type() == QEvent.Type.Resize
            and watched is self._viewport
            and shiboken6.isValid(self.view)
        ):
            self.apply()
        return False
