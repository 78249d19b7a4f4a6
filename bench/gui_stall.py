"""Bench: how long the GUI thread stalls while a load check takes a burst of scans, with
PostgreSQL 100 ms away (a county network), against the same scans with no added latency.

A 10 ms heartbeat (a precise QTimer) stamps the GUI thread; the longest gap between two
beats is the longest time the window could not repaint or take a key. The load-check
dialog of a nine-parcel run is opened, then every parcel's label is scanned (a scanner's
key burst into the scan field), each time until the dialog shows it loaded. PostgreSQL is
reached through a small asyncio TCP proxy that holds every answer of the server back by
the latency, so each round trip pays it once; the baseline goes through the same proxy
with no delay. (Not `tc netem` on loopback: the server and the loopback are shared.)

Besides the gaps it names every read still made on the GUI thread (`ops.read`, which
blocks until the server answers), with its count and time: what is left to move to
`ops.query`.

    python -m bench.gui_stall [LATENCY_MS] [--pg URL]

The server is DEPOT_BENCH_PG (or --pg), by default the local test server; a scratch
database is created on it and dropped after. Without a server the bench says so.

Measured 2026-12-03 on main 22cf565 (2 shared cores), +100 ms against no added latency:
load check, 9 scans: longest stall 1,604 vs 39 ms, the GUI thread blocked 63% of the
21.9 s the scans took, opening the dialog 3,776 vs 159 ms; every scan's re-read of the
sheet (`LoadCheckModel.load`, about 1.5 s: some 15 round trips) and the run's name
(`_name_the_run`) still read on the GUI thread. Stock search, 5 scans into the search box:
longest stall 809 vs 71 ms, blocked 99%, opening 2,165 vs 178 ms (`StockModel.set_filter`,
`StockPage.reload_centers`). Again at 14:23 on bfe0cd8 (places and orders on `ops.query`,
the load check and the stock table not yet): 1,541 vs 34 ms and 851 vs 41 ms, the same.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
LATENCY_MS = 100
HEARTBEAT_MS = 10
SCANNER_GAP_MS = 5  # a keyboard-wedge scanner sends a key every 1-10 ms
# Demo barcodes (dried yak jerky, a cashmere scarf) and SKUs, scanned into the stock search.
SEARCHES = ("2054252703026", "2054252701015", "YAK-SCK-01", "INC-ZNT-01", "2054252703026")
WAIT_S = 60.0
STALL_MS = 50  # a gap a clerk notices: keys echo late, the flash comes late


class LatencyProxy:
    """A TCP proxy on a loopback port of its own: what the server sends reaches the
    client `delay_s` later, in order, so every round trip pays the delay once and
    throughput is not limited. `delay_s` may be changed between connections' use."""

    def __init__(self, host: str, port: int, delay_s: float) -> None:
        self.host, self.port, self.delay_s = host, port, delay_s
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="latency-proxy", daemon=True)
        self.listen_port = 0

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the latency proxy did not start")
        return self

    def __exit__(self, *_exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.listen_port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            self._loop.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(
            self._pipe(reader, up_writer, lambda: 0.0),
            self._pipe(up_reader, writer, lambda: self.delay_s),
            return_exceptions=True,
        )

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: Callable[[], float]
    ) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                if (wait := due - loop.time()) > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.create_task(send())
        try:
            while data := await reader.read(65536):
                queue.put_nowait((loop.time() + delay(), data))
        except ConnectionError:
            pass
        queue.put_nowait((0.0, b""))
        await sender


class Heartbeat:
    """Stamps the GUI thread every HEARTBEAT_MS; `gaps()` between the stamps of a window."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.timer.start()

    def gaps_ms(self, start: float, end: float) -> list[float]:
        inside = [start, *(s for s in self.stamps if start < s < end), end]
        return [(b - a) * 1000 for a, b in zip(inside, inside[1:], strict=False)]


@dataclass
class GuiReads:
    """The reads made on the GUI thread (`ops.read`), by the function that asked."""

    calls: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def watch(self, ops: Any) -> None:
        read = ops.read

        def timed(fn: Callable[[Any], Any]) -> Any:
            caller = sys._getframe(1)  # noqa: SLF001  (who blocked the GUI thread)
            name = f"{caller.f_globals.get('__name__')}.{caller.f_code.co_qualname}"
            started = time.perf_counter()
            try:
                return read(fn)
            finally:
                self.calls[name].append((time.perf_counter() - started) * 1000)

        ops.read = timed

    def summary(self) -> str:
        if not self.calls:
            return "none"
        ordered = sorted(self.calls.items(), key=lambda item: -sum(item[1]))
        return "; ".join(f"{name} x{len(times)} ({sum(times):,.0f} ms)" for name, times in ordered)


@dataclass(frozen=True)
class Sample:
    latency_ms: int
    open_ms: float  # the dialog's constructor: its reads before it shows
    longest_ms: float  # the longest gap between heartbeats while the scans ran
    p95_ms: float
    scans_s: float  # wall time of all the steps
    blocked: float  # share of that time inside gaps over STALL_MS
    reads: str


@dataclass(frozen=True)
class Scenario:
    name: str
    slow: Sample
    fast: Sample  # the same steps with no added latency: the baseline

    def line(self) -> str:
        slow, fast = self.slow, self.fast
        return (
            f"gui_stall: {self.name}, PostgreSQL +{slow.latency_ms} ms a round trip: longest "
            f"GUI-thread stall {slow.longest_ms:,.0f} ms, p95 gap {slow.p95_ms:,.0f} ms, "
            f"blocked {slow.blocked:.0%} of {slow.scans_s:.1f} s (gaps over {STALL_MS} ms), "
            f"opening {slow.open_ms:,.0f} ms; no added latency: longest "
            f"{fast.longest_ms:,.0f} ms, p95 {fast.p95_ms:,.0f} ms, blocked {fast.blocked:.0%} "
            f"of {fast.scans_s:.1f} s, opening {fast.open_ms:,.0f} ms (longest stall "
            f"{slow.longest_ms / max(fast.longest_ms, 1):.1f}x the baseline)\n"
            f"    reads on the GUI thread at +{slow.latency_ms} ms: {slow.reads}\n"
            f"    reads on the GUI thread, no added latency: {fast.reads}"
        )


@dataclass(frozen=True)
class Figures:
    scenarios: tuple[Scenario, ...]
    skipped: str = ""

    def line(self) -> str:
        if self.skipped:
            return f"gui_stall: skipped ({self.skipped})"
        return "\n".join(s.line() for s in self.scenarios)


def _wait_until(condition: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    """Run the event loop (as `exec()` would) until `condition()` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    check.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout_s * 1000))
    if not condition():
        loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError(f"not done after {timeout_s:.0f} s")


def _burst(widget: Any, code: str, clock: list[int]) -> None:
    """A scanner's keys, stamped SCANNER_GAP_MS apart, the event loop running between."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in [*code, "\r"]:
        clock[0] += SCANNER_GAP_MS
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(clock[0])
            QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def _measure(
    context: Any, latency_ms: int, open_page: Callable[[], Any], steps: list[Callable[[Any], None]]
) -> Sample:
    """Open the page (timed: its constructor's reads), then take the steps one after the
    other while the heartbeat runs; the gaps are those between the first step and the
    end of the last."""
    reads = GuiReads()
    reads.watch(context.ops)
    heartbeat = Heartbeat()
    try:
        started = time.perf_counter()
        page = open_page()
        page.show()
        open_ms = (time.perf_counter() - started) * 1000
        _wait_until(lambda: not context.ops._running)  # noqa: SLF001  (settled, as a clerk sees it)
        start = time.perf_counter()
        for step in steps:
            step(page)
        end = time.perf_counter()
        page.close()
    finally:
        heartbeat.timer.stop()
    gaps = heartbeat.gaps_ms(start, end)
    blocked = sum(g for g in gaps if g > STALL_MS) / ((end - start) * 1000)
    p95 = statistics.quantiles(gaps, n=20, method="inclusive")[-1] if len(gaps) > 1 else gaps[0]
    return Sample(latency_ms, open_ms, max(gaps), p95, end - start, blocked, reads.summary())


@contextmanager
def _app_context(url: str, clock: Any, folder: Path, name: str) -> Iterator[Any]:
    from core.storage.engine import make_engine
    from core.uow import Database
    from ui.context import AppContext
    from ui.operations import Operations
    from ui.settings import Settings

    database = Database(make_engine(url), clock=clock)
    context = AppContext.create(Operations(database), Settings(folder / f"settings-{name}.ini"))
    try:
        yield context
    finally:
        context.close()
        database.dispose()


def _load_check(
    url: str, clock: Any, run_id: uuid.UUID, codes: list[str], latency_ms: int, folder: Path
) -> Sample:
    """The load-check dialog of the run; each parcel's label scanned until it shows loaded."""
    from ui.runs.load_check import LoadCheckDialog

    keys = [1_000_000]

    def scan(n: int, code: str) -> Callable[[Any], None]:
        def step(dialog: Any) -> None:
            _burst(dialog.scan, code, keys)
            _wait_until(lambda: dialog.counts.text().startswith(f"Loaded {n} of"))

        return step

    with _app_context(url, clock, folder, f"load-{latency_ms}") as context:
        return _measure(
            context,
            latency_ms,
            lambda: LoadCheckDialog(context, run_id),
            [scan(n, code) for n, code in enumerate(codes, 1)],
        )


def _stock_search(url: str, latency_ms: int, folder: Path) -> Sample:
    """The Stock page on the demo depot; a product's barcode scanned into the search box
    (then Enter), for each of SEARCHES, each until no read is left running."""
    from ui.stock.stock_page import StockPage

    keys = [1_000_000]

    def search(code: str) -> Callable[[Any], None]:
        def step(page: Any) -> None:
            page.search.selectAll()
            _burst(page.search, code, keys)
            _wait_until(lambda: not context.ops._running)  # noqa: SLF001

        return step

    with _app_context(url, None, folder, f"stock-{latency_ms}") as context:
        return _measure(
            context, latency_ms, lambda: StockPage(context), [search(code) for code in SEARCHES]
        )


@contextmanager
def _scratch_database(admin_url: str) -> Iterator[str]:
    name = f"depot_bench_stall_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def run(latency_ms: int = LATENCY_MS, pg: str | None = None) -> Figures:
    from PySide6.QtWidgets import QApplication

    from core.database import open_database
    from core.demo import load_demo
    from core.printing.payloads import parcel_code
    from tests.support.printing_world import make_world

    admin_url = pg or os.environ.get("DEPOT_BENCH_PG") or DEFAULT_PG
    try:
        create_engine(admin_url).connect().close()
    except Exception as error:  # noqa: BLE001  (no server: say so, as a result)
        return Figures((), f"no PostgreSQL at {make_url(admin_url).host}: {type(error).__name__}")
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    server = make_url(admin_url)
    load: dict[int, Sample] = {}
    stock: dict[int, Sample] = {}
    scans = 0
    with (
        LatencyProxy(server.host or "127.0.0.1", server.port or 5432, 0.0) as proxy,
        tempfile.TemporaryDirectory(prefix="depot-stall-") as folder,
    ):

        def through_proxy(url: str) -> str:
            return (
                make_url(url)
                .set(host="127.0.0.1", port=proxy.listen_port)
                .render_as_string(hide_password=False)
            )

        # The baseline first, then the slow side, each on fresh data in databases of its
        # own (built directly, not through the proxy), both through the same proxy.
        for delay in (0, latency_ms):
            with _scratch_database(admin_url) as url:
                db = open_database(url)
                try:
                    world, run_id, ids = make_world(db)
                finally:
                    db.dispose()
                codes = [parcel_code(i) for i in ids]
                scans = len(codes)
                proxy.delay_s = delay / 1000
                load[delay] = _load_check(
                    through_proxy(url), world.clock, run_id, codes, delay, Path(folder)
                )
            with _scratch_database(admin_url) as url:
                db = open_database(url)
                try:
                    load_demo(db)
                finally:
                    db.dispose()
                proxy.delay_s = delay / 1000
                stock[delay] = _stock_search(through_proxy(url), delay, Path(folder))
    return Figures(
        (
            Scenario(f"load check, {scans} scans", load[latency_ms], load[0]),
            Scenario(
                f"stock search, {len(SEARCHES)} scans into the search box",
                stock[latency_ms],
                stock[0],
            ),
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.gui_stall", description=__doc__.splitlines()[0]
    )
    parser.add_argument("latency_ms", nargs="?", type=int, default=LATENCY_MS)
    parser.add_argument("--pg", help="PostgreSQL admin URL (default: DEPOT_BENCH_PG)")
    args = parser.parse_args(argv)
    print(run(args.latency_ms, args.pg).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
