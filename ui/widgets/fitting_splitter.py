"""Two panes side by side when both fit whole, one above the other when they do not.

The Runs area shows a day's runs beside the selected run's parcels. On a
1366-pixel screen both tables fit side by side; on a 1024-pixel screen they do
not, and side by side one of them was cut ("Postal ha…", "dispatch…", a parcel
status "on ru"). A day has a handful of runs, so on a narrow screen the runs go
on top, as tall as their rows, and both tables get the full width.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# On top, the first pane takes at most this share of the height: the second has the rows.
TOP_SHARE = 0.45


class FittingSplitter(QSplitter):
    """A splitter that picks its orientation from what its panes need.

    Args:
        first_wants: the size the first pane needs to show all it has whole.
        second_needs: the narrowest the second pane can be with what it must show whole.
    """

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        first_wants: Callable[[], QSize],
        second_needs: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first_wants = first_wants
        self.second_needs = second_needs
        self.setChildrenCollapsible(False)
        self.addWidget(first)
        self.addWidget(second)
        # A wider window widens the second pane; the first keeps what it needs.
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._moved_by_clerk = False
        self._oriented = False
        self.splitterMoved.connect(self._moved)

    def _moved(self, _position: int, _index: int) -> None:
        self._moved_by_clerk = True

    def side_by_side_fits(self, width: int) -> bool:
        return width >= self.first_wants().width() + self.handleWidth() + self.second_needs()

    def refit(self, *, reorient: bool = False) -> None:
        """Give the first pane its room (unless the clerk has moved the handle since the
        orientation last changed); with `reorient`, first choose the orientation for the
        present width.

        Only a change of the window's width reorients (`resizeEvent`): a table whose
        contents grew (a status now "delivered") keeps the panes where they are, since
        panes that swap places under the mouse make the clerk's next click land on the
        wrong run (clerk trial).
        """
        width = self.width()
        if width <= 0:
            return
        wanted = self.orientation()
        if reorient or not self._oriented:
            wanted = (
                Qt.Orientation.Horizontal
                if self.side_by_side_fits(width)
                else Qt.Orientation.Vertical
            )
            self._oriented = True
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self._moved_by_clerk = False
        if self._moved_by_clerk:
            return
        wants = self.first_wants()
        if wanted == Qt.Orientation.Horizontal:
            total = width - self.handleWidth()
            first = min(wants.width(), total - self.second_needs())
        else:
            total = self.height() - self.handleWidth()
            first = min(wants.height(), int(total * TOP_SHARE))
        self.setSizes([first, max(total - first, 0)])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self.refit(reorient=event.oldSize().width() != event.size().width())
