"""Labels read back as a scanner and a reader would: render, decode, extract text."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
import zxingcpp

from core.errors import InvalidValue
from core.printing import barcodes
from core.printing.labels import (
    BinLabelData,
    ParcelLabelData,
    ProductLabelData,
    RunLabelData,
    product_symbol,
)
from core.printing.layouts import available_layouts, get_layout
from core.printing.payloads import document_code, id_from_code, parcel_code
from core.printing.render import render_labels
from tests.support.pdfs import crop_cells, decode, page_texts, render_pages

PARCEL_ID = uuid.UUID("0192f3a4-7b2c-7def-8123-456789abcdef")


def parcel(**changes: object) -> ParcelLabelData:
    data = dict(
        parcel_id=PARCEL_ID,
        recipient="扎西多吉 བཀྲ་ཤིས་རྡོ་རྗེ",
        phone="13812345678",
        township_zh="措勤镇",
        township_bo="མཚོ་ཆེན་གྲོང་རྡལ།",
        village_zh="达雄村",
        village_bo="སྟག་གཞུང་",
        tracking="EA123456785CN",
        run_name="2025-06-03 措勤镇 #1",
        stop_number=3,
        stop_count=7,
        center_name="措勤县物流配送中心",
        weight_g=1250,
        day=date(2025, 6, 3),
    )
    data.update(changes)
    return ParcelLabelData(**data)  # type: ignore[arg-type]


def pdf_of(layout_name: str, labels: list[dict], start: int = 1) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_labels(get_layout(layout_name), labels, out, start=start)
    return out.getvalue(), pages


@pytest.mark.parametrize("layout", ["parcel-100x150", "parcel-100x150-300dpi", "parcel-100x100"])
def test_parcel_label_scans_and_reads(layout: str) -> None:
    pdf, pages = pdf_of(layout, [parcel().fields()])
    assert pages == 1
    found = decode(render_pages(pdf, dpi=203)[0])
    codes = [text for fmt, text in found if fmt == "Code128"]
    assert parcel_code(PARCEL_ID) in codes
    assert id_from_code(parcel_code(PARCEL_ID)) == PARCEL_ID
    assert ("QRCode", str(PARCEL_ID).upper()) in found
    if layout != "parcel-100x100":  # the small label shows the tracking number as text only
        assert "EA123456785CN" in codes
    text = page_texts(pdf)[0]
    for expected in ("措勤镇", "措勤县物流配送中心", "138****5678", "3/7", "1.25 kg", "2025-06-03"):
        assert expected in text
    assert "13812345678" not in text  # the middle of the phone is masked
    assert "REPRINT" not in text


def test_reprint_is_marked() -> None:
    pdf, _ = pdf_of("parcel-100x150", [parcel(reprint=True).fields()])
    assert "REPRINT" in page_texts(pdf)[0]


def test_parcel_without_tracking_still_scans() -> None:
    pdf, _ = pdf_of("parcel-100x150", [parcel(tracking=None).fields()])
    found = decode(render_pages(pdf)[0])
    assert [t for f, t in found if f == "Code128"] == [parcel_code(PARCEL_ID)]


@pytest.mark.parametrize(
    ("layout", "dpi"), [("parcel-100x150", 203), ("parcel-100x150-300dpi", 300)]
)
def test_bars_are_whole_printer_dots(layout: str, dpi: int) -> None:
    """Rendered at the printer's resolution, every bar is a whole number of modules
    of a whole number of dots (measured by ink coverage along a scan line)."""
    pdf, _ = pdf_of(layout, [parcel(tracking=None).fields()])
    image = render_pages(pdf, dpi=25.4 / barcodes.dot_mm(dpi))[0]
    code = barcodes.linear_code("code128", parcel_code(PARCEL_ID))
    module_dots = round(barcodes.module_width_mm(code, 96, dpi) / barcodes.dot_mm(dpi))
    assert module_dots >= 2  # scannable from a thermal head, not one-dot hairlines
    row = round((78 + 11) / barcodes.dot_mm(dpi))  # through the middle of the parcel barcode
    ink = [(255 - image.getpixel((x, row))) / 255 for x in range(image.width)]
    bars: list[float] = []
    previous = 0.0
    for value in ink:
        if value > 0.004:
            if previous <= 0.004:
                bars.append(0.0)
            bars[-1] += value
        previous = value
    expected = [length * module_dots for _, length in barcodes.bar_spans(code.modules)]
    assert len(bars) == len(expected)
    assert all(abs(got - want) < 0.15 for got, want in zip(bars, expected, strict=True))
    if dpi == 203:  # 100 mm is exactly 800 dots: the bars sit on the grid, no grey edges
        assert all(v < 0.01 or v > 0.99 for v in ink)


def test_product_sheet_starts_at_any_position() -> None:
    products = [
        ProductLabelData(
            "TC-CASH-001",
            "羊绒围巾",
            "ཆེ་ཐག",
            barcode="6901234567892",
            lot="L2405",
            expiry=date(2027, 5, 1),
        ),
        ProductLabelData("TC-INC-07", "藏香 扎热纳木措", "སྤོས་", barcode=None, lot="A1"),
        ProductLabelData("TC-SKIN-3", "雪鸡护肤霜", barcode="6901234567891"),  # bad check digit
    ]
    labels = [p.fields() for p in products] * 8  # 24 labels
    start = 5
    pdf, pages = pdf_of("product-a4-3x8", labels, start=start)
    assert pages == 2  # 20 cells left on the first sheet
    images = render_pages(pdf, dpi=300)
    cells = crop_cells(images[0], 8, 3, (210, 297), (70, 37.125), 300)
    cells += crop_cells(images[1], 8, 3, (210, 297), (70, 37.125), 300)
    for cell in cells[: start - 1]:
        assert cell.getextrema() == (255, 255), "cells before the start stay blank"
    expected = [("EAN13", "6901234567892"), ("Code128", "TC-INC-07"), ("Code128", "TC-SKIN-3")]
    for i, cell in enumerate(cells[start - 1 : start - 1 + len(labels)]):
        assert decode(cell) == [expected[i % 3]], f"label {i + 1}"
    for cell in cells[start - 1 + len(labels) :]:
        assert cell.getextrema() == (255, 255)


def test_bin_labels_scan() -> None:
    bins = [BinLabelData("TSC", f"A-{i:02d}-1", zone="A") for i in range(1, 15)]
    pdf, pages = pdf_of("bin-a4-2x7", [b.fields() for b in bins])
    assert pages == 1
    cells = crop_cells(render_pages(pdf, dpi=300)[0], 7, 2, (210, 297), (105, 42.4), 300)
    assert [decode(c) for c in cells] == [[("Code128", f"B:TSC:A-{i:02d}-1")] for i in range(1, 15)]


@pytest.mark.parametrize("name", sorted(available_layouts()))
def test_every_bundled_layout_renders_scannable(name: str) -> None:
    layout = get_layout(name)
    sample = {
        "parcel": parcel().fields(),
        "product": ProductLabelData("TC-CASH-001", "羊绒围巾", "ཆེ་ཐག", lot="L1").fields(),
        "bin": BinLabelData("TSC", "B-01-2").fields(),
        "run": RunLabelData(
            PARCEL_ID,
            "2026-11-30 措勤镇 #1",
            "措勤镇",
            "མཚོ་ཆེན་",
            stop_count=3,
            parcel_count=9,
            weight_g=4500,
        ).fields(),
    }[layout.kind]
    pdf, _ = pdf_of(name, [sample])
    found = decode(render_pages(pdf, dpi=300)[0])
    wanted = {
        "parcel": parcel_code(PARCEL_ID),
        "product": "TC-CASH-001",
        "bin": "B:TSC:B-01-2",
        "run": document_code(PARCEL_ID),
    }
    assert wanted[layout.kind] in [text for _, text in found]


def test_start_position_out_of_range_is_refused() -> None:
    with pytest.raises(InvalidValue):
        pdf_of("product-a4-3x8", [ProductLabelData("X", "x").fields()], start=25)


def test_ean13_check_digit_is_enforced() -> None:
    with pytest.raises(InvalidValue):
        barcodes.linear_code("ean13", "6901234567891")
    assert product_symbol("SKU-1", "6901234567891").symbology == "code128"
    assert product_symbol("SKU-1", "6901234567892").symbology == "ean13"


def test_qr_refuses_non_ascii() -> None:
    with pytest.raises(InvalidValue):
        barcodes.qr_runs("措勤")


@pytest.mark.parametrize(
    "payload", [str(PARCEL_ID), "P:0002092244994203784059909681072757788143", "x"]
)
def test_qr_is_plain_ascii_at_level_m_in_the_smallest_version(payload: str) -> None:
    """zxing-cpp both draws and (in these tests) reads our QR codes, so check the symbol
    against segno, written apart: no larger version at level M; and read back
    without an ECI header (]Q1), level M, our exact text."""
    import segno
    from PIL import Image

    size, runs = barcodes.qr_runs(payload)
    # zxing-cpp may mix modes (alphanumeric "P:", then numeric): never larger than segno.
    assert (size - 17) // 4 <= segno.make(
        payload, error="m", micro=False, boost_error=False
    ).version
    image = Image.new("L", (size + 8, size + 8), 255)
    for row, start, length in runs:
        for c in range(start, start + length):
            image.putpixel((c + 4, row + 4), 0)
    image = image.resize(((size + 8) * 4, (size + 8) * 4), Image.NEAREST)
    (read,) = zxingcpp.read_barcodes(image)
    assert read.text == payload
    assert read.symbology_identifier == "]Q1" and read.ec_level == "M"
