"""Typed settings over an INI file, with versioned upgrade steps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from core.errors import InvalidValue
from ui.settings import VERSION_KEY, Settings


def test_defaults_and_round_trip(tmp_path):
    path = tmp_path / "depot.ini"
    settings = Settings(path)
    assert (settings.language, settings.font_size, settings.last_area) == ("", 11, "stock")
    assert settings.window_geometry.isEmpty()
    settings.language = "bo"
    settings.font_size = 40  # clamped when read
    settings.home_center = "TSC"
    settings.window_geometry = QByteArray(b"\x01\x02geometry")
    settings.sync()
    again = Settings(path)
    assert (again.language, again.font_size, again.home_center) == ("bo", 24, "TSC")
    assert bytes(again.window_geometry) == b"\x01\x02geometry"
    assert "[ui]" in path.read_text()  # an INI file a support person can read


def test_the_time_zone_is_a_setting_defaulting_to_shanghai(tmp_path):
    path = tmp_path / "depot.ini"
    settings = Settings(path)
    assert settings.time_zone == "Asia/Shanghai"
    settings.time_zone = "Asia/Kathmandu"
    settings.sync()
    assert Settings(path).time_zone == "Asia/Kathmandu"
    with pytest.raises(InvalidValue):
        settings.time_zone = "Mars/Olympus_Mons"
    # A file edited by hand with a name the zone database does not know reads as the default.
    QSettings(str(path), QSettings.Format.IniFormat).setValue("general/time_zone", "Nowhere")
    assert Settings(path).time_zone == "Asia/Shanghai"


def test_a_file_from_before_versioning_is_upgraded(tmp_path):
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("locale", "zh_CN")
    old.setValue("stock/center", "GAR")
    old.sync()
    settings = Settings(path)
    assert settings.version == settings.current_version
    assert settings.language == "zh_CN"
    assert not settings.qsettings.contains("locale")
    assert not settings.qsettings.contains("stock/center")  # pages start on the home center


def test_steps_run_once_in_order(tmp_path):
    ran: list[int] = []
    steps = {1: lambda s: ran.append(1), 2: lambda s: ran.append(2), 3: lambda s: ran.append(3)}
    path = tmp_path / "s.ini"
    QSettings(str(path), QSettings.Format.IniFormat).setValue(VERSION_KEY, 1)
    settings = Settings(path, upgrades=steps)
    assert ran == [2, 3] and settings.version == 3
    Settings(path, upgrades=steps)
    assert ran == [2, 3]


ROOT = Path(__file__).resolve().parents[2]


def read_in_another_process(path: Path, name: str) -> str:
    """A setting as the next start of the app reads it: Qt caches an INI file per process,
    so only a fresh process reads what is really on disk."""
    code = f"from ui.settings import Settings; print(Settings({str(path)!r}).{name})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def test_every_setting_survives_a_restart(tmp_path):
    path = tmp_path / "depot.ini"
    settings = Settings(path)
    settings.home_center = "GTS"
    settings.language = "bo"
    settings.last_folder = str(tmp_path)
    settings.sync()
    # Qt writes a group called "general" as [%General] and reads it back as "General":
    # a key under "general/" was lost at every start.
    assert read_in_another_process(path, "home_center") == "GTS"
    assert read_in_another_process(path, "language") == "bo"
    assert read_in_another_process(path, "last_folder") == str(tmp_path)


def test_a_home_center_kept_under_general_is_brought_forward(tmp_path):
    path = tmp_path / "depot.ini"
    path.write_text("[%General]\nhome_center=GTS\n\n[settings]\nversion=2\n", encoding="utf-8")
    assert read_in_another_process(path, "home_center") == "GTS"
    assert "%General" not in path.read_text(encoding="utf-8")
