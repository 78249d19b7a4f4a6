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


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options the app and every command take, before the command's name."""
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


def build_parser(command: str | None = None, *, every: bool = True) -> argparse.ArgumentParser:
    """The command line. With `every`, each command is registered in full (tests walk them
    all); otherwise only `command`'s modules are imported and the rest are names with help.
    """
    import cli
    from cli.arguments import Parser

    parser = Parser(prog="changtang-depot", description=__doc__.splitlines()[0])
    add_global_options(parser)
    parser.register("action", "parsers", cli.CommandsAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli.register(subparsers, cli.MODULE_NAMES if every else cli.modules_of(command))
    return parser


def global_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options of `argv`, and what is left: nothing left starts the desktop app,
    which must not pay for the command modules' imports (nor build their parser)."""
    parser = argparse.ArgumentParser(prog="changtang-depot", add_help=False)
    add_global_options(parser)
    # Options after the command's name are the command's (`stock --lang zh`), not global.
    parser.add_argument("command_words", nargs=argparse.REMAINDER)
    options, unknown = parser.parse_known_args(argv)
    return options, unknown + options.command_words


def command_named(rest: list[str]) -> str | None:
    """The command's name: the first word left after the global options."""
    return next((word for word in rest if not word.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args, rest = global_options(argv)
    if rest:  # a command, or --help
        args = build_parser(command_named(rest), every=False).parse_args(argv)
    if getattr(args, "command", None) is None:
        from ui.app import run_app

        return run_app(args.db, screenshot=args.screenshot, tz=args.tz, language=args.lang)

    from cli.errors import describe
    from cli.words import configure_cli_words
    from core.clock import configure_zone
    from core.database import open_database
    from core.errors import DepotError
    from core.storage.engine import hide_passwords

    configure_cli_words(args.lang)
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
