"""Paged A4 documents (manifests, transfer documents, pick lists) on one engine.

A document is a header, columns and a flow of blocks (stop headings, rows,
subtotals, signature-and-stamp blocks). Pages are laid out first, so every
page can say "page N of M", then drawn with plain canvas calls: a 5,000-line
manifest costs little more than writing its text (see bench/labels.py).
Headings are never left alone at a page's foot, and a signature block is
never split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import IO, Any

from reportlab.lib.pagesizes import A4

from core.i18n import QT_TRANSLATE_NOOP, heading
from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.printing import barcodes
from core.printing.fonts import HEI
from core.printing.labels import REPRINT
from core.printing.render import Symbol, new_canvas
from core.printing.text import draw_text, fit_size, wrap

MM = barcodes.MM
PAGE_W, PAGE_H = float(A4[0]) / MM, float(A4[1]) / MM
MARGIN = 10.0
ROW_H = 5.2
HEADING_H = 9.5  # room under the baseline for Tibetan stacks above the rule
TOTAL_H = 6.0
SIGN_H = 20.0
FIRST_HEADER_H = 42.0
NEXT_HEADER_H = 14.0
FOOTER_H = 10.0
BODY_SIZE = 7.5
OFFICE_DPI = 300  # what every office printer resolves; 600 dpi ones print it dot for dot


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; the last column takes what is left when 0
    align: str = "left"
    size: float = 0.0  # a smaller size for long codes; 0 = the body size
    wrap: bool = False  # long text goes on more lines (the row grows) instead of being cut


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "row", "total", "sign"
    cells: tuple[str, ...] = ()
    text: str = ""  # the heading, or the sign block's caption
    continued: str = ""  # heading repeated on a new page ("... (continued)")
    signers: tuple[str, ...] = ()  # boxes in a sign block; the last is the stamp
    tall: float = 0.0  # mm: a row taller than ROW_H (room to sign in, wrapped lines)

    @property
    def height(self) -> float:
        if self.tall:
            return self.tall
        return {"heading": HEADING_H, "row": ROW_H, "total": TOTAL_H, "sign": SIGN_H}[self.kind]


@dataclass
class Document:
    title: str
    header: Sequence[tuple[str, str]]  # caption, value pairs on the first page
    columns: Sequence[Column]
    blocks: Sequence[Block]
    printed_at: datetime
    barcode: Symbol | None = None
    reference: str = ""  # repeated on every page's foot, e.g. the run name
    reprint: bool = False
    pages: list[list[Block]] = field(default_factory=list)


def paginate(doc: Document) -> list[list[Block]]:
    """Cut the flow into pages; a heading that would end a page moves to the next,
    a page starting inside a section repeats its heading as "continued"."""
    pages: list[list[Block]] = [[]]
    room = PAGE_H - 2 * MARGIN - FIRST_HEADER_H - FOOTER_H - ROW_H  # minus the column titles
    current_heading: Block | None = None
    blocks = list(doc.blocks)
    for i, block in enumerate(blocks):
        need = block.height
        if block.kind == "heading":
            current_heading = block
            # Keep a heading with its first row.
            if i + 1 < len(blocks):
                need += blocks[i + 1].height
        if need > room and pages[-1]:
            pages.append([])
            room = PAGE_H - 2 * MARGIN - NEXT_HEADER_H - FOOTER_H - ROW_H
            if block.kind != "heading" and current_heading is not None:
                repeat = Block("heading", text=current_heading.continued or current_heading.text)
                pages[-1].append(repeat)
                room -= repeat.height
        pages[-1].append(block)
        room -= block.height
    doc.pages = pages
    return pages


LINE_H = 3.4  # mm between the lines of a wrapped cell at the body size


def _wrapped(cell: str, column: Column, width: float) -> list[str]:
    if not cell:
        return []
    size = column.size or BODY_SIZE
    return wrap(cell, size, (width - 2) * MM, break_long=True) or [cell]


def measure_rows(doc: Document) -> None:
    """Rows with a wrapping column grow to hold every line of it."""
    widths = _column_widths(doc.columns)
    blocks = []
    for block in doc.blocks:
        if block.kind == "row":
            lines = max(
                (
                    len(_wrapped(cell, column, width))
                    for cell, column, width in zip(block.cells, doc.columns, widths, strict=False)
                    if column.wrap
                ),
                default=1,
            )
            if lines > 1:
                block = replace(block, tall=max(block.height, ROW_H + (lines - 1) * LINE_H))
        blocks.append(block)
    doc.blocks = blocks


def render_document(doc: Document, out: str | IO[bytes]) -> int:
    """Write the document as PDF; returns the page count."""
    measure_rows(doc)
    pages = paginate(doc)
    canvas = new_canvas(out, PAGE_W, PAGE_H, doc.title)
    widths = _column_widths(doc.columns)
    total = len(pages)
    for number, blocks in enumerate(pages, start=1):
        # Shapes go straight onto the page; every string of the page goes into one
        # text object drawn last (on top), instead of a text object per string.
        text = canvas.beginText()
        rules: dict[float, list[float]] = {}  # line width -> y of each rule across the page
        y = _draw_header(canvas, text, doc, first=number == 1)
        y = _draw_column_titles(canvas, text, doc.columns, widths, y)
        for block in blocks:
            y = _draw_block(canvas, text, rules, block, doc.columns, widths, y)
        _draw_rules(canvas, rules)
        _draw_footer(text, doc, number, total)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return total


def _column_widths(columns: Sequence[Column]) -> list[float]:
    fixed = sum(c.width for c in columns)
    rest = PAGE_W - 2 * MARGIN - fixed
    return [c.width or rest for c in columns]


def _top(y_mm: float) -> float:
    """Canvas y in points for a distance in mm from the page's top."""
    return float((PAGE_H - y_mm) * MM)


def _draw_header(canvas, text, doc: Document, first: bool) -> float:  # type: ignore[no-untyped-def]
    y = MARGIN
    draw_text(
        text,
        MARGIN * MM,
        _top(y + 6),
        doc.title,
        15,
        bold=True,
        max_width=(PAGE_W - 2 * MARGIN - 70) * MM,
    )
    if doc.reprint:
        size = 11
        canvas.rect((PAGE_W - MARGIN - 32) * MM, _top(y + 7.5), 32 * MM, 7 * MM, stroke=0, fill=1)
        text.setFillGray(1)
        text.setStrokeGray(1)
        draw_text(
            text,
            (PAGE_W - MARGIN - 16) * MM,
            _top(y + 5.8),
            heading("Label", REPRINT),
            size,
            align="center",
            bold=True,
        )
        text.setFillGray(0)
        text.setStrokeGray(0)
    if not first:
        draw_text(text, MARGIN * MM, _top(y + 11.5), doc.reference, BODY_SIZE)
        return MARGIN + NEXT_HEADER_H
    # Caption/value pairs in two columns on the left, the barcode on the right.
    for i, (caption, value) in enumerate(doc.header):
        col, row = divmod(i, 5)
        x = MARGIN + col * 52
        base = _top(y + 13 + row * 5.5)
        draw_text(text, x * MM, base, caption, BODY_SIZE, max_width=18 * MM)
        # A long value shrinks before it is cut (a vehicle, a weight with its note).
        value_size = fit_size(value, 9, 6, 32 * MM)
        draw_text(text, (x + 18.5) * MM, base, value, value_size, max_width=32 * MM)
    if doc.barcode is not None:
        code = barcodes.linear_code(doc.barcode.symbology, doc.barcode.value)
        # As wide as the header allows: an office printer's toner spreads thin bars.
        module = barcodes.module_width_mm(code, 78, OFFICE_DPI, 0.4)
        barcodes.draw_linear(
            canvas,
            code,
            (PAGE_W - MARGIN - 78) * MM,
            _top(y + 29),
            module * MM,
            16 * MM,
            text_size=6.5,
            text_font=HEI,
            text_object=text,
        )
    return MARGIN + FIRST_HEADER_H


def _draw_column_titles(canvas, text, columns, widths, y: float) -> float:  # type: ignore[no-untyped-def]
    canvas.setFillGray(0.85)
    canvas.rect(
        MARGIN * MM, _top(y + ROW_H), (PAGE_W - 2 * MARGIN) * MM, ROW_H * MM, stroke=0, fill=1
    )
    canvas.setFillGray(0)
    x = MARGIN
    for column, width in zip(columns, widths, strict=True):
        size = fit_size(column.title, BODY_SIZE, 5.5, (width - 2) * MM)  # shrink, not cut
        _cell(text, x, y, width, column.title, column.align, size)
        x += width
    return y + ROW_H


def _cell(
    target: Any,
    x: float,
    y: float,
    width: float,
    text: str,
    align: str,
    size: float = BODY_SIZE,
) -> None:
    if not text:
        return
    pad = 1.0
    ax = x + pad if align == "left" else x + width - pad if align == "right" else x + width / 2
    draw_text(
        target,
        ax * MM,
        _top(y + ROW_H - 1.5),
        text,
        size,
        align=align,
        max_width=(width - 2 * pad) * MM,
    )


def _draw_rules(canvas, rules: dict[float, list[float]]) -> None:  # type: ignore[no-untyped-def]
    """Every row rule of a page as one path per line width."""
    left, right = MARGIN * MM, (PAGE_W - MARGIN) * MM
    for width, ys in rules.items():
        path = " ".join(f"{left:.2f} {y:.2f} m {right:.2f} {y:.2f} l" for y in ys)
        canvas.addLiteral(f"{width} w {path} S")


def _draw_block(canvas, text, rules, block: Block, columns, widths, y: float) -> float:  # type: ignore[no-untyped-def]
    left, right = MARGIN * MM, (PAGE_W - MARGIN) * MM
    if block.kind == "heading":
        draw_text(text, left, _top(y + 5.4), block.text, 10.5, bold=True, max_width=right - left)
        canvas.setLineWidth(0.8)
        canvas.line(left, _top(y + HEADING_H - 0.3), right, _top(y + HEADING_H - 0.3))
        return y + HEADING_H
    if block.kind in ("row", "total"):
        x = MARGIN
        cells = block.cells
        # One line of text sits centred in its row; a wrapped cell's lines start at the top.
        first = y + (block.height - ROW_H) / 2
        for i, (cell, column, width) in enumerate(zip(cells, columns, widths, strict=False)):
            if cell and column.wrap and block.kind == "row":
                size = column.size or BODY_SIZE
                lines = _wrapped(cell, column, width)
                top = y if len(lines) > 1 else first
                for n, line in enumerate(lines):
                    _cell(text, x, top + n * LINE_H, width, line, column.align, size)
            elif cell:
                # Text runs on over empty cells to its right (totals, notes).
                span = width
                for follower, w in zip(cells[i + 1 :], widths[i + 1 :], strict=False):
                    if follower:
                        break
                    span += w
                size = 8.5 if block.kind == "total" else column.size or BODY_SIZE
                if column.align != "left":
                    span = width
                _cell(text, x, first, span, cell, column.align, size)
            x += width
        rules.setdefault(0.2 if block.kind == "row" else 0.6, []).append(_top(y + block.height))
        return y + block.height
    # Sign block: a box per signer, the last one for the stamp.
    draw_text(text, left, _top(y + 4), block.text, BODY_SIZE)
    boxes = block.signers or tuple(heading("Document", words) for words in DEFAULT_SIGNERS)
    width = (PAGE_W - 2 * MARGIN) / len(boxes)
    canvas.setLineWidth(0.4)
    for i, caption in enumerate(boxes):
        bx = MARGIN + i * width
        canvas.rect((bx + 1) * MM, _top(y + SIGN_H - 1), (width - 2) * MM, (SIGN_H - 6) * MM)
        draw_text(text, (bx + 2) * MM, _top(y + 8.5), caption, 6.5)
    return y + SIGN_H


DEFAULT_SIGNERS = (
    QT_TRANSLATE_NOOP("Document", "Signature"),
    QT_TRANSLATE_NOOP("Document", "Date"),
    QT_TRANSLATE_NOOP("Document", "Stamp"),
)


def _draw_footer(text, doc: Document, number: int, total: int) -> None:  # type: ignore[no-untyped-def]
    base = _top(PAGE_H - MARGIN + 1)
    printed = doc.printed_at.strftime("%Y-%m-%d %H:%M")
    draw_text(
        text, MARGIN * MM, base, translate("Document", "Printed {time}").format(time=printed), 7
    )
    draw_text(text, PAGE_W / 2 * MM, base, doc.reference, 7, align="center", max_width=80 * MM)
    draw_text(
        text,
        (PAGE_W - MARGIN) * MM,
        base,
        translate("Document", "Page {number} of {total}").format(number=number, total=total),
        7,
        align="right",
    )
