"""PDF pages as QImages, rendered by pdfium (PySide6-Essentials has no QtPdf)."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

# pdfium is not thread-safe, not even across documents: thumbnails render on a thread of
# their own while printing renders on the GUI thread, so every call takes this lock.
_PDFIUM = threading.Lock()


class PagesClosed(ValueError):
    """The document was closed (replaced by another layout) before a page was rendered."""


class PdfPages:
    """One PDF held in memory; pages rendered on demand at any resolution, from any thread."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with _PDFIUM:
            self._document = pdfium.PdfDocument(data)
            self._count = len(self._document)
        self._closed = False

    def __len__(self) -> int:
        return self._count

    def size_points(self, index: int) -> tuple[float, float]:
        with _PDFIUM:
            self._check_open()
            width, height = self._document[index].get_size()
        return float(width), float(height)

    def render(self, index: int, dpi: float) -> QImage:
        """The page as an RGB image of `dpi` dots per inch (the printer's, for printing)."""
        with _PDFIUM:
            self._check_open()
            page = self._document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            )
            copy = image.copy()  # own the pixels: pdfium frees its bitmap
        copy.setDotsPerMeterX(round(dpi / 0.0254))
        copy.setDotsPerMeterY(round(dpi / 0.0254))
        return copy

    def close(self) -> None:
        with _PDFIUM:
            if not self._closed:
                self._closed = True
                self._document.close()

    def _check_open(self) -> None:
        if self._closed:
            raise PagesClosed("the document was closed")
