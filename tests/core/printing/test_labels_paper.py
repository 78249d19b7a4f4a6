"""Parcel labels as couriers and township keepers read them: a postal parcel's city and
county large, no blank band where a township has no Tibetan name, long names and
addresses wrapped and shrunk before anything is cut, and the 76x130 courier label
with its sender block and contents line."""

from __future__ import annotations

import io
import subprocess
import uuid
from datetime import date

import pytest

from core.printing.labels import ParcelLabelData, postal_destination
from core.printing.layouts import get_layout
from core.printing.render import render_labels
from tests.support.pdfs import words

PARCEL_ID = uuid.UUID("0192f3a4-7b2c-7def-8123-456789abcdef")
LONG_BO = "བཀྲ་ཤིས་བདེ་ལེགས་ཕུན་སུམ་ཚོགས་པའི་རྡོ་རྗེ་ཚེ་རིང་སྒྲོལ་མ་བསོད་ནམས་རྒྱལ་པོ"  # 17 syllables
LONG_ADDRESS = (
    "西藏自治区 阿里地区 措勤县 江让乡 江让乡第二行政村牧业合作社东边第三户白色帐篷旁 "
    "请电话联系后放在村委会小卖部 不要放在路边"
)


def _pdf(layout: str, *labels: ParcelLabelData) -> bytes:
    out = io.BytesIO()
    render_labels(get_layout(layout), [label.fields() for label in labels], out)
    return out.getvalue()


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("address", "destination"),
    [
        ("西藏自治区 拉萨市 城关区 北京中路8号", "拉萨市 城关区"),
        ("四川省 成都市 武侯区 人民南路四段", "成都市 武侯区"),
        ("西藏 阿里地区 噶尔县 狮泉河镇", "阿里地区 噶尔县"),  # the province written short
        ("四川成都市武侯区人民南路", "成都市 武侯区"),  # the levels run together
        ("北京市朝阳区建国路", "北京市 朝阳区"),
        ("措勤", ""),
    ],
)
def test_postal_destination(address: str, destination: str) -> None:
    assert postal_destination(address) == destination


@pytest.mark.parametrize("layout", ["parcel-100x150", "parcel-100x100", "parcel-76x130"])
def test_a_postal_label_prints_city_and_county_large(layout: str) -> None:
    parcel = ParcelLabelData(
        PARCEL_ID,
        "卓玛",
        "13812345678",
        address="西藏自治区 拉萨市 城关区 北京中路8号",
        postal=True,
    )
    boxes: dict[str, float] = {}
    for word, top, bottom, _left in words(_pdf(layout, parcel)):
        boxes[word] = max(boxes.get(word, 0), bottom - top)  # the address has them small
    assert boxes["拉萨市"] >= 5 and boxes["城关区"] >= 5  # mm: the big field, not 8 pt
    assert "POSTAL" in boxes


@pytest.mark.parametrize(("layout", "gap"), [("parcel-100x150", 14), ("parcel-100x100", 10.5)])
def test_no_blank_band_for_a_missing_tibetan_township(layout: str, gap: float) -> None:
    def village_top(township_bo: str) -> float:
        parcel = ParcelLabelData(
            PARCEL_ID,
            "卓玛",
            "1381",
            township_zh="措勤镇",
            township_bo=township_bo,
            village_zh="达雄村",
        )
        return next(top for word, top, _b, _l in words(_pdf(layout, parcel)) if word == "达雄村")

    with_name, without = village_top("མཚོ་ཆེན་གྲོང་རྡལ།"), village_top("")
    assert with_name - without == pytest.approx(gap, abs=0.3)


@pytest.mark.parametrize("layout", ["parcel-100x150", "parcel-100x100", "parcel-76x130"])
def test_long_names_and_addresses_wrap_and_shrink_instead_of_being_cut(layout: str) -> None:
    parcel = ParcelLabelData(
        PARCEL_ID, f"扎西 {LONG_BO}", "13812345678", township_zh="江让乡", address=LONG_ADDRESS
    )
    text = _text(_pdf(layout, parcel))
    assert "…" not in text
    flat = "".join(text.split())
    assert "".join(LONG_BO.split()) in flat
    assert "请电话联系后放在村委会小卖部不要放在路边" in flat  # the delivery instruction


def test_the_76x130_label_has_its_sender_block_and_contents() -> None:
    parcel = ParcelLabelData(
        PARCEL_ID,
        "卓玛",
        "13812345678",
        township_zh="措勤镇",
        village_zh="达雄村",
        center_name="措勤县物流配送中心",
        center_phone="0897-2612345",
        center_address="西藏自治区阿里地区措勤县措勤镇幸福路18号",
        contents="青稞茶 ×2, 藏香",
        day=date(2026, 12, 1),
    )
    flat = "".join(_text(_pdf("parcel-76x130", parcel)).split())
    for expected in ("措勤县物流配送中心", "0897-2612345", "措勤镇幸福路18号", "青稞茶×2,藏香"):
        assert expected in flat, expected
    layout = get_layout("parcel-76x130")
    assert (layout.page_width, layout.page_height, layout.dpi) == (76, 130, 203)
