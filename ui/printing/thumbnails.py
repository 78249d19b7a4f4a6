"""The print preview's pages as a list model. A page's thumbnail is rendered on a thread
of its own when the view first asks for it, so a 50-page manifest renders only what is
on screen and the window never waits for pdfium. Until it arrives the page shows a grey,
hatched placeholder of the page's size saying it is being drawn: a white page would look
like the print, and an item without a picture is laid out too small for the one that
comes later (the view keeps the size it measured first)."""

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
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

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
        # QImages, not QPixmaps: a dialog's garbage may be collected on a worker thread,
        # where freeing a QPixmap crashes; the view draws a QImage decoration as well.
        self._images: dict[int, QImage] = {}
        self._asked: set[int] = set()
        self._waiting = False  # another layout is being drawn: these pages are not it
        self._placeholder: QImage | None = None
        self._renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="depot-pages")
        self._relay = _Relay()
        self._relay.drawn.connect(self._drawn, Qt.ConnectionType.QueuedConnection)

    def set_pages(self, pages: PdfPages) -> None:
        self.beginResetModel()
        self._pages = pages
        self._generation += 1
        self._images.clear()
        self._asked.clear()
        self._waiting = False
        self._placeholder = None
        self.endResetModel()

    def wait_for_pages(self) -> None:
        """Show placeholders until `set_pages` brings the pages drawn anew: the pages on
        view are not what would print any more."""
        self._generation += 1
        self._images.clear()
        self._asked.clear()
        self._waiting = True
        if len(self._pages):
            self.dataChanged.emit(
                self.index(0), self.index(len(self._pages) - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def is_drawn(self, row: int) -> bool:
        """Whether the page's own thumbnail is on view (not the placeholder)."""
        return row in self._images

    def icon_size(self) -> QSize:
        """The first page's size at the thumbnails' resolution, known before any render."""
        if not len(self._pages):
            return QSize()
        width, height = self._pages.size_points(0)
        # pdfium rounds a rendered page's pixels up
        return QSize(math.ceil(width * self.dpi / 72), math.ceil(height * self.dpi / 72))

    def thumbnail(self, row: int) -> QImage | None:
        """The page's thumbnail once drawn, else None."""
        return self._images.get(row)

    def placeholder(self) -> QImage:
        """What a page shows until its thumbnail is drawn, as large as the thumbnail."""
        if self._placeholder is None:
            size = self.icon_size()
            placeholder = QImage(
                size if size.isValid() else QSize(1, 1), QImage.Format.Format_RGB32
            )
            placeholder.fill(QColor(0xB0, 0xB0, 0xB0))
            painter = QPainter(placeholder)
            painter.fillRect(
                placeholder.rect(), QBrush(QColor(0x90, 0x90, 0x90), Qt.BrushStyle.BDiagPattern)
            )
            painter.setPen(QColor(0x20, 0x20, 0x20))
            painter.drawRect(placeholder.rect().adjusted(0, 0, -1, -1))
            painter.drawText(
                placeholder.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate("PrintPreviewDialog", "Drawing…"),
            )
            painter.end()
            self._placeholder = placeholder
        return self._placeholder

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._pages):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("PrintPreviewDialog", "Page %1").replace("%1", str(row + 1))
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._images.get(row)
            if image is not None:
                return image
            if row not in self._asked and not self._waiting:
                self._asked.add(row)
                self._renderer.submit(self._render, self._generation, self._pages, row)
            return self.placeholder()
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
        self._images[row] = image
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        self.thumbnail_drawn.emit(row)

    def shutdown(self) -> None:
        """Stop rendering: the page being drawn finishes, the others are dropped."""
        self._renderer.shutdown(wait=True, cancel_futures=True)
