"""Waiting for the writes and reads a click or a scan started, through the operation
helper's own signals (no hook in the pages): `Operations.operation_finished` carries each
write as it ends; writes run one at a time in the order they were asked for, and so do
reads, on a reader of their own."""

from __future__ import annotations

from collections.abc import Callable

from ui.operations import Operation, Operations


def writes_ended(qtbot, ops: Operations, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every write asked for so far has ended and its result was shown.

    The writer runs writes in submission order and their results come back to the GUI
    thread in that order, so an empty job asked for now ends after all of them."""
    marker = ops.run(lambda _uow: None, write=False)
    qtbot.waitSignal(marker.finished, timeout=timeout).wait()


def reads_ended(qtbot, ops: Operations, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every read asked for so far has ended and its result was shown (the
    reader, like the writer, answers in the order it was asked)."""
    marker = ops.query(lambda _uow: None, on_success=lambda _none: None)
    qtbot.waitSignal(marker.finished, timeout=timeout).wait()


def settled(qtbot, ops: Operations, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait for the writes asked for so far, then for the reads asked for until then (a
    page reads again what a write changed)."""
    writes_ended(qtbot, ops, timeout)
    reads_ended(qtbot, ops, timeout)


def write_started_by(  # type: ignore[no-untyped-def]
    qtbot, ops: Operations, act: Callable[[], object], timeout: int = 10_000
) -> Operation:
    """Do `act` (a click, a scan) and return the write it started, once it has ended.

    Fails (the wait times out) when `act` started no write."""
    with qtbot.waitSignal(ops.operation_finished, timeout=timeout) as finished:
        act()
    operation = finished.args[0]
    assert isinstance(operation, Operation)
    return operation


def wrote(qtbot, ops: Operations, act: Callable[[], object], timeout: int = 10_000) -> Operation:  # type: ignore[no-untyped-def]
    """`write_started_by`, and the write succeeded."""
    operation = write_started_by(qtbot, ops, act, timeout)
    assert operation.error is None, operation.error
    return operation
