"""File dialogs open in the last folder used, else the Downloads folder (where a browser puts a
marketplace export), else the home folder; the folder is kept in the settings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QListView, QWidget

from core.storage.engine import make_engine
from tests.support.person import when_shown
from ui.file_dialogs import open_file_name, remember_folder, save_file_name, start_folder
from ui.settings import Settings

UI = Path(__file__).resolve().parents[2] / "ui"


def test_the_first_dialog_opens_in_downloads(tmp_path):
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    settings = Settings(tmp_path / "settings.ini")
    assert start_folder(settings, downloads=str(downloads)) == str(downloads)


def test_a_dialog_opens_in_the_folder_of_the_last_file_chosen_even_after_a_restart(tmp_path):
    downloads, exports = tmp_path / "Downloads", tmp_path / "exports" / "taobao"
    downloads.mkdir()
    exports.mkdir(parents=True)
    remember_folder(Settings(tmp_path / "settings.ini"), str(exports / "ExportOrderList.csv"))
    again = Settings(tmp_path / "settings.ini")
    assert start_folder(again, downloads=str(downloads)) == str(exports)


def test_a_folder_that_is_gone_falls_back_to_downloads_then_home(tmp_path):
    downloads, usb = tmp_path / "Downloads", tmp_path / "usb"
    usb.mkdir()
    settings = Settings(tmp_path / "settings.ini")
    remember_folder(settings, str(usb / "arrivals.xlsx"))
    usb.rmdir()  # the USB stick was pulled out
    downloads.mkdir()
    assert start_folder(settings, downloads=str(downloads)) == str(downloads)
    downloads.rmdir()
    assert start_folder(settings, downloads=str(downloads)) == str(Path.home())


def test_every_file_dialog_in_the_ui_goes_through_the_helper():
    direct = [
        f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        # qt_strings.py names Qt's own translation contexts ("QFileDialog"), opens nothing
        if path.name not in {"file_dialogs.py", "qt_strings.py"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"QFileDialog|get(Open|Save)File", line)
    ]
    assert direct == []


_OTHER_PROGRAM = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(con.execute("SELECT count(*) FROM note").fetchone()[0])
con.close()  # the last connection closing checkpoints and deletes the WAL
"""


def _seen_by_another_program(path: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


@pytest.mark.parametrize("ask", ["open", "save"])
def test_a_file_dialog_on_the_database_folder_loses_nothing_the_app_writes(qtbot, tmp_path, ask):
    """Qt's own dialog used to open the database's -wal and -shm files to guess their type,
    which drops the app's locks on them; another program closing the database then deleted
    the WAL under the app, and every later write was lost (a clerk trial, 2026-12-03)."""
    folder = tmp_path / "Desktop"
    folder.mkdir()
    (folder / "ExportOrderList.csv").write_text("订单编号\n", encoding="utf-8")
    path = folder / "depot.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE note (n INTEGER)")
        connection.exec_driver_sql("INSERT INTO note VALUES (1)")
    held = engine.connect()  # the app keeps its database open, as it does all day
    held.exec_driver_sql("SELECT count(*) FROM note").all()
    settings = Settings(tmp_path / "settings.ini")
    settings.last_folder = str(folder)
    listed: list[str] = []

    def look_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        view = dialog.findChild(QListView, "listView")
        assert view is not None
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2, timeout=5000)
        qtbot.wait(500)  # the dialog's file-info thread has looked at every file
        root = view.rootIndex()
        listed.extend(
            view.model().index(row, 0, root).data() for row in range(view.model().rowCount(root))
        )
        dialog.reject()

    when_shown(QFileDialog, look_then_cancel)
    chooser = open_file_name if ask == "open" else save_file_name
    assert chooser(None, settings, "Import orders", "All files (*)") == ""
    assert {"ExportOrderList.csv", "depot.db"} <= set(listed)  # the dialog still lists files

    assert _seen_by_another_program(path) == 1
    with engine.begin() as connection:  # the app goes on writing
        connection.exec_driver_sql("INSERT INTO note VALUES (2)")
    assert _seen_by_another_program(path) == 2, "the app's write went into a deleted WAL"
    held.close()
    engine.dispose()
