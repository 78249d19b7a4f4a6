"""The one way the app asks for a file: the dialog opens in the folder of the last file the
clerk chose (kept in the settings, so it survives a restart), else in the Downloads folder,
where a browser saves a marketplace export, else in the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings import Settings

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def downloads_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)


def start_folder(settings: Settings, downloads: str | None = None) -> str:
    """Where the next file dialog opens. `downloads` defaults to the user's Downloads folder."""
    for folder in (settings.last_folder, downloads_folder() if downloads is None else downloads):
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def remember_folder(settings: Settings, path: str) -> None:
    """Keep the folder of the file `path` for the next dialog."""
    settings.last_folder = str(Path(path).parent)
    settings.sync()


def spreadsheet_filter() -> str:
    """The filter for the tables a clerk imports: marketplace exports, arrival lists."""
    return ";;".join([translate("FileDialogs", "CSV or Excel files (*.csv *.txt *.xlsx)"),
                      translate("FileDialogs", "All files (*)")])


def open_file_name(parent: QWidget | None, settings: Settings, title: str, filters: str) -> str:
    """The file the clerk chose to open, or "" when they cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(settings), filters)
    if path:
        remember_folder(settings, path)
    return path


def save_file_name(parent: QWidget | None, settings: Settings, title: str, filters: str) -> str:
    """Where the clerk chose to save, or "" when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start_folder(settings), filters)
    if path:
        remember_folder(settings, path)
    return path
