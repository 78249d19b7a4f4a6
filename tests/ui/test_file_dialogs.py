"""File dialogs open in the last folder used, else the Downloads folder (where a browser puts a
marketplace export), else the home folder; the folder is kept in the settings."""

from __future__ import annotations

import re
from pathlib import Path

from ui.file_dialogs import remember_folder, start_folder
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
    direct = [f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
              for path in sorted(UI.rglob("*.py")) if path.name != "file_dialogs.py"
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"QFileDialog|get(Open|Save)File", line)]
    assert direct == []
