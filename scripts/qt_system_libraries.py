"""Are the system libraries Qt's platform plugin needs installed? Run by `make run` on Linux.

PySide6's wheel carries Qt itself but not the X11 client libraries its xcb plugin links
to (libxcb-cursor0, libxcb-icccm4, ...). A Debian desktop often lacks some, and then the
app aborts at start with Qt's "Could not load the Qt platform plugin 'xcb'". This asks
`ldd` which libraries of the plugin cannot be found and names the packages that hold
them; as root with apt-get it installs them, as .ci/run does for its own packages.

    python scripts/qt_system_libraries.py [--platform xcb|offscreen] [--no-install]

Exit status 0 when nothing is missing (or it was installed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Debian names a library's package after its soname (libxcb-cursor.so.0 -> libxcb-cursor0,
# libxkbcommon-x11.so.0 -> libxkbcommon-x11-0); these few are packaged under other names.
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
}


def plugin_path(platform: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"


def missing_libraries(library: Path) -> list[str]:
    """Sonames `ldd` reports as "not found" for `library` and everything it links to."""
    listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False)
    found = re.findall(r"^\s*(\S+) => not found", listing.stdout, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def debian_package(soname: str) -> str:
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def known_to_apt(package: str) -> bool:
    return (
        subprocess.run(["apt-cache", "show", package], capture_output=True, check=False).returncode
        == 0
    )


def apt_packages(sonames: list[str]) -> list[str]:
    """The packages to install; Debian 13 and Ubuntu 24.04 renamed some with a `t64` suffix."""
    packages = []
    for soname in sonames:
        package = debian_package(soname)
        renamed = package + "t64"
        if shutil.which("apt-cache") and not known_to_apt(package) and known_to_apt(renamed):
            package = renamed
        packages.append(package)
    return list(dict.fromkeys(packages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM") or "xcb",
        help="Qt platform plugin to check (default: QT_QPA_PLATFORM, else xcb)",
    )
    parser.add_argument(
        "--library", type=Path, help="check this shared library instead of the platform plugin"
    )
    parser.add_argument(
        "--no-install",
        action="store_true",
        help="only say what is missing, even as root with apt-get",
    )
    args = parser.parse_args(argv)
    plugin = args.library or plugin_path(args.platform)
    if not sys.platform.startswith("linux") or not plugin.exists() or not shutil.which("ldd"):
        return 0  # Windows and macOS wheels bring what they need; nothing to ask here
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    packages = apt_packages(missing)
    may_install = os.geteuid() == 0 and shutil.which("apt-get") and not args.no_install
    if may_install:
        print(f"Installing what Qt's {args.platform} plugin needs: {' '.join(packages)}")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=True
        )
        still = missing_libraries(plugin)
        if not still:
            return 0
        missing = still
    print(
        f"Qt's {args.platform} platform plugin cannot start: this system lacks "
        f"{', '.join(missing)}.",
        file=sys.stderr,
    )
    if shutil.which("apt-get"):
        print(f"Install them with:\n    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
    else:
        print(
            "Install the packages of your distribution that provide these files.", file=sys.stderr
        )
    return 1


if __name__ == "__main__":
    sys.exit(main())
