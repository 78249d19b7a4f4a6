"""Run every benchmark module in `bench/` and print one line per result.

    python -m bench [--scale N] [--small] [--only NAME ...]

`--scale` grows the data of the benchmarks that accept it (ledger: 10 gives
100,000 products and 1,000,000 moves).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys
import time
import traceback

import bench


def modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.iter_modules(bench.__path__) if not info.name.startswith("_")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="grow the data (default 1)")
    parser.add_argument(
        "--small",
        action="store_true",
        help="a small version of the benchmarks that take it: proves they work (CI), not speed",
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", choices=modules(), help="run only these modules"
    )
    args = parser.parse_args(argv)
    failed = []
    for name in args.only or modules():
        module = importlib.import_module(f"bench.{name}")
        run = getattr(module, "run", None)
        if run is None:
            continue
        started = time.perf_counter()
        try:
            parameters = inspect.signature(run).parameters
            options: dict[str, object] = {"scale": args.scale} if "scale" in parameters else {}
            if "small" in parameters:
                options["small"] = args.small
            result = run(**options)
        except Exception:  # noqa: BLE001  (one broken benchmark must not hide the others)
            failed.append(name)
            print(f"{name}: FAILED", flush=True)
            traceback.print_exc()
            continue
        print(result.line(), flush=True)
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
