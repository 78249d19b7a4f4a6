"""`ops.run(..., busy=button)`: the button is greyed while the write runs, given back
before the write's callbacks (so they may grey it again), and a button whose window closed
meanwhile is left alone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from core.errors import InsufficientStock
from tests.support.person import show_active


def test_greyed_while_the_write_runs_and_given_back_before_its_callbacks(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Post", window)
    QVBoxLayout(window).addWidget(button)
    show_active(qtbot, window)
    go = threading.Event()
    seen: list[bool] = []

    def job(_uow) -> None:  # type: ignore[no-untyped-def]
        go.wait(10)

    operation = context.ops.run(
        job, busy=button, on_success=lambda _r: seen.append(button.isEnabled())
    )
    assert not button.isEnabled()
    qtbot.wait(100)
    assert not button.isEnabled()  # still running
    go.set()
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert seen == [True] and button.isEnabled()

    def refused(_uow) -> None:  # type: ignore[no-untyped-def]
        raise InsufficientStock("CSH-SCF-01", "TSC", 5, 0)

    failing = context.ops.run(
        refused, busy=button, on_error=lambda _e, _s: seen.append(button.isEnabled())
    )
    qtbot.waitUntil(lambda: failing.done, timeout=10_000)
    assert seen == [True, True]


def test_a_button_whose_window_closed_is_left_alone(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    button = QPushButton("Post", window)
    go = threading.Event()
    operation = context.ops.run(lambda _uow: go.wait(10), busy=button)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(button), timeout=5000)
    go.set()
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert operation.error is None
