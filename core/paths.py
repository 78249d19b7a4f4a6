"""Where the app's own files are, in a source tree and inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ChangtangDepot"
APP_AUTHOR = "Changtang"


def app_root() -> Path:
    """The folder holding `resources/` and `migrations/`.

    PyInstaller unpacks data next to `sys._MEIPASS`; from source it is the repository root.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`."""
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return app_root() / "migrations"


def user_data_path() -> Path:
    """The per-user data folder (created on demand).

    E.g. %LOCALAPPDATA%\\Changtang\\ChangtangDepot on Windows.
    """
    path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
