"""Translation helpers the PySide6 stubs leave untyped."""

from __future__ import annotations

from PySide6 import QtCore


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (the name lupdate finds)
    """`source`, marked for pyside6-lupdate under `context` and translated where it is shown.

    PySide6's own returns `source` too, but its stubs type it `object`; this one is typed
    `str`, so tables of headers need no casts. lupdate finds the calls by this name.
    """
    return str(QtCore.QT_TRANSLATE_NOOP(context, source))
