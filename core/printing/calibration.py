"""The bar-width calibration page: one symbol at each reduction the setting offers.

The clerk prints it on the label printer, scans each row and keeps the reduction of
the row that scans best (on a worn head, the rows with more reduction). Every row
holds its own value (`CAL-2` ... `CAL+2`), so the scanner says which row it read.
Rows use three-dot modules: two dots less would leave no bar at all.
"""

from __future__ import annotations

from typing import IO

from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.printing import barcodes
from core.printing.fonts import HEI
from core.printing.layouts import Layout
from core.printing.printers import REDUCTIONS
from core.printing.render import MM, new_canvas
from core.printing.text import draw_text, fit_size, text_width

CALIBRATION_MODULE_DOTS = 3


def calibration_value(reduction: int) -> str:
    return f"CAL{reduction:+d}"


def calibration_page(layout: Layout, out: str | IO[bytes]) -> int:
    """Write the calibration page on one label of `layout` (its size, its printer's dots).
    Returns the page count (1)."""
    width, height = layout.cell_width, layout.cell_height
    canvas = new_canvas(out, width, height, translate("Calibration", "Bar width calibration"))
    dot = barcodes.dot_mm(layout.dpi)
    module = CALIBRATION_MODULE_DOTS * dot
    head = min(8.0, height / 8)
    title = translate("Calibration", "Bar width reduction ({dpi} dpi)").format(dpi=layout.dpi)
    text = canvas.beginText()
    size = fit_size(title, head * 0.6 / 0.35, 5, (width - 4) * MM)
    draw_text(text, 2 * MM, (height - head * 0.8) * MM, title, size)
    row = (height - head) / len(REDUCTIONS)
    caption_size = min(16.0, row * 0.4 / 0.35)  # points; 0.35 mm a point
    caption = text_width("+2", caption_size) / MM + 2  # mm, the quiet zone starts after it
    for i, reduction in enumerate(REDUCTIONS):
        top = head + i * row
        code = barcodes.linear_code("code128", calibration_value(reduction))
        label = f"{reduction:+d}"
        draw_text(text, 2 * MM, (height - top - row * 0.55) * MM, label, caption_size)
        left = round((caption + 1) / dot) * dot
        bars_h = row * 0.8
        barcodes.draw_linear(
            canvas,
            code,
            left * MM,
            (height - top - bars_h) * MM,
            module * MM,
            bars_h * MM,
            text_size=min(6.0, row * 0.2 / 0.35),
            text_font=HEI,
            text_object=text,
            reduction=reduction * dot * MM,
        )
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return 1
