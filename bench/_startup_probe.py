"""Started by bench/startup.py as its own process: `python -m bench._startup_probe MODE [URL]`.

MODE `bare` shows a bare PySide6 window with a 50-row table; `app` runs `main.py --db URL`.
Either way prints, as JSON, the wall-clock times (time.time()) of the first paint of the
main window and of the first moment a visible table of it shows rows, then quits.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

GIVE_UP_S = 120.0


class Watch(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.times: dict[str, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.started = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            "paint" not in self.times
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self.times["paint"] = time.time()
        return False

    def poll(self) -> None:
        if time.monotonic() - self.started > GIVE_UP_S:
            self.finish()
        if "paint" not in self.times:
            return
        for window in self.app.topLevelWidgets():
            if not isinstance(window, QMainWindow) or not window.isVisible():
                continue
            for table in window.findChildren(QTableView):
                model = table.model()
                if table.isVisible() and model is not None and model.rowCount() > 0:
                    # Rows are in: the next paint shows them.
                    table.viewport().repaint()
                    self.times["table"] = time.time()
                    self.finish()
                    return

    def finish(self) -> None:
        print(json.dumps(self.times), flush=True)
        self.timer.stop()
        for window in self.app.topLevelWidgets():
            window.close()
        self.app.exit(0)


def bare(app: QApplication) -> int:
    window = QMainWindow()
    model = QStandardItemModel(50, 6)
    for row in range(50):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 760)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    watch = Watch(app)
    app.installEventFilter(watch)
    if argv[0] == "bare":
        return bare(app)
    import main as depot

    return depot.main(["--db", argv[1]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
