"""The print preview's pages as a list model. A page's thumbnail is rendered on a thread
of its own when the view first asks for it, so a 50-page manifest renders only what is
on screen and the window never waits for pdfium."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from ui.printing.pages import PagesClosed, PdfPages
from ui.qt_fixes import emit

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

Index = QModelIndex | QPersistentModelIndex


class _Relay(QObject):
    """Lives on the GUI thread: the renderer emits here, the slot runs on the GUI thread."""

    drawn = Signal(int, int, object)  # generation, row, QImage


class PageThumbnails(QAbstractListModel):
    """One row per page of the PDF on view; the decoration is its thumbnail once drawn."""

    thumbnail_drawn = Signal(int)
    """A page's thumbnail was drawn and is in the model; carries its row."""

    def __init__(self, pages: PdfPages, dpi: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self._pages = pages
        self._generation = 0  # thumbnails of a document since replaced are dropped
        self._pixmaps: dict[int, QPixmap] = {}
        self._asked: set[int] = set()
        self._renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="depot-pages")
        self._relay = _Relay()
        self._relay.drawn.connect(self._drawn, Qt.ConnectionType.QueuedConnection)

    def set_pages(self, pages: PdfPages) -> None:
        self.beginResetModel()
        self._pages = pages
        self._generation += 1
        self._pixmaps.clear()
        self._asked.clear()
        self.endResetModel()

    def icon_size(self) -> QSize:
        """The first page's size at the thumbnails' resolution, known before any render."""
        if not len(self._pages):
            return QSize()
        width, height = self._pages.size_points(0)
        # pdfium rounds a rendered page's pixels up
        return QSize(math.ceil(width * self.dpi / 72), math.ceil(height * self.dpi / 72))

    def pixmap(self, row: int) -> QPixmap | None:
        return self._pixmaps.get(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._pages):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("PrintPreviewDialog", "Page %1").replace("%1", str(row + 1))
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(row)
            if pixmap is None and row not in self._asked:
                self._asked.add(row)
                self._renderer.submit(self._render, self._generation, self._pages, row)
            return pixmap
        return None

    def _render(self, generation: int, pages: PdfPages, row: int) -> None:
        try:
            image = pages.render(row, self.dpi)
        except PagesClosed:  # replaced by another layout meanwhile: nobody wants it
            return
        emit(self._relay.drawn, generation, row, image)

    def _drawn(self, generation: int, row: int, image: QImage) -> None:
        if generation != self._generation:
            return
        self._pixmaps[row] = QPixmap.fromImage(image)  # QPixmap only on the GUI thread
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        self.thumbnail_drawn.emit(row)

    def shutdown(self) -> None:
        """Stop rendering: the page being drawn finishes, the others are dropped."""
        self._renderer.shutdown(wait=True, cancel_futures=True)
