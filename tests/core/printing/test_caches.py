"""The drawing caches (text operators per document, bar and QR operators per code,
shaped runs per string) never hand one label or document another's text or code."""

from __future__ import annotations

import io
import uuid

from PIL import ImageChops, ImageStat

from core.printing import barcodes
from core.printing.labels import ParcelLabelData
from core.printing.layouts import get_layout
from core.printing.payloads import parcel_code
from core.printing.render import MM, new_canvas, render_labels
from core.printing.text import draw_text
from tests.core.printing.test_text import SIZE, TIBETAN, _reference_pdf
from tests.support.pdfs import decode, page_texts, render_pages


def _texts(pages: list[list[str]]) -> list[str]:
    """One PDF, a page per list, every string drawn through one shared text object."""
    out = io.BytesIO()
    canvas = new_canvas(out, 100, 100, "cache")
    for strings in pages:
        text = canvas.beginText()
        for i, string in enumerate(strings):
            draw_text(text, 10 * MM, (90 - 10 * i) * MM, string, 12)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return [t.replace("\n", " ") for t in page_texts(out.getvalue())]


def test_text_operators_are_not_shared_between_documents() -> None:
    """Subset codes are given per document in the order characters first appear:
    operators cached for one document would show other characters in the next."""
    first = _texts([["扎西多吉", "卓玛 次仁"]])
    second = _texts([["卓玛 次仁", "措勤镇", "扎西多吉"]])
    assert all(s in first[0] for s in ("扎西多吉", "卓玛 次仁"))
    assert all(s in second[0] for s in ("卓玛 次仁", "措勤镇", "扎西多吉"))


def test_two_documents_drawn_at_the_same_time_keep_their_own_text() -> None:
    outs = [io.BytesIO(), io.BytesIO()]
    canvases = [new_canvas(out, 100, 100, f"doc {i}") for i, out in enumerate(outs)]
    words = [["扎西", "拉萨", "阿里"], ["阿里", "日喀则", "扎西"]]
    objects = [c.beginText() for c in canvases]
    for row in range(3):  # alternate between the two documents string by string
        for i in (0, 1):
            draw_text(objects[i], 10 * MM, (90 - 10 * row) * MM, words[i][row], 12)
    for canvas, obj in zip(canvases, objects, strict=True):
        canvas.drawText(obj)
        canvas.save()
    for out, wanted in zip(outs, words, strict=True):
        text = page_texts(out.getvalue())[0]
        assert text.split() == wanted


def test_same_string_at_two_sizes_is_drawn_at_each_size() -> None:
    """Shaped Tibetan's vertical offsets scale with the size: the size-20 operators of
    a string must not serve its size-40 drawing on the next page."""
    out = io.BytesIO()
    canvas = new_canvas(out, 200, 30, "sizes")
    x, y = 10 * 72 / 25.4, 12 * 72 / 25.4
    draw_text(canvas, x, y, TIBETAN, SIZE / 2)
    canvas.showPage()
    draw_text(canvas, x, y, TIBETAN, SIZE)
    canvas.save()
    reference = render_pages(_reference_pdf(TIBETAN, "NotoSerifTibetan-Regular.ttf"), dpi=150)[0]
    half, full = render_pages(out.getvalue(), dpi=150)
    assert ImageStat.Stat(ImageChops.difference(full, reference)).mean[0] < 0.25
    assert ImageStat.Stat(ImageChops.difference(half, reference)).mean[0] > 1


def test_labels_in_one_run_keep_their_own_codes_and_text() -> None:
    """Labels differing in every per-parcel field, one drawn twice (a reprint in the
    same run, served from the caches): each page shows its own parcel."""

    def parcel(n: int, recipient: str, phone: str, tracking: str) -> ParcelLabelData:
        return ParcelLabelData(
            uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + n),
            recipient,
            phone,
            township_zh="措勤镇",
            township_bo="མཚོ་ཆེན་གྲོང་རྡལ།",
            tracking=tracking,
            run_name="2025-06-03 措勤镇 #1",
            stop_number=n,
            stop_count=7,
            center_name="措勤县物流配送中心",
            weight_g=1000 + n,
        )

    a = parcel(1, "卓玛", "13900000001", "EA000000014CN")
    b = parcel(5, "Lhamo Tsering", "13700000002", "EA000000028CN")
    out = io.BytesIO()
    pages = render_labels(get_layout("parcel-100x150"), [a.fields(), b.fields(), a.fields()], out)
    pdf = out.getvalue()
    assert pages == 3
    texts = page_texts(pdf)
    images = render_pages(pdf, dpi=203)
    for label, text, image in zip((a, b, a), texts, images, strict=True):
        found = decode(image)
        assert ("QRCode", str(label.parcel_id).upper()) in found
        assert ("Code128", parcel_code(label.parcel_id)) in found
        assert ("Code128", label.tracking) in found
        assert label.recipient in text and label.phone[-4:] in text
        assert f"{label.stop_number}/7" in text
    assert "卓玛" not in texts[1] and "Lhamo" not in texts[0]


def test_cached_code_operators_follow_the_code() -> None:
    """The same modules give the same operators, other modules others; EAN guards
    are part of the key."""
    one = barcodes.linear_code("code128", "P:1")
    two = barcodes.linear_code("code128", "P:2")
    assert barcodes._bar_ops(one.modules, 0.0) != barcodes._bar_ops(two.modules, 0.0)
    assert barcodes._bar_ops(one.modules, 0.0) is barcodes._bar_ops(one.modules, 0.0)
    assert barcodes._bar_ops(one.modules, 0.1) != barcodes._bar_ops(one.modules, 0.0)
    assert barcodes._qr_ops("P:1") != barcodes._qr_ops("P:2")


def test_ascii_operators_are_reportlabs_own() -> None:
    """Printable ASCII skips ReportLab's per-character formatter: the operators must be
    exactly what that formatter writes, in a font that keeps ASCII readable (Hei) and
    one that lacks Latin digits (Noto Serif Tibetan, which takes the formatter)."""
    from core.printing import text as text_module
    from core.printing.fonts import HEI, TibetanFont

    canvas = new_canvas(io.BytesIO(), 100, 100, "ascii")
    obj = canvas.beginText()
    known = text_module._document_text(canvas._doc)
    assert text_module._ascii_subset(known, canvas._doc, HEI) is not None
    strings = [
        "P:0002092244994203784050604323506686530441",
        "138****5678",
        "a (b) \\ c)",
        "EA123456785CN",
        " 0.55 kg ",
        "~!@#$%^&*_+{}|:\"<>?`'[];,./-=",
    ]
    for font in (HEI, TibetanFont.NOTO.value):
        for string in strings:
            for size in (7, 8.5, 30):
                ours = text_module._fragment(obj, font, string, size)
                obj._fontname, obj._fontsize, obj._leading = font, size, size * 1.2
                obj._curSubset = -1
                assert ours == obj._formatText(string), (font, string, size)


def _covered(ops: str) -> set[tuple[int, int]]:
    """The (row, column) modules that `x y w 1 re` operators fill, each once."""
    cells: set[tuple[int, int]] = set()
    for op in ops.removesuffix(" f").split(" re"):
        if op.strip():
            x, y, w, h = map(int, op.split())
            assert h == 1
            row = {(y, c) for c in range(x, x + w)}
            assert not row & cells
            cells |= row
    return cells


def test_qr_and_bar_operators_from_shared_stretch_tables_fill_exactly_the_code() -> None:
    """Stretch tables are shared by every code of a size: codes of two sizes drawn in
    turns fill exactly their own modules, bars exactly python-barcode's bars."""
    payloads = [str(uuid.UUID(int=n * 7919)) for n in range(1, 30)] + [
        f"P:{n:040d}" for n in range(1, 30)
    ]
    for payload in payloads:
        size, ops = barcodes._qr_ops(payload)
        _, runs = barcodes.qr_runs(payload)
        assert _covered(ops) == {(r, c) for r, s, n in runs for c in range(s, s + n)}
        code = barcodes.linear_code("code128", payload.upper())
        bars = _covered(barcodes._bar_ops(code.modules, 0.0))
        assert bars == {(0, c) for c, m in enumerate(code.modules) if m == "1"}


def test_repeated_elements_are_drawn_at_each_labels_own_place() -> None:
    """The same label in every cell of a sheet: its repeated text is drawn once per
    cell, at that cell's place (the place is part of the memo's key)."""
    from pypdf import PdfReader

    label = ParcelLabelData(
        uuid.UUID(int=5),
        "卓玛",
        "13900000001",
        township_zh="措勤镇",
        center_name="措勤县物流配送中心",
        stop_number=2,
        stop_count=7,
    )
    layout = get_layout("parcel-a4-2x2")
    out = io.BytesIO()
    render_labels(layout, [label.fields()] * layout.per_page, out)
    origins: list[tuple[float, float]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if "卓玛" in text:
            origins.append((round(tm[4]), round(tm[5])))

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=visit)
    assert len(set(origins)) == layout.per_page == 4
