"""PDF pages as QImages, rendered by pdfium (PySide6-Essentials has no QtPdf)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


class PdfPages:
    """One PDF held in memory; pages rendered on demand at any resolution."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._document = pdfium.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> tuple[float, float]:
        width, height = self._document[index].get_size()
        return float(width), float(height)

    def render(self, index: int, dpi: float) -> QImage:
        """The page as an RGB image of `dpi` dots per inch (the printer's, for printing)."""
        page = self._document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4
                       else QImage.Format.Format_RGB888)
        copy = image.copy()  # own the pixels: pdfium frees its bitmap
        copy.setDotsPerMeterX(round(dpi / 0.0254))
        copy.setDotsPerMeterY(round(dpi / 0.0254))
        return copy

    def close(self) -> None:
        self._document.close()
