"""Sentences for the clerk about a file that was not saved (a PDF, a CSV, a workbook)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core import output_files as o

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def _not_written(path: str, reason: str, detail: str) -> str:
    sentences = {
        "is_folder": translate("OutputMessages", "{path} is a folder: choose a file name in it."),
        "not_a_file": translate(
            "OutputMessages", "{path} is not an ordinary file: choose another name."
        ),
        "no_folder": translate("OutputMessages", "The folder of {path} does not exist."),
        "no_space": translate("OutputMessages", "The disk is full: {path} was not saved."),
        "read_only": translate(
            "OutputMessages", "{path} is on a disk that cannot be written: it was not saved."
        ),
        "permission": translate("OutputMessages", "You may not write {path}: it was not saved."),
        "name_too_long": translate("OutputMessages", "The file name {path} is too long."),
    }
    fallback = translate("OutputMessages", "{path} could not be saved ({detail}).")
    return sentences.get(reason, fallback).format(path=path, detail=detail)


def describe_own(error: BaseException) -> str | None:
    """A sentence for an output error, None for other errors (asked by `ui.error_messages`)."""
    match error:
        case o.OutputIsDatabase(path=path):
            return translate(
                "OutputMessages", "{path} is the depot's database: choose another file name."
            ).format(path=path)
        case o.OutputWouldReplace(path=path):
            return translate(
                "OutputMessages",
                "{path} already exists and holds another kind of file: choose another name.",
            ).format(path=path)
        case o.OutputNotWritten(path=path, reason=reason, detail=detail):
            return _not_written(path, reason, detail)
    return None
