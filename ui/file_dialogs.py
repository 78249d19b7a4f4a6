"""The one way the app asks for a file: the dialog opens in the folder of the last file the
clerk chose (kept in the settings, so it survives a restart), else in the Downloads folder,
where a browser saves a marketplace export, else in the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

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
    return ";;".join(
        [
            translate("FileDialogs", "CSV or Excel files (*.csv *.txt *.xlsx)"),
            translate("FileDialogs", "All files (*)"),
        ]
    )


class NamesOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from a file's name alone, never from its content.

    Qt's own file dialog (Linux, and wherever no native dialog is used) asks its icon
    provider for every file it lists, and the default provider opens a file without a
    known extension to sniff its type. Opening and closing the database's `-wal` or
    `-shm` file drops every POSIX lock this process holds on it (sqlite.org,
    "How To Corrupt", 2.2): the next program to close the database then thinks it was
    the last, checkpoints and deletes the WAL while the app still writes into it, and
    everything written afterwards is lost. Seen in a clerk trial; tests/ui/test_file_dialogs.py.
    """

    def __init__(self) -> None:
        super().__init__()
        standard = QFileIconProvider()  # made once, on the GUI thread; no file is read
        self._folder = standard.icon(QAbstractFileIconProvider.IconType.Folder)
        self._file = standard.icon(QAbstractFileIconProvider.IconType.File)
        self._drive = standard.icon(QAbstractFileIconProvider.IconType.Drive)

    def icon(self, which: object) -> QIcon:
        if isinstance(which, QFileInfo):
            if which.isRoot():
                return self._drive
            return self._folder if which.isDir() else self._file
        return self._folder if which == QAbstractFileIconProvider.IconType.Folder else self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return suffix.upper() if suffix else translate("FileDialogs", "File")


_ICONS: NamesOnlyIcons | None = None


def _dialog(parent: QWidget | None, title: str, folder: str, filters: str) -> QFileDialog:
    """A file dialog that reads no file's content (see `NamesOnlyIcons`)."""
    global _ICONS
    if _ICONS is None:
        _ICONS = NamesOnlyIcons()
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setIconProvider(_ICONS)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def open_file_name(parent: QWidget | None, settings: Settings, title: str, filters: str) -> str:
    """The file the clerk chose to open, or "" when they cancelled."""
    dialog = _dialog(parent, title, start_folder(settings), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    path = _chosen(dialog)
    if path:
        remember_folder(settings, path)
    return path


def save_file_name(parent: QWidget | None, settings: Settings, title: str, filters: str) -> str:
    """Where the clerk chose to save, or "" when they cancelled."""
    dialog = _dialog(parent, title, start_folder(settings), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    path = _chosen(dialog)
    if path:
        remember_folder(settings, path)
    return path
