"""The clerk's settings: one typed module over QSettings in INI format (house style 9).

Every key is read and written here, with its type and default, so no widget
guesses at spellings. The file carries a `version`; when a release renames or
reshapes keys it appends an upgrade step to `UPGRADES` (cf. Picard's
config_upgrade.py), and old files are brought forward at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from core.clock import DEFAULT_ZONE, zone_named
from core.errors import InvalidValue

VERSION_KEY = "settings/version"
# Never a key under "general/": Qt's INI format reads that group back as "General".
HOME_CENTER_KEY = "centers/home_center"


def _upgrade_to_1(settings: QSettings) -> None:
    """Version 0 (files written before versioning) kept the language under `locale`."""
    if settings.contains("locale"):
        settings.setValue("ui/language", settings.value("locale"))
        settings.remove("locale")


def _upgrade_to_2(settings: QSettings) -> None:
    """The stock page and the Receive dialog start on the home center now: the centers they
    last showed are no longer kept."""
    for key in ("stock/center", "receive/center"):
        settings.remove(key)


def _upgrade_to_3(settings: QSettings) -> None:
    """The home center was kept as `general/home_center`, but Qt's INI format writes a group
    called "general" as [%General] and reads it back as `General`: the home center was lost
    at every start. It is kept under `centers/` now."""
    for old in ("General/home_center", "general/home_center"):
        if settings.contains(old):
            settings.setValue(HOME_CENTER_KEY, settings.value(old))
            settings.remove(old)


# Step N brings a file from version N-1 to version N. Append; never edit a released step.
UPGRADES: dict[int, Callable[[QSettings], None]] = {
    1: _upgrade_to_1,
    2: _upgrade_to_2,
    3: _upgrade_to_3,
}


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(
        self,
        path: Path | str | None = None,
        upgrades: dict[int, Callable[[QSettings], None]] | None = None,
    ) -> None:
        if path is None:
            # Per-user INI file under the organisation and application names set in ui.app.
            self.qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Changtang", "ChangtangDepot"
            )
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.upgrades = UPGRADES if upgrades is None else upgrades
        self.upgrade()

    @property
    def current_version(self) -> int:
        return max(self.upgrades, default=0)

    @property
    def version(self) -> int:
        return self._int(VERSION_KEY, 0)

    def upgrade(self) -> list[int]:
        """Run the steps the file has not seen yet; returns the versions applied."""
        applied = []
        for step in sorted(v for v in self.upgrades if v > self.version):
            self.upgrades[step](self.qsettings)
            self.qsettings.setValue(VERSION_KEY, step)
            applied.append(step)
        self.qsettings.sync()
        return applied

    # -- typed helpers --
    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        value = self.qsettings.value(key, default)
        if not isinstance(value, str | int | float):  # INI stores every value as text
            return default
        try:
            return int(value)
        except ValueError:
            return default

    def _bytes(self, key: str) -> QByteArray:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def sync(self) -> None:
        self.qsettings.sync()

    # -- the settings --
    @property
    def language(self) -> str:
        """A locale name such as `zh_CN` or `bo`; empty means the system's language."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def chinese_beside(self) -> bool:
        """Printed headings carry Chinese beside the chosen language (the post office reads
        Chinese); False prints the chosen language alone."""
        return self._str("printing/chinese_beside", "true") != "false"

    @chinese_beside.setter
    def chinese_beside(self, value: bool) -> None:
        self.qsettings.setValue("printing/chinese_beside", "true" if value else "false")

    @property
    def font_size(self) -> int:
        """Point size of the app font: Tibetan stacks need more than Qt's default 9 pt."""
        return max(8, min(24, self._int("ui/font_size", 11)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.qsettings.setValue("ui/font_size", int(value))

    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes("main_window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("main_window/geometry", value)

    @property
    def last_area(self) -> str:
        return self._str("main_window/area", "stock")

    @last_area.setter
    def last_area(self, value: str) -> None:
        self.qsettings.setValue("main_window/area", value)

    @property
    def time_zone(self) -> str:
        """IANA name of the zone every time is shown and printed in (`general/time_zone`).

        Tibet keeps Asia/Shanghai; a name the zone database does not know reads as that.
        """
        name = self._str("general/time_zone", DEFAULT_ZONE)
        try:
            zone_named(name)
        except InvalidValue:
            return DEFAULT_ZONE
        return name

    @time_zone.setter
    def time_zone(self, value: str) -> None:
        self.qsettings.setValue("general/time_zone", zone_named(value).key)

    @property
    def database_url(self) -> str:
        """The database this PC opens when neither --db nor DEPOT_DB names one (the setup
        wizard's choice); empty for this PC's own file."""
        return self._str("database/url")

    @database_url.setter
    def database_url(self, value: str) -> None:
        self.qsettings.setValue("database/url", value)

    @property
    def home_center(self) -> str:
        """The center this PC stands in: preselected wherever a center is chosen."""
        return self._str(HOME_CENTER_KEY)

    @home_center.setter
    def home_center(self, value: str) -> None:
        self.qsettings.setValue(HOME_CENTER_KEY, value)

    @property
    def last_folder(self) -> str:
        """The folder of the last file opened or saved; file dialogs start there."""
        return self._str("files/last_folder")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self.qsettings.setValue("files/last_folder", value)
