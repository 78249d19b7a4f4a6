"""Exports on the command line never destroy the database, never leave a `.part` file,
and say in one line on stderr why a file was not written (issue 10 items 2 and 13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from core.inventory import catalog, services, transfers
from core.printing.printlog import PrintRecord
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock
from tests.support.small_disk import full_disk

PDF_HEAD = b"%PDF"


def _depot(db: Database) -> str:
    """A center with stock of one product and an open transfer; returns its number."""
    with db.uow() as uow:
        tsc = catalog.create_center(uow, code="TSC", name_zh="措勤配送中心")
        catalog.create_center(uow, code="GER", name_zh="噶尔配送中心")
        catalog.create_bin(uow, tsc, "A-01", "A")
        catalog.create_product(uow, sku="INC-001", name_zh="扎日南木措藏香", name_en="Incense")
        services.receive(uow, center="TSC", bin="A-01", sku="INC-001", quantity=30)
        saved = transfers.create_transfer(
            uow, from_center="TSC", to_center="GER", lines=[("INC-001", "5")]
        )
        uow.commit()
    return saved.number


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _intact(url: str) -> None:
    db = Database(make_engine(url), clock=TickingClock())
    try:
        with db.uow(write=False) as uow:
            assert catalog.get_product(uow.session, "INC-001").name_en == "Incense"
    finally:
        db.dispose()


def _files(folder: Path) -> list[str]:
    """What is in `folder` besides the database and its companions."""
    return sorted(name for name in os.listdir(folder) if not name.startswith("depot.db"))


def _print_jobs(url: str) -> int:
    db = Database(make_engine(url), clock=TickingClock())
    try:
        with db.uow(write=False) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(PrintRecord)) or 0)
    finally:
        db.dispose()


def test_the_open_database_is_never_an_output(
    sqlite_db, sqlite_url, tmp_path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    number = _depot(sqlite_db)
    sqlite_db.dispose()
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    monkeypatch.chdir(database.parent)
    (tmp_path / "alias.csv").symlink_to(database)
    for target in (
        str(database),
        database.name,
        f"./{database.name}-wal",
        f"{database.name}-shm",
        str(tmp_path / "alias.csv"),
    ):
        for argv in (
            ["stock-card", "INC-001", "--csv", target, "--force"],
            ["transfer-doc", number, "--out", target],
            ["transfer-doc", number, "--out", target, "--force"],
        ):
            code, out, err = _run(capsys, "--db", sqlite_url, *argv)
            assert (code, out) == (2, ""), (argv, err)
            assert err == (
                f"error: {Path(target)} is the database this command works on: "
                "give another file name\n"
            )
            _intact(sqlite_url)
    assert _print_jobs(sqlite_url) == 0


def test_a_file_of_another_kind_needs_force(sqlite_db, sqlite_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    number = _depot(sqlite_db)
    notes = tmp_path / "notes.csv"
    notes.write_text("记得: 周四 去 磁石乡\n", encoding="utf-8")
    code, out, err = _run(capsys, "--db", sqlite_url, "transfer-doc", number, "--out", str(notes))
    assert (code, out) == (2, "")
    assert err == (
        f"error: {notes} already exists and is a CSV or text file, not a PDF: "
        "give another name, or --force to replace it\n"
    )
    assert notes.read_text(encoding="utf-8").startswith("记得")
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, _, err = _run(capsys, "--db", sqlite_url, "stock-card", "INC-001", "--csv", str(doc))
    assert code == 2 and "is a PDF, not a CSV or text file" in err
    assert _run(capsys, "--db", sqlite_url, "transfer-doc", number, "--out", str(doc))[0] == 0
    code, _, err = _run(
        capsys, "--db", sqlite_url, "transfer-doc", number, "--out", str(notes), "--force"
    )
    assert (code, err) == (0, "") and notes.read_bytes().startswith(PDF_HEAD)
    assert _files(tmp_path) == ["doc.pdf", "notes.csv"]


def test_a_folder_as_target_leaves_nothing_behind(sqlite_db, sqlite_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    number = _depot(sqlite_db)
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    for argv in (
        ["transfer-doc", number, "--out", str(folder)],
        ["stock-card", "INC-001", "--csv", str(folder), "--force"],
    ):
        code, out, err = _run(capsys, "--db", sqlite_url, *argv)
        assert (code, out) == (2, "")
        assert err == f"error: {folder} is a folder: give a file name in it; nothing was written\n"
    assert os.listdir(folder) == [] and _files(tmp_path) == ["out.pdf"]
    assert _print_jobs(sqlite_url) == 0


def test_a_full_disk_names_the_file_not_a_temporary_one(
    sqlite_db, sqlite_url, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    number = _depot(sqlite_db)
    with full_disk(tmp_path / "usb", {"card.csv": "old card\n"}) as disk:
        before = sorted(os.listdir(disk))
        for argv, target in (
            (["transfer-doc", number, "--out"], disk / "doc.pdf"),
            (["stock-card", "INC-001", "--csv"], disk / "card.csv"),
        ):
            code, out, err = _run(capsys, "--db", sqlite_url, *argv, str(target))
            assert (code, out) == (2, "")
            assert err == (
                f"error: the disk is full, so {target} could not be written; nothing was written\n"
            )
            assert ".part" not in err and sorted(os.listdir(disk)) == before
        assert (disk / "card.csv").read_text(encoding="utf-8") == "old card\n"
    assert _print_jobs(sqlite_url) == 0  # the print job is not logged for a file not written


@pytest.mark.parametrize("argv", [["labels", "--bins", "TSC"], ["pick-list", "not-an-id"]])
def test_a_missing_out_is_an_error_on_stderr(sqlite_db, sqlite_url, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    _depot(sqlite_db)
    code, out, err = _run(capsys, "--db", sqlite_url, *argv)
    assert (code, out) == (2, "")
    assert err == "error: out is required (give --out)\n"
