"""Paged documents as they are used on paper: a station keeper signs in each parcel's
row, a weight total says what it left out, Tibetan stacks stay clear of the stop
heading's rule, a transfer says whether it left and on which vehicle, and the daily
manifest and transfer documents wrap long names instead of cutting them."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime

from PIL import Image

from core.printing.documents import Document, render_document
from core.printing.manifests import (
    DailyManifestData,
    DailyRunLine,
    ManifestLine,
    ManifestStop,
    RunManifestData,
    TransferData,
    TransferLine,
    daily_manifest,
    run_manifest,
    transfer_document,
)
from tests.support.pdfs import page_texts
from tests.support.scanners import render

DPI = 200
PX = DPI / 25.4
DEEP = "བསྒྲུབས་སྒྲོལ་མ"  # stacks three deep below the line


def _manifest(village_bo: str = DEEP, weights: tuple[int | None, ...] = (900, None, 1100, None)):
    return RunManifestData(
        run_id=uuid.UUID(int=42),
        name="2026-12-01 措勤镇 #1",
        township_zh="措勤镇",
        township_bo="",
        day=date(2026, 12, 1),
        vehicle="藏F-12345",
        center_name="措勤县物流配送中心",
        stops=[
            ManifestStop(
                1,
                "达雄村",
                village_bo,
                [
                    ManifestLine(uuid.UUID(int=100 + i), "卓玛", "13800000000", w)
                    for i, w in enumerate(weights)
                ],
            )
        ],
        printed_at=datetime(2026, 12, 1, 7, 30),
    )


def _pdf(doc: Document) -> bytes:
    out = io.BytesIO()
    render_document(doc, out)
    return out.getvalue()


def _rules(image: Image.Image) -> list[int]:
    """Pixel rows drawn across most of the table: the rules under headings and rows."""
    dark = image.point(lambda v: 255 if v < 200 else 0)
    rows = []
    for y in range(image.height):
        line = dark.crop((0, y, image.width, y + 1))
        if sum(line.histogram()[255:]) > 0.8 * 190 * PX:
            rows.append(y)
    # a rule a few pixels thick is one rule
    return [y for i, y in enumerate(rows) if i == 0 or y - rows[i - 1] > 1]


def test_each_parcel_row_has_room_to_sign() -> None:
    image = render(_pdf(run_manifest(_manifest())), DPI)
    gaps = [(b - a) / PX for a, b in zip(_rules(image), _rules(image)[1:], strict=False)]
    rows = [gap for gap in gaps if 8.5 <= gap <= 9.5]
    assert len(rows) >= 3, gaps  # the rows after the first, each 9 mm from rule to rule


def test_weight_totals_say_how_many_were_not_weighed() -> None:
    text = page_texts(_pdf(run_manifest(_manifest())))[0]
    assert text.count("2 件未称重 not weighed") == 3  # the stop, the run, the header
    assert "2.00" in text
    weighed = page_texts(_pdf(run_manifest(_manifest(weights=(900, 1100)))))[0]
    assert "not weighed" not in weighed


def test_tibetan_stacks_stay_above_the_stop_headings_rule() -> None:
    for village in (DEEP, ""):
        image = render(_pdf(run_manifest(_manifest(village))), DPI)
        # The stop heading's rule is the first thick one under the column titles.
        thick = [
            y
            for y in _rules(image)
            if image.getpixel((round(100 * PX), y + 1)) < 128
            and image.getpixel((round(100 * PX), y - 1)) > 200
        ]
        rule = next(y for y in thick if y > 55 * PX)
        band = image.crop((round(10 * PX), rule - round(0.8 * PX), round(200 * PX), rule - 1))
        assert band.getextrema()[0] > 200, f"ink touching the rule ({village or 'no Tibetan'})"


def _transfer(status: str, vehicle: str = "") -> str:
    data = TransferData(
        "TR-01AB23CD45",
        "措勤县物流配送中心",
        "噶尔县物流配送中心",
        date(2026, 12, 1),
        [
            TransferLine(
                "BAR-TEA-01-HIGHLAND-2026",
                "青稞茶 大麦茶 高原特产 五百克装 礼盒",
                "ནས་ཇ་",
                "2411A-LONGLOT-07",
                date(2027, 5, 1),
                12,
                "盒 box of 10",
            )
        ],
        datetime(2026, 12, 1, 7, 30),
        vehicle=vehicle,
        status=status,
    )
    return page_texts(_pdf(transfer_document(data)))[0]


def _joined(text: str) -> str:
    return "".join(text.split())


def test_a_transfer_says_its_status_and_vehicle_and_cuts_nothing() -> None:
    open_doc = _transfer("open")
    assert "NOT DISPATCHED" in open_doc and "________" in open_doc
    dispatched = _transfer("dispatched", "藏F-67890")
    assert "NOT DISPATCHED" not in dispatched and "已发出 Dispatched" in dispatched
    assert "藏F-67890" in dispatched
    for whole in (
        "BAR-TEA-01-HIGHLAND-2026",
        "青稞茶大麦茶高原特产五百克装礼盒",
        "2411A-LONGLOT-07",
    ):
        assert whole in _joined(dispatched), whole
    assert "…" not in dispatched


def test_the_daily_manifest_cuts_no_name() -> None:
    run = "2026-12-01 措勤镇第一牧业村委会服务站 #1"
    data = DailyManifestData(
        "措勤县物流配送中心",
        date(2026, 12, 1),
        [
            DailyRunLine(run, "措勤镇", "藏F-12345 东风天锦", "08:00", 3, 12, 12500, "planned", 3),
            DailyRunLine("2026-12-01 磁石乡 #2", "磁石乡", "", "09:00", 2, 5, 4000, "dispatched"),
        ],
        datetime(2026, 12, 1, 7, 30),
    )
    text = page_texts(_pdf(daily_manifest(data)))[0]
    assert "…" not in text
    assert _joined(run) in _joined(text) and "藏F-12345东风天锦" in _joined(text)
    assert "3 件未称重 not weighed" in text


def test_documents_keep_inside_an_office_printers_margin() -> None:
    """Nothing within 5 mm of the sheet's edge (the default printable margin) on any page."""
    pdf = _pdf(run_manifest(_manifest()))
    image = render(pdf, 100)
    px = 100 / 25.4
    inner = (round(5 * px), round(5 * px), round(205 * px), round(292 * px))
    assert image.crop(inner).getextrema()[0] == 0  # the page has ink at all
    image.paste(255, inner)
    assert image.getextrema() == (255, 255)
