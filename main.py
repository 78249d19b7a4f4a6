"""Changtang Depot: start the desktop app, or run a command.

python main.py                      the desktop app (embedded SQLite by default)
python main.py --db URL ...         another database (or set DEPOT_DB)
python main.py --screenshot a.png   render the main window to a PNG and exit
python main.py --tz ZONE ...        show times in another zone (or set DEPOT_TZ)
python main.py --lang zh_CN|bo|en   the screens, printed headings and output in that language
python main.py demo | stock | stock-card SKU | ...   see --help
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    from cli import register_all
    from cli.arguments import Parser

    parser = Parser(prog="changtang-depot", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: DEPOT_DB or the local SQLite file)"
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", help="render the main window to PATH and exit"
    )
    parser.add_argument(
        "--tz",
        metavar="ZONE",
        type=_zone,
        help="time zone the center's times are shown in, such as Asia/Shanghai "
        "(default: DEPOT_TZ, else the app's setting, else Asia/Shanghai)",
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "bo", "en"),
        help="language of the screens, printed headings and messages, for this run "
        "(default: the app's setting, else the system's; commands: English)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app

        return run_app(args.db, screenshot=args.screenshot, tz=args.tz, language=args.lang)

    from cli.errors import describe
    from core.clock import configure_zone
    from core.database import open_database
    from core.errors import DepotError
    from core.storage.engine import hide_passwords

    try:
        configure_zone(args.tz)
        # Only a command that makes something of an empty database (demo) creates a
        # missing SQLite file; a read names the file that is not there instead.
        db = open_database(args.db, create=getattr(args, "creates_database", False))
        try:
            return int(args.handler(args, db))
        finally:
            db.dispose()
    except DepotError as error:
        print(f"error: {hide_passwords(describe(error), args.db)}", file=sys.stderr)
        return 2
    except OSError as error:  # a file named on the command line: say which, and why
        print(f"error: {hide_passwords(file_problem(error), args.db)}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001  (one clear line, never a traceback for a clerk)
        print(f"error: {hide_passwords(one_line(error), args.db)}", file=sys.stderr)
        return 1


def file_problem(error: OSError) -> str:
    """`cannot use PATH: No such file or directory`, without the exception's type name."""
    from core.errors import shorten

    where = f" {shorten(str(error.filename))}" if error.filename else ""
    return f"cannot use{where}: {error.strerror or 'the system refused'}"


def _zone(name: str) -> str:
    """`--tz` names a zone the zone database knows; argparse says so otherwise."""
    from core.clock import zone_named
    from core.errors import InvalidValue

    try:
        zone_named(name)
    except InvalidValue:
        raise argparse.ArgumentTypeError(
            f"unknown time zone {name!r} (a name such as Asia/Shanghai)"
        ) from None
    return name


def one_line(error: Exception) -> str:
    """`Type: message` on one line. A database error says what the driver said, not
    SQLAlchemy's wrapper with its SQL and its "Background on this error" link."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy's DBAPIError wraps the driver's
    from core.errors import shorten

    return f"{type(cause).__name__}: {shorten(' '.join(str(cause).split()))}"


if __name__ == "__main__":
    sys.exit(main())
