"""Typed settings over an INI file, with versioned upgrade steps."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

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


def test_a_file_from_before_versioning_is_upgraded(tmp_path):
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("locale", "zh_CN")
    old.setValue("stock/center", "GAR")
    old.sync()
    settings = Settings(path)
    assert settings.version == settings.current_version == 2
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
