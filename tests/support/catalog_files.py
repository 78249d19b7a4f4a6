"""Catalogue files as a county center gets them: a supplier's list in Chinese headers."""

from __future__ import annotations

from pathlib import Path

from core.masterdata.barcodes import check_digit
from tests.support.order_files import write_csv

HEADERS = [
    "商家编码",
    "商品名称",
    "藏文名称",
    "英文名称",
    "条形码",
    "单位",
    "重量(克)",
    "保质期(天)",
    "类别",
]


def ean(n: int) -> str:
    """A valid EAN-13 of the demo-free range 6901234 + n."""
    digits = f"690123{n:06d}"
    return digits + check_digit(digits)


def product_row(n: int, **changes: str) -> dict[str, str]:
    row = {
        "商家编码": f"CSH-{n:05d}",
        "商品名称": f"羊绒围巾{n}号",
        "藏文名称": "ར་ཁུལ་སྐེ་དཀྲིས",
        "英文名称": f"Cashmere scarf {n}",
        "条形码": ean(n),
        "单位": "条",
        "重量(克)": "120",
        "保质期(天)": "",
        "类别": "畜产品",
    }
    return row | changes


def write_catalog(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8-sig") -> Path:
    return write_csv(path, HEADERS, rows, encoding)
