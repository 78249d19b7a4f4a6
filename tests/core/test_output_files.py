"""The one writer of exports: whole or nothing, never over the database, never a stray `.part`."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from core.output_files import (
    OutputIsDatabase,
    OutputKind,
    OutputNotWritten,
    OutputWouldReplace,
    check_target,
    replace_text_file,
    sniff,
    write_file,
    write_output,
)
from tests.support.small_disk import full_disk

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    with full_disk(tmp_path / "disk", {"old.csv": "sku,balance\nINC-001,3\n"}) as disk:
        yield disk


def test_full_disk_leaves_the_old_file_and_no_temporary_file(small_disk: Path) -> None:
    before = _listing(small_disk)
    target = small_disk / "old.csv"
    with pytest.raises(OutputNotWritten) as failed, replace_text_file(target) as handle:
        for n in range(10_000):
            handle.write(f"INC-001,{n}\n")
    assert (failed.value.path, failed.value.reason) == (str(target), "no_space")
    assert ".part" not in str(failed.value)
    assert target.read_text(encoding="utf-8") == "sku,balance\nINC-001,3\n"
    assert _listing(small_disk) == before
    with pytest.raises(OutputNotWritten) as failed:
        write_file(small_disk / "labels.pdf", PDF * 100)
    assert failed.value.reason == "no_space" and _listing(small_disk) == before


def test_a_folder_as_target_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "labels.pdf"
    folder.mkdir()
    with pytest.raises(OutputNotWritten) as refused:
        check_target(folder, OutputKind.PDF)
    assert refused.value.reason == "is_folder"
    with pytest.raises(OutputNotWritten) as failed:
        write_file(folder, PDF)
    assert (failed.value.path, failed.value.reason) == (str(folder), "is_folder")
    assert _listing(tmp_path) == ["labels.pdf"] and _listing(folder) == []


def test_a_missing_folder_and_a_device_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputNotWritten) as refused:
        check_target(tmp_path / "nowhere" / "a.pdf", OutputKind.PDF)
    assert refused.value.reason == "no_folder"
    with pytest.raises(OutputNotWritten) as refused:
        check_target("/dev/null", OutputKind.PDF, force=True)
    assert refused.value.reason == "not_a_file"


def test_written_whole_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(PDF)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_file(link, PDF + b"% second\n")
    assert link.is_symlink() and real.read_bytes().endswith(b"% second\n")
    assert _listing(tmp_path) == ["link.pdf", "real.pdf"]


@pytest.mark.parametrize("name", ["depot.db", "depot.db-wal", "depot.db-shm", "depot.db-journal"])
def test_the_database_and_its_companions_are_never_an_output(
    tmp_path: Path, name: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "depot.db"
    database.write_bytes(b"SQLite format 3\x00" + bytes(100))
    monkeypatch.chdir(tmp_path)
    elsewhere = tmp_path / "sub"
    elsewhere.mkdir()
    (elsewhere / "alias.csv").symlink_to(tmp_path / name)
    for spelling in (tmp_path / name, Path(name), Path("sub/../" + name), elsewhere / "alias.csv"):
        with pytest.raises(OutputIsDatabase):
            check_target(spelling, OutputKind.CSV, database=database, force=True)
    # Opened through a symbolic link: the real file is protected as well.
    link = tmp_path / "link.db"
    link.symlink_to(database)
    with pytest.raises(OutputIsDatabase):
        check_target(tmp_path / name, OutputKind.PDF, database=link, force=True)
    os.link(database, tmp_path / "hard.db")
    with pytest.raises(OutputIsDatabase):
        check_target(tmp_path / "hard.db", OutputKind.PDF, database=database, force=True)
    assert database.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_file_of_another_kind_is_replaced_only_when_forced(tmp_path: Path) -> None:
    pdf, csv_file, sheet = tmp_path / "a.pdf", tmp_path / "a.csv", tmp_path / "a.xlsx"
    pdf.write_bytes(PDF)
    csv_file.write_text("\ufeffsku,名称\nINC-001,青稞\n", encoding="utf-8")
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert [sniff(p) for p in (pdf, csv_file, sheet)] == ["pdf", "csv", "xlsx"]
    for path, kind in ((pdf, OutputKind.PDF), (csv_file, OutputKind.CSV), (sheet, OutputKind.XLSX)):
        assert check_target(path, kind) == path  # the same kind: replaced
    with pytest.raises(OutputWouldReplace) as refused:
        write_output(csv_file, PDF, OutputKind.PDF)
    assert (refused.value.kind, refused.value.found) == ("pdf", "csv")
    assert csv_file.read_text(encoding="utf-8").endswith("青稞\n")
    with pytest.raises(OutputWouldReplace):
        check_target(pdf, OutputKind.CSV)
    with pytest.raises(OutputWouldReplace):
        check_target(sheet, OutputKind.CSV)
    write_output(csv_file, PDF, OutputKind.PDF, force=True)
    assert sniff(csv_file) == "pdf"
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert check_target(empty, OutputKind.CSV) == empty
