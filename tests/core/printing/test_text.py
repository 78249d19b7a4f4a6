"""Tibetan comes out shaped (compared with HarfBuzz itself), lines break after the
tsheg, Chinese is not boxes, manifests page with "page N of M"."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime

import uharfbuzz as hb
from PIL import ImageChops, ImageStat
from reportlab.pdfbase import pdfmetrics

from core.paths import resource_path
from core.printing.documents import render_document
from core.printing.fonts import TibetanFont, register_fonts, split_scripts
from core.printing.manifests import ManifestLine, ManifestStop, RunManifestData, run_manifest
from core.printing.payloads import document_code, id_code
from core.printing.render import new_canvas
from core.printing.text import TSHEG, draw_text, text_width, wrap
from tests.support.pdfs import decode, page_texts, render_pages

# Stacks (སྒྲ, རྫོ, བསྒྲུབས), vowel signs above and below, and a shad.
TIBETAN = "བཀྲ་ཤིས་རྡོ་རྗེ་སྒྲོལ་མ་བསྒྲུབས་པ།"
SIZE = 40


def _reference_pdf(text: str, font_file: str) -> bytes:
    """The text drawn from HarfBuzz's own shaping, glyph outlines as paths."""
    blob = hb.Blob.from_file_path(str(resource_path("fonts", font_file)))
    face = hb.Face(blob)
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    out = io.BytesIO()
    canvas = new_canvas(out, 200, 30, "reference")
    unit = SIZE / face.upem
    path = canvas.beginPath()

    class Pen:
        def __init__(self, x: float, y: float) -> None:
            self.x, self.y = x, y

        def _p(self, px: float, py: float) -> tuple[float, float]:
            return self.x + px * unit, self.y + py * unit

        def moveTo(self, p):  # noqa: N802 - the pen protocol's names
            path.moveTo(*self._p(*p))

        def lineTo(self, p):  # noqa: N802
            path.lineTo(*self._p(*p))

        def qCurveTo(self, *points):  # noqa: N802
            # Quadratic runs with implied on-curve points, as TrueType stores them.
            *offs, end = points
            current = self._last
            for i, off in enumerate(offs):
                on = (
                    end
                    if i == len(offs) - 1
                    else ((off[0] + offs[i + 1][0]) / 2, (off[1] + offs[i + 1][1]) / 2)
                )
                c1 = (
                    current[0] + 2 / 3 * (off[0] - current[0]),
                    current[1] + 2 / 3 * (off[1] - current[1]),
                )
                c2 = (on[0] + 2 / 3 * (off[0] - on[0]), on[1] + 2 / 3 * (off[1] - on[1]))
                path.curveTo(*self._p(*c1), *self._p(*c2), *self._p(*on))
                current = on
            self._last = end

        def curveTo(self, c1, c2, end):  # noqa: N802
            path.curveTo(*self._p(*c1), *self._p(*c2), *self._p(*end))
            self._last = end

        def closePath(self):  # noqa: N802
            path.close()

    x = 10 * 72 / 25.4
    y = 12 * 72 / 25.4
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        pen = Pen(x + pos.x_offset * unit, y + pos.y_offset * unit)
        _track_last(pen)
        font.draw_glyph_with_pen(info.codepoint, pen)
        x += pos.x_advance * unit
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.save()
    return out.getvalue()


def _track_last(pen) -> None:  # type: ignore[no-untyped-def]
    """Remember the current point for qCurveTo (moveTo/lineTo set it)."""
    move, line = pen.moveTo, pen.lineTo

    def move_to(p):  # type: ignore[no-untyped-def]
        pen._last = p
        move(p)

    def line_to(p):  # type: ignore[no-untyped-def]
        pen._last = p
        line(p)

    pen.moveTo, pen.lineTo = move_to, line_to
    pen._last = (0, 0)


def _our_pdf(text: str, shaped: bool, font: str) -> bytes:
    out = io.BytesIO()
    canvas = new_canvas(out, 200, 30, "ours")
    x, y = 10 * 72 / 25.4, 12 * 72 / 25.4
    if shaped:
        draw_text(canvas, x, y, text, SIZE)
    else:  # the silent failure: the font's cmap glyphs side by side, no stacking
        canvas.setFont(font, SIZE)
        canvas.drawString(x, y, text)
    canvas.save()
    return out.getvalue()


def _difference(a: bytes, b: bytes) -> float:
    image_a, image_b = render_pages(a, dpi=150)[0], render_pages(b, dpi=150)[0]
    return ImageStat.Stat(ImageChops.difference(image_a, image_b)).mean[0]


def test_tibetan_is_shaped_like_harfbuzz() -> None:
    register_fonts()
    reference = _reference_pdf(TIBETAN, "NotoSerifTibetan-Regular.ttf")
    ours = _difference(_our_pdf(TIBETAN, True, TibetanFont.NOTO.value), reference)
    unshaped = _difference(_our_pdf(TIBETAN, False, TibetanFont.NOTO.value), reference)
    # Same glyphs at the same places: only anti-aliasing differs.
    assert ours < 0.25, ours
    assert unshaped > 8 * max(ours, 0.05), (ours, unshaped)


def test_tibetan_width_is_the_shaped_width() -> None:
    unshaped = pdfmetrics.stringWidth(TIBETAN, TibetanFont.NOTO.value, SIZE)
    assert text_width(TIBETAN, SIZE) != unshaped  # marks stack: no advance of their own


def test_scripts_split_into_runs() -> None:
    assert split_scripts("扎西 བཀྲ་ཤིས་ 13812345678") == [
        (False, "扎西 "),
        (True, "བཀྲ་ཤིས་ "),
        (False, "13812345678"),
    ]


def test_long_tibetan_breaks_after_the_tsheg() -> None:
    name = "བཀྲ་ཤིས་རྡོ་རྗེ་" * 6 + "སྒྲོལ་མ།"
    lines = wrap(name, 12, 100)
    assert len(lines) > 2
    assert "".join(lines) == name
    assert all(line.endswith(TSHEG) for line in lines[:-1])
    assert all(text_width(line, 12) <= 100 for line in lines)


def test_chinese_and_latin_wrap() -> None:
    lines = wrap("措勤县物流配送中心 Tsochen county logistics centre", 10, 60)
    assert all(text_width(line, 10) <= 60 for line in lines)
    assert "".join(lines).replace(" ", "") == "措勤县物流配送中心Tsochencountylogisticscentre"


def test_chinese_is_drawn_not_boxes() -> None:
    """A missing glyph draws as .notdef (an empty box); drawn glyphs differ from each
    other, so two different names must render differently with ink."""
    images = []
    for text in ("措勤镇", "阿里地区"):
        out = io.BytesIO()
        canvas = new_canvas(out, 60, 20, "zh")
        draw_text(canvas, 10, 20, text, 30)
        canvas.save()
        images.append(render_pages(out.getvalue(), dpi=100)[0])
    ink = [ImageStat.Stat(image).mean[0] for image in images]
    assert all(value < 250 for value in ink)
    assert ImageStat.Stat(ImageChops.difference(*images)).mean[0] > 2


def _manifest(parcels: int, stops: int, reprint: bool = False) -> RunManifestData:
    names = ["扎西多吉 བཀྲ་ཤིས་རྡོ་རྗེ", "卓玛", "Lhamo Tsering", "བསོད་ནམས་རྒྱལ་པོ"]
    per_stop = [parcels // stops + (1 if i < parcels % stops else 0) for i in range(stops)]
    counter = iter(range(parcels))
    return RunManifestData(
        run_id=uuid.UUID(int=42),
        name="2025-06-03 措勤镇 #1",
        township_zh="措勤镇",
        township_bo="མཚོ་ཆེན་གྲོང་རྡལ།",
        day=date(2025, 6, 3),
        vehicle="藏F-12345",
        center_name="措勤县物流配送中心",
        stops=[
            ManifestStop(
                s + 1,
                f"村点{s + 1}",
                "སྟག་གཞུང་",
                [
                    ManifestLine(
                        uuid.UUID(int=1000 + (n := next(counter))),
                        names[n % 4],
                        f"138{n:08d}",
                        1000 + n,
                        number=f"TSC-0603-{n + 1:04d}",
                    )
                    for _ in range(count)
                ],
            )
            for s, count in enumerate(per_stop)
        ],
        printed_at=datetime(2025, 6, 3, 7, 30),
        driver="次仁",
        reprint=reprint,
    )


def test_500_parcel_manifest_pages_and_totals() -> None:
    data = _manifest(500, 9)
    out = io.BytesIO()
    pages = render_document(run_manifest(data), out)
    texts = page_texts(out.getvalue())
    assert pages == len(texts) > 5
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "打印 2025-06-03 07:30 Printed 2025-06-03 07:30" in text
    everything = "\n".join(texts)
    for n in range(500):  # every parcel is listed once, by the number people read
        assert everything.count(f"TSC-0603-{n + 1:04d}") == 1
    assert id_code(uuid.UUID(int=1000)) not in everything  # not by the code they cannot
    for stop in data.stops:
        weight = sum(line.weight_g or 0 for line in stop.lines) / 1000
        assert f"Stop total: {len(stop.lines)} parcels" in everything
        assert f"{weight:.2f}" in everything
        assert f"Received at stop {stop.number}" in everything
    total = sum(1000 + n for n in range(500)) / 1000
    assert "全部合计：500 件，9 站 Run total: 500 parcels, 9 stops" in everything
    assert f"{total:.2f}" in everything
    assert "REPRINT" not in everything
    first = decode(render_pages(out.getvalue(), dpi=300)[0])
    assert ("Code128", document_code(uuid.UUID(int=42))) in first


def test_no_stop_heading_is_left_alone_at_a_page_foot() -> None:
    document = run_manifest(_manifest(200, 30))
    render_document(document, io.BytesIO())
    for page in document.pages:
        assert page[-1].kind != "heading"


def test_reprinted_manifest_says_so_on_every_page() -> None:
    out = io.BytesIO()
    render_document(run_manifest(_manifest(120, 3, reprint=True)), out)
    texts = page_texts(out.getvalue())
    assert len(texts) > 1
    assert all("REPRINT" in text for text in texts)


def test_transfer_document_and_pick_list_read_back() -> None:
    from core.printing.manifests import (
        PickLine,
        PickListData,
        TransferData,
        TransferLine,
        pick_list,
        transfer_document,
    )

    printed = datetime(2026, 11, 30, 9, 0)
    transfer = TransferData(
        "TR-01AB23CD45",
        "TSC",
        "GER",
        date(2026, 11, 30),
        [
            TransferLine(
                "CSH-SCF-01", "羊绒围巾", "ཁུ་ལུའི་སྐ་རགས།", "2411A", date(2027, 5, 1), 12, "piece"
            ),
            TransferLine("YAK-JRK-25", "牦牛肉干", "གཡག་ཤ་སྐམ་པོ།", "", None, 30, "pack"),
        ],
        printed,
    )
    picks = PickListData(
        uuid.UUID(int=9),
        "措勤县物流配送中心",
        [
            PickLine("B-02", "YAK-JRK-25", "牦牛肉干", "", "", 2, "3812345678901234567"),
            PickLine("A-01", "CSH-SCF-01", "羊绒围巾", "", "2411A", 1, "3812345678901234568"),
        ],
        printed,
        reprint=True,
    )
    for document, code in (
        (transfer_document(transfer), "D:TR-01AB23CD45"),
        (pick_list(picks), document_code(uuid.UUID(int=9))),
    ):
        out = io.BytesIO()
        assert render_document(document, out) == 1
        text = page_texts(out.getvalue())[0]
        assert ("Code128", code) in decode(render_pages(out.getvalue(), dpi=300)[0])
        assert "Page 1 of 1" in text
    transfer_text = page_texts(_render(transfer_document(transfer)))[0]
    assert "合计：2 行 Total: 2 lines" in transfer_text and "42" in transfer_text
    pick_text = page_texts(_render(pick_list(picks)))[0]
    assert pick_text.index("A-01") < pick_text.index("B-02")  # the picker walks bin order
    assert "REPRINT" in pick_text


def _render(document) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    render_document(document, out)
    return out.getvalue()
