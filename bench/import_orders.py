"""Bench: import a 100,000-row Taobao order report (GBK CSV) into a fresh SQLite file.

Baseline, measured in the same run on the same file: decoding it and reading
every row with the csv module, which no import can beat. The figure is the
ratio of the whole import (read, check, resolve addresses, insert, commit) to
that baseline.

    python -m bench.import_orders [ROWS]
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROWS = 100_000
ADDRESSES = (
    "西藏 阿里地区 措勤县 措勤镇 措勤居委会",
    "西藏自治区 阿里地区 措勤县 磁石乡 {n}号",
    "西藏 阿里 措勤县 曲洛乡",
    "西藏 拉萨市 城关区 北京东路{n}号",
    "四川省 成都市 武侯区 人民南路{n}号",
)
HEADERS = [
    "订单编号",
    "买家会员名",
    "买家实际支付金额 ",
    "订单状态",
    "买家留言",
    "收货人姓名",
    "收货地址 ",
    "运送方式",
    "联系手机",
    "订单创建时间",
    "订单付款时间",
    "宝贝标题",
    "宝贝总数量",
    "修改后的收货地址",
]


@dataclass(frozen=True)
class Figures:
    rows: int
    baseline_s: float
    import_s: float
    import_cpu_s: float  # this process's CPU time: steadier than wall time on a busy machine
    imported: int

    @property
    def ratio(self) -> float:
        return self.import_s / self.baseline_s

    def line(self) -> str:
        return (
            f"import_orders: {self.rows} rows in {self.import_s:.2f} s "
            f"({self.rows / self.import_s:,.0f} rows/s, CPU {self.import_cpu_s:.2f} s); "
            f"baseline csv read "
            f"{self.baseline_s:.3f} s; ratio {self.ratio:.0f}x"
        )


def write_export(path: Path, rows: int) -> None:
    """A GBK order report with the marketplace quirks (`="..."`, 元, trailing spaces)."""
    with path.open("w", encoding="gbk", newline="") as out:
        out.write(",".join(HEADERS) + "\r\n")
        for n in range(rows):
            address = ADDRESSES[n % len(ADDRESSES)].format(n=n % 300)
            out.write(
                f'="{3812345678901200000 + n}",buyer{n},{n % 500}.50元,'
                f'"买家已付款，等待卖家发货",,卓玛{n % 97},{address},快递,'
                f'="1380000{n % 10000:04d}",'
                f"2016-11-11 10:00:00,2016-11-11 10:01:00,羊绒围巾,1,\r\n"
            )


def baseline(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="gb18030", newline="") as source:
        count = sum(1 for _ in csv.reader(source))
    assert count > 1
    return time.perf_counter() - start


def run(rows: int = ROWS) -> Figures:
    from core.database import open_database
    from core.inventory import catalog
    from core.orders.imports import import_orders
    from core.places.gazetteer import load_gazetteer

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ExportOrderList.csv"
        write_export(path, rows)
        db = open_database(f"sqlite:///{folder}/bench.db")
        with db.uow() as uow:
            catalog.create_center(uow, code="TSC", name_zh="措勤配送中心", county_code="542527")
            load_gazetteer(uow)
            uow.commit()
        base = min(baseline(path) for _ in range(3))
        start, cpu = time.perf_counter(), time.process_time()
        with db.uow() as uow:
            report = import_orders(uow, path, center="TSC")
            uow.commit()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        db.dispose()
    assert report.imported == rows, report.rejected[:3]
    return Figures(rows, base, elapsed, cpu, report.imported)


def main(argv: list[str]) -> int:
    print(run(int(argv[0]) if argv else ROWS).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
