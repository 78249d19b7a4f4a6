"""Draw labels from a layout and field values: thermal rolls and sheets alike.

Field values come from the label kinds (`labels.py`): strings for text, a
`Symbol` for barcodes, an ASCII string for QR codes. An empty value draws
nothing, so one template serves a parcel with and without a tracking number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas

from core.printing import barcodes
from core.errors import InvalidValue
from core.printing.errors import NothingToPrint
from core.printing.fonts import HEI, register_fonts
from core.printing.layouts import Layout
from core.printing.text import draw_text, fit_size, text_width, wrap

MM = barcodes.MM
ASCENT = 0.8  # of the size: baseline below a text box's top, for both fonts


@dataclass(frozen=True)
class Symbol:
    symbology: str  # "code128" or "ean13"
    value: str


def new_canvas(out: str | IO[bytes], width_mm: float, height_mm: float, title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(out, pagesize=(width_mm * MM, height_mm * MM), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Changtang Depot")
    return canvas


def render_labels(
    layout: Layout,
    labels: Iterable[Mapping[str, Any]],
    out: str | IO[bytes],
    *,
    start: int = 1,
    title: str = "",
) -> int:
    """Write one PDF with every label; the first goes into cell `start` (1-based,
    row by row) so a half-used sheet can be used up. Returns the page count."""
    if not 1 <= start <= layout.per_page:
        raise InvalidValue("start", start, f"not in 1..{layout.per_page}")
    canvas = new_canvas(out, layout.page_width, layout.page_height, title or layout.title)
    page_h = layout.page_height * MM
    position = start - 1
    pages = 0
    for fields in labels:
        if position == layout.per_page:
            canvas.showPage()
            position = 0
            pages += 1
        pages = max(pages, 1)
        row, col = divmod(position, layout.cols)
        x = (layout.left + col * layout.pitch_x) * MM
        top = page_h - (layout.top + row * layout.pitch_y) * MM
        draw_label(canvas, layout, fields, x, top)
        position += 1
    if pages == 0:
        raise NothingToPrint(layout.kind, layout.name)
    canvas.showPage()
    canvas.save()
    return pages


def draw_label(
    canvas: Canvas, layout: Layout, fields: Mapping[str, Any], x: float, top: float
) -> None:
    """Draw one label with its top left corner at (x, top) in points."""
    template = layout.template
    scale = min(layout.cell_width / template.width, layout.cell_height / template.height)
    # Centre a scaled template in its cell.
    x += (layout.cell_width - template.width * scale) / 2 * MM
    top -= (layout.cell_height - template.height * scale) / 2 * MM
    canvas.saveState()
    # Template coordinates: millimetres, y growing downwards from the label's top.
    canvas.translate(x, top)
    canvas.transform(scale * MM, 0, 0, -scale * MM, 0, 0)
    for element in template.elements:
        _draw_element(canvas, element, fields, layout.dpi, scale)
    canvas.restoreState()


def _value(element: Mapping[str, Any], fields: Mapping[str, Any]) -> Any:
    value = fields.get(element["field"], "")
    if isinstance(value, str) and value and "format" in element:
        value = element["format"].format(value)
    return value


def _draw_element(
    canvas: Canvas, el: Mapping[str, Any], fields: Mapping[str, Any], dpi: int | None, scale: float
) -> None:
    kind = el["type"]
    x, y = float(el["x"]), float(el["y"])
    pt = 1 / MM  # one point in template millimetres: sizes in layouts are points
    if kind in ("text", "static", "tag"):
        text = el["text"] if kind == "static" else _value(el, fields)
        if not text:
            return
        size = float(el["size"])
        width = float(el.get("w", 0)) or None
        if width and el.get("fit"):
            size = fit_size(text, size, float(el.get("min_size", size / 2)), width / pt)
        baseline = y + size * ASCENT * pt
        align = el.get("align", "left")
        ax = x + (width or 0) / 2 if align == "center" else x + (width or 0) if align == "right" else x
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, 0, 0)  # text upright in the flipped template space
        canvas.scale(pt, pt)
        if kind == "tag":  # white on black, e.g. REPRINT
            w = text_width(text, size) + size * 0.6
            left = ax / pt - (w / 2 if align == "center" else w if align == "right" else 0)
            canvas.rect(left, -(y / pt + size * 1.15), w, size * 1.25, stroke=0, fill=1)
            canvas.setFillGray(1)
            canvas.setStrokeGray(1)
            draw_text(canvas, left + size * 0.3, -baseline / pt, text, size, bold=True)
        else:
            draw_text(canvas, ax / pt, -baseline / pt, text, size, align=align,
                      max_width=width / pt if width else None, bold=bool(el.get("bold")))
        canvas.restoreState()
    elif kind == "wrap":
        text = _value(el, fields)
        if not text:
            return
        size = float(el["size"])
        leading = float(el.get("leading", size * 1.3))
        lines = wrap(text, size, float(el["w"]) / pt)
        max_lines = int(el["lines"])
        if len(lines) > max_lines:  # the last line carries the rest, cut with an ellipsis
            lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1:])]
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, 0, 0)
        canvas.scale(pt, pt)
        for i, line in enumerate(lines):
            base = y / pt + size * ASCENT + i * leading
            draw_text(canvas, x / pt, -base, line, size, max_width=float(el["w"]) / pt)
        canvas.restoreState()
    elif kind == "barcode":
        symbol = fields.get(el["field"])
        if not symbol:
            return
        code = barcodes.linear_code(symbol.symbology, symbol.value)
        w, h = float(el["w"]), float(el["h"])
        # Snap in real millimetres on paper, then back to template units.
        module = barcodes.module_width_mm(
            code, w * scale, dpi, float(el.get("max_module", 0.5))) / scale
        drawn = code.total_modules * module
        left = x + (w - drawn) / 2 if el.get("align", "center") == "center" else x
        if dpi:
            # Bar edges on the printer's dot grid (thermal cells start at the page edge).
            dot = barcodes.dot_mm(dpi) / scale
            left = round(left / dot) * dot
        text_size = float(el.get("text_size", 0))
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, 0, 0)
        canvas.scale(pt, pt)
        barcodes.draw_linear(canvas, code, left / pt, -(y + h) / pt, module / pt, h / pt,
                             text_size=text_size, text_font=HEI)
        canvas.restoreState()
    elif kind == "qr":
        payload = _value(el, fields)
        if not payload:
            return
        side = float(el["side"])
        canvas.saveState()
        canvas.transform(1, 0, 0, -1, 0, 0)
        barcodes.draw_qr(canvas, payload, x, -(y + side), side, int(el.get("quiet", 4)))
        canvas.restoreState()
    elif kind == "line":
        canvas.setLineWidth(float(el.get("width", 0.3)))
        canvas.line(x, y, float(el["x2"]), float(el["y2"]))
    elif kind == "box":
        canvas.setLineWidth(float(el.get("width", 0.3)))
        canvas.rect(x, y, float(el["w"]), float(el["h"]), stroke=1, fill=0)
