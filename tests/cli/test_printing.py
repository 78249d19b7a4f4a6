"""Printing on the command line: the calibration page, a printer's bar-width reduction,
and a barcode too long for the chosen label refused in one sentence, nothing written."""

from __future__ import annotations

from pathlib import Path

import main
from core.inventory import catalog
from core.printing.calibration import calibration_value
from core.printing.printers import REDUCTIONS
from core.uow import Database
from tests.support.scanners import both_readers, render


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_calibration_page_has_a_row_per_reduction(sqlite_url, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "calibrate.pdf"
    code, said, err = _run(
        capsys,
        "--db",
        sqlite_url,
        "labels",
        "--calibrate",
        "--layout",
        "product-60x40",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "") and str(out) in said
    found = both_readers(render(out.read_bytes(), 203.2, smooth=False))
    rows = {("Code128", calibration_value(r)) for r in REDUCTIONS}
    assert all(("Code128", "CAL+0") in f and set(f) <= rows for f in found.values())


def test_a_sku_too_long_for_the_label_is_refused(
    sqlite_db: Database, sqlite_url, capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sku = "TSC-YAK-BUTTER-TEA-1KG-2026"
    with sqlite_db.uow() as uow:
        catalog.create_center(uow, code="TSC", name_zh="措勤县物流配送中心")  # owns the product
        catalog.create_product(uow, sku=sku, name_zh="酥油茶")
        uow.commit()
    out = tmp_path / "labels.pdf"
    argv = ["--db", sqlite_url, "labels", "--products", sku, "--out", str(out)]
    code, said, err = _run(capsys, *argv, "--layout", "product-60x40")
    assert (code, said) == (2, "") and not out.exists()
    assert err.startswith(f"error: layout product-60x40: the barcode {sku!r} needs ")
    assert "mm at 203 dpi" in err and "the label has 60.0 mm" in err
    code, _said, err = _run(capsys, *argv, "--layout", "product-a4-3x8", "--bar-reduction", "3")
    assert code == 2 and "bar_reduction" in err and not out.exists()
    assert _run(capsys, *argv, "--layout", "product-a4-3x8", "--bar-reduction", "1")[0] == 0
    found = both_readers(render(out.read_bytes(), 300))
    assert all(("Code128", sku) in f for f in found.values())
