"""Patch a table model's rows to a fresh read instead of resetting it.

A reset forgets the selection, the current row and the scroll position. Here rows
that went are removed, rows that came are inserted, rows that moved are moved
(persistent indexes follow them), and the rest only change their cells, so a clerk
keeps the parcel they selected while another desk edits the run.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

R = TypeVar("R")


def patch_rows(
    model: QAbstractItemModel, rows: list[R], new: Sequence[R], key: Callable[[R], Hashable]
) -> None:
    """Make `rows` (the list `model` shows) equal to `new`, announcing each step to views.

    Keys identify a row across reads (a parcel's id); `new` holds each key once.
    """
    wanted = {key(row) for row in new}
    end = len(rows)
    while end > 0:  # removals, bottom up, a contiguous run at a time
        if key(rows[end - 1]) in wanted:
            end -= 1
            continue
        start = end - 1
        while start > 0 and key(rows[start - 1]) not in wanted:
            start -= 1
        model.beginRemoveRows(QModelIndex(), start, end - 1)
        del rows[start:end]
        model.endRemoveRows()
        end = start
    kept = {key(row) for row in rows}
    order = [key(row) for row in new if key(row) in kept]
    before = [key(row) for row in rows]
    if before != order:  # a reorder: persistent indexes (selection, current) follow the keys
        model.layoutAboutToBeChanged.emit()
        by_key = {key(row): row for row in rows}
        rows[:] = [by_key[k] for k in order]
        position = {k: n for n, k in enumerate(order)}
        persistent = model.persistentIndexList()
        model.changePersistentIndexList(
            persistent,
            [model.index(position[before[index.row()]], index.column()) for index in persistent],
        )
        model.layoutChanged.emit()
    at = 0
    n = 0
    while n < len(new):  # insertions: `rows` is now `new` with some rows missing
        if at < len(rows) and key(rows[at]) == key(new[n]):
            at, n = at + 1, n + 1
            continue
        first = n
        while n < len(new) and not (at < len(rows) and key(rows[at]) == key(new[n])):
            n += 1
        model.beginInsertRows(QModelIndex(), at, at + n - first - 1)
        rows[at:at] = new[first:n]
        model.endInsertRows()
        at += n - first
    rows[:] = new
    if rows:
        model.dataChanged.emit(
            model.index(0, 0), model.index(len(rows) - 1, model.columnCount() - 1)
        )
