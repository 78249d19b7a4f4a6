"""Benchmarks: each module times one path of the app against a baseline measured in the same run.

`python -m bench` (or `make bench`) runs them all. A module takes part by
defining `run()` (optionally `run(scale=...)`) that returns an object with a
`line()` method; `Result` below is the common one for throughput figures.
Benchmarks are not tests: they measure, the test suite never times anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """Throughput of our path and of its baseline, both counted in the same operations."""

    name: str
    ops: int
    seconds: float
    baseline_ops: int
    baseline_seconds: float

    @property
    def rate(self) -> float:
        return self.ops / self.seconds

    @property
    def baseline_rate(self) -> float:
        return self.baseline_ops / self.baseline_seconds

    @property
    def ratio(self) -> float:
        """How many times slower than the baseline (1.0 = as fast)."""
        return self.baseline_rate / self.rate

    def line(self) -> str:
        return (
            f"{self.name}: {_figure(self.rate)} ops/s "
            f"(baseline {_figure(self.baseline_rate)} ops/s, ratio {self.ratio:.2f})"
        )


def _figure(rate: float) -> str:
    """Whole numbers, but slow paths keep two decimals instead of showing 0."""
    return f"{rate:,.0f}" if rate >= 100 else f"{rate:.2f}"


@dataclass(frozen=True)
class Results:
    results: tuple[Result, ...]

    def line(self) -> str:
        return "\n".join(result.line() for result in self.results)


def timed(work: Callable[[], object]) -> float:
    """Wall-clock seconds of one call (disk syncs count: they are what a clerk waits for)."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The fastest of several runs: the least disturbed by other work on the machine."""
    return min(timed(work) for _ in range(repeats))
