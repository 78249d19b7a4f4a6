"""Where the parcel label's fields sit: a Tibetan name's vowel signs rise above the
line's ascent, and must not paint over the "收件人 Recipient" caption above them."""

from __future__ import annotations

import io
import uuid

from core.printing.labels import ParcelLabelData
from core.printing.layouts import get_layout
from core.printing.render import render_labels
from tests.support.pdfs import render_pages

DPI = 203.2
MM = DPI / 25.4


def _page(recipient: str):  # type: ignore[no-untyped-def]
    data = ParcelLabelData(
        uuid.UUID("0192f3a4-7b2c-7def-8123-456789abcdef"),
        recipient,
        "13900001111",
        postal=True,
        address="西藏自治区 拉萨市 城关区",
        township_bo="ལྷ་ས།",  # a name in its band: the fields below stay where measured
    )
    out = io.BytesIO()
    render_labels(get_layout("parcel-100x150"), [data.fields()], out)
    return render_pages(out.getvalue(), dpi=DPI)[0]


def test_tibetan_recipient_leaves_the_caption_band_untouched() -> None:
    caption_band = (0, round(51 * MM), round(60 * MM), round(55.2 * MM))  # under the rule
    blank, tibetan = _page(""), _page("ཚེ་རིང་སྒྲོལ་མ")
    assert tibetan.crop(caption_band).tobytes() == blank.crop(caption_band).tobytes()
    # ... and the name is drawn at all, just below.
    name_band = (0, round(55.2 * MM), round(60 * MM), round(64 * MM))
    assert tibetan.crop(name_band).tobytes() != blank.crop(name_band).tobytes()


def test_address_is_printed_when_no_village_point_is_named() -> None:
    from tests.support.pdfs import page_texts

    address = "西藏自治区 阿里地区 措勤县 江让乡 牧场东边第三户"
    township = ParcelLabelData(
        uuid.uuid4(), "达瓦", "13900001111", township_zh="江让乡", address=address
    )
    with_point = ParcelLabelData(
        uuid.uuid4(),
        "达瓦",
        "13900001111",
        township_zh="江让乡",
        village_zh="江让乡第二村服务点",
        address=address,
    )
    out = io.BytesIO()
    render_labels(get_layout("parcel-100x150"), [township.fields(), with_point.fields()], out)
    first, second = (text.replace(" ", "") for text in page_texts(out.getvalue()))
    assert "牧场东边第三户" in first and "牧场东边第三户" not in second
