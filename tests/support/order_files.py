"""Real order files for the tests, written the way the marketplace back end writes them.

GBK/GB18030 bytes, `="..."` around long numbers, trailing spaces in some
headers, `元` after amounts; or XLSX through openpyxl.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.inventory import catalog, services
from core.places.gazetteer import load_gazetteer

PAID = "买家已付款，等待卖家发货"
SHIPPED = "卖家已发货，等待买家确认"
UNPAID = "买家未付款"
CLOSED = "交易关闭"
DONE = "交易成功"

# The order report's columns in the 2016 layout; three carry a trailing space as exported.
ORDER_HEADERS = [
    "订单编号",
    "买家会员名",
    "买家实际支付金额 ",
    "订单状态",
    "买家留言",
    "收货人姓名",
    "收货地址 ",
    "运送方式",
    "联系电话 ",
    "联系手机",
    "订单创建时间",
    "订单付款时间",
    "宝贝标题",
    "宝贝种类",
    "物流单号",
    "物流公司",
    "订单备注",
    "宝贝总数量",
    "修改后的收货地址",
]
ITEM_HEADERS = [
    "订单编号",
    "标题",
    "价格",
    "购买数量",
    "外部系统编号",
    "商品属性",
    "套餐信息",
    "备注",
    "订单状态",
    "商家编码",
]

TSOCHEN_TOWN = "西藏 阿里地区 措勤县 措勤镇 措勤居委会"
CISHI = "西藏自治区 阿里地区 措勤县 磁石乡 1号"
LHASA = "西藏 拉萨市 城关区 八廓街道 北京东路12号"

SCARF_EAN = "6901234567007"
INCENSE_EAN = "6901234567021"


def order_id(n: int) -> str:
    return str(3812345678901200000 + n)


def order(
    n: int,
    *,
    status: str = PAID,
    recipient: str = "卓玛",
    address: str = CISHI,
    changed_address: str = "",
    mobile: str = "13800001234",
    amount: str = "128.00元",
    title: str = "羊绒围巾",
    count: str = "1",
    note: str = "",
    raw_id: str | None = None,
) -> dict[str, str]:
    """One row of the order report; `raw_id` puts a cell there as is (no `="..."`)."""
    return {
        "订单编号": raw_id if raw_id is not None else f'="{order_id(n)}"',
        "买家会员名": f"buyer{n}",
        "买家实际支付金额 ": amount,
        "订单状态": status,
        "买家留言": note,
        "收货人姓名": recipient,
        "收货地址 ": address,
        "运送方式": "快递",
        "联系电话 ": "",
        "联系手机": f'="{mobile}"' if mobile else "",
        "订单创建时间": "2016-11-11 10:00:00",
        "订单付款时间": "2016-11-11 10:01:00",
        "宝贝标题": title,
        "宝贝种类": "1",
        "物流单号": "",
        "物流公司": "",
        "订单备注": "",
        "宝贝总数量": count,
        "修改后的收货地址": changed_address,
    }


def item(
    n: int,
    sku: str,
    quantity: str = "1",
    price: str = "64.00",
    status: str = PAID,
) -> dict[str, str]:
    return {
        "订单编号": f'="{order_id(n)}"',
        "标题": sku,
        "价格": price,
        "购买数量": quantity,
        "外部系统编号": "",
        "商品属性": "",
        "套餐信息": "",
        "备注": "",
        "订单状态": status,
        "商家编码": sku,
    }


def csv_bytes(headers: list[str], rows: list[dict[str, str] | list[str]], encoding: str) -> bytes:
    """CSV as the back end writes it; `="..."` cells are written bare (not quoted)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        cells = [row.get(h, "") for h in headers] if isinstance(row, dict) else row
        writer.writerow(cells)
    # csv quotes `="..."` (it holds quotes); the export writes it bare: undo that.
    text = out.getvalue().replace('"=""', '="').replace('"""', '"')
    prefix = b"\xef\xbb\xbf" if encoding == "utf-8-sig" else b""
    return prefix + text.encode("utf-8" if encoding == "utf-8-sig" else encoding)


def write_csv(path: Path, headers: list[str], rows: list, encoding: str = "gbk") -> Path:  # type: ignore[type-arg]
    path.write_bytes(csv_bytes(headers, rows, encoding))
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def build_depot(db, *, scarves: int = 10, incense: int = 10) -> None:  # type: ignore[no-untyped-def]
    """Tsochen center (its townships served), two bins, scarves and incense in stock."""
    with db.uow() as uow:
        tsc = catalog.create_center(uow, code="TSC", name_zh="措勤配送中心", county_code="542527")
        catalog.create_bin(uow, tsc, "A-01", "A")
        catalog.create_bin(uow, tsc, "B-01", "B")
        catalog.create_product(uow, sku="CSH-001", name_zh="羊绒围巾", barcode=SCARF_EAN)
        catalog.create_product(uow, sku="INC-001", name_zh="扎日南木措藏香", barcode=INCENSE_EAN)
        load_gazetteer(uow)
        if scarves:
            services.receive(uow, center="TSC", bin="B-01", sku="CSH-001", quantity=scarves)
        if incense:
            services.receive(uow, center="TSC", bin="A-01", sku="INC-001", quantity=incense)
        uow.commit()
