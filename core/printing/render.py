"""Draw labels from a layout and field values: thermal rolls and sheets alike.

Field values come from the label kinds (`labels.py`): strings for text, a
`Symbol` for barcodes, an ASCII string for QR codes. An empty value draws
nothing, so one template serves a parcel with and without a tracking number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from core.errors import InvalidValue
from core.i18n import caption, heading
from core.printing import barcodes
from core.printing.errors import NothingToPrint, ReductionTooLarge, SymbolTooSmall
from core.printing.fonts import HEI, register_fonts
from core.printing.layouts import Layout
from core.printing.printers import DEFAULT_PRINTER, PrinterSetup
from core.printing.text import draw_text, fit_size, text_width, wrap

MM = barcodes.MM
ASCENT = 0.8  # of the size: baseline below a text box's top, for both fonts


@dataclass(frozen=True)
class Symbol:
    symbology: str  # "code128" or "ean13"
    value: str
    # A shorter code the scan resolves to the same thing, drawn where `value` does not
    # fit at the smallest readable module (a lot's id digits for `L:SKU:LOT`).
    fallback: str | None = None


def new_canvas(out: str | IO[bytes], width_mm: float, height_mm: float, title: str) -> Canvas:
    register_fonts()
    # Binary (deflated) streams: ASCII85 on top makes files 25% larger and costs a tenth
    # of the time of a label run. Only this package uses ReportLab.
    rl_config.useA85 = 0
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
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> int:
    """Write one PDF with every label; the first goes into cell `start` (1-based,
    row by row) so a half-used sheet can be used up. Returns the page count.

    Raises SymbolTooSmall or ReductionTooLarge for a barcode the printer cannot
    print readably, before anything is written."""
    if not 1 <= start <= layout.per_page:
        raise InvalidValue("start", start, f"not in 1..{layout.per_page}")
    canvas = new_canvas(out, layout.page_width, layout.page_height, title or layout.title)
    page_h = layout.page_height * MM
    position = start - 1
    pages = 0
    memo = LabelMemo()
    for fields in labels:
        if position == layout.per_page:
            canvas.showPage()
            position = 0
            pages += 1
        pages = max(pages, 1)
        row, col = divmod(position, layout.cols)
        x = (layout.left + col * layout.pitch_x) * MM
        top = page_h - (layout.top + row * layout.pitch_y) * MM
        draw_label(canvas, layout, fields, x, top, memo=memo, printer=printer)
        position += 1
    if pages == 0:
        raise NothingToPrint(layout.kind, layout.name)
    canvas.showPage()
    canvas.save()
    return pages


@dataclass(frozen=True)
class _Frame:
    """Template millimetres (y down from the label's top) to page points."""

    left: float
    top: float
    scale: float  # template mm -> paper mm
    dpi: int
    layout: str
    reduction_dots: int

    def x(self, mm: float) -> float:
        return self.left + mm * self.scale * MM

    def y(self, mm: float) -> float:
        return self.top - mm * self.scale * MM

    def length(self, mm: float) -> float:
        return mm * self.scale * MM


# Elements whose operators depend on the element, its value and the label's place
# alone: a run's labels repeat their center, township, run, stop and static captions.
_REPEATED = frozenset(("text", "static", "wrap", "line", "box"))


class LabelMemo:
    """What one document's labels reuse: the operators of repeated elements by
    (element, value, place). Text operators name the document's font subsets: never
    share a memo between documents."""

    def __init__(self) -> None:
        self.ops: dict[tuple[Any, ...], tuple[list[str], list[str]]] = {}
        # id(template) -> (template, [(element, its field, repeated)]): the template is
        # kept so that its id, and its elements' ids, stay its own.
        self.plans: dict[int, tuple[Any, list[tuple[Any, str | None, bool]]]] = {}

    def plan(self, template: Any) -> list[tuple[Any, str | None, bool]]:
        known = self.plans.get(id(template))
        if known is None or known[0] is not template:
            known = self.plans[id(template)] = (
                template,
                [(el, el.get("field"), el["type"] in _REPEATED) for el in template.elements],
            )
        return known[1]


def draw_label(
    canvas: Canvas,
    layout: Layout,
    fields: Mapping[str, Any],
    x: float,
    top: float,
    *,
    memo: LabelMemo | None = None,
    printer: PrinterSetup = DEFAULT_PRINTER,
) -> None:
    """Draw one label with its top left corner at (x, top) in points.

    Coordinates are computed, not set with canvas transforms: a save, transform
    and restore per element cost more than drawing it. With a `memo` (one for all
    labels of a document) repeated elements cost a lookup.
    """
    template = layout.template
    left, right, upper, lower = content_box(layout, x / MM, layout.page_height - top / MM, printer)
    width, height = right - left, lower - upper
    scale = min(width / template.width, height / template.height)
    # Centre a scaled template in what of its cell can be printed.
    x = (left + (width - template.width * scale) / 2) * MM
    top = (layout.page_height - upper - (height - template.height * scale) / 2) * MM
    frame = _Frame(x, top, scale, layout.dpi, layout.name, printer.bar_reduction_dots)
    shifts = _collapsed(template.elements, fields)
    frames: dict[float, _Frame] = {0.0: frame}

    def frame_of(element: Mapping[str, Any]) -> tuple[_Frame, float]:
        up = sum(mm for below, mm in shifts if float(element.get("y", 0)) > below)
        if up not in frames:
            frames[up] = replace(frame, top=frame.top + frame.length(up))
        return frames[up], up

    text = canvas.beginText()  # every string of the label in one text object
    if memo is None:
        for element in template.elements:
            _draw_element(canvas, text, element, fields, frame_of(element)[0])
        canvas.drawText(text)
        return
    page_ops, text_ops, known = canvas._code, text._code, memo.ops
    place = (x, top, scale, layout.dpi, printer.bar_reduction_dots)
    for element, field, repeated in memo.plan(template):
        at, up = frame_of(element) if shifts else (frame, 0.0)
        if not repeated:
            _draw_element(canvas, text, element, fields, at)
            continue
        key = (id(element), fields.get(field) if field else None, place, up)
        done = known.get(key)
        if done is None:
            page_start, text_start = len(page_ops), len(text_ops)
            _draw_element(canvas, text, element, fields, at)
            done = known[key] = (page_ops[page_start:], text_ops[text_start:])
        else:
            page_ops.extend(done[0])
            text_ops.extend(done[1])
    canvas.drawText(text)


def _collapsed(
    elements: tuple[dict[str, Any], ...], fields: Mapping[str, Any]
) -> list[tuple[float, float]]:
    """(y, mm) of each empty element that gives its room up (`"collapse": mm`): the
    elements below it move up, so a missing name leaves no blank band mid-label."""
    return [
        (float(el["y"]), float(el["collapse"]))
        for el in elements
        if el.get("collapse") and not _value(el, fields)
    ]


def content_box(
    layout: Layout, left: float, top: float, printer: PrinterSetup
) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) in mm from the page's top left of what a label drawn
    into the cell at (left, top) may cover: on a sheet, the part of the cell inside
    the printer's margin (office printers leave the sheet's border blank); a thermal
    label prints to its edges."""
    right, bottom = left + layout.cell_width, top + layout.cell_height
    if not layout.is_sheet:
        return left, right, top, bottom
    margin = printer.margin_mm
    return (
        max(left, margin),
        min(right, layout.page_width - margin),
        max(top, margin),
        min(bottom, layout.page_height - margin),
    )


def fitted_code(
    symbol: Symbol, field: str, box_mm: float, frame_dpi: int, layout: str, max_module: float
) -> tuple[barcodes.LinearCode, int]:
    """The code to draw for a symbol in a box `box_mm` wide and its module in dots: the
    symbol's value, else its fallback, at the widest module of at least two dots.
    Raises SymbolTooSmall when neither fits."""
    first = None
    for value in filter(None, (symbol.value, symbol.fallback)):
        code = barcodes.linear_code(symbol.symbology, value)
        dots = barcodes.module_dots(code, box_mm, frame_dpi, max_module)
        if dots >= barcodes.MIN_MODULE_DOTS:
            return code, dots
        first = first or code
    assert first is not None
    need = first.total_modules * barcodes.MIN_MODULE_DOTS * barcodes.dot_mm(frame_dpi)
    raise SymbolTooSmall(layout, field, first.value, round(need, 1), round(box_mm, 1), frame_dpi)


def _value(element: Mapping[str, Any], fields: Mapping[str, Any]) -> Any:
    value = fields.get(element["field"], "")
    if isinstance(value, str) and value and "format" in element:
        # Captions are words of the catalog (core/printing/label_words.py), printed in
        # the clerk's language with Chinese beside.
        value = caption("Label", element["format"]).format(value)
    return value


def _draw_element(
    canvas: Canvas,
    text_object: Any,
    el: Mapping[str, Any],
    fields: Mapping[str, Any],
    frame: _Frame,
) -> None:
    kind = el["type"]
    x, y = float(el["x"]), float(el["y"])
    if kind in ("text", "static", "tag"):
        text = heading("Label", el["text"]) if kind == "static" else _value(el, fields)
        if not text:
            return
        size = float(el["size"]) * frame.scale  # layouts give sizes in points at scale 1
        width = frame.length(float(el.get("w", 0))) or None
        if width and el.get("fit"):
            size = fit_size(text, size, float(el.get("min_size", size / 2)) * frame.scale, width)
        baseline = frame.y(y) - size * ASCENT
        align = el.get("align", "left")
        ax = frame.x(x)
        if width and align == "center":
            ax += width / 2
        elif width and align == "right":
            ax += width
        if kind == "tag":  # white on black, e.g. REPRINT
            w = text_width(text, size) + size * 0.6
            left = ax - (w / 2 if align == "center" else w if align == "right" else 0)
            canvas.rect(left, frame.y(y) - size * 1.15, w, size * 1.25, stroke=0, fill=1)
            # The label's text object is drawn after every shape: white lands on black.
            text_object.setFillGray(1)
            text_object.setStrokeGray(1)
            draw_text(text_object, left + size * 0.3, baseline, text, size, bold=True)
            text_object.setFillGray(0)
            text_object.setStrokeGray(0)
        else:
            # Fitted down to min_size and still too wide: more lines (`wrap_lines`, the
            # room the layout keeps for them) before anything is cut.
            lines = [text]
            if width and int(el.get("wrap_lines", 1)) > 1 and text_width(text, size) > width:
                lines = wrap(text, size, width, break_long=True)
                if len(lines) > int(el["wrap_lines"]):
                    keep = int(el["wrap_lines"]) - 1
                    lines = lines[:keep] + [" ".join(lines[keep:])]
            for i, line in enumerate(lines):
                draw_text(
                    text_object,
                    ax,
                    baseline - i * size * 1.25,
                    line,
                    size,
                    align=align,
                    max_width=width,
                    bold=bool(el.get("bold")),
                )
    elif kind == "wrap":
        text = _value(el, fields)
        if not text:
            return
        width = frame.length(float(el["w"]))
        max_lines = int(el["lines"])
        # Shrink (down to min_size) before anything is cut: a name or an address's last
        # words (the delivery instruction) are what the township keeper goes by.
        size = float(el["size"])
        smallest = float(el.get("min_size", size))
        lines = wrap(text, size * frame.scale, width, break_long=True)
        while len(lines) > max_lines and size > smallest:
            size = max(smallest, size - 0.5)
            lines = wrap(text, size * frame.scale, width, break_long=True)
        leading = float(el.get("leading", 1.3)) * size * frame.scale
        size *= frame.scale
        if len(lines) > max_lines:  # the last line carries the rest, cut with an ellipsis
            lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
        for i, line in enumerate(lines):
            draw_text(
                text_object,
                frame.x(x),
                frame.y(y) - size * ASCENT - i * leading,
                line,
                size,
                max_width=width,
            )
    elif kind == "barcode":
        symbol = fields.get(el["field"])
        if not symbol:
            return
        w, h = float(el["w"]) * frame.scale, float(el["h"]) * frame.scale  # paper mm
        # "rotate": 90 runs the symbol up the box (a ladder): a 76 mm label is too narrow
        # for a parcel code across, not along.
        upright = el.get("rotate", 0) == 90
        length, bars = (h, w) if upright else (w, h)
        code, dots = fitted_code(
            symbol, el["field"], length, frame.dpi, frame.layout, float(el.get("max_module", 0.5))
        )
        if dots - frame.reduction_dots < 1:
            raise ReductionTooLarge(frame.layout, el["field"], dots, frame.reduction_dots)
        dot = barcodes.dot_mm(frame.dpi)
        module = dots * dot
        drawn = code.total_modules * module
        centred = (length - drawn) / 2 if el.get("align", "center") == "center" else 0
        text_size = float(el.get("text_size", 0)) * frame.scale
        reduction = frame.reduction_dots * dot * MM
        if not upright:
            # Bar edges on the printer's dot grid (thermal cells start at the page edge).
            left = round((frame.x(x) / MM + centred) / dot) * dot
            barcodes.draw_linear(
                canvas,
                code,
                left * MM,
                frame.y(y) - h * MM,
                module * MM,
                h * MM,
                text_size=text_size,
                text_font=HEI,
                text_object=text_object,
                reduction=reduction,
            )
            return
        # Turned a quarter left about the box's bottom right corner: bars run up the page.
        bottom = round((frame.y(y) / MM - h + centred) / dot) * dot
        canvas.saveState()
        canvas.translate(frame.x(x) + w * MM, bottom * MM)
        canvas.rotate(90)
        barcodes.draw_linear(
            canvas,
            code,
            0,
            0,
            module * MM,
            bars * MM,
            text_size=text_size,
            text_font=HEI,
            reduction=reduction,
        )
        canvas.restoreState()
    elif kind == "qr":
        payload = _value(el, fields)
        if not payload:
            return
        side = frame.length(float(el["side"]))
        quiet = int(el.get("quiet", 4))
        size = barcodes.qr_size(payload)
        dot = barcodes.dot_mm(frame.dpi)
        if side / MM / (size + 2 * quiet) < barcodes.MIN_MODULE_DOTS * dot:
            need = (size + 2 * quiet) * barcodes.MIN_MODULE_DOTS * dot
            raise SymbolTooSmall(
                frame.layout, el["field"], payload, round(need, 1), round(side / MM, 1), frame.dpi
            )
        barcodes.draw_qr(canvas, payload, frame.x(x), frame.y(y) - side, side, quiet, dot=dot * MM)
    elif kind == "line":
        canvas.setLineWidth(frame.length(float(el.get("width", 0.3))))
        canvas.line(frame.x(x), frame.y(y), frame.x(float(el["x2"])), frame.y(float(el["y2"])))
    elif kind == "box":
        canvas.setLineWidth(frame.length(float(el.get("width", 0.3))))
        canvas.rect(
            frame.x(x),
            frame.y(y) - frame.length(float(el["h"])),
            frame.length(float(el["w"])),
            frame.length(float(el["h"])),
            stroke=1,
            fill=0,
        )
