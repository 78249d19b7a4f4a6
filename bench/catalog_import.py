"""Bench: import a 10,000-product catalogue (GB18030 CSV) into a fresh SQLite file, then
import it again (nothing changes: every row compared, none written).

Baseline, measured in the same run on the same file: decoding it with the csv module and
inserting its rows as they are into a plain table with one `executemany`, committed,
which no import that checks its cells can beat. The figures are the ratios of the first
and the second import (read, check every cell, look SKUs and barcodes up, insert products
and their history, commit) to that baseline. The issue asks "well under 10 seconds".

    python -m bench.catalog_import [ROWS]

Measured on the 2-core machine shared by several sessions (2026-12-04): 1.9 to 2.7 s for
the first import (ratio 24x to 28x), 1.5 to 2.0 s for the unchanged second one. Before
the inserts went through Core's executemany and the internal codes were looked up 500 at
a time, the first import took 5.4 s (ratio 48x).
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROWS = 10_000


@dataclass(frozen=True)
class Figures:
    rows: int
    baseline_s: float
    import_s: float
    again_s: float
    created: int

    def line(self) -> str:
        return (
            f"catalog_import: {self.rows} products in {self.import_s:.2f} s "
            f"({self.rows / self.import_s:,.0f}/s), again (unchanged) {self.again_s:.2f} s; "
            f"baseline csv + executemany {self.baseline_s:.3f} s; "
            f"ratio {self.import_s / self.baseline_s:.1f}x, "
            f"again {self.again_s / self.baseline_s:.1f}x"
        )


def write_catalog(path: Path, rows: int) -> None:
    from core.masterdata.barcodes import check_digit
    from core.masterdata.catalog_import import HEADERS

    with path.open("w", encoding="gb18030", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([names[0] for names in HEADERS.values()])  # SKU, 名称, ...
        for n in range(rows):
            digits = f"690123{n:06d}"
            writer.writerow(
                [
                    f"SKU-{n:06d}",
                    f"羊绒围巾{n}号",
                    "ར་ཁུལ་སྐེ་དཀྲིས",
                    f"Cashmere scarf {n}",
                    digits + check_digit(digits) if n % 4 else "",  # some sold without one
                    ("条", "盒", "pack 250 g", "piece")[n % 4],
                    str(100 + n % 400),
                    "" if n % 3 else "365",
                    ("畜产品", "特产", "手工艺品", "")[n % 4],
                ]
            )


def baseline(path: Path, folder: Path) -> float:
    target = folder / f"baseline-{time.perf_counter_ns()}.db"
    start = time.perf_counter()
    with path.open(encoding="gb18030", newline="") as source:
        rows = list(csv.reader(source))[1:]
    connection = sqlite3.connect(target)
    connection.execute(f"CREATE TABLE plain ({', '.join(f'c{i} TEXT' for i in range(9))})")
    connection.executemany(f"INSERT INTO plain VALUES ({', '.join('?' * 9)})", rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def run(rows: int = ROWS) -> Figures:
    from core.database import open_database
    from core.masterdata.catalog_import import import_products
    from core.masterdata.centers import add_center

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "catalog.csv"
        write_catalog(path, rows)
        db = open_database(f"sqlite:///{folder}/bench.db")
        db.run(lambda uow: add_center(uow, code="TSC", name_zh="措勤"))  # the products' owner
        base = min(baseline(path, folder) for _ in range(3))
        start = time.perf_counter()
        report = db.run(lambda uow: import_products(uow, path, center="TSC"))
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        again = db.run(lambda uow: import_products(uow, path, center="TSC"))
        again_s = time.perf_counter() - start
        db.dispose()
    assert len(report.created) == rows, report.rejected[:3]
    assert again.unchanged == rows, (again.updated[:3], again.rejected[:3])
    return Figures(rows, base, elapsed, again_s, len(report.created))


def main(argv: list[str]) -> int:
    print(run(int(argv[0]) if argv else ROWS).line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
